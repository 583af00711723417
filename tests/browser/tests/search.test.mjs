// Search in the page: as you type, typo-tolerant, highlighted, keyboard-driven,
// and the query is only ever text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../server.mjs';
import { launch, openPage, ready, shot, active, DIST } from '../browser.mjs';

let server, browser, page;
before(async () => {
  server = await serve(DIST);
  browser = await launch();
  page = await openPage(browser, server.url);
  await ready(page);
});
after(async () => { await browser?.close(); await server?.close(); });

const input = () => page.locator('[data-testid=search-input]');
const results = () => page.locator('[data-testid=search-result]');

async function typeQuery(q) {
  await input().fill('');
  await input().pressSequentially(q, { delay: 5 });
}

test('the search box is a labelled search input', async () => {
  assert.equal(await input().getAttribute('type'), 'search');
  const label = await page.locator('label[for=fx-search-input]').innerText();
  assert.match(label, /Search/);
});

test('results update on every keystroke and the last word is a prefix', async () => {
  await typeQuery('Ogun');
  const first = results().first();
  assert.equal(await first.getAttribute('data-kind'), 'entity');
  assert.equal(await first.getAttribute('data-entity'), 'ogunlesi');
  assert.equal(await first.locator('mark').first().innerText(), 'Ogunlesi');
  assert.match(await page.locator('[data-testid=search-count]').innerText(), /^\d+ results?$/);
});

test('typos, accents, case, romanisation and Hangul reach the right entity', async () => {
  for (const [q, id] of [
    ['Guteres', 'guterres'], ['GUTERRES', 'guterres'], ['António', 'guterres'],
    ['Jae-myung', 'lee'], ['jaemyung', 'lee'], ['Jae Myung', 'lee'], ['이재', 'lee'],
    ['blokrock', 'blackrock'], ['UNSC', 'unsc'],
  ]) {
    await typeQuery(q);
    assert.equal(await results().first().getAttribute('data-entity'), id, `query ${q}`);
  }
});

test('results are labelled by kind and matched words are marked', async () => {
  await typeQuery('task force');
  const kinds = await results().evaluateAll((els) => els.map((e) => e.dataset.kind));
  assert.ok(kinds.includes('fact') && kinds.includes('entity'), kinds.join());
  const marks = await page.locator('[data-testid=search-result][data-kind=fact] mark').allInnerTexts();
  assert.ok(marks.some((m) => /task/i.test(m)) && marks.some((m) => /force/i.test(m)), marks.join());
});

test('a corrected query offers "did you mean" and no match explains itself', async () => {
  await typeQuery('Guteres');
  assert.match(await page.locator('[data-testid=search-help]').innerText(), /Did you mean Guterres\?/);
  await page.locator('[data-testid=search-suggestion]').click();
  assert.equal(await input().inputValue(), 'Guterres');
  await typeQuery('zzzzqqqq');
  assert.equal(await page.locator('[data-testid=search-count]').innerText(), 'No results');
  assert.match(await page.locator('[data-testid=search-help]').innerText(), /Nothing matches/);
  assert.equal(await results().count(), 0);
});

test('arrow keys move through results and Enter opens a fact with its evidence', async () => {
  await typeQuery('informal encounter');
  const kinds = await results().evaluateAll((els) => els.map((e) => e.dataset.kind));
  const factAt = kinds.indexOf('fact');
  assert.ok(factAt >= 0);
  for (let i = 0; i < factAt; i++) await input().press('ArrowDown');
  const chosen = results().nth(factAt);
  assert.equal(await chosen.getAttribute('aria-selected'), 'true');
  const factId = await chosen.getAttribute('data-fact');
  await input().press('Enter');
  const evidence = page.locator('[data-testid=evidence]');
  await evidence.first().waitFor();
  assert.equal(await evidence.first().getAttribute('data-fact'), factId);
  assert.match(await evidence.first().innerText(), /informal encounter/);
  assert.equal(await page.locator('[data-testid=view-tab][aria-selected=true]').innerText(), 'Article');
});

test('Enter on an entity selects its chip; Escape clears; / focuses the box', async () => {
  await page.locator('[data-testid=view-tab]', { hasText: 'Facts' }).click();
  await typeQuery('Fink');
  await input().press('Enter');
  assert.equal(await page.locator('[data-testid=chip][data-entity=fink]').getAttribute('aria-pressed'), 'true');
  assert.equal(await input().inputValue(), '');
  await page.locator('[data-testid=chip-clear]').click();
  await typeQuery('Seoul');
  await input().press('Escape');
  assert.equal(await input().inputValue(), '');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  assert.equal((await active(page))?.testid, 'search-input');
});

test('an alias finds the facts that spell its entity out: "MoU" brings the ministry\'s signing, and "memorandum" still does', async () => {
  // The signing's object is BlackRock: it names the memorandum only in words.
  for (const q of ['MoU', 'memorandum']) {
    await typeQuery(q);
    await page.locator('[data-testid=search-result][data-fact=f-msit-mou]').waitFor();
    const ids = await results().evaluateAll((els) => els.map((e) => e.dataset.fact ?? e.dataset.entity));
    const signing = ids.indexOf('f-msit-mou');
    assert.ok(signing >= 0, `${q}: ${ids.join(' ')}`);
    // Below the memorandum itself and what involves it.
    assert.ok(ids.indexOf('mou') < signing && ids.indexOf('f-mou-partnership') < signing, `${q}: ${ids.join(' ')}`);
    const line = results().nth(signing);
    const marked = await line.locator('mark').allInnerTexts();
    assert.ok(marked.some((m) => /memorandum/i.test(m)), `${q}: marked ${marked}`);
    if (q === 'MoU') {
      assert.match(await line.innerText(), /mentions Memorandum of understanding/);
      await shot(page, 'search-mou');
    }
  }
  // The facts view shows it too while the query stands.
  await page.locator('[data-testid=view-tab][data-view=facts]').click();
  await typeQuery('MoU');
  await page.locator('[data-testid=fact][data-fact=f-msit-mou]').waitFor();
  await typeQuery('');
});

test('hostile and odd queries render as text and never break the page', async () => {
  for (const q of ['<img src=x onerror="window.__x=1">', '<b>BlackRock</b>', '😀 BlackRock 🇰🇷', 'שלום עולם Lee', 'مرحبا']) {
    await typeQuery(q);
    assert.equal(await page.locator('[data-testid=search-result] img, [data-testid=search-result] b').count(), 0);
  }
  assert.equal(await page.evaluate(() => window.__x), undefined);
  // A 10,000-character paste.
  const paste = 'BlackRock '.repeat(1000);
  await input().fill(paste);
  assert.equal((await input().inputValue()).length, 10000);
  assert.ok(await results().count() > 0);
  await typeQuery('Guteres');
  assert.deepEqual(page.errors, []);
  await shot(page, 'search');
});
