// The archive's browser services that do not depend on the page around it
// (src/bin/fx-archive/page.rs); what does is the `Host` (archive.js for
// archive.html, fact-archive.js for the element).

/** Fetches `url` as text; calls `done(text, '')` or `done('', error)` once. */
export function fetch_text(url, done) {
  fetch(url)
    .then(async (r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.text();
    })
    .then((text) => done(text, ''), (e) => done('', `${e?.message ?? e}`));
}

/** Fetches `url` as bytes; calls `done(Uint8Array, '')` or
 *  `done(undefined, error)` once. No text decoding: the wasm reads the
 *  JSON from the bytes, when it needs them. */
export function fetch_bytes(url, done) {
  fetch(url)
    .then(async (r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return new Uint8Array(await r.arrayBuffer());
    })
    .then((bytes) => done(bytes, ''), (e) => done(undefined, `${e?.message ?? e}`));
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

/** Copies `text` to the clipboard; calls `done('')` or `done(error)` once. */
export function copy_text(text, done) {
  const clip = globalThis.navigator?.clipboard;
  if (!clip?.writeText) {
    done('this page has no clipboard access');
    return;
  }
  clip.writeText(text).then(() => done(''), (e) => done(`${e?.message ?? e}`));
}
