// Issue 20: the npm package, installed from its packed .tgz into a Vite 8 +
// React 19 app (tests/npm-host), in the real browser: built with
// `vite build` and under `vite dev`. Also: its types check with tsc, and it
// imports in Node without a DOM.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { serve } from '../server.mjs';
import { launch, shot, DIST, ROOT } from '../browser.mjs';

const HOST = join(ROOT, 'tests', 'npm-host');
const BIN = join(HOST, 'node_modules', '.bin');
let built, dev, devProcess, browser, plain;

const freePort = () => new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

before(async () => {
  // Pack the release build, install the .tgz after the host's `npm ci`
  // without saving (a rebuilt file: tarball fails npm ci's integrity
  // check), and build the app.
  const packed = execFileSync('node', [join(ROOT, 'build', 'pack.mjs')], { encoding: 'utf8' });
  const tgz = join(ROOT, packed.match(/packed (\S+\.tgz)/)[1]);
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', tgz], { cwd: HOST, stdio: 'ignore' });
  execFileSync(join(BIN, 'vite'), ['build', '--logLevel', 'error'], { cwd: HOST, stdio: 'inherit' });
  built = await serve(join(HOST, 'dist'));
  plain = await serve(DIST, { routes: { '/late.html': { type: 'text/html', body: LATE_PAGE } } });
  const port = await freePort();
  devProcess = spawn(join(BIN, 'vite'), ['--port', String(port), '--logLevel', 'error'], { cwd: HOST, stdio: ['ignore', 'pipe', 'inherit'] });
  dev = { url: `http://127.0.0.1:${port}/` };
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(dev.url)).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await launch();
});
after(async () => {
  await browser?.close(); await built?.close(); await plain?.close();
  devProcess?.kill();
});

/** A page that records console errors and warnings. */
async function open(url) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  page.problems = [];
  page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) page.problems.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  await page.goto(url);
  return page;
}

const text = (page, id) => page.locator(`[data-testid=${id}]`).first().innerText();
const first = (page, sel) => page.locator(`#first ${sel}`);

async function bothReady(page) {
  await page.waitForSelector('#first [data-testid=app][data-state=ready]');
  await page.waitForSelector('#second [data-testid=app][data-state=ready]');
  await page.waitForFunction(() => document.querySelector('[data-testid=react-ready]').textContent === 'ready: 2');
}

async function reactFollowsTheExplorers(page) {
  await bothReady(page);
  // The fact set came in as a property: the tiny example, not the bundled article.
  assert.equal(await first(page, 'h1').innerText(), 'A tiny custom fact set');
  assert.match(await page.locator('#second h1').innerText(), /BlackRock/);
  // Typing in the explorer reaches React state through fx-change.
  await first(page, '[data-testid=search-input]').fill('Osaka');
  await page.waitForFunction(() => document.querySelector('[data-testid=react-query]').textContent === 'query: Osaka');
  await first(page, '[data-testid=search-input]').fill('');
  // A chip click reaches React (fx-change's entities, fx-select's item).
  await first(page, '[data-testid=chip][data-entity=souza]').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=react-entities]').textContent === 'entities: souza');
  assert.equal(await text(page, 'react-selected'), 'selected: entity:souza');
  // The second explorer, listened to through a ref.
  await page.locator('#second [data-testid=view-tab][data-view=graph]').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=react-second-view]').textContent === 'second view: graph');
}

async function stylesStayApart(page) {
  const seen = await page.evaluate(() => {
    const inside = document.querySelector('#first').shadowRoot.querySelector('.fx-chip');
    const hostChip = document.querySelector('main > button.fx-chip');
    const hostH1 = document.querySelector('main > h1.fx-header');
    const s = (el) => getComputedStyle(el);
    return {
      insideFont: s(inside).fontFamily, insideSpacing: s(inside).letterSpacing, insideBorder: s(inside).borderTopStyle,
      hostChipBorder: s(hostChip).borderTopStyle, hostChipBg: s(hostChip).backgroundColor, hostH1Padding: s(hostH1).paddingTop,
    };
  });
  assert.doesNotMatch(seen.insideFont, /Courier/, 'the host font does not reach inside');
  assert.equal(seen.insideSpacing, 'normal');
  assert.notEqual(seen.insideBorder, 'dotted', 'the host .fx-chip rule does not reach inside');
  assert.equal(seen.hostChipBorder, 'dotted', 'our .fx-chip rule does not reach the host');
  assert.equal(seen.hostChipBg, 'rgb(255, 0, 255)');
  assert.equal(seen.hostH1Padding, '7px');
}

test('the package type-checks in TSX (tsc --noEmit), wrong uses included', () => {
  execFileSync(join(BIN, 'tsc'), ['--noEmit', '-p', '.'], { cwd: HOST, stdio: 'inherit' });
});

test('the package imports in Node without a DOM, and React renders the element on the server', () => {
  const out = execFileSync('node', ['ssr-check.mjs'], { cwd: HOST, encoding: 'utf8' });
  assert.match(out, /server-rendered <fact-explorer id="story" src="facts.json"><\/fact-explorer>/);
});

test('vite build: two explorers in React, a data property, events into React state, styles apart', async () => {
  const page = await open(built.url);
  await reactFollowsTheExplorers(page);
  await stylesStayApart(page);
  await page.evaluate(() => scrollTo(0, 0));
  await shot(page, 'npm-host-vite-build');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('vite build: removing and re-adding an explorer leaves no error and nothing behind', async () => {
  const page = await open(built.url);
  await bothReady(page);
  for (let i = 0; i < 5; i++) {
    await page.locator('[data-testid=toggle]').click();
    await page.waitForFunction(() => !document.querySelector('#first'));
    await page.locator('[data-testid=toggle]').click();
    await page.waitForSelector('#first [data-testid=app][data-state=ready]');
  }
  // Each mount reported ready once; one app per element; the new one works.
  assert.equal(await text(page, 'react-ready'), 'ready: 7');
  assert.equal(await page.evaluate(() => [...document.querySelectorAll('fact-explorer')].map((e) => e.shadowRoot.querySelectorAll('[data-testid=app]').length).join()), '1,1');
  await first(page, '[data-testid=search-input]').fill('Lyon');
  await page.waitForFunction(() => document.querySelector('[data-testid=react-query]').textContent === 'query: Lyon');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('vite dev (StrictMode double effects, wasm from node_modules): the same app works', async () => {
  const page = await open(dev.url);
  await reactFollowsTheExplorers(page);
  await stylesStayApart(page);
  await page.evaluate(() => scrollTo(0, 0));
  await shot(page, 'npm-host-vite-dev');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

// A page that sets `data` on the element before the module defines it.
const LATE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>late</title>
<link rel="icon" href="favicon.svg"></head><body><fact-explorer id="late" url-sync="off"></fact-explorer>
<script type="module">
  const el = document.getElementById('late');
  el.data = await (await fetch('tiny.facts.json')).json();
  el.state = { query: 'Souza' };
  await import('./fact-explorer-embed.js');
</script></body></html>`;

test('data and state set before the element is defined are taken when it upgrades', async () => {
  const page = await open(`${plain.url}late.html`);
  await page.waitForSelector('#late [data-testid=app][data-state=ready]');
  assert.equal(await page.locator('#late h1').innerText(), 'A tiny custom fact set');
  await page.waitForFunction(() => document.getElementById('late').state?.query === 'Souza');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
