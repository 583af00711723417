// Type-checked with the app (tsc --noEmit): uses the package's types the
// way a host would, and each @ts-expect-error line must be an error, so
// types that grew too loose fail the check.
import type { FactExplorerElement, ExplorerState, ReadyResult } from 'fact-explorer';
import type {} from 'fact-explorer/react';

export function useTypes(el: FactExplorerElement): void {
  const byTag: FactExplorerElement | null = document.querySelector('fact-explorer');
  const made: FactExplorerElement = document.createElement('fact-explorer');
  el.state = { query: 'Fink', view: 'graph' };
  const state: ExplorerState | null = el.state;
  el.addEventListener('fx-select', (e) => console.log(e.detail.kind, e.detail.id));
  el.ready.then((r: ReadyResult) => (r.state === 'ready' ? r.facts : r.problems.length));
  const count: number | undefined = el.factSet?.facts.length;
  void [byTag, made, state, count];
  // @ts-expect-error: not a view
  el.state = { view: 'map' };
  // @ts-expect-error: no such state key
  el.state = { search: 'Fink' };
  // @ts-expect-error: factSet is read-only
  el.factSet = null;
  // @ts-expect-error: fx-change carries a state, not a number
  el.addEventListener('fx-change', (e) => e.detail.toFixed());
}

export const jsx = (
  <>
    <fact-explorer id="a" url-sync="off" onfx-change={(e) => e.detail.query.toUpperCase()} />
    {/* @ts-expect-error: url-sync is "off" or absent */}
    <fact-explorer url-sync="maybe" />
    {/* @ts-expect-error: data is a fact set object, not a number */}
    <fact-explorer data={5} />
  </>
);
