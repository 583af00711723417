// <fact-explorer> in React 19 TSX:
//
//   import 'fact-explorer';
//   import type {} from 'fact-explorer/react';
//
//   <fact-explorer id="lee" data={factSet} url-sync="off"
//     onfx-change={(e) => setQuery(e.detail.query)} />
//
// React 19 passes `data` as a property (the element must be defined first:
// import the package before rendering) and attaches `on<event>` props as
// listeners for that event.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  ErrorDetail, ExplorerState, FactExplorerElement, FactSet, ReadyDetail, SelectDetail,
} from './index.js';

export interface FactExplorerProps extends DetailedHTMLProps<HTMLAttributes<FactExplorerElement>, FactExplorerElement> {
  /** A fact set as a plain object. */
  data?: FactSet | Record<string, unknown>;
  /** A URL of a fact-set JSON file. */
  src?: string;
  /** `off`: keep the page URL alone. */
  'url-sync'?: 'off';
  'onfx-ready'?: (event: CustomEvent<ReadyDetail>) => void;
  'onfx-change'?: (event: CustomEvent<ExplorerState>) => void;
  'onfx-select'?: (event: CustomEvent<SelectDetail>) => void;
  'onfx-error'?: (event: CustomEvent<ErrorDetail>) => void;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'fact-explorer': FactExplorerProps;
    }
  }
}
