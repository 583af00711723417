// The archive search page's browser services (src/bin/fx-archive/page.rs).

/** Fetches `url` as text; calls `done(text, '')` or `done('', error)` once. */
export function fetch_text(url, done) {
  fetch(url)
    .then(async (r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.text();
    })
    .then((text) => done(text, ''), (e) => done('', `${e?.message ?? e}`));
}

/** The query in the address (`?q=`), so a search survives reload. */
export function initial_query() {
  return new URLSearchParams(location.search).get('q') ?? '';
}

/** Writes the query into the address without adding a history entry per key. */
export function remember_query(q) {
  const url = new URL(location.href);
  if (q) url.searchParams.set('q', q);
  else url.searchParams.delete('q');
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

/** Focuses the facet button `facet`/`value` (the results re-render on a
 *  choice, and keyboard focus stays on the button that was pressed). */
export function focus_facet(facet, value) {
  document.querySelector(`[data-testid=archive-facet][data-facet="${CSS.escape(facet)}"][data-value="${CSS.escape(value)}"]`)?.focus();
}

/** The entity whose page this is (`?entity=KEY`), or ''. */
export function initial_entity() {
  return new URLSearchParams(location.search).get('entity') ?? '';
}

/** Puts the entity's JSON-LD into the head (as text: the browser never runs
 *  or parses it as markup) and the page's title. */
export function describe_page(title, jsonld) {
  document.title = title;
  document.querySelectorAll('script[data-entity-jsonld]').forEach((s) => s.remove());
  if (!jsonld) return;
  const s = document.createElement('script');
  s.type = 'application/ld+json';
  s.dataset.entityJsonld = '';
  s.textContent = jsonld;
  document.head.append(s);
}

/** Offers `text` as a file named `name` of type `type`. */
export function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
