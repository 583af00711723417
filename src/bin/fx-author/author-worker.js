// The authoring page's drafting worker: the drafting engine (the same wasm
// as the page, src/bin/fx-author) off the main thread, so typing and
// scrolling stay smooth while a long text is drafted. It fetches the
// weights and word lists once (draft-data.bin, after the page is up).
import init, { worker_install, worker_draft } from './fx-author.js';

const ready = (async () => {
  await init();
  const r = await fetch(new URL('./draft-data.bin', import.meta.url));
  if (!r.ok) throw new Error(`draft-data.bin: HTTP ${r.status}`);
  const err = worker_install(new Uint8Array(await r.arrayBuffer()));
  if (err) throw new Error(err);
})();

addEventListener('message', async (e) => {
  const { job, text, title, byline, date } = e.data;
  try {
    await ready;
    postMessage({ job, json: worker_draft(text, title, byline, date) });
  } catch (err) {
    postMessage({ job, error: String(err?.message ?? err) });
  }
});
