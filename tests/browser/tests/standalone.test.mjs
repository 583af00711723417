// Opening it from disk: the self-contained page (dist/fact-explorer.html)
// works over file:// with every view, search and deep links; pages that
// need a server say so instead of staying blank; a wasm that cannot start
// is reported in the element; the export bar's standalone page of a fact
// set opens from disk, whatever markup its data holds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { serve } from '../server.mjs';
import { launch, openPage, shot, DIST, ROOT } from '../browser.mjs';

const tiny = JSON.parse(readFileSync(join(ROOT, 'examples/tiny.facts.json'), 'utf8'));
const wasm = readFileSync(join(DIST, 'fact-explorer_bg.wasm'));
const page = (body) => '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>'
  + '<link rel="icon" href="favicon.svg"><script type="module" src="fact-explorer-embed.js"></script></head>'
  + `<body>${body}</body></html>`;
let server, broken, browser, downloads;
before(async () => {
  server = await serve(DIST, {
    routes: { '/tiny.html': { type: 'text/html', body: page('<fact-explorer id="t" url-sync="off"></fact-explorer>') } },
  });
  // The same files, but the wasm cut off half way (a broken transfer or CDN).
  broken = await serve(DIST, {
    routes: { '/fact-explorer_bg.wasm': { type: 'application/wasm', body: wasm.subarray(0, wasm.length >> 1) } },
  });
  browser = await launch();
  downloads = mkdtempSync(join(tmpdir(), 'fx-standalone-'));
});
after(async () => {
  await browser?.close();
  await server?.close();
  await broken?.close();
  rmSync(downloads, { recursive: true, force: true });
});

const fileUrl = (path, query = '') => `file://${path}${query}`;
const app = (p) => p.locator('fact-explorer [data-testid=app]');

test('the self-contained page runs from disk: every view, search and a deep link', async () => {
  const p = await openPage(browser, fileUrl(join(DIST, 'fact-explorer.html'), '?fx=v%3Dgraph%3Be%3Dblackrock'));
  await p.locator('fact-explorer [data-testid=app][data-state=ready]').waitFor({ timeout: 20000 });
  // The deep link opened the graph with BlackRock selected.
  assert.equal(await p.locator('fact-explorer [data-testid=view-tab][data-view=graph]').getAttribute('aria-selected'), 'true');
  assert.equal(await p.locator('fact-explorer [data-testid=chip][data-entity=blackrock]').getAttribute('aria-pressed'), 'true');
  assert.ok(await p.locator('fact-explorer [data-testid=graph-node]').count() > 10);
  await p.locator('fact-explorer [data-testid=chip-clear]').click();
  const probes = { facts: '[data-testid=fact]', graph: '[data-testid=graph-node]', timeline: '[data-testid=timeline-event]', quotes: '[data-testid=quote]', article: '[data-testid=mention]' };
  for (const [view, probe] of Object.entries(probes)) {
    await p.locator(`fact-explorer [data-testid=view-tab][data-view=${view}]`).click();
    assert.ok(await p.locator(`fact-explorer ${probe}`).count() > 3, view);
  }
  await p.locator('fact-explorer [data-testid=search-input]').fill('Guteres');
  await p.locator('fact-explorer [data-testid=search-result][data-entity=guterres]').first().waitFor();
  // The state follows into the URL, as on a served page.
  assert.match(decodeURIComponent(p.url()), /q=Guteres/);
  assert.deepEqual(p.errors, []);
  await shot(p, 'standalone-file');
  await p.context().close();
});

test('a page that needs a server says so when opened from disk', async () => {
  const p = await openPage(browser, fileUrl(join(DIST, 'index.html')));
  const message = p.locator('[data-testid=fallback]');
  await message.waitFor({ state: 'visible', timeout: 5000 });
  const text = await message.innerText();
  assert.match(text, /fact-explorer\.html/);
  assert.match(text, /python3 -m http\.server/);
  await shot(p, 'index-from-disk');
  await p.context().close();
});

test('a wasm that cannot start is reported in the element, not a blank box', async () => {
  const p = await openPage(browser, broken.url);
  const outcome = await p.evaluate(async () => {
    await customElements.whenDefined('fact-explorer');
    return document.querySelector('fact-explorer').ready;
  });
  assert.equal(outcome.state, 'error');
  const box = p.locator('fact-explorer [data-testid=start-error]');
  await box.waitFor();
  const text = await box.innerText();
  assert.match(text, /could not start/);
  assert.match(text, /fact-explorer\.html/);
  await shot(p, 'start-error');
  await p.context().close();
});

/** Loads `data` into the tiny page, exports the standalone page, opens it from disk. */
async function exportAndOpen(data, name) {
  const p = await openPage(browser, server.url + 'tiny.html');
  await p.evaluate(async (data) => {
    await customElements.whenDefined('fact-explorer');
    const el = document.getElementById('t');
    el.data = data;
    return el.ready;
  }, data);
  const [download] = await Promise.all([
    p.waitForEvent('download'),
    p.locator('fact-explorer [data-testid=export-standalone]').click(),
  ]);
  assert.equal(download.suggestedFilename(), 'fact-explorer-standalone.html');
  const file = join(downloads, name);
  await download.saveAs(file);
  await p.context().close();
  const q = await openPage(browser, fileUrl(file));
  await q.locator('fact-explorer [data-testid=app][data-state=ready]').waitFor({ timeout: 20000 });
  return q;
}

test('the export bar\'s standalone page of a fact set opens from disk with that fact set', async () => {
  const q = await exportAndOpen(tiny, 'tiny.html');
  assert.equal(await q.locator('fact-explorer .fx-header__title').innerText(), tiny.article.title);
  assert.equal(await q.locator('fact-explorer [data-testid=fact]').count(), tiny.facts.length);
  assert.deepEqual(q.errors, []);
  await q.context().close();
});

test('markup in the data cannot break out of the standalone page', async () => {
  const hostile = structuredClone(tiny);
  hostile.article.title = '</script><!-- <script>window.pwned = 1</script> -->';
  hostile.entities[0].description = '<img src=x onerror="window.pwned = 2">';
  const q = await exportAndOpen(hostile, 'hostile.html');
  assert.equal(await q.locator('fact-explorer .fx-header__title').innerText(), hostile.article.title);
  assert.equal(await q.evaluate(() => window.pwned), undefined);
  assert.equal(await q.locator('fact-explorer [data-testid=fact]').count(), tiny.facts.length);
  await q.context().close();
});
