// The archive's entity pages (archive.html?entity=KEY) and article pages
// (archive/a/ID.html) in real Chromium, on the demo archive the build writes
// into dist/archive/ (issue 29): a search result opens its entity's page,
// which lists the articles naming it newest first with the naming sentence,
// its items, a timeline, the entities it appears with, JSON-LD and exports;
// deep links survive reload and Back; an article page is the explorer at the
// item a result links to, and links its entities' pages; names with markup
// stay text; axe at 375 and 1440 px, light and dark; screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../server.mjs';
import { launch, openPage, ready, shot, DIST, axeViolations, sidewaysOverflow } from '../browser.mjs';

const SITE = join(DIST, 'archive');
const manifest = JSON.parse(readFileSync(join(SITE, 'manifest.json'), 'utf8'));
const pages = readdirSync(join(SITE, 'entities'))
  .flatMap((f) => JSON.parse(readFileSync(join(SITE, 'entities', f), 'utf8')));
const pageOf = (key) => pages.find((p) => p.key === key);
// The full list of entities (the manifest holds only counts).
const entities = JSON.parse(readFileSync(join(SITE, 'entities.json'), 'utf8'));
const blackrock = entities.find((e) => e.name === 'BlackRock' && e.kind === 'organisation');
// An entity of several dated articles, with company and a timeline.
const korea = entities.find((e) => e.key === 'country/south-korea');
/** The bucket file of `key`: FNV-1a (64 bits) of its bytes, modulo the buckets. */
const bucketOf = (key, buckets = manifest.entity_buckets) => {
  let h = 0xcbf29ce484222325n;
  for (const b of Buffer.from(key)) h = BigInt.asUintN(64, (h ^ BigInt(b)) * 0x100000001b3n);
  return `entities/${(h % BigInt(buckets)).toString(16)}.json`;
};

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const entityUrl = (key) => `${server.url}archive.html?entity=${encodeURIComponent(key)}`;
const loaded = (p, key) => p.waitForSelector(`[data-testid=entity-page][data-entity="${key}"][data-state=ready]`);
const articlesShown = (p) => p.locator('[data-testid=entity-article]').evaluateAll((els) => els.map((e) => ({
  article: e.dataset.article, text: e.textContent, href: e.querySelector('a').getAttribute('href'),
})));

test('the demo archive has an entity of several dated articles with company and a timeline', () => {
  // The page finds an entity's bucket from its key, as the build placed it.
  const bucket = JSON.parse(readFileSync(join(SITE, bucketOf(korea.key)), 'utf8'));
  assert.ok(bucket.some((p) => p.key === korea.key));
  const p = pageOf(korea.key);
  assert.ok(new Set(p.articles.map((a) => a.date)).size >= 2, `${p.articles.length} articles`);
  assert.ok(p.related.length > 2 && p.timeline.length > 1 && p.items.length > 0);
  // Some of its company appear together themselves: the graph is a
  // neighbourhood, not a star.
  assert.ok(p.links.length > 0, 'links between its companions');
});

test('a search result opens the entity page: articles newest first with evidence, items, timeline, company, JSON-LD; reload and Back', async () => {
  const p = await openPage(browser, `${server.url}archive.html`);
  await p.locator('[data-testid=archive-search]').fill(korea.name);
  await p.waitForSelector(`[data-testid=archive][data-state=ready][data-query="${korea.name}"]`);
  await p.locator(`[data-testid=archive-result][data-kind=entity][data-entity="${korea.key}"] a`).click();
  await loaded(p, korea.key);
  assert.equal(new URL(p.url()).searchParams.get('entity'), korea.key);
  const data = pageOf(korea.key);
  assert.equal(await p.locator('h1').textContent(), korea.name);
  // Every article naming it, newest first (undated last), with the sentence.
  const shown = await articlesShown(p);
  assert.deepEqual(shown.map((a) => a.article), data.articles.map((a) => a.id));
  const dates = data.articles.map((a) => a.date ?? '');
  assert.deepEqual(dates, [...dates].sort((x, y) => (!x) - (!y) || y.localeCompare(x)));
  for (const [i, a] of data.articles.entries()) {
    assert.ok(shown[i].text.includes(a.title) && shown[i].text.includes(a.evidence), `${a.id} shows its title and evidence`);
    assert.equal(shown[i].href, `archive/${a.link}`);
  }
  // Its items, the timeline of the dated ones, the entities it appears with.
  assert.equal(await p.locator('.entity-items .entity-item').count(), data.items.length);
  const timeline = p.locator('[data-testid=entity-timeline]');
  assert.equal(await timeline.locator('.entity-item').count(), data.timeline.length);
  const days = await timeline.locator('time').evaluateAll((t) => t.map((x) => x.getAttribute('datetime')));
  assert.deepEqual(days, [...new Set(data.timeline.map((i) => i.date))]);
  assert.deepEqual(days, [...days].sort());
  const related = await p.locator('.entity-related-list a').allTextContents();
  assert.deepEqual(related, data.related.map((r) => r.name));
  // The graph: the entity and each of them, a node each; the lines between
  // them listed too.
  assert.equal(await p.locator('.entity-graph [data-testid=graph-node]').count(), data.related.length + 1);
  assert.equal(await p.locator('.entity-links-list li').count(), data.links.length);
  // JSON-LD: a place, subject of every article, dated as they are.
  const ld = JSON.parse(await p.locator('script[type="application/ld+json"]').textContent());
  assert.ok(['Country', 'Place'].includes(ld['@type']), ld['@type']);
  assert.equal(ld.name, korea.name);
  assert.deepEqual(ld.subjectOf.map((a) => a.datePublished), data.articles.map((a) => a.date ?? undefined));
  assert.ok((await p.title()).startsWith(korea.name));
  // Reload keeps the page; Back returns to the search with its query.
  await p.reload();
  await loaded(p, korea.key);
  await p.goBack();
  await p.waitForSelector('[data-testid=archive][data-state=ready]');
  assert.equal(await p.locator('[data-testid=archive-search]').inputValue(), korea.name);
  await p.goForward();
  await loaded(p, korea.key);
  // A related entity's link opens its page.
  const first = data.related[0];
  await p.locator('.entity-related-list a').first().click();
  await loaded(p, first.key);
  assert.equal(await p.locator('h1').textContent(), first.name);
  await p.goBack();
  await loaded(p, korea.key);
  // So does a click on its node in the graph.
  await p.locator(`.entity-graph [data-testid=graph-node][data-entity="${data.related[1].key}"]`).click();
  await loaded(p, data.related[1].key);
  await p.goBack();
  await loaded(p, korea.key);
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('the entity page\'s graph is the explorer\'s graph component: nodes, weighted edges, and the keyboard opens a neighbour\'s page', async () => {
  const p = await openPage(browser, entityUrl(korea.key), { width: 1440, height: 900 });
  await loaded(p, korea.key);
  const data = pageOf(korea.key);
  const graph = p.locator('.entity-graph [data-testid=graph]');
  assert.equal(await graph.count(), 1);
  // The explorer's hooks (UI-CONTRACT.md): a node per entity with its name,
  // an edge from the entity to each of its company.
  const nodes = await graph.locator('[data-testid=graph-node]').evaluateAll((ns) => ns.map((n) => ({
    entity: n.dataset.entity, name: n.getAttribute('aria-label'), role: n.getAttribute('role'), tabindex: n.getAttribute('tabindex'),
  })));
  assert.deepEqual(nodes.map((n) => n.entity), [korea.key, ...data.related.map((r) => r.key)]);
  assert.deepEqual(nodes.map((n) => n.name), [korea.name, ...data.related.map((r) => r.name)]);
  assert.ok(nodes.every((n) => n.role === 'button'));
  assert.deepEqual(nodes.map((n) => n.tabindex), nodes.map((_, i) => (i === 0 ? '0' : '-1')), 'one node in the tab order');
  const edges = await graph.locator('[data-testid=graph-edge]').evaluateAll((es) => es.map((e) => ({
    source: e.dataset.source, target: e.dataset.target, title: e.querySelector('title').textContent,
    width: parseFloat(getComputedStyle(e.querySelector('.fx-edge__line')).strokeWidth),
  })));
  // Its own edges, then those between its companions where the archive
  // has items naming both (at most 4 at one companion, 30 in all).
  const own = data.related.map((r) => [korea.key, r.key]);
  const between = data.links.map((l) => [data.related[l.a].key, data.related[l.b].key]);
  assert.deepEqual(edges.map((e) => [e.source, e.target]), [...own, ...between]);
  assert.ok(between.length > 0 && between.length <= 30);
  const degree = new Map();
  for (const k of between.flat()) degree.set(k, (degree.get(k) ?? 0) + 1);
  assert.ok([...degree.values()].every((d) => d <= 4), JSON.stringify([...degree]));
  for (const [j, l] of data.links.entries()) {
    const [a, b] = [data.related[l.a], data.related[l.b]];
    const edge = edges[data.related.length + j];
    assert.equal(edge.title, `${a.name} and ${b.name}: in ${l.count} item${l.count === 1 ? '' : 's'}`);
    // As wide as an own edge of the same count.
    const like = data.related.findIndex((r) => r.count === l.count);
    if (like >= 0) assert.equal(edge.width, edges[like].width);
  }
  // The list twin says the same lines, each pair linking their pages.
  const listed = await p.locator('.entity-links-list li').evaluateAll((lis) => lis.map((li) => ({
    pair: [li.dataset.source, li.dataset.target], text: li.textContent,
    keys: [...li.querySelectorAll('a')].map((a) => new URL(a.href).searchParams.get('entity')),
  })));
  assert.deepEqual(listed.map((l) => l.pair), between);
  assert.deepEqual(listed.map((l) => l.keys), between);
  for (const [j, l] of data.links.entries()) {
    assert.equal(listed[j].text, `${data.related[l.a].name} and ${data.related[l.b].name} in ${l.count} item${l.count === 1 ? '' : 's'}`);
  }
  for (const [i, r] of data.related.entries()) {
    assert.match(edges[i].title, new RegExp(`in ${r.count} items?$`));
    // Weighted by count: an entity sharing more items has a line as wide or wider.
    for (const [j, o] of data.related.entries()) {
      if (r.count > o.count) assert.ok(edges[i].width > edges[j].width, `${r.name} (${r.count}) wider than ${o.name} (${o.count})`);
    }
  }
  // The explorer's controls are there too.
  assert.equal(await p.locator('.entity-graph [data-testid=graph-fit]').count(), 1);
  // The keyboard: Tab reaches the entity's node, an arrow key moves to a
  // neighbour, Enter opens its page.
  await graph.locator(`[data-testid=graph-node][data-entity="${korea.key}"]`).focus();
  let target;
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
    await p.keyboard.press(key);
    target = await p.evaluate(() => document.activeElement?.dataset?.entity);
    if (target && target !== korea.key) break;
  }
  assert.ok(data.related.some((r) => r.key === target), `the arrow keys reach a neighbour (${target})`);
  await p.keyboard.press('Enter');
  await loaded(p, target);
  assert.equal(new URL(p.url()).searchParams.get('entity'), target);
  await p.goBack();
  await loaded(p, korea.key);
  // The list twin is still there for the keyboard and screen readers.
  assert.deepEqual(await p.locator('.entity-related-list a').allTextContents(), data.related.map((r) => r.name));
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('deep links survive reload and Back: a search, two entity pages, each reloaded on the way back and forth', async () => {
  const p = await openPage(browser, `${server.url}archive.html?q=${encodeURIComponent(korea.name)}`);
  // Opened from the address alone: the search with its results.
  await p.waitForSelector(`[data-testid=archive][data-state=ready][data-query="${korea.name}"]`);
  assert.equal(await p.locator('[data-testid=archive-search]').inputValue(), korea.name);
  await p.locator(`[data-testid=archive-result][data-kind=entity][data-entity="${korea.key}"] a`).click();
  await loaded(p, korea.key);
  const other = pageOf(korea.key).related[0];
  await p.locator('.entity-related-list a').first().click();
  await loaded(p, other.key);
  const entityOf = () => new URL(p.url()).searchParams.get('entity');
  // Reload at each step; the history stays whole.
  await p.reload();
  await loaded(p, other.key);
  await p.goBack();
  await loaded(p, korea.key);
  assert.equal(entityOf(), korea.key);
  await p.reload();
  await loaded(p, korea.key);
  await p.goBack();
  await p.waitForSelector(`[data-testid=archive][data-state=ready][data-query="${korea.name}"]`);
  assert.equal(await p.locator(`[data-testid=archive-result][data-entity="${korea.key}"]`).count(), 1);
  await p.reload();
  await p.waitForSelector(`[data-testid=archive][data-state=ready][data-query="${korea.name}"]`);
  await p.goForward();
  await loaded(p, korea.key);
  await p.goForward();
  await loaded(p, other.key);
  assert.equal(entityOf(), other.key);
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('the entity page exports its items as CSV and JSON; an organisation\'s JSON-LD', async () => {
  const p = await openPage(browser, entityUrl(blackrock.key));
  await loaded(p, blackrock.key);
  const data = pageOf(blackrock.key);
  const ld = JSON.parse(await p.locator('script[type="application/ld+json"]').textContent());
  assert.equal(ld['@type'], 'Organization');
  assert.equal(ld.name, 'BlackRock');
  assert.equal(ld.subjectOf.length, data.articles.length);
  // An undated article: no timeline, said so.
  assert.match(await p.locator('[data-testid=entity-timeline]').textContent(), /None of its facts, quotes or events is dated/);
  const save = async (name) => {
    const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name }).click()]);
    const path = await download.path();
    return [download.suggestedFilename(), readFileSync(path, 'utf8')];
  };
  const [csvName, csv] = await save('Download CSV');
  assert.equal(csvName, 'BlackRock.csv');
  const lines = csv.trimEnd().split('\n');
  assert.equal(lines[0], 'article,date,kind,id,line,link');
  assert.equal(lines.length, data.items.length + 1);
  assert.ok(lines[1].startsWith(`"${data.items[0].article}"`), lines[1]);
  const [jsonName, json] = await save('Download JSON');
  assert.equal(jsonName, 'BlackRock.json');
  assert.deepEqual(JSON.parse(json), data);
  await p.context().close();
});

test('an unknown entity or a broken bucket is said, not a blank page', async () => {
  const p = await openPage(browser, entityUrl('person/nobody-at-all'));
  await p.waitForSelector('[data-testid=entity-page][data-state=error]');
  assert.match(await p.locator('[role=alert]').textContent(), /no entity "person\/nobody-at-all"/);
  await p.context().close();
  const file = bucketOf(blackrock.key);
  const broken = await serve(DIST, { routes: { [`/archive/${file}`]: { type: 'application/json', body: '[{"key": 7' } } });
  const q = await openPage(browser, `${broken.url}archive.html?entity=${encodeURIComponent(blackrock.key)}`);
  await q.waitForSelector('[data-testid=entity-page][data-state=error]');
  assert.match(await q.locator('[role=alert]').textContent(), new RegExp(`${file} is not a bucket of entity pages`));
  await q.context().close();
  await broken.close();
});

test('names, titles and sentences with markup are shown as text', async () => {
  const evil = '<img src=x onerror="window.pwned=1"></script><!--';
  const key = 'person/evil';
  const page = {
    key, name: `${evil} Name`, kind: 'person', aliases: [`alias ${evil}`],
    articles: [{ id: 'evil', title: `Title ${evil}`, date: '2026-01-02', url: 'https://example.org/"><script>', name: evil,
      evidence: `Sentence ${evil}`, link: 'a/evil.html?fx=x%3De' }],
    items: [{ article: 'evil', date: '2026-01-02', kind: 'fact', id: 'f', line: `Line ${evil}`, link: 'a/evil.html?fx=t%3Df' }],
    total_items: 1,
    related: [{ key: 'person/other', name: `Other ${evil}`, kind: 'person', count: 1 }],
    timeline: [{ article: 'evil', date: '2026-01-02', kind: 'fact', id: 'f', line: `Line ${evil}`, link: 'a/evil.html?fx=t%3Df' }],
  };
  const hostile = await serve(DIST, { routes: { [`/archive/${bucketOf(key)}`]: { type: 'application/json', body: JSON.stringify([page]) } } });
  const p = await openPage(browser, `${hostile.url}archive.html?entity=${encodeURIComponent(key)}`);
  await loaded(p, key);
  assert.equal(await p.locator('h1').textContent(), `${evil} Name`);
  assert.ok((await p.locator('[data-testid=entity-article]').textContent()).includes(`Sentence ${evil}`));
  assert.equal(await p.locator('#archive-page img').count(), 0);
  assert.equal(await p.evaluate(() => window.pwned), undefined);
  const ld = await p.locator('script[type="application/ld+json"]').textContent();
  assert.ok(!ld.includes('<'), 'the JSON-LD writes < as \\u003c');
  assert.equal(JSON.parse(ld).name, `${evil} Name`);
  assert.deepEqual(p.errors, []);
  await p.context().close();
  await hostile.close();
});

test('a passage result opens the article page at its item; the article page links its entities\' pages', async () => {
  const p = await openPage(browser, `${server.url}archive.html`);
  await p.locator('[data-testid=archive-search]').fill('BlackRock');
  await p.waitForSelector('[data-testid=archive][data-state=ready][data-query="BlackRock"]');
  const fact = p.locator('[data-testid=archive-result][data-kind=fact] a').first();
  const href = await fact.getAttribute('href');
  const id = decodeURIComponent(new URL(href, server.url).searchParams.get('fx')).match(/t=([^;]+)/)[1];
  await fact.click();
  await ready(p);
  assert.match(new URL(p.url()).pathname, /^\/archive\/a\/[\w.-]+\.html$/);
  // The explorer at that fact: its card selected, the prerendered markup hydrated.
  await p.waitForSelector(`[data-testid=fact][data-fact="${id}"].fx-fact--selected`);
  // Every entity listed below it links to its archive page.
  const links = await p.locator('[data-testid=article-entities] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.length > 3);
  for (const l of links) {
    const key = new URL(l, p.url()).searchParams.get('entity');
    assert.ok(pageOf(key), `${l} is an entity page`);
  }
  await p.locator('[data-testid=article-entities] a', { hasText: /^BlackRock$/ }).first().click();
  await loaded(p, blackrock.key);
  await p.goBack();
  await ready(p);
  await p.goBack();
  await p.waitForSelector('[data-testid=archive][data-state=ready]');
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('an article page shows its facts before the wasm arrives and hydrates them in place', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  const messages = [];
  p.on('console', (m) => { if (['error', 'warning'].includes(m.type())) messages.push(`${m.type()}: ${m.text()}`); });
  let release;
  const held = new Promise((r) => { release = r; });
  await p.route('**/fact-explorer_bg.wasm', async (route) => { await held; await route.continue(); });
  await p.goto(`${server.url}archive/a/seoul-blackrock.html?fx=t%3Df-lee-met-fink`);
  await p.waitForFunction(() => customElements.get('fact-explorer'));
  const facts = await p.evaluate(() => {
    const root = document.querySelector('fact-explorer').shadowRoot;
    window.kept = root.querySelector('h1');
    return root.querySelectorAll('[data-testid=fact]').length;
  });
  assert.ok(facts > 10, `${facts} facts shown before the wasm`);
  release();
  await ready(p);
  assert.equal(await p.evaluate(() => window.kept.isConnected), true, 'hydrated in place');
  await p.waitForSelector('[data-testid=fact][data-fact=f-lee-met-fink].fx-fact--selected');
  assert.deepEqual(messages, [], 'no errors or hydration warnings');
  await context.close();
});

test('a quote or sentence result opens the article view with its evidence', async () => {
  // The article's records, from the build's cache buckets.
  const records = readdirSync(join(SITE, 'cache'))
    .flatMap((f) => JSON.parse(readFileSync(join(SITE, 'cache', f), 'utf8')))
    .find((r) => r.id === 'seoul-blackrock');
  const quote = records.items.find((i) => i.kind === 'quote');
  const p = await openPage(browser, `${server.url}archive/${quote.link}`);
  await ready(p);
  assert.equal(await p.locator('[data-testid=view-tab][aria-selected=true]').getAttribute('data-view'), 'article');
  assert.ok(await p.locator('[data-testid=evidence]').count() > 0);
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('the entity page: no axe violations at 375 and 1440 px, light and dark; screenshots', async () => {
  for (const [width, scheme] of [[1440, 'light'], [1440, 'dark'], [375, 'light'], [375, 'dark']]) {
    const p = await openPage(browser, entityUrl(korea.key), { width, height: 900, colorScheme: scheme });
    await loaded(p, korea.key);
    assert.deepEqual(await axeViolations(p), [], `axe at ${width} px, ${scheme}`);
    const overflow = await sidewaysOverflow(p);
    assert.ok(overflow <= 0, `no sideways scrolling at ${width} px (${overflow} px over)`);
    await shot(p, `archive-entity-${width}-${scheme}`, { fullPage: true });
    assert.deepEqual(p.errors, []);
    await p.context().close();
  }
  // The article page: the explorer with the archive's links around it.
  for (const [width, scheme] of [[1440, 'light'], [375, 'dark']]) {
    const a = await openPage(browser, `${server.url}archive/a/seoul-blackrock.html`, { width, height: 900, colorScheme: scheme });
    await ready(a);
    assert.deepEqual(await axeViolations(a), [], `article page: axe at ${width} px, ${scheme}`);
    await shot(a, `archive-article-${width}-${scheme}`);
    await a.locator('[data-testid=article-entities]').scrollIntoViewIfNeeded();
    await shot(a, `archive-article-entities-${width}-${scheme}`);
    await a.context().close();
  }
});
