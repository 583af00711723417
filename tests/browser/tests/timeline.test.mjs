// Timeline, quotes and exports: five days with their events, not-planned
// styling, quotes with speakers, and JSON/CSV/SVG downloads that parse.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../server.mjs';
import { launch, openPage, ready, shot, active, DIST, ROOT } from '../browser.mjs';

const data = JSON.parse(readFileSync(join(ROOT, 'crates/core/src/data/article.facts.json'), 'utf8'));
const articleText = readFileSync(join(ROOT, 'crates/core/src/data/article.txt'), 'utf8');
const indexHtml = readFileSync(join(DIST, 'index.html'), 'utf8');
const pageWith = (json) => indexHtml.replace(/<fact-explorer>[\s\S]*?<\/fact-explorer>/, `<fact-explorer><script type="application/json">${json.replaceAll('</', '<\\/')}</script></fact-explorer>`);

let server, browser;
const routes = {};
before(async () => {
  const formula = structuredClone(data);
  formula.article.text = articleText;
  formula.facts[0].relation = '=HYPERLINK("http://x","click")';
  routes['/formula.html'] = { type: 'text/html', body: pageWith(JSON.stringify(formula)) };
  server = await serve(DIST, { routes });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

async function fresh(path = '', opts) {
  const page = await openPage(browser, server.url + path, opts);
  await ready(page);
  return page;
}

/** Clicks an export button and returns [file name, text]. */
async function download(page, testid) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid=${testid}]`).click()]);
  const path = await dl.path();
  return [dl.suggestedFilename(), readFileSync(path, 'utf8')];
}

/** A small RFC 4180 CSV parser: rows of cells. */
function parseCsv(text) {
  const rows = []; let row = []; let cell = ''; let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r') continue;
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

test('the timeline shows the five days and their events, with not-planned items set apart', async () => {
  const page = await fresh();
  await page.locator('[data-testid=view-tab][data-view=timeline]').click();
  const events = page.locator('[data-testid=timeline-event]');
  assert.equal(await events.count(), data.events.length);
  const days = new Set(await events.evaluateAll((els) => els.map((e) => e.dataset.day)));
  for (const d of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'During the visit']) assert.ok(days.has(d), d);
  const monday = await page.locator('[data-testid=timeline-event][data-day=Monday]').allInnerTexts();
  assert.ok(monday.some((t) => /BlackRock/.test(t)) && monday.some((t) => /US Congress/.test(t)), monday.join('|'));
  assert.match((await page.locator('[data-testid=timeline-event][data-day=Wednesday]').innerText()), /Security Council/);
  const trump = page.locator('[data-testid=timeline-event][data-event=e-trump]');
  assert.equal(await trump.getAttribute('data-status'), 'not_planned');
  // The badge says the status in general words; the data's own title says the rest.
  assert.equal(await trump.locator('.fx-badge').first().innerText(), 'not planned');
  assert.match(await trump.innerText(), /an informal encounter is not ruled out/);
  const style = await trump.evaluate((el) => getComputedStyle(el).borderLeftStyle);
  const planned = await page.locator('[data-testid=timeline-event][data-event=e-unsc-debate]').evaluate((el) => getComputedStyle(el).borderLeftStyle);
  const happened = await page.locator('[data-testid=timeline-event][data-event=e-arrive]').evaluate((el) => getComputedStyle(el).borderLeftStyle);
  assert.equal(new Set([style, planned, happened]).size, 3, `${style} ${planned} ${happened}`);
  // Evidence link and chip filter.
  await page.locator('[data-testid=timeline-event][data-event=e-ir-session] [data-testid=event-evidence]').click();
  assert.match(await page.locator('[data-testid=evidence]').first().innerText(), /investor relations session/);
  await page.locator('[data-testid=view-tab][data-view=timeline]').click();
  await page.locator('[data-testid=chip][data-entity=guterres]').click();
  assert.deepEqual(await page.locator('[data-testid=timeline-event]:visible').evaluateAll((els) => els.map((e) => e.dataset.event)), ['e-guterres']);
  await shot(page, 'timeline-guterres');
  await page.context().close();
});

test('the timeline works by keyboard on a 375 px screen', async () => {
  const page = await fresh('', { width: 375, height: 812 });
  await page.locator('[data-testid=view-tab][data-view=timeline]').click();
  const link = page.locator('[data-testid=event-evidence]').first();
  await link.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('[data-testid=view-tab][aria-selected=true]').getAttribute('data-view'), 'article');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
  await page.context().close();
});

test('quotes show speaker, role, words and attribution, and follow filters', async () => {
  const page = await fresh();
  await page.locator('[data-testid=view-tab][data-view=quotes]').click();
  const quotes = page.locator('[data-testid=quote]');
  assert.equal(await quotes.count(), data.quotes.length);
  for (const q of data.quotes) {
    const card = page.locator(`[data-testid=quote][data-quote=${q.id}]`);
    // An unattributed quote says so, and has no speaker hook.
    assert.equal(await card.getAttribute('data-entity'), q.speaker ?? '');
    const text = await card.innerText();
    for (const part of [q.words, ...(q.continued ?? [])]) assert.ok(text.includes(part.text), q.id);
    const speaker = q.speaker ? data.entities.find((e) => e.id === q.speaker).name : 'Unattributed';
    assert.ok(text.includes(speaker), q.id);
    assert.ok(text.includes(q.attribution), q.id);
    for (const mark of q.marks ?? []) assert.equal(await card.locator(`[data-testid=mark][data-mark=${mark}]`).count(), 1, q.id);
  }
  await page.locator('[data-testid=search-input]').fill('humanity');
  assert.deepEqual(await page.locator('[data-testid=quote]:visible').evaluateAll((els) => els.map((e) => e.dataset.quote)), ['q-ha-transformations']);
  await page.locator('[data-testid=quote][data-quote=q-ha-transformations] [data-testid=quote-evidence]').click();
  assert.match(await page.locator('[data-testid=evidence]').first().innerText(), /three great transformations/);
  await page.context().close();
});

test('JSON, CSV and SVG exports of the shown facts parse and round-trip', async () => {
  const page = await fresh();
  await page.locator('[data-testid=chip][data-entity=blackrock]').click();
  const shown = await page.locator('[data-testid=fact]').evaluateAll((els) => els.map((e) => e.dataset.fact));
  assert.ok(shown.length > 0 && shown.length < data.facts.length);

  const [jsonName, json] = await download(page, 'export-json');
  assert.equal(jsonName, 'facts-blackrock.json');
  const exported = JSON.parse(json);
  assert.deepEqual(exported.facts.map((f) => f.id), shown);
  // It loads back through the explorer's own loader, with the same facts.
  routes['/roundtrip.html'] = { type: 'text/html', body: pageWith(json) };
  const back = await fresh('roundtrip.html');
  assert.deepEqual(await back.locator('[data-testid=fact]').evaluateAll((els) => els.map((e) => e.dataset.fact)), shown);
  await back.context().close();

  const [csvName, csv] = await download(page, 'export-csv');
  assert.equal(csvName, 'facts-blackrock.csv');
  const rows = parseCsv(csv);
  assert.equal(rows[0].join(), 'id,subject,relation,object,status,when,where,amount,role,attributed_to,note,evidence');
  assert.deepEqual(rows.slice(1).map((r) => r[0]), shown);

  await page.locator('[data-testid=view-tab][data-view=graph]').click();
  const shownNodes = await page.locator('[data-testid=graph-node]:not(.fx-node--dim)').evaluateAll((els) => els.map((e) => e.dataset.entity));
  const [svgName, svg] = await download(page, 'export-svg');
  assert.equal(svgName, 'graph-blackrock.svg');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.localName,
      nodes: [...doc.querySelectorAll('g.node')].map((g) => g.getAttribute('data-entity')),
      external: doc.querySelectorAll('link, style[src], image, use[href^="http"]').length };
  }, svg);
  assert.equal(parsed.error, null);
  assert.equal(parsed.root, 'svg');
  assert.equal(parsed.external, 0);
  for (const id of shownNodes) assert.ok(parsed.nodes.includes(id), `${id} missing from SVG`);
  await page.context().close();
});

test('CSV neutralises text that a spreadsheet would run as a formula', async () => {
  const page = await fresh('formula.html');
  const [, csv] = await download(page, 'export-csv');
  const rows = parseCsv(csv);
  const first = rows.find((r) => r[0] === data.facts[0].id);
  assert.equal(first[2], `'=HYPERLINK("http://x","click")`);
  assert.ok(rows.slice(1).every((r) => r.every((c) => !/^[=+\-@]/.test(c))));
  await page.context().close();
});
