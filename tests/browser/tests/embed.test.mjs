// Embedding: style isolation both ways on an aggressive host page, several
// explorers with their own URL state, deep links, Back/Forward, bad sources,
// garbage URLs, a hidden tab, an iframe, and a strict Content-Security-Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../server.mjs';
import { launch, openPage, ready, shot, DIST } from '../browser.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
// The prerendered index.html carries its stylesheet inline: the build writes
// the CSP that allows exactly that stylesheet (its hash) to dist/csp.txt.
const PRERENDERED_CSP = readFileSync(join(DIST, 'csp.txt'), 'utf8').replace(/^Content-Security-Policy: /, '').trim();
let server, cspServer, prerenderedCspServer, browser;
before(async () => {
  server = await serve(DIST, { routes: { '/no-embed.js': { type: 'text/javascript', body: '' } } });
  cspServer = await serve(DIST, { headers: { 'content-security-policy': CSP } });
  prerenderedCspServer = await serve(DIST, { headers: { 'content-security-policy': PRERENDERED_CSP } });
  browser = await launch();
});
after(async () => {
  await browser?.close(); await server?.close(); await cspServer?.close(); await prerenderedCspServer?.close();
});

const HOST_PROBES = ['.masthead', '.headline', '.lede', '#host-button', '.chip', '.between', '#comments h2', '#to-comments'];
const PROPS = ['font-family', 'font-size', 'color', 'background-color', 'margin-top', 'padding-left', 'border-top-style', 'line-height', 'transform', 'display', 'text-transform', 'letter-spacing'];

async function hostStyles(page) {
  return page.evaluate(([sel, props]) => sel.map((s) => {
    const cs = getComputedStyle(document.querySelector(s));
    return [s, props.map((p) => cs.getPropertyValue(p))];
  }), [HOST_PROBES, PROPS]);
}

/** Computed styles of the explorer's own parts, inside `root` (a locator). */
async function explorerStyles(root) {
  const probes = {
    title: '.fx-header__title', chip: '[data-testid=chip]', input: '[data-testid=search-input]',
    tab: '[data-testid=view-tab]', fact: '[data-testid=fact]', app: '[data-testid=app]',
  };
  const out = {};
  for (const [name, sel] of Object.entries(probes)) {
    out[name] = await root.locator(sel).first().evaluate((el, props) => {
      const cs = getComputedStyle(el);
      return props.map((p) => `${p}=${cs.getPropertyValue(p)}`);
    }, [...PROPS, 'width']);
  }
  return out;
}

async function readyAll(page, n) {
  await page.waitForFunction((n) => [...document.querySelectorAll('fact-explorer')]
    .filter((el) => el.shadowRoot?.querySelector('[data-testid=app][data-state]')?.dataset.state !== 'loading'
      && el.shadowRoot?.querySelector('[data-testid=app]')).length >= n, n, { timeout: 15000 });
}

test('the host page keeps its look when explorers mount, and they keep theirs', async () => {
  // Without the embed script: the host page alone.
  const bare = await openPage(browser, server.url + 'host.html');
  await bare.route('**/fact-explorer-embed.js', (r) => r.fulfill({ contentType: 'text/javascript', body: '' }));
  await bare.reload();
  await bare.waitForLoadState('load');
  const before = await hostStyles(bare);
  await bare.context().close();

  const page = await openPage(browser, server.url + 'host.html');
  await readyAll(page, 2);
  const afterMount = await hostStyles(page);
  assert.deepEqual(afterMount, before, 'host styles changed when the explorers mounted');

  const standalone = await openPage(browser, server.url);
  await ready(standalone);
  const own = await explorerStyles(standalone.locator('fact-explorer'));
  const embedded = await explorerStyles(page.locator('fact-explorer#main'));
  assert.deepEqual(embedded, own, 'the host page changed the explorer');
  // Host rules such as `svg * { fill: red !important }` stay outside.
  await page.locator('fact-explorer#main [data-testid=view-tab][data-view=graph]').click();
  const fill = await page.locator('fact-explorer#main [data-testid=graph-node] path').first().evaluate((el) => getComputedStyle(el).fill);
  assert.notEqual(fill, 'rgb(255, 0, 0)');
  assert.deepEqual(page.errors.filter((e) => !/404/.test(e)), []);
  await shot(page, 'host-page', { fullPage: false });
  await standalone.context().close();
  await page.context().close();
});

test('a host may theme the explorer through --fx-* custom properties', async () => {
  const page = await openPage(browser, server.url + 'host.html');
  await readyAll(page, 2);
  await page.addStyleTag({ content: 'fact-explorer#main { --fx-accent: rgb(176, 0, 32); }' });
  const border = await page.locator('fact-explorer#main [data-testid=view-tab][aria-selected=true]').evaluate((el) => getComputedStyle(el).borderBottomColor);
  assert.equal(border, 'rgb(176, 0, 32)');
  await page.context().close();
});

test('two explorers keep separate state in one URL, restored after reload', async () => {
  const page = await openPage(browser, server.url + 'host.html');
  await readyAll(page, 2);
  await page.locator('#show-tab').click();
  const main = page.locator('fact-explorer#main');
  const tiny = page.locator('fact-explorer#tiny');
  await tiny.locator('[data-testid=app][data-state=ready]').waitFor();
  assert.equal(await tiny.locator('[data-testid=fact]').count(), 2);
  await main.locator('[data-testid=chip][data-entity=blackrock]').click();
  await main.locator('[data-testid=view-tab][data-view=graph]').click();
  await tiny.locator('[data-testid=search-input]').fill('Osaka');
  await tiny.locator('[data-testid=view-tab][data-view=timeline]').click();
  await page.waitForTimeout(100);
  const url = new URL(page.url());
  assert.match(url.searchParams.get('fx-main') ?? '', /e=blackrock/);
  assert.match(url.searchParams.get('fx-main') ?? '', /v=graph/);
  assert.match(url.searchParams.get('fx-tiny') ?? '', /q=Osaka/);
  // Reload: both come back as they were.
  await page.reload();
  await readyAll(page, 2);
  await page.locator('#show-tab').click();
  await tiny.locator('[data-testid=app][data-state=ready]').waitFor();
  assert.equal(await main.locator('[data-testid=chip][data-entity=blackrock]').getAttribute('aria-pressed'), 'true');
  assert.equal(await main.locator('[data-testid=view-tab][aria-selected=true]').getAttribute('data-view'), 'graph');
  assert.equal(await tiny.locator('[data-testid=search-input]').inputValue(), 'Osaka');
  assert.equal(await tiny.locator('[data-testid=view-tab][aria-selected=true]').getAttribute('data-view'), 'timeline');
  // The tiny explorer was laid out although it was hidden when it mounted.
  await tiny.locator('[data-testid=view-tab][data-view=graph]').click();
  const box = await tiny.locator('[data-testid=graph]').boundingBox();
  assert.ok(box.width > 100 && box.height > 100);
  // The host's own fragment link still works and keeps the explorers' state.
  await page.locator('#to-comments').click();
  assert.equal(new URL(page.url()).hash, '#comments');
  assert.match(new URL(page.url()).searchParams.get('fx-main') ?? '', /e=blackrock/);
  await main.locator('[data-testid=view-tab][data-view=facts]').click();
  assert.equal(new URL(page.url()).hash, '#comments', 'the explorer dropped the host fragment');
  await page.context().close();
});

test('Back and Forward step through explorer states', async () => {
  const page = await openPage(browser, server.url);
  await ready(page);
  await page.locator('[data-testid=chip][data-entity=fink]').click();
  await page.locator('[data-testid=view-tab][data-view=quotes]').click();
  await page.locator('[data-testid=view-tab][data-view=graph]').click();
  await page.goBack();
  assert.equal(await page.locator('[data-testid=view-tab][aria-selected=true]').getAttribute('data-view'), 'quotes');
  await page.goBack();
  assert.equal(await page.locator('[data-testid=view-tab][aria-selected=true]').getAttribute('data-view'), 'facts');
  assert.equal(await page.locator('[data-testid=chip][data-entity=fink]').getAttribute('aria-pressed'), 'true');
  await page.goBack();
  assert.equal(await page.locator('[data-testid=chip][data-entity=fink]').getAttribute('aria-pressed'), 'false');
  await page.goForward();
  await page.goForward();
  assert.equal(await page.locator('[data-testid=view-tab][aria-selected=true]').getAttribute('data-view'), 'quotes');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a deep link reproduces what the sender saw; garbage in the URL is ignored', async () => {
  const link = 'v=article;e=lee,blackrock;m=any;t=f-gip-investor;x=blackrock;q=fund';
  const page = await openPage(browser, `${server.url}?fx=${encodeURIComponent(link)}#top`);
  await ready(page);
  assert.equal(await page.locator('[data-testid=view-tab][aria-selected=true]').getAttribute('data-view'), 'article');
  assert.equal(await page.locator('[data-testid=chip][data-entity=lee]').getAttribute('aria-pressed'), 'true');
  assert.match(await page.locator('[data-testid=chip-mode]').innerText(), /^any of/);
  assert.equal(await page.locator('[data-testid=evidence]').first().getAttribute('data-fact'), 'f-gip-investor');
  assert.equal(await page.locator('[data-testid=entity-panel]').getAttribute('data-entity'), 'blackrock');
  assert.equal(await page.locator('[data-testid=search-input]').inputValue(), 'fund');
  await page.context().close();

  const garbage = `e=lee,%3Cscript%3E,ghost;v=nowhere;q=%zz;t=${'x'.repeat(5000)};;;=;%%`;
  const bad = await openPage(browser, `${server.url}?fx=${encodeURIComponent(garbage)}&fx=%E0%A4`);
  await ready(bad);
  assert.equal(await bad.locator('[data-testid=chip][data-entity=lee]').getAttribute('aria-pressed'), 'true');
  assert.equal(await bad.locator('[data-testid=view-tab][aria-selected=true]').getAttribute('data-view'), 'facts');
  assert.deepEqual(bad.errors, []);
  await bad.context().close();
});

test('a src that cannot be fetched shows the error panel inside the element; the host goes on', async () => {
  const page = await openPage(browser, server.url + 'host.html');
  await readyAll(page, 2);
  const broken = page.locator('fact-explorer#broken');
  await broken.locator('[data-testid=app][data-state=error]').waitFor();
  assert.match(await broken.locator('[data-testid=load-error]').innerText(), /missing\.json answered HTTP 404/);
  // The host page still works.
  await page.locator('#show-tab').click();
  assert.equal(await page.locator('#hidden-tab').isVisible(), true);
  // A non-JSON response gets the loader's own error.
  await page.evaluate(() => {
    const el = document.createElement('fact-explorer');
    el.id = 'html';
    el.setAttribute('src', 'index.html');
    document.querySelector('main').append(el);
  });
  const html = page.locator('fact-explorer#html');
  await html.locator('[data-testid=app][data-state=error]').waitFor();
  assert.match(await html.locator('[data-testid=load-error]').innerText(), /not valid JSON at line 1/);
  await page.context().close();
});

test('the explorer fits a 320 px wide page', async () => {
  const page = await openPage(browser, server.url + 'host.html', { width: 320, height: 700 });
  await readyAll(page, 2);
  const width = await page.locator('fact-explorer#main').evaluate((el) => el.getBoundingClientRect().width);
  assert.ok(width <= 320, `explorer is ${width}px wide`);
  const inner = await page.locator('fact-explorer#main').evaluate((el) => el.scrollWidth - el.clientWidth);
  assert.ok(inner <= 0, `explorer content overflows by ${inner}px`);
  await page.context().close();
});

test('an iframe embed works, with its state in the frame URL', async () => {
  const page = await openPage(browser, server.url + 'iframe.html');
  const frame = page.frameLocator('#explorer');
  await frame.locator('[data-testid=app][data-state=ready]').waitFor();
  assert.equal(await frame.locator('[data-testid=view-tab][aria-selected=true]').getAttribute('data-view'), 'graph');
  await frame.locator('[data-testid=chip][data-entity=trump]').click();
  const src = await page.locator('#explorer').evaluate((f) => f.contentWindow.location.search);
  assert.match(decodeURIComponent(src), /e=trump/);
  await page.context().close();
});

test('everything works under a strict Content-Security-Policy', async () => {
  assert.match(PRERENDERED_CSP, /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'sha256-[A-Za-z0-9+/]+=*'$/);
  for (const [path, server] of [['', prerenderedCspServer], ['host.html', cspServer]]) {
    const page = await openPage(browser, server.url + path);
    const violations = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    await page.locator('[data-testid=app][data-state=ready]').first().waitFor();
    await page.locator('[data-testid=search-input]').first().fill('Fink');
    assert.ok(await page.locator('[data-testid=search-result]').count() > 0);
    await page.locator('[data-testid=view-tab][data-view=graph]').first().click();
    assert.ok(await page.locator('[data-testid=graph-node]').count() > 10);
    assert.deepEqual(violations, [], `CSP violations on /${path}`);
    assert.deepEqual(page.errors.filter((e) => !/404/.test(e)), []);
    await page.context().close();
  }
});
