// The archive's search page (archive.html, issue 29) in real Chromium, on the
// demo archive the build writes into dist/archive/ (examples/archive): an
// entity first with its article count, a typo after the first two letters,
// links to the articles' explorers, only the chunk files a query needs
// fetched, facets, reload, axe, screenshots at 1280 and 375 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../server.mjs';
import { launch, openPage, shot, DIST, axeViolations, sidewaysOverflow } from '../browser.mjs';

const site = (file) => JSON.parse(readFileSync(join(DIST, 'archive', file), 'utf8'));
const manifest = site('manifest.json');
// The full lists (the manifest holds only what the first query needs).
const entities = site('entities.json');
const articles = site('articles.json');
const entity = (name, kind) => entities.find((e) => e.name === name && e.kind === kind);
/** Every article's records, from the build's cache buckets. */
const records = new Map(readdirSync(join(DIST, 'archive/cache'))
  .flatMap((f) => site(`cache/${f}`)).map((r) => [r.id, r]));
const blackrock = entity('BlackRock', 'organisation');
/** An entity result's article count and dates, as the page words them. */
const meta = (e) => `${e.articles} article${e.articles === 1 ? '' : 's'} · ${
  !e.first ? 'undated' : e.first === e.last ? e.first : `${e.first} – ${e.last}`}`;

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const page = async (opts) => {
  const p = await openPage(browser, `${server.url}archive.html`, opts);
  p.index = [];
  p.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/archive/index/')) p.index.push(path.slice('/archive/'.length));
  });
  await p.waitForSelector('[data-testid=archive][data-state=ready][data-query=""]');
  return p;
};
/** Waits until the results shown are those of `q`. */
const settled = (p, q) => p.waitForFunction((q) => {
  const root = document.querySelector('[data-testid=archive]');
  return root?.dataset.state === 'ready' && root.dataset.query === q;
}, q);
const results = (p) => p.locator('[data-testid=archive-result]').evaluateAll((els) => els.map((e) => ({
  kind: e.dataset.kind, article: e.dataset.article, entity: e.dataset.entity ?? null,
  text: e.textContent, href: e.querySelector('a')?.getAttribute('href'),
})));
/** The chunk files of a query word, as the index names them: its first two
 *  characters (folded; ASCII here), in hex, in both families. */
const chunksOf = (word) => {
  const key = Buffer.from(word.toLowerCase().slice(0, 2)).toString('hex');
  return [`index/e-${key}.json`, `index/i-${key}.json`].filter((f) => manifest.index.files.includes(f));
};

test('the demo archive has the entities these tests search', () => {
  assert.ok(blackrock, 'BlackRock is an archive entity');
  assert.ok(entity('Canada', 'country')?.articles >= 2, 'Canada is in several articles');
  assert.deepEqual(manifest.index.pieces, {}, 'no chunk of the demo is cut into pieces');
});

test('typing a name lists its entity first with its article count, fetching only the chunks it needs', async () => {
  const p = await page();
  await p.locator('[data-testid=archive-search]').pressSequentially('BlackRock');
  await settled(p, 'BlackRock');
  const found = await results(p);
  assert.equal(found[0].kind, 'entity');
  assert.equal(found[0].entity, blackrock.key);
  assert.equal(found[0].text, `BlackRockorganisation${meta(blackrock)}`);
  // Entities first, then the passages.
  const firstItem = found.findIndex((r) => r.kind !== 'entity');
  assert.ok(firstItem > 0 && found.slice(firstItem).every((r) => r.kind !== 'entity'));
  assert.ok(found.slice(firstItem).some((r) => /BlackRock/i.test(r.text)));
  // Only the chunks of "b" (the first key typed) and "bl", each once.
  const want = [...new Set([...chunksOf('b'), ...chunksOf('bl')])].sort();
  assert.deepEqual([...p.index].sort(), want);
  assert.ok(manifest.index.files.length > 100 * want.length, 'the archive has many more chunks');
  // A second word fetches its own chunks only.
  await p.locator('[data-testid=archive-search]').pressSequentially(' Fink');
  await settled(p, 'BlackRock Fink');
  assert.deepEqual([...p.index].sort(), [...new Set([...want, ...chunksOf('f'), ...chunksOf('fi')])].sort());
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('an entity of several articles: its count and dates; a typo after the first two letters still finds it', async () => {
  const p = await page();
  const canada = entity('Canada', 'country');
  for (const [typed, e] of [['Canada', canada], ['Canda', canada], ['canadaa', canada], ['Blakrock', blackrock], ['BlackRok', blackrock]]) {
    await p.locator('[data-testid=archive-search]').fill(typed);
    await settled(p, typed);
    const [first] = await results(p);
    assert.equal(first.entity, e.key, `"${typed}" finds ${e.name} first`);
    assert.ok(first.text.endsWith(meta(e)), `${first.text} ends with ${meta(e)}`);
  }
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('results link to the entity page and to the article explorer at the item', async () => {
  const p = await page();
  await p.locator('[data-testid=archive-search]').fill('BlackRock');
  await settled(p, 'BlackRock');
  const found = await results(p);
  const ids = new Set(articles.map((a) => a.id));
  // The entity: its page; data-article is the newest article naming it.
  const [article] = blackrock.members
    .map(([a, e]) => [a, e, articles.find((x) => x.id === a).date ?? ''])
    .sort((x, y) => (y[2].localeCompare(x[2])) || x[0].localeCompare(y[0]))[0];
  assert.equal(found[0].article, article);
  assert.equal(found[0].href, `?entity=${encodeURIComponent(blackrock.key)}`);
  // Only entities whose names say BlackRock are listed as entities.
  for (const r of found.filter((r) => r.kind === 'entity')) {
    const e = entities.find((x) => x.key === r.entity);
    assert.match(e.name, /BlackRock/i, `${e.name} is listed for "BlackRock"`);
  }
  // Every passage: the link its article's records give that item.
  const items = found.filter((r) => r.kind !== 'entity');
  assert.ok(items.length > 0);
  for (const r of items) {
    assert.ok(ids.has(r.article), r.article);
    const item = records.get(r.article).items.find((i) => `archive/${i.link}` === r.href);
    assert.ok(item, `${r.href} is an item of ${r.article}`);
    assert.equal(item.kind, r.kind);
  }
  // Each passage shows its line from the article's records once they arrive.
  await p.waitForFunction(() => [...document.querySelectorAll('.archive-line')].every((a) => a.textContent !== '…'));
  const lines = await p.locator('.archive-line').allTextContents();
  assert.ok(lines.some((l) => /BlackRock/.test(l)), lines.join('\n'));
  await p.context().close();
});

test('facets count the matches and narrow them; the query survives reload', async () => {
  const p = await page();
  await p.locator('[data-testid=archive-search]').fill('Lee');
  await settled(p, 'Lee');
  const quotes = p.locator('[data-testid=archive-facet][data-facet=kind][data-value=quote]');
  const count = Number(await quotes.locator('.archive-count').textContent());
  assert.ok(count > 0);
  assert.equal(await quotes.getAttribute('aria-pressed'), 'false');
  // By keyboard: the results are drawn anew, the focus stays on the facet.
  await quotes.focus();
  await p.keyboard.press('Enter');
  await p.waitForSelector('[data-testid=archive-facet][data-facet=kind][data-value=quote][aria-pressed=true]');
  await p.waitForFunction(() => document.activeElement?.matches('[data-testid=archive-facet][data-value=quote]'));
  await settled(p, 'Lee');
  const items = (await results(p)).filter((r) => r.kind !== 'entity');
  assert.equal(items.length, Math.min(count, 20));
  assert.ok(items.every((r) => r.kind === 'quote'));
  for (const facet of ['article', 'date']) {
    assert.ok(await p.locator(`[data-testid=archive-facet][data-facet=${facet}]`).count() > 0, `${facet} facet shown`);
  }
  // An article facet keeps that article's passages only.
  await quotes.click();
  const article = p.locator('[data-testid=archive-facet][data-facet=article]').first();
  const id = await article.getAttribute('data-value');
  await article.click();
  await p.waitForSelector(`[data-testid=archive-facet][data-facet=article][data-value="${id}"][aria-pressed=true]`);
  assert.ok((await results(p)).filter((r) => r.kind !== 'entity').every((r) => r.article === id));
  await article.click();
  // Dates: years, and the months of the year chosen (here of the only one)
  // beneath; a month chosen keeps its passages, unchosen goes back to its
  // year.
  const dates = () => p.locator('[data-testid=archive-facet][data-facet=date]')
    .evaluateAll((els) => els.map((e) => `${e.dataset.value}:${e.getAttribute('aria-pressed')}`));
  const before = await dates();
  assert.ok(before.every((d) => /^\d{4}(-\d{2})?:false$/.test(d)), before.join(' '));
  const month = before.map((d) => d.split(':')[0]).find((d) => d.length === 7);
  assert.ok(month, `a month is offered: ${before.join(' ')}`);
  await p.locator(`[data-testid=archive-facet][data-facet=date][data-value="${month}"]`).click();
  await p.waitForSelector(`[data-testid=archive-facet][data-facet=date][data-value="${month}"][aria-pressed=true]`);
  await settled(p, 'Lee');
  const dated = (await results(p)).filter((r) => r.kind !== 'entity');
  assert.ok(dated.length > 0 && dated.every((r) => r.text.includes(`${month}-`)), dated.map((r) => r.text).join('\n'));
  await p.locator(`[data-testid=archive-facet][data-facet=date][data-value="${month}"]`).click();
  await p.waitForSelector(`[data-testid=archive-facet][data-facet=date][data-value="${month.slice(0, 4)}"][aria-pressed=true]`);
  await article.click();
  await p.waitForSelector(`[data-testid=archive-facet][data-facet=article][data-value="${id}"][aria-pressed=true]`);
  await p.reload();
  await settled(p, 'Lee');
  assert.equal(await p.locator('[data-testid=archive-search]').inputValue(), 'Lee');
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('a missing manifest or a broken chunk is said, not a blank page', async () => {
  const bl = chunksOf('bl')[0];
  const broken = await serve(DIST, { routes: { [`/archive/${bl}`]: { type: 'application/json', body: '{"key": 7' } } });
  const p = await openPage(browser, `${broken.url}archive.html`);
  await p.locator('[data-testid=archive-search]').fill('Blackrock');
  await settled(p, 'Blackrock');
  assert.match(await p.locator('[role=alert]').textContent(), new RegExp(`Part of the index could not be read: ${bl} is not an index chunk`));
  await p.context().close();
  await broken.close();
  const gone = await serve(DIST, { routes: { '/archive/manifest.json': { status: 404, body: 'not here' } } });
  const q = await openPage(browser, `${gone.url}archive.html`);
  await q.waitForSelector('[data-testid=archive][data-state=error]');
  assert.match(await q.locator('.archive-intro').textContent(), /manifest could not be read \(.*HTTP 404\)/);
  await q.context().close();
  await gone.close();
});

test('no axe violations, and screenshots at 1280 and 375 px', async () => {
  for (const [width, scheme] of [[1280, 'light'], [375, 'light'], [1280, 'dark']]) {
    const p = await page({ width, height: 900, colorScheme: scheme });
    await p.locator('[data-testid=archive-search]').fill('BlackRock');
    await settled(p, 'BlackRock');
    await p.waitForFunction(() => [...document.querySelectorAll('.archive-line')].every((a) => a.textContent !== '…'));
    assert.deepEqual(await axeViolations(p), [], `axe at ${width} px, ${scheme}`);
    const overflow = await sidewaysOverflow(p);
    assert.ok(overflow <= 0, `no sideways scrolling at ${width} px (${overflow} px over)`);
    await shot(p, `archive-${width}-${scheme}`);
    assert.deepEqual(p.errors, []);
    await p.context().close();
  }
});
