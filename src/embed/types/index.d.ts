// Types for the `fact-explorer` package: the <fact-explorer> element, its
// host-page API and its events. The fact-set types (`FactSet` and what it
// holds) are generated from docs/fact-set.schema.json into fact-set.d.ts.
//
//   import 'fact-explorer';               // defines <fact-explorer>
//   const el = document.querySelector('fact-explorer')!;   // FactExplorerElement
//   el.addEventListener('fx-change', (e) => console.log(e.detail.query));
//
// For <fact-explorer> in React TSX, also: import type {} from 'fact-explorer/react';

import type { FactExplorerFactSet } from './fact-set.js';

export type { FactExplorerFactSet as FactSet } from './fact-set.js';
export type * from './fact-set.js';

/** The explorer's views. */
export type View = 'facts' | 'graph' | 'timeline' | 'quotes' | 'article';

/** What kind of item an id names. */
export type ItemKind = 'entity' | 'fact' | 'quote' | 'event' | 'sentence';

/** An item as links and the API name it (sentences are `s0`, `s1`, …). */
export interface ItemKey {
  kind: Exclude<ItemKind, 'entity'>;
  id: string;
}

/** The reader's state: what a link reproduces and `el.state` reads and writes. */
export interface ExplorerState {
  /** The search text. */
  query: string;
  /** The selected entity chips (entity ids). */
  entities: string[];
  /** How selected chips combine. */
  mode: 'all' | 'any';
  /** The current view. */
  view: View;
  /** The entity whose panel is open. */
  focus: string | null;
  /** The fact, quote, event or sentence whose evidence is highlighted. */
  fact: ItemKey | null;
}

/** `fx-ready`: the explorer is drawn; the counts of what it loaded. */
export interface ReadyDetail {
  entities: number;
  facts: number;
  quotes: number;
  events: number;
  sentences: number;
}

/** One thing wrong with a fact set, at a `$.`-path. */
export interface Problem {
  path: string;
  message: string;
}

/** `fx-error`: the fact set could not be loaded (or the explorer could not start). */
export interface ErrorDetail {
  problems: Problem[];
  /** How many more problems there are beyond those listed. */
  more: number;
}

/** `fx-select`: the reader opened an item. */
export interface SelectDetail {
  kind: ItemKind;
  id: string;
  /** The item as the fact set has it (a sentence as `{index, text}`); spans also carry `utf16_start` and `utf16_end`. */
  item: unknown;
}

/** What `el.ready` resolves with. */
export type ReadyResult = ({ state: 'ready' } & ReadyDetail) | ({ state: 'error' } & ErrorDetail);

/** The events a <fact-explorer> dispatches (bubbling and composed). */
export interface FactExplorerEventMap {
  'fx-ready': CustomEvent<ReadyDetail>;
  'fx-change': CustomEvent<ExplorerState>;
  'fx-select': CustomEvent<SelectDetail>;
  'fx-error': CustomEvent<ErrorDetail>;
}

/** The <fact-explorer> element. */
export declare class FactExplorerElement extends HTMLElement {
  /** The loaded fact set as plain objects (a copy), or null before it is loaded. Spans also carry `utf16_start` and `utf16_end`. */
  readonly factSet: FactExplorerFactSet | null;
  /** A fact set given as a plain object; problems show in the element and as `fx-error`. */
  data: FactExplorerFactSet | Record<string, unknown> | undefined;
  /** The reader's state; null before the wasm is ready. Setting it shows it (keys left out take their defaults) and throws a TypeError when it does not fit the fact set. */
  get state(): ExplorerState | null;
  set state(value: Partial<ExplorerState>);
  /** Resolves once the explorer is drawn, or could not load its fact set. */
  readonly ready: Promise<ReadyResult>;
  addEventListener<K extends keyof FactExplorerEventMap>(type: K, listener: (this: FactExplorerElement, ev: FactExplorerEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: FactExplorerElement, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof FactExplorerEventMap>(type: K, listener: (this: FactExplorerElement, ev: FactExplorerEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: FactExplorerElement, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/** The element class (also registered as `fact-explorer` when the module loads in a browser). */
export declare const FactExplorer: typeof FactExplorerElement;

/** The self-contained page `page` with the fact-set JSON `json` inside its <fact-explorer>. */
export declare function withFactSet(page: string, json: string): string;

declare global {
  interface HTMLElementTagNameMap {
    'fact-explorer': FactExplorerElement;
  }
  interface HTMLElementEventMap {
    'fx-ready': CustomEvent<ReadyDetail>;
    'fx-change': CustomEvent<ExplorerState>;
    'fx-select': CustomEvent<SelectDetail>;
    'fx-error': CustomEvent<ErrorDetail>;
  }
}
