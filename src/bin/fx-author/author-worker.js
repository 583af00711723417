// The authoring page's drafting worker: the drafting engine (its own wasm,
// src/bin/fx-draft-worker.rs) off the main thread, so typing and scrolling
// stay smooth while a long text is drafted. It fetches the engine and its
// weights and word lists once (draft-data.bin), after the page is up.
//
// Offline once loaded: the page's service worker keeps a copy of every file
// (author-sw.js), but this worker may have started before the service
// worker took charge of the page, and then its requests go to the network
// and never reach that copy. So a file the network cannot give is taken from
// the copy directly, and a load that failed is tried again by the next
// draft instead of failing every later one (or failing unheard, as an
// unhandled rejection).
import init, { worker_install, worker_draft } from './fx-draft-worker.js';

/** `file` (beside this script) from the network, or else from the offline copy. */
async function get(file) {
  const url = new URL(file, import.meta.url);
  let response;
  try {
    response = await fetch(url);
  } catch (e) {
    response = await globalThis.caches?.match(url.href, { ignoreSearch: true });
    if (!response) throw e;
  }
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response;
}

async function load() {
  await init({ module_or_path: get('./fx-draft-worker_bg.wasm') });
  const data = await get('./draft-data.bin');
  const err = worker_install(new Uint8Array(await data.arrayBuffer()));
  if (err) throw new Error(err);
}

let ready = null;
/** The engine, loaded once; after a failure the next call tries again. */
const engine = () => (ready ??= load().catch((e) => { ready = null; throw e; }));
// Start at once; a failure is told to the draft that needs the engine.
engine().catch(() => {});

addEventListener('message', async (e) => {
  const { job, text, title, byline, date } = e.data;
  try {
    await engine();
    postMessage({ job, json: worker_draft(text, title, byline, date) });
  } catch (err) {
    postMessage({ job, error: String(err?.message ?? err) });
  }
});
