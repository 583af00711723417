// Starts the archive search page (src/bin/fx-archive): loads its wasm and
// mounts the search on #archive-page, reading the archive at data-site.
// The page's state is its address: `?q=QUERY` for a search (kept as the
// reader types), `?entity=KEY` for an entity's page (its links are real
// links, so Back and reload work as for any page), `?identities` for the
// identity review (src/bin/fx-archive/review.rs).
import init, { start_archive, start_review } from './fx-archive.js';

const root = document.getElementById('archive-page');
const params = new URLSearchParams(location.search);
// The link to the review, on every view but the review.
document.getElementById('archive-foot')?.toggleAttribute('hidden', params.has('identities'));

/** The page's `Host` (src/bin/fx-archive/page.rs). */
const host = {
  remember(q) {
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    // One history entry for the search, not one per key.
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  },
  link: (search) => search,
  go(href) { location.href = href; },
  focusFacet(facet, value) {
    document.querySelector(`[data-testid=archive-facet][data-facet="${CSS.escape(facet)}"][data-value="${CSS.escape(value)}"]`)?.focus();
  },
  /** Puts the entity's JSON-LD into the head (as text: the browser never
   *  runs or parses it as markup) and the page's title. */
  describe(title, jsonld) {
    document.title = title;
    document.querySelectorAll('script[data-entity-jsonld]').forEach((s) => s.remove());
    if (!jsonld) return;
    const s = document.createElement('script');
    s.type = 'application/ld+json';
    s.dataset.entityJsonld = '';
    s.textContent = jsonld;
    document.head.append(s);
  },
  settled() {},
};

// Kept: the handle owns the mounted view.
let handle = null;
init()
  .then(() => {
    const site = root.dataset.site ?? 'archive/';
    handle = params.has('identities')
      ? start_review(root, site, host)
      : start_archive(root, site, host, params.get('q') ?? '', params.get('entity') ?? '');
  })
  .catch((e) => {
    const p = document.createElement('p');
    p.className = 'fatal';
    p.textContent = `The archive page could not start: ${e?.message ?? e}. If you opened this file from disk, serve the folder instead (for example with python3 -m http.server in it).`;
    root.append(p);
  });
