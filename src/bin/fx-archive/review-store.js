// Where the identity review page (src/bin/fx-archive/review.rs) keeps its
// choices between visits: localStorage, one entry per archive (the archive
// folder's full address), so archive.html and a <fact-archive> of the same
// archive on the same site share them. Blocked storage (private browsing,
// a full quota) is reported, never thrown.

/** The storage key of the archive at `site` (resolved against the page). */
export function review_key(site) {
  let url = site;
  try { url = new URL(site, document.baseURI).href; } catch { /* kept as given */ }
  return `fx-archive-review ${url}`;
}

/** The text kept under `key`, '' for none; `undefined` when storage is blocked. */
export function review_load(key) {
  try { return globalThis.localStorage.getItem(key) ?? ''; } catch { return undefined; }
}

/** Keeps `text` under `key` ('' removes it); '' when kept, else why not. */
export function review_save(key, text) {
  try {
    if (text) globalThis.localStorage.setItem(key, text);
    else globalThis.localStorage.removeItem(key);
    return '';
  } catch (e) {
    return `${e?.message ?? e}`;
  }
}
