// Issue 18: the explorer's first view is rendered into the page at build
// time (a declarative shadow root) and hydrated in place when the wasm
// arrives; without JavaScript it is a readable page of facts; the page and
// the `render` fragment carry JSON-LD.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { serve } from '../server.mjs';
import { launch, ready, shot, DIST, ROOT } from '../browser.mjs';
import { FIRST_LOAD } from '../budget.mjs';

const FACTS = JSON.parse(readFileSync(join(ROOT, 'crates/core/src/data/article.facts.json'), 'utf8'));

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A page that records every console message (not only errors). */
async function open(url, { js = true, width = 1280, height = 900, gate = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: js });
  const page = await context.newPage();
  page.messages = [];
  page.on('console', (m) => page.messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => page.messages.push(`pageerror: ${e.message}`));
  page.requested = [];
  page.on('request', (r) => page.requested.push(new URL(r.url()).pathname.replace(/^\//, '') || 'index.html'));
  if (gate) {
    // Hold the wasm back, so the test sees the page before hydration.
    let release;
    const held = new Promise((r) => { release = r; });
    page.releaseWasm = release;
    await page.route('**/fact-explorer_bg.wasm', async (route) => { await held; await route.continue(); });
  }
  await page.goto(url);
  return page;
}

/** Runs the app's command line (the debug build the page build made). */
function cli(args) {
  return execFileSync('cargo', ['run', '--quiet', '--', ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

test('without JavaScript the page is a readable list of facts with their evidence', async () => {
  const page = await open(server.url, { js: false });
  const info = await page.evaluate(() => {
    const root = document.querySelector('fact-explorer').shadowRoot;
    const visible = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    return {
      title: root.querySelector('h1')?.textContent,
      facts: [...root.querySelectorAll('[data-testid=fact]')].map((f) => f.textContent),
      evidence: [...root.querySelectorAll('[data-testid=fact] mark')].map((m) => m.textContent),
      chips: [...root.querySelectorAll('[data-testid=chip]')].map((c) => c.querySelector('.fx-chip__name').textContent),
      searchShown: visible(root.querySelector('[data-testid=search-input]')),
      tabsShown: visible(root.querySelector('[data-testid=view-tab]')),
      showInArticle: visible(root.querySelector('[data-testid=show-evidence]')),
      noscript: visible(document.querySelector('fact-explorer noscript')),
      notice: document.querySelector('fact-explorer noscript')?.textContent,
    };
  });
  assert.match(info.title, /BlackRock/);
  assert.equal(info.facts.length, FACTS.facts.length, 'every fact is in the page');
  assert.ok(info.facts.some((f) => /Lee Jae Myung.*BlackRock/.test(f)));
  assert.ok(info.evidence.length >= FACTS.facts.length, 'each fact shows its evidence');
  assert.ok(info.evidence.includes('South Korean President Lee Jae Myung secured a pledge of support from BlackRock Inc.'));
  assert.deepEqual([...info.chips].sort(), FACTS.entities.map((e) => e.name).sort());
  // Controls that need the script are hidden, not left dead.
  assert.equal(info.searchShown, false);
  assert.equal(info.tabsShown, false);
  assert.equal(info.showInArticle, false);
  assert.equal(info.noscript, true, 'the noscript line shows');
  assert.match(info.notice, /need JavaScript/);
  await shot(page, 'prerender-nojs-1280');
  await page.context().close();
});

test('the JSON-LD is a NewsArticle naming the people, organisations and places', async () => {
  const page = await open(server.url, { js: false });
  const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
  assert.equal(ld['@context'], 'https://schema.org');
  assert.equal(ld['@type'], 'NewsArticle');
  assert.equal(ld.headline, FACTS.article.title);
  assert.equal(ld.author.name, 'Jae-young Han');
  const named = (kinds) => FACTS.entities.filter((e) => kinds.includes(e.kind)).map((e) => e.name).sort();
  const mentioned = (types) => ld.mentions.filter((m) => types.includes(m['@type'])).map((m) => m.name).sort();
  assert.deepEqual(mentioned(['Person']), named(['person']));
  assert.deepEqual(mentioned(['Organization', 'GovernmentOrganization']), named(['organisation', 'government_body']));
  assert.deepEqual(mentioned(['Country', 'City', 'Place']), named(['country', 'city', 'region']));
  assert.ok(ld.mentions.some((m) => m.name === 'Larry Fink' && m['@type'] === 'Person'));
  await page.context().close();
});

test('the wasm hydrates the prerendered view in place: same nodes, no warnings, everything works', async () => {
  const page = await open(server.url, { gate: true });
  await page.waitForFunction(() => customElements.get('fact-explorer'));
  const before = await page.evaluate(() => {
    const root = document.querySelector('fact-explorer').shadowRoot;
    window.kept = [root.querySelector('h1'), root.querySelector('[data-testid=chip]'), root.querySelector('[data-testid=fact]')];
    return { state: root.querySelector('[data-testid=app]').dataset.state, facts: root.querySelectorAll('[data-testid=fact]').length };
  });
  assert.deepEqual(before, { state: 'loading', facts: FACTS.facts.length });
  const top = await page.evaluate(() => document.querySelector('fact-explorer').shadowRoot.querySelector('[data-testid=fact]').getBoundingClientRect().top);
  page.releaseWasm();
  await ready(page);
  const after = await page.evaluate(() => {
    const root = document.querySelector('fact-explorer').shadowRoot;
    return {
      kept: window.kept.every((n) => n.isConnected && root.contains(n)),
      apps: root.querySelectorAll('[data-testid=app]').length,
      facts: root.querySelectorAll('[data-testid=fact]').length,
      top: root.querySelector('[data-testid=fact]').getBoundingClientRect().top,
    };
  });
  assert.deepEqual(after, { kept: true, apps: 1, facts: FACTS.facts.length, top }, 'no duplicate DOM, nothing moved');
  assert.equal(top, after.top);
  // Everything works after hydration: a chip, the search, the views.
  await page.locator('[data-testid=chip][data-entity=fink]').click();
  await page.waitForFunction(() => document.querySelector('fact-explorer').shadowRoot.querySelectorAll('[data-testid=fact]').length < 20);
  assert.equal(await page.locator('[data-testid=chip][data-entity=fink]').getAttribute('aria-pressed'), 'true');
  await page.locator('[data-testid=search-input]').fill('blackrok');
  await page.waitForSelector('[data-testid=search-result]');
  for (const view of ['graph', 'timeline', 'quotes', 'article', 'facts']) {
    await page.locator(`[data-testid=view-tab][data-view=${view}]`).click();
    assert.equal(await page.locator(`[data-testid=view-tab][data-view=${view}]`).getAttribute('aria-selected'), 'true');
  }
  await page.locator('[data-testid=view-tab][data-view=graph]').click();
  await page.waitForSelector('[data-testid=graph-node]');
  assert.deepEqual(page.messages, [], 'no console errors or warnings during hydration and use');
  await page.context().close();
});

test('the page requests exactly the budgeted first load, and no stylesheet for the explorer', async () => {
  const page = await open(server.url);
  await ready(page);
  await page.waitForTimeout(200);
  assert.deepEqual([...new Set(page.requested)].sort(), [...FIRST_LOAD].sort());
  await page.context().close();
});

test('a deep link restores its state over the hydrated view', async () => {
  const page = await open(`${server.url}?fx=${encodeURIComponent('q=Fink;v=quotes;e=lee')}`);
  await ready(page);
  await page.waitForFunction(() => document.querySelector('fact-explorer').shadowRoot.querySelector('[data-testid=search-input]').value === 'Fink');
  assert.equal(await page.locator('[data-testid=view-tab][data-view=quotes]').getAttribute('aria-selected'), 'true');
  assert.equal(await page.locator('[data-testid=chip][data-entity=lee]').getAttribute('aria-pressed'), 'true');
  assert.deepEqual(await page.evaluate(() => document.querySelector('fact-explorer').state),
    { query: 'Fink', entities: ['lee'], mode: 'all', view: 'quotes', focus: null, fact: null });
  assert.deepEqual(page.messages, []);
  await page.context().close();
});

/** The `render` fragment of `factsFile` in a plain page beside dist/. */
function fragmentPage(factsFile, edit = (html) => html) {
  const fragment = edit(cli(['render', factsFile, '--id', 'tiny', '--css', join(DIST, 'main.css')]));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title><link rel="icon" href="favicon.svg">
<script type="module" src="fact-explorer-embed.js"></script></head>
<body><h1>Host page</h1>${fragment}<p id="after">After the explorer.</p></body></html>`;
}

async function openFragment(html, { gate = false, headers = {} } = {}) {
  const host = await serve(DIST, { headers, routes: { '/fragment.html': { type: 'text/html; charset=utf-8', body: html, headers } } });
  const page = await open(`${host.url}fragment.html`, { gate });
  page.host = host;
  return page;
}

test('render: the fragment shows before the wasm and hydrates in a plain page, under its CSP', async () => {
  const factsFile = join(ROOT, 'examples/tiny.facts.json');
  const html = fragmentPage(factsFile);
  const csp = execFileSync('sh', ['-c', `cargo run --quiet -- render "${factsFile}" --css "${join(DIST, 'main.css')}" 2>&1 >/dev/null`], { cwd: ROOT, encoding: 'utf8' })
    .match(/Content-Security-Policy: (.*)/)[1];
  const page = await openFragment(html, { gate: true, headers: { 'content-security-policy': csp } });
  await page.waitForFunction(() => customElements.get('fact-explorer'));
  const before = await page.evaluate(() => {
    const root = document.getElementById('tiny').shadowRoot;
    window.kept = root.querySelector('h1');
    return { facts: root.querySelectorAll('[data-testid=fact]').length, styled: getComputedStyle(root.querySelector('.fx')).display };
  });
  assert.deepEqual(before, { facts: 2, styled: 'block' });
  page.releaseWasm();
  await ready(page);
  assert.equal(await page.evaluate(() => window.kept.isConnected), true, 'hydrated in place');
  await page.locator('[data-testid=chip][data-entity=osaka]').click();
  await page.waitForFunction(() => document.getElementById('tiny').shadowRoot.querySelectorAll('[data-testid=fact]').length === 1);
  assert.match(await page.evaluate(() => location.search), /fx-tiny=/);
  assert.deepEqual(page.messages, [], 'no CSP violation, no hydration warning');
  await shot(page, 'prerender-fragment');
  await page.context().close();
  await page.host.close();
});

test('render: JSON with </script and <!-- stays inside its script element, and the view hydrates', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fx-render-'));
  const tiny = JSON.parse(readFileSync(join(ROOT, 'examples/tiny.facts.json'), 'utf8'));
  tiny.entities[0].description = 'mayor </script><!-- not a comment --> <b>bold</b>';
  tiny.article.title = 'A title with </script> in it <!--';
  const file = join(dir, 'hostile.facts.json');
  writeFileSync(file, JSON.stringify(tiny));
  const html = fragmentPage(file);
  const script = html.match(/<script type="application\/json">([\s\S]*?)<\/script>/)[1];
  assert.ok(!/<\/script|<!--/i.test(script));
  const page = await openFragment(html);
  await ready(page);
  const seen = await page.evaluate(() => {
    const el = document.getElementById('tiny');
    return { title: el.shadowRoot.querySelector('h1').textContent, description: el.factSet.entities[0].description, after: !!document.getElementById('after'), bold: el.shadowRoot.querySelectorAll('b').length };
  });
  assert.deepEqual(seen, { title: tiny.article.title, description: tiny.entities[0].description, after: true, bold: 0 });
  assert.deepEqual(page.messages, []);
  await page.context().close();
  await page.host.close();
});

test('render: a fragment stamped by another build or for another fact set is rendered afresh', async () => {
  const factsFile = join(ROOT, 'examples/tiny.facts.json');
  for (const [what, edit] of [
    ['another fact set', (h) => h.replace(/data-fx-stamp="([0-9a-f]+)-[0-9a-f]+"/, 'data-fx-stamp="$1-0000000000000000"')],
    ['another build', (h) => h.replace(/data-fx-stamp="[0-9a-f]+-/, 'data-fx-stamp="0000000000000000-')],
  ]) {
    const page = await openFragment(fragmentPage(factsFile, edit), { gate: true });
    await page.waitForFunction(() => customElements.get('fact-explorer'));
    await page.evaluate(() => { window.kept = document.getElementById('tiny').shadowRoot.querySelector('h1'); });
    page.releaseWasm();
    await ready(page);
    const after = await page.evaluate(() => {
      const root = document.getElementById('tiny').shadowRoot;
      return { replaced: !window.kept.isConnected, apps: root.querySelectorAll('[data-testid=app]').length, facts: root.querySelectorAll('[data-testid=fact]').length, styled: getComputedStyle(root.querySelector('.fx')).display };
    });
    assert.deepEqual(after, { replaced: true, apps: 1, facts: 2, styled: 'block' }, what);
    assert.deepEqual(page.messages, [], what);
    await page.context().close();
    await page.host.close();
  }
});
