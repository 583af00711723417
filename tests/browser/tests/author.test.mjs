// The authoring page (author.html, issue 17) in real Chromium: paste a GUM
// news article, draft it, correct it (kind, merge, mention, a fact by
// keyboard only, a quote), export, and load the export into an explorer;
// reloads, undo/redo, blocked storage, the bundled fact set round trip,
// axe in light and dark, screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../server.mjs';
import { launch, openPage, shot, DIST, ROOT, HERE } from '../browser.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const soccer = JSON.parse(readFileSync(join(ROOT, 'crates/draft/data/gum/GUM_news_soccer.json'), 'utf8')).text;
const author = () => `${server.url}author.html`;

async function draft(page, text) {
  await page.waitForSelector('[data-testid=author][data-state=empty]');
  await page.fill('[data-testid=author-text]', text);
  await page.click('[data-testid=author-start]');
  await page.waitForSelector('[data-testid=author][data-state=ready]', { timeout: 30000 });
}

const entity = (page, id) => page.locator(`[data-testid=author-entity][data-entity="${id}"]`);
/** Merges entity `id` into the entity named `into`, through its Edit panel. */
async function merge(page, id, into) {
  await entity(page, id).locator('[data-testid=author-entity-edit]').click();
  await entity(page, id).locator('[data-testid=author-merge]').fill(into);
  await entity(page, id).locator('[data-testid=author-merge]').press('Enter');
}
const ids = (page) => page.locator('[data-testid=author-entity]').evaluateAll((els) => els.map((e) => e.dataset.entity));

/** Selects `words` (its n-th occurrence) in the article as a mouse would. */
async function selectWords(page, words, nth = 0) {
  await page.evaluate(([words, nth]) => {
    const root = document.querySelector('[data-testid=author-article]');
    const text = root.textContent;
    let at = -1;
    for (let i = 0; i <= nth; i++) at = text.indexOf(words, at + 1);
    if (at < 0) throw new Error(`"${words}" is not in the article`);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let pos = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const len = n.data.length;
      if (at >= pos && at <= pos + len && !range.__s) { range.setStart(n, at - pos); range.__s = true; }
      if (at + words.length <= pos + len) { range.setEnd(n, at + words.length - pos); break; }
      pos += len;
    }
    const sel = getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, [words, nth]);
  await page.waitForFunction((w) => document.querySelector('.sel-words')?.textContent.includes(`“${w}”`), words);
}

/** The index of the word starting at `words` in the keyboard cursor's word list. */
async function wordIndex(page, words) {
  return page.evaluate((words) => {
    const text = document.querySelector('[data-testid=author-article]').textContent;
    const at = text.indexOf(words);
    let k = 0;
    for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’\-.,$%]*/gu)) {
      if (m.index >= at) return k;
      k++;
    }
    return -1;
  }, words);
}

test('paste a GUM article, correct the draft, export, and explore the export', async () => {
  const page = await openPage(browser, author(), { width: 1440, height: 1000 });
  await draft(page, soccer);
  assert.ok((await page.locator('[data-testid=author-entity]').count()) > 20);
  assert.ok((await page.locator('[data-testid=author-mention]').count()) > 50);
  await page.locator('[data-testid=author-preview] >> [data-testid=app][data-state=ready]').waitFor({ timeout: 15000 });
  await shot(page, 'author-1440');

  // Change a kind: England here is the national side, an organisation
  // (the draft makes it the country).
  assert.equal(await entity(page, 'england').getAttribute('data-kind'), 'country');
  await entity(page, 'england').locator('[data-testid=author-entity-kind]').selectOption('organisation');
  await page.waitForSelector('[data-testid=author-entity][data-entity=england][data-kind=organisation]');

  // Merge one entity into another: its mentions follow. (The draft files
  // "Korea" and "Korea Republic" under South Korea itself now, so the
  // merge is of two players, for the mechanics.)
  assert.equal(await page.locator('[data-testid=author-entity][data-entity=korea]').count(), 0);
  const before = await page.locator('[data-testid=author-mention][data-entity=andreas_granqvist]').count();
  const berg = await page.locator('[data-testid=author-mention][data-entity=marcus_berg]').count();
  assert.ok(berg > 0);
  await merge(page, 'marcus_berg', 'Andreas Granqvist');
  await page.waitForFunction(() => !document.querySelector('[data-testid=author-entity][data-entity=marcus_berg]'));
  assert.equal(await page.locator('[data-testid=author-mention][data-entity=andreas_granqvist]').count(), before + berg);
  assert.match(await entity(page, 'andreas_granqvist').innerText(), /Andreas Granqvist/);

  // The filter narrows the list (accents and case folded), and clears.
  const all = await page.locator('[data-testid=author-entity]').count();
  await page.fill('[data-testid=author-entity-filter]', 'SWÉD');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=author-entity]').length === 1);
  assert.deepEqual(await ids(page), ['sweden']);
  await page.fill('[data-testid=author-entity-filter]', '');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=author-entity]').length === n, all);

  // Add a mention: "English" (in "English captain Harry Kane") as England.
  await selectWords(page, 'English captain');
  await selectWords(page, 'English');
  await page.fill('[data-testid=author-mention-of]', 'England');
  await page.click('[data-testid=author-add-mention]');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=author-mention][data-entity=england]')].some((m) => m.textContent === 'English'));

  // A fact with evidence, by keyboard only: the word cursor to "Sweden
  // defeated South Korea 1 – 0", then the form.
  const k = await wordIndex(page, 'Sweden defeated South Korea');
  await page.locator('[data-testid=author-article]').focus();
  await page.keyboard.press('Escape');
  for (let i = 0; i <= k; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.waitForFunction(() => document.querySelector('.sel-words')?.textContent.includes('“Sweden defeated South Korea”'));
  await page.locator('[role=tab].tab-facts').focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=author-fact-subject]').focus();
  await page.keyboard.type('Sweden');
  await page.locator('[data-testid=author-fact-relation]').focus();
  await page.keyboard.type('beat at the World Cup');
  await page.locator('[data-testid=author-fact-object]').focus();
  await page.keyboard.type('South Korea');
  await page.locator('[data-testid=author-add-fact]').focus();
  await page.keyboard.press('Enter');
  const fact = page.locator('[data-testid=author-fact]', { hasText: 'beat at the World Cup' });
  await fact.waitFor();
  assert.match(await fact.innerText(), /Sweden — beat at the World Cup — South Korea/);
  // The new fact, appended to a list of ten, is brought into view; the
  // focus stays on the form for the next one.
  await page.waitForFunction(() => document.querySelector('[data-testid=author-fact].just-added'));
  assert.ok(await fact.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }), 'the new fact is in view');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'author-add-fact');
  await shot(page, 'author-fact-added-1440');
  assert.match(await fact.innerText(), /Sweden defeated South Korea/);

  // A quote by Harry Kane.
  await selectWords(page, 'In the first half it felt good out there.');
  await page.locator('[role=tab].tab-quotes').click();
  await page.locator('[data-testid=author-quote-speaker]').selectOption('harry_kane');
  const quotes = await page.locator('[data-testid=author-quote]').count();
  await page.click('[data-testid=author-add-quote]');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=author-quote]').length === n + 1, quotes);

  // An itinerary event with its evidence.
  await selectWords(page, 'Belgium defeated debutants Panama');
  await page.locator('[role=tab].tab-events').click();
  await page.fill('[data-testid=author-event-title]', 'Belgium v Panama');
  await page.selectOption('[data-testid=author-event-day]', 'tuesday');
  await page.click('[data-testid=author-add-event]');
  await page.locator('[data-testid=author-event]', { hasText: 'Belgium v Panama' }).waitFor();
  // Corrected in place: the date (which sets the weekday: Tuesday was
  // wrong, the matches were on the day before) and both sides.
  const event = page.locator('[data-testid=author-event]', { hasText: 'Belgium v Panama' });
  await event.locator('[data-testid=author-event-edit]').click();
  await event.locator('[data-testid=author-event-edit-date]').fill('2018-06-18');
  await event.locator('[data-testid=author-event-edit-who]').selectOption(['belgium', 'panama']);
  await event.locator('[data-testid=author-event-save]').click();
  await page.locator('[data-testid=author-event]', { hasText: 'Monday 2018-06-18: Belgium v Panama' }).waitFor();

  // No problems; export.
  assert.equal(await page.locator('[data-testid=author-problems]').getAttribute('data-count'), '0');
  await page.locator('[role=tab].tab-export').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=author-export]')]);
  const dir = mkdtempSync(join(tmpdir(), 'fx-author-'));
  const file = join(dir, 'exported.facts.json');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  assert.ok(exported.facts.some((f) => f.relation === 'beat at the World Cup'));
  const exportedEvent = exported.events.find((e) => e.title === 'Belgium v Panama');
  assert.equal(exportedEvent?.day, 'monday');
  assert.equal(exportedEvent?.date, '2018-06-18');
  assert.deepEqual(exportedEvent?.who, ['belgium', 'panama']);
  assert.equal(exportedEvent?.evidence[0].text, 'Belgium defeated debutants Panama');
  assert.deepEqual(page.errors, []);
  await page.context().close();

  // The export in a plain page with <fact-explorer src>: the new fact is
  // found by search, and its evidence is shown in the article.
  for (const f of ['fact-explorer-embed.js', 'fact-explorer.js', 'fact-explorer_bg.wasm', 'main.css']) cpSync(join(DIST, f), join(dir, f));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Export</title><link rel="icon" href="data:,">'
    + '<script type="module" src="fact-explorer-embed.js"></script></head><body><main><fact-explorer src="exported.facts.json"></fact-explorer></main></body></html>');
  const site = await serve(dir);
  const host = await openPage(browser, site.url);
  await host.waitForSelector('[data-testid=app][data-state=ready]');
  await host.locator('[data-testid=search-input]').fill('beat at the world cup');
  const hit = host.locator('[data-testid=search-result][data-kind=fact]').first();
  await hit.waitFor();
  await hit.click();
  const evidence = host.locator('[data-testid=evidence]').first();
  await evidence.waitFor();
  // The sentence holding the selected words, with the mentions' badges.
  assert.match(await evidence.innerText(), /Sweden[\s\S]*defeated[\s\S]*South Korea/);
  assert.deepEqual(host.errors, []);
  await host.context().close();
  await site.close();
});

test('a reload mid-edit brings everything back, and undo/redo cross a merge', async () => {
  const page = await openPage(browser, author(), { width: 1280, height: 900 });
  await draft(page, soccer);
  await merge(page, 'marcus_berg', 'Andreas Granqvist');
  await page.waitForFunction(() => !document.querySelector('[data-testid=author-entity][data-entity=marcus_berg]'));
  await entity(page, 'england').locator('[data-testid=author-entity-kind]').selectOption('organisation');
  await page.waitForSelector('[data-testid=author-entity][data-entity=england][data-kind=organisation]');
  await page.waitForSelector('[data-testid=author-saved][data-state=saved]');
  const list = await ids(page);
  await page.reload();
  await page.waitForSelector('[data-testid=author][data-state=ready]');
  assert.deepEqual(await ids(page), list);
  assert.equal(await entity(page, 'england').getAttribute('data-kind'), 'organisation');
  // Undo twice (kind, then the merge; the history is this page's), redo once.
  await page.locator('[data-testid=author-mention]').first().click();
  await page.keyboard.press('Control+z');
  // After a reload the history starts afresh: undo has nothing to undo yet.
  assert.equal(await entity(page, 'england').getAttribute('data-kind'), 'organisation');
  await entity(page, 'england').locator('[data-testid=author-entity-kind]').selectOption('region');
  await page.waitForSelector('[data-testid=author-entity][data-entity=england][data-kind=region]');
  await merge(page, 'sweden', 'Belgium');
  await page.waitForFunction(() => !document.querySelector('[data-testid=author-entity][data-entity=sweden]'));
  await page.locator('header.top h1').click();
  await page.keyboard.press('Control+z');
  await page.waitForSelector('[data-testid=author-entity][data-entity=sweden]');
  await page.keyboard.press('Control+z');
  await page.waitForSelector('[data-testid=author-entity][data-entity=england][data-kind=organisation]');
  await page.keyboard.press('Control+Shift+z');
  await page.waitForSelector('[data-testid=author-entity][data-entity=england][data-kind=region]');
  await page.keyboard.press('Control+Shift+z');
  await page.waitForFunction(() => !document.querySelector('[data-testid=author-entity][data-entity=sweden]'));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('two tabs on one draft: the second tab to save is told, and stops overwriting', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const a = await context.newPage();
  await a.goto(author());
  await draft(a, soccer);
  const b = await context.newPage();
  await b.goto(author());
  await b.waitForSelector('[data-testid=author][data-state=ready]');
  // An edit in b reaches a through storage: a says so and pauses saving.
  await entity(b, 'england').locator('[data-testid=author-entity-kind]').selectOption('organisation');
  await a.waitForSelector('[data-testid=author-conflict]');
  assert.match(await a.locator('[data-testid=author-conflict]').innerText(), /another tab/);
  // a takes b's version.
  await a.locator('[data-testid=author-conflict] button', { hasText: 'other tab' }).click();
  await a.waitForSelector('[data-testid=author-entity][data-entity=england][data-kind=organisation]');
  await context.close();
});

test('the preview shows the draft and leaves the page URL alone', async () => {
  const page = await openPage(browser, author(), { width: 1440, height: 1000 });
  await page.waitForSelector('[data-testid=author][data-state=empty]');
  assert.equal(await page.locator('[data-testid=author-preview]').count(), 0, 'no explorer before there is a draft');
  await draft(page, soccer);
  const url = page.url();
  const preview = page.locator('[data-testid=author-preview] >> [data-testid=app][data-state=ready]');
  await preview.waitFor({ timeout: 15000 });
  // The draft, never the bundled article (this page does not hold it).
  assert.equal((await page.locator('[data-testid=author-preview] >> .fx-header__title').innerText()).trim(),
    soccer.split('\n')[0].trim());
  // The explorer lays itself out by the preview's width, not the window's:
  // its view tabs sit inside the preview column, none cut off at its edge.
  const box = await page.locator('[data-testid=author-preview]').boundingBox();
  const tabs = await page.locator('[data-testid=author-preview] >> [data-testid=view-tab]').all();
  assert.equal(tabs.length, 5);
  for (const tab of tabs) {
    const t = await tab.boundingBox();
    assert.ok(t.x >= box.x && t.x + t.width <= box.x + box.width + 0.5,
      `a view tab at ${t.x}+${t.width} is outside the preview at ${box.x}+${box.width}`);
  }
  await page.locator('[data-testid=author-preview] >> [data-testid=chip]').first().click();
  await page.locator('[data-testid=author-preview] >> [data-testid=search-input]').fill('Kane');
  await page.waitForTimeout(300);
  assert.equal(page.url(), url);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the preview follows an edit in place: the same explorer and app node, the reader’s search kept', async () => {
  const page = await openPage(browser, author(), { width: 1440, height: 1000 });
  await page.waitForSelector('[data-testid=author][data-state=empty]');
  await draft(page, soccer);
  await page.locator('[data-testid=author-preview] >> [data-testid=app][data-state=ready]').waitFor({ timeout: 15000 });
  const chip = '[data-testid=author-preview] >> [data-testid=chip][data-entity=england]';
  assert.notEqual(await page.locator(chip).getAttribute('data-kind'), 'organisation');
  await page.locator('[data-testid=author-preview] >> [data-testid=search-input]').fill('Kane');
  // Mark the explorer element and its app node: an explorer made anew
  // would not carry the marks.
  await page.locator('[data-testid=author-preview] >> [data-testid=app]').evaluate((app) => {
    app.fxMark = 'app';
    app.getRootNode().host.fxMark = 'explorer';
  });
  await entity(page, 'england').locator('[data-testid=author-entity-kind]').selectOption('organisation');
  await page.waitForFunction((sel) => {
    const host = document.querySelector('[data-testid=author-preview] .fact-explorer');
    return host?.shadowRoot?.querySelector('[data-testid=chip][data-entity=england]')?.dataset.kind === 'organisation';
  }, chip, { timeout: 15000 });
  const marks = await page.locator('[data-testid=author-preview] >> [data-testid=app]').evaluate((app) =>
    [app.fxMark, app.getRootNode().host.fxMark, app.dataset.state]);
  assert.deepEqual(marks, ['app', 'explorer', 'ready']);
  assert.equal(await page.locator('[data-testid=author-preview] >> [data-testid=search-input]').inputValue(), 'Kane');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('once loaded, the page and the drafting work offline', async () => {
  const page = await openPage(browser, author(), { width: 1280, height: 900 });
  await page.waitForSelector('[data-testid=author][data-state=empty]');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.context().setOffline(true);
  await page.reload();
  await draft(page, 'Larry Fink met President Lee Jae-myung in New York on Monday.');
  assert.ok(await page.locator('[data-testid=author-entity]', { hasText: 'Larry Fink' }).count());
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the drafting works offline once loaded even when the network goes before the worker has its data', async () => {
  // On a busy machine the page's worker asks for its data late, after the
  // service worker has made the offline copy: hold the worker's request
  // until the network is gone (or it asks only then). The service worker's
  // own requests go through, so its copy is made as usual.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  let release;
  const held = new Promise((done) => { release = done; });
  await context.route('**/draft-data.bin', async (route) => {
    if (route.request().serviceWorker()) return route.continue();
    await held;
    await route.continue().catch(() => {});
  });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(`pageerror: ${e.message}`));
  await page.goto(author());
  await page.waitForSelector('[data-testid=author][data-state=empty]');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => (await caches.keys()).length > 0);
  await context.setOffline(true);
  release();
  // No reload: the page as it is.
  await draft(page, 'Larry Fink met President Lee Jae-myung in New York on Monday.');
  assert.ok(await page.locator('[data-testid=author-entity]', { hasText: 'Larry Fink' }).count());
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('with storage blocked the page says so plainly and export still works', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    const deny = () => { throw new DOMException('The operation is insecure.', 'SecurityError'); };
    Object.defineProperty(window, 'localStorage', { get: deny });
  });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(author());
  await draft(page, soccer);
  const saved = page.locator('[data-testid=author-saved]');
  await page.waitForSelector('[data-testid=author-saved][data-state=failed]');
  assert.match(await saved.innerText(), /not saved/);
  await page.locator('[role=tab].tab-export').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=author-export]')]);
  const dir = mkdtempSync(join(tmpdir(), 'fx-author-'));
  await download.saveAs(join(dir, 'x.facts.json'));
  assert.ok(JSON.parse(readFileSync(join(dir, 'x.facts.json'), 'utf8')).entities.length > 20);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the bundled fact set opens, exports unchanged, and describes the same facts', async () => {
  const page = await openPage(browser, author(), { width: 1440, height: 1000 });
  await page.waitForSelector('[data-testid=author][data-state=empty]');
  const bundled = join(ROOT, 'crates/core/src/data/article.facts.json');
  const original = JSON.parse(readFileSync(bundled, 'utf8'));
  await page.setInputFiles('[data-testid=author-open]', bundled);
  await page.waitForSelector('[data-testid=author][data-state=ready]');
  assert.equal(await page.locator('[data-testid=author-fact]').count(), 0, 'facts are in their tab');
  await page.locator('[role=tab].tab-export').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=author-export]')]);
  const dir = mkdtempSync(join(tmpdir(), 'fx-author-'));
  await download.saveAs(join(dir, 'b.facts.json'));
  const back = JSON.parse(readFileSync(join(dir, 'b.facts.json'), 'utf8'));
  // The same facts, entities and quotes (the export writes every key, even
  // empty ones, and the article's text, which the bundled file keeps apart).
  const fact = (f) => [f.id, f.subject, f.relation, JSON.stringify(f.object), f.status, f.evidence.map((e) => [e.start, e.end, e.text])];
  assert.deepEqual(back.facts.map(fact), original.facts.map(fact));
  const ent = (e) => [e.id, e.name, e.kind, e.mentions.map((m) => [m.start, m.end])];
  assert.deepEqual(back.entities.map(ent), original.entities.map(ent));
  const quote = (q) => [q.id, q.speaker ?? null, q.words.text];
  assert.deepEqual(back.quotes.map(quote), original.quotes.map(quote));
  assert.equal(back.events.length, original.events.length);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// The tiny fact set with one problem (a mention of $.entities[1], Kenji
// Ito, whose words are not the article's), opened in the authoring page.
async function openWithOneProblem() {
  const tiny = JSON.parse(readFileSync(join(ROOT, 'examples/tiny.facts.json'), 'utf8'));
  tiny.entities[1].mentions[0].text = 'Kenji Itō';
  const dir = mkdtempSync(join(tmpdir(), 'fx-author-'));
  writeFileSync(join(dir, 'bad.facts.json'), JSON.stringify(tiny));
  const page = await openPage(browser, author(), { width: 1440, height: 1000 });
  await page.waitForSelector('[data-testid=author][data-state=empty]');
  await page.setInputFiles('[data-testid=author-open]', join(dir, 'bad.facts.json'));
  await page.waitForSelector('[data-testid=author-problems][data-count="1"]');
  return page;
}

test('a fact set with a problem: it is listed, export waits, and Show opens the item', async () => {
  const page = await openWithOneProblem();
  assert.match(await page.locator('[data-testid=author-problems]').innerText(), /\$\.entities\[1\]\.mentions\[0\]/);
  await page.locator('[role=tab].tab-facts').click();
  await page.locator('[data-testid=author-problems] button', { hasText: 'Show' }).click();
  await page.waitForFunction(() => document.activeElement?.dataset?.entity === 'ito');
  await page.locator('[role=tab].tab-export').click();
  assert.equal(await page.locator('[data-testid=author-export]').isDisabled(), true);
  // Fixing it (removing the bad mention, adding the right words) clears it.
  await page.locator('[role=tab].tab-entities').click();
  await selectWords(page, 'Kenji Ito');
  await page.click('[data-testid=author-remove-mention]');
  await page.waitForSelector('[data-testid=author-problems][data-count="0"]');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('Problems → Show with a filter typed opens the entity the problem is in, not the filtered list\'s n-th', async () => {
  const page = await openWithOneProblem();
  // The filter leaves Lyon and Osaka: the second row shown is Osaka's.
  await page.fill('[data-testid=author-entity-filter]', 'city');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=author-entity]').length === 2);
  await page.locator('[data-testid=author-problems] button', { hasText: 'Show' }).click();
  await page.waitForFunction(() => document.activeElement?.dataset?.entity === 'ito', null, { timeout: 5000 });
  assert.ok(await entity(page, 'ito').isVisible());
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('selections become exact byte spans in text with accents, Hangul and emoji', async () => {
  const page = await openPage(browser, author(), { width: 1280, height: 900 });
  await draft(page, 'President Lee Jae-myung (이재명) met Café owner Zoë Brûlé 👍🏽 in Seoul on Monday.\n\nZoë Brûlé said the talks went well.');
  await selectWords(page, '이재명');
  await page.selectOption('[data-testid=author-new-kind]', 'person');
  await page.click('[data-testid=author-new-entity]');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=author-mention]')].some((m) => m.textContent === '이재명'));
  await selectWords(page, 'Zoë Brûlé', 1);
  await page.click('[data-testid=author-new-entity]');
  await page.locator('[role=tab].tab-export').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=author-export]')]);
  const dir = mkdtempSync(join(tmpdir(), 'fx-author-'));
  await download.saveAs(join(dir, 'u.facts.json'));
  const set = JSON.parse(readFileSync(join(dir, 'u.facts.json'), 'utf8'));
  const bytes = Buffer.from(set.article.text, 'utf8');
  for (const e of set.entities) {
    for (const m of e.mentions) assert.equal(bytes.subarray(m.start, m.end).toString('utf8'), m.text);
  }
  assert.ok(set.entities.some((e) => e.mentions.some((m) => m.text === '이재명')));
  assert.ok(set.entities.some((e) => e.mentions.some((m) => m.text === 'Zoë Brûlé')));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the author page passes axe in light and dark, and works at 375 px', async () => {
  const axe = readFileSync(join(HERE, 'node_modules/axe-core/axe.min.js'), 'utf8');
  for (const colorScheme of ['light', 'dark']) {
    const page = await openPage(browser, author(), { width: 1440, height: 1000, colorScheme });
    await draft(page, soccer);
    await page.addScriptTag({ content: axe });
    const result = await page.evaluate(async () => {
      const r = await window.axe.run(document, { exclude: [['fact-explorer']] });
      return r.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes[0]?.target})`);
    });
    assert.deepEqual(result, [], `axe in ${colorScheme}`);
    if (colorScheme === 'dark') await shot(page, 'author-1440-dark');
    await page.context().close();
  }
  const phone = await openPage(browser, author(), { width: 375, height: 812 });
  await phone.waitForSelector('[data-testid=author][data-state=empty]');
  await shot(phone, 'author-375-start');
  await draft(phone, soccer);
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
  await shot(phone, 'author-375');
  // Every tab's controls fit the phone's width (a select sized by its
  // longest entity name used to run past the edge, clipped).
  for (const name of ['entities', 'facts', 'quotes', 'events', 'export']) {
    await phone.locator(`[role=tab].tab-${name}`).click();
    const wide = await phone.evaluate(() => [...document.querySelectorAll('[data-testid=author] input, [data-testid=author] select, [data-testid=author] button, [data-testid=author] textarea')]
      .filter((el) => el.getClientRects().length && el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((el) => `${el.localName}[${el.dataset.testid ?? el.getAttribute('aria-label') ?? ''}]`));
    assert.deepEqual(wide, [], `${name}: controls past the right edge`);
  }
  await phone.locator('[role=tab].tab-preview').click();
  await phone.locator('[data-testid=author-preview] >> [data-testid=app][data-state=ready]').waitFor({ timeout: 15000 });
  await shot(phone, 'author-375-preview');
  assert.deepEqual(phone.errors, []);
  await phone.context().close();
});

test('saved drafts: one saved with the first schema opens, an unreadable one says so and stays, deleting asks first', async () => {
  const page = await openPage(browser, author(), { width: 1280, height: 900 });
  await page.waitForSelector('[data-testid=author][data-state=empty]');
  // tiny.facts.json is written in the first schema, "fact-explorer/1".
  const tiny = readFileSync(join(DIST, 'tiny.facts.json'), 'utf8');
  assert.match(tiny, /"fact-explorer\/1"/);
  await page.evaluate((tiny) => {
    const at = Date.UTC(2026, 0, 2, 9, 30);
    const record = { version: 1, schema: 'fact-explorer/1', id: 'old', title: 'A tiny custom fact set', saved_at: at, tab: 'closed-tab', revision: 4, set: tiny };
    localStorage.setItem('fx-author:draft:old', JSON.stringify(record));
    localStorage.setItem('fx-author:draft:broken', '{"version": 1, "set": "{\\"schema');
    localStorage.setItem('fx-author:drafts', JSON.stringify([
      { id: 'old', title: record.title, saved_at: at },
      { id: 'broken', title: 'Half-written', saved_at: at },
    ]));
  }, tiny);
  await page.reload();
  await page.waitForSelector('[data-testid=author][data-state=empty]');
  assert.equal(await page.locator('[data-testid=author-draft]').count(), 2);
  assert.match(await page.locator('[data-testid=author-draft][data-draft=old]').innerText(), /saved .*2026/);

  // The unreadable record: a plain message, and the record is left alone.
  await page.locator('[data-testid=author-draft][data-draft=broken] [data-testid=author-draft-open]').click();
  await page.waitForFunction(() => /could not be read .*stays in this browser/.test(document.querySelector('.message')?.textContent));
  assert.equal(await page.locator('[data-testid=author][data-state=empty]').count(), 1);
  assert.ok(await page.evaluate(() => localStorage.getItem('fx-author:draft:broken')));

  // Deleting asks first; "Keep it" keeps it, "Delete it" deletes it.
  await page.getByRole('button', { name: 'Delete Half-written' }).click();
  await page.locator('.drafts').scrollIntoViewIfNeeded();
  await shot(page, 'author-saved-drafts');
  await page.getByRole('button', { name: 'Keep it' }).click();
  assert.equal(await page.locator('[data-testid=author-draft]').count(), 2);
  await page.getByRole('button', { name: 'Delete Half-written' }).click();
  await page.getByRole('button', { name: 'Delete it' }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=author-draft]').length === 1);
  assert.equal(await page.evaluate(() => localStorage.getItem('fx-author:draft:broken')), null);

  // The first-schema draft opens with no problems, takes an edit, and is
  // saved again still in its own schema.
  await page.locator('[data-testid=author-draft][data-draft=old] [data-testid=author-draft-open]').click();
  await page.waitForSelector('[data-testid=author][data-state=ready]');
  await page.waitForSelector('[data-testid=author-problems][data-count="0"]');
  assert.ok((await ids(page)).includes('souza'));
  await entity(page, 'souza').locator('[data-testid=author-entity-kind]').selectOption('organisation');
  await page.waitForSelector('[data-testid=author-saved][data-state=saved]');
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('fx-author:draft:old')));
  assert.equal(saved.version, 1);
  assert.equal(JSON.parse(saved.set).schema, 'fact-explorer/1');
  assert.equal(JSON.parse(saved.set).entities.find((e) => e.id === 'souza').kind, 'organisation');
  // The kind only the third schema has: picked from the same list, and the
  // draft is saved in the third schema from then on.
  const kinds = await entity(page, 'lyon').locator('[data-testid=author-entity-kind] option').evaluateAll((o) => o.map((x) => [x.value, x.textContent]));
  assert.ok(kinds.some(([v, t]) => v === 'venue' && t === 'Venue or facility'), JSON.stringify(kinds));
  await entity(page, 'lyon').locator('[data-testid=author-entity-kind]').selectOption('venue');
  await page.waitForSelector('[data-testid=author-entity][data-entity=lyon][data-kind=venue]');
  await page.waitForFunction(() => JSON.parse(JSON.parse(localStorage.getItem('fx-author:draft:old')).set).schema === 'fact-explorer/3');
  const resaved = await page.evaluate(() => JSON.parse(localStorage.getItem('fx-author:draft:old')));
  assert.equal(resaved.schema, 'fact-explorer/3');
  assert.equal(JSON.parse(resaved.set).entities.find((e) => e.id === 'lyon').kind, 'venue');
  await page.waitForSelector('[data-testid=author-problems][data-count="0"]');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a drafted fact: Show selects its evidence in the article; Edit corrects it in place; undo brings it back', async () => {
  const page = await openPage(browser, author(), { width: 1440, height: 1000 });
  await draft(page, soccer);
  await page.locator('[role=tab].tab-facts').click();
  const fact = page.locator('[data-testid=author-fact]', { hasText: 'Tunisia — lost to — England' });
  await fact.waitFor();

  // Show: the evidence is selected in the article, exactly.
  await fact.locator('[data-testid=author-fact-show]').click();
  await page.waitForFunction(() => document.querySelector('.sel-words')?.textContent.includes('“Tunisia lost 1 – 2 to England”'));
  assert.equal(await page.evaluate(() => getSelection().toString()), 'Tunisia lost 1 – 2 to England');

  // Edit: relation and status, saved in place.
  await fact.locator('[data-testid=author-fact-edit]').click();
  await fact.locator('[data-testid=author-fact-edit-relation]').fill('lost 1 – 2 at the World Cup to');
  await fact.locator('select').first().selectOption('agreed');
  await shot(page, 'author-fact-edit-1440');
  await fact.locator('[data-testid=author-fact-save]').click();
  const edited = page.locator('[data-testid=author-fact]', { hasText: 'Tunisia — lost 1 – 2 at the World Cup to — England' });
  await edited.waitFor();
  assert.match(await edited.innerText(), /agreed/);
  assert.match(await edited.innerText(), /Tunisia lost 1 – 2 to England/);

  // New evidence from a selection.
  await selectWords(page, 'a late goal from English captain Harry Kane');
  await edited.locator('[data-testid=author-fact-edit]').click();
  await edited.getByRole('button', { name: 'Use the selected words as evidence' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=author-fact]')].some((f) => f.textContent.includes('a late goal from English captain Harry Kane')));
  assert.equal(await page.locator('[data-testid=author-problems]').getAttribute('data-count'), '0');

  // Undo twice: the drafted fact as it was.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.locator('[data-testid=author-fact]', { hasText: 'Tunisia — lost to — England' }).waitFor();
  assert.match(await page.locator('[data-testid=author-fact]', { hasText: 'Tunisia — lost to — England' }).innerText(), /Tunisia lost 1 – 2 to England/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
