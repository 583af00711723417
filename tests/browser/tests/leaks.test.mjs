// The authoring page does not leak as it is used for a long time: after a
// warm-up, 200 drafts (each through "New draft") and 1,000 edits leave the
// page's JavaScript event listeners (Chromium's own count, over CDP) where
// they were, and its wasm memory within a stated tolerance.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../server.mjs';
import { launch, DIST } from '../browser.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const TEXT = 'Larry Fink met President Lee Jae-myung in New York on Monday. '
  + 'BlackRock said it would invest in South Korea, Fink told reporters.';

/** Listener and node counts after a full garbage collection. */
async function counters(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return cdp.send('Memory.getDOMCounters');
}

/** The page's wasm memories (the page's own; the worker's are in the worker), in bytes. */
const wasmBytes = (page) => page.evaluate(() => globalThis.__wasmMemories.map((m) => m.buffer.byteLength));

/**
 * `n` drafts, each through "New draft", run in the page: the same clicks a
 * person makes (type the text, Start, New draft, Delete, Delete it), each
 * step waiting for the page's state, without a round trip from the test
 * per step (those made this test two minutes long). Each draft is saved
 * and listed; deleting it keeps the list (five elements and two listeners
 * a draft) out of the count. With `preview`, each waits for the preview's
 * explorer to be ready as well.
 */
const drafts = (page, n, { preview = false } = {}) => page.evaluate(async ({ n, text, preview }) => {
  const until = (what, find) => new Promise((resolve, reject) => {
    const t0 = performance.now();
    const tick = () => {
      const found = find();
      if (found) resolve(found);
      else if (performance.now() - t0 > 30000) reject(new Error(`waited 30 s for ${what}`));
      else setTimeout(tick, 2);
    };
    tick();
  });
  // The preview's explorer is in a shadow root, as Playwright's `>>` sees it.
  const deep = (root, sel) => root.querySelector(sel)
    ?? [...root.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => deep(e.shadowRoot, sel)).find(Boolean)
    ?? null;
  const buttonNamed = (root, re) => [...root.querySelectorAll('button')]
    .find((b) => re.test(b.getAttribute('aria-label') ?? b.textContent));
  for (let i = 0; i < n; i++) {
    await until('the empty page', () => document.querySelector('[data-testid=author][data-state=empty]'));
    const area = document.querySelector('[data-testid=author-text]');
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
    document.querySelector('[data-testid=author-start]').click();
    await until('the draft', () => document.querySelector('[data-testid=author][data-state=ready]'));
    if (preview) {
      await until('the preview', () => {
        const preview = document.querySelector('[data-testid=author-preview]');
        return preview && deep(preview, '[data-testid=app][data-state=ready]');
      });
    }
    document.querySelector('[data-testid=author-new]').click();
    await until('the empty page', () => document.querySelector('[data-testid=author][data-state=empty]'));
    const saved = await until('the saved draft', () => document.querySelector('[data-testid=author-draft]'));
    buttonNamed(saved, /^Delete /).click();
    (await until('the confirmation', () => buttonNamed(saved, /^Delete it$/))).click();
    await until('the emptied list', () => document.querySelectorAll('[data-testid=author-draft]').length === 0);
  }
}, { n, text: TEXT, preview });

/** `n` edits (an entity's kind, back and forth), in the page, yielding now and then. */
const edits = (page, n) => page.evaluate(async (n) => {
  for (let i = 0; i < n; i++) {
    const select = document.querySelector('[data-testid=author-entity] [data-testid=author-entity-kind]');
    select.value = i % 2 ? 'person' : 'organisation';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    if (i % 20 === 19) await new Promise((r) => setTimeout(r, 0));
  }
  // Past the preview's pause, so its last update has run.
  await new Promise((r) => setTimeout(r, 600));
}, n);

test('200 drafts and 1,000 edits leave the event listeners flat and wasm memory bounded', { timeout: 600000 }, async () => {
  // Narrow first: the preview is a tab, not shown, so the drafts measure
  // the page's own listeners (the worker's, the preview's resize, the
  // keys'); the drafts with the preview shown come after the edits.
  const context = await browser.newContext({ viewport: { width: 700, height: 1000 } });
  // Keep the page's wasm memories to read their size (test-only: the page
  // exposes nothing for this).
  await context.addInitScript(() => {
    globalThis.__wasmMemories = [];
    const keep = (r) => {
      const exports = (r.instance ?? r).exports;
      for (const v of Object.values(exports)) if (v instanceof WebAssembly.Memory) globalThis.__wasmMemories.push(v);
      return r;
    };
    for (const name of ['instantiate', 'instantiateStreaming']) {
      const original = WebAssembly[name];
      WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then(keep);
    }
  });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(`console: ${m.text()}`); });
  await page.goto(`${server.url}author.html`);
  const cdp = await context.newCDPSession(page);

  // Drafts: a warm-up, then 200.
  await drafts(page, 5);
  const start = await counters(cdp);
  const startWasm = await wasmBytes(page);
  await drafts(page, 200);
  const afterDrafts = await counters(cdp);
  const afterDraftsWasm = await wasmBytes(page);

  // Edits, with the preview shown (wide), following them after each pause:
  // a warm-up that fills the undo history to its depth, then 1,000.
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.fill('[data-testid=author-text]', TEXT);
  await page.click('[data-testid=author-start]');
  await page.waitForSelector('[data-testid=author][data-state=ready]');
  await page.waitForSelector('[data-testid=author-preview]');
  await edits(page, 300);
  const beforeEdits = await counters(cdp);
  const beforeEditsWasm = await wasmBytes(page);
  await edits(page, 1000);
  const afterEdits = await counters(cdp);
  const endWasm = await wasmBytes(page);

  // Drafts with the preview shown (the explorer is this page's, in the
  // same wasm): each preview goes with its draft.
  await page.click('[data-testid=author-new]');
  await page.waitForSelector('[data-testid=author][data-state=empty]');
  await page.locator('[data-testid=author-draft]').first().getByRole('button', { name: /^Delete / }).click();
  await page.getByRole('button', { name: 'Delete it' }).click();
  await drafts(page, 5, { preview: true });
  const beforePreviews = await counters(cdp);
  await drafts(page, 30, { preview: true });
  const afterPreviews = await counters(cdp);
  console.log(`# with the preview shown: listeners ${beforePreviews.jsEventListeners} -> ${afterPreviews.jsEventListeners} over 30 drafts, DOM nodes ${beforePreviews.nodes} -> ${afterPreviews.nodes}`);
  assert.ok(afterPreviews.jsEventListeners - beforePreviews.jsEventListeners <= 2, 'previews: listeners');
  assert.ok(afterPreviews.nodes - beforePreviews.nodes <= 50, 'previews: nodes');

  const listeners = [start, afterDrafts, beforeEdits, afterEdits].map((c) => c.jsEventListeners);
  const nodes = [start, afterDrafts, beforeEdits, afterEdits].map((c) => c.nodes);
  console.log(`# JS event listeners: warm ${listeners[0]}, after 200 drafts ${listeners[1]}; edits warm ${listeners[2]}, after 1,000 edits ${listeners[3]}`);
  console.log(`# DOM nodes: ${nodes.join(', ')}`);
  console.log(`# page wasm memory, bytes: drafts ${startWasm} -> ${afterDraftsWasm}; edits ${beforeEditsWasm} -> ${endWasm} (the page's wasm holds the preview explorer too)`);
  // Flat: the page before added two listeners per draft (the worker's
  // `error` listener and the preview's `resize`), 400 here. One or two
  // may come and go with the garbage collector's timing; none may pile up.
  assert.ok(listeners[1] - listeners[0] <= 2, `drafts: ${listeners}`);
  assert.ok(nodes[1] - nodes[0] <= 50, `drafts: nodes ${nodes}`);
  assert.ok(listeners[3] - listeners[2] <= 2, `edits: ${listeners}`);
  // wasm memory never shrinks; 200 drafts, then 1,000 edits may grow each
  // memory by at most 512 KiB (eight pages: the allocator's pools), not by
  // something per draft or per edit.
  const grown = (a, b) => Math.max(...b.map((x, i) => x - (a[i] ?? x)));
  assert.ok(grown(startWasm, afterDraftsWasm) <= 512 << 10, `drafts grew wasm memory: ${startWasm} -> ${afterDraftsWasm}`);
  assert.ok(grown(beforeEditsWasm, endWasm) <= 512 << 10, `edits grew wasm memory: ${beforeEditsWasm} -> ${endWasm}`);
  assert.deepEqual(page.errors, []);
  await context.close();
});
