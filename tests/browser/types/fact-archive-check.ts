// Type-checked by tests/browser/tests/archive-types.test.mjs (tsc --noEmit,
// strict): uses dist/fact-archive.d.ts the way a host page's script would,
// and each @ts-expect-error line must be an error, so types that grew too
// loose fail the check.
import type {
  ArchiveReadyResult,
  ArchiveSelectDetail,
  ArchiveState,
  FactArchiveElement,
} from '../../../dist/fact-archive.js';
import { FactArchive } from '../../../dist/fact-archive.js';

export function useTypes(el: FactArchiveElement): void {
  const byTag: FactArchiveElement | null = document.querySelector('fact-archive');
  const made: FactArchiveElement = document.createElement('fact-archive');
  const cls: typeof FactArchiveElement = FactArchive;
  el.state = { query: 'BlackRock' };
  el.state = { entity: 'organisation/blackrock', query: '' };
  el.state = { identities: true };
  const state: ArchiveState = el.state;
  const open: boolean = el.state.identities;
  el.search('Fink');
  el.openEntity('person/larry-fink');
  el.reviewIdentities();
  el.ready.then((r: ArchiveReadyResult) => (r.state === 'ready' ? r.entity : r.message));
  el.addEventListener('fa-change', (e) => console.log(e.detail.query, e.detail.identities));
  el.addEventListener('fa-select', (e) => {
    const d: ArchiveSelectDetail = e.detail;
    if (d.kind === 'entity') console.log(d.entity);
    else {
      console.log(d.article, d.href);
      e.preventDefault();
    }
  });
  document.addEventListener('fa-error', (e) => console.log(e.detail.message));
  void [byTag, made, cls, state, open];
  // @ts-expect-error: no such state key
  el.state = { search: 'Fink' };
  // @ts-expect-error: the query is a string
  el.state = { query: 7 };
  // @ts-expect-error: identities is a boolean
  el.state = { identities: 'yes' };
  // @ts-expect-error: ready is read-only
  el.ready = Promise.resolve({ state: 'error', message: '' });
  // @ts-expect-error: an entity's key is a string
  el.openEntity(3);
  // @ts-expect-error: fa-change carries a state, not a number
  el.addEventListener('fa-change', (e) => e.detail.toFixed());
  el.addEventListener('fa-select', (e) => {
    // @ts-expect-error: only an article's detail has href; narrow by kind first
    console.log(e.detail.href);
  });
  el.ready.then((r) => {
    // @ts-expect-error: an error has no entity; narrow by state first
    console.log(r.entity);
  });
}
