// The fact list shows every fact in words with its source sentence, and an
// invalid fact set shows the load-error panel with the path and the problem.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../server.mjs';
import { launch, openPage, ready, shot, active, DIST, ROOT } from '../browser.mjs';

const facts = JSON.parse(readFileSync(join(ROOT, 'crates/core/src/data/article.facts.json'), 'utf8'));
const articleText = readFileSync(join(ROOT, 'crates/core/src/data/article.txt'), 'utf8');
const indexHtml = readFileSync(join(DIST, 'index.html'), 'utf8');
const name = (id) => facts.entities.find((e) => e.id === id)?.name ?? id;

/** index.html with a fact set given inline, as a host page would. */
function pageWith(json) {
  const safe = json.replaceAll('</', '<\\/');
  return indexHtml.replace(/<fact-explorer>[\s\S]*?<\/fact-explorer>/, `<fact-explorer><script type="application/json">${safe}</script></fact-explorer>`);
}

let server, browser;
before(async () => {
  const custom = structuredClone(facts);
  custom.article.text = articleText;
  const invalid = structuredClone(custom);
  invalid.facts[3].subject = 'nobody';
  const hostile = structuredClone(custom);
  hostile.entities[0].name = '<img src=x onerror="window.__pwned=1">Lee';
  hostile.facts[0].relation = '<script>window.__pwned=2</script>met';
  server = await serve(DIST, {
    routes: {
      '/invalid.html': { type: 'text/html', body: pageWith(JSON.stringify(invalid)) },
      '/malformed.html': { type: 'text/html', body: pageWith('{"schema": "fact-explorer/1",\n "article": [}') },
      '/inline.html': { type: 'text/html', body: pageWith(JSON.stringify(custom)) },
      '/hostile.html': { type: 'text/html', body: pageWith(JSON.stringify(hostile)) },
    },
  });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

test('every fact is shown in words with its source sentence', async () => {
  const page = await openPage(browser, server.url);
  await ready(page);
  const cards = page.locator('[data-testid=fact]');
  assert.equal(await cards.count(), facts.facts.length);
  for (const f of facts.facts) {
    const card = page.locator(`[data-testid=fact][data-fact="${f.id}"]`);
    const text = await card.innerText();
    assert.ok(text.includes(name(f.subject)), `${f.id}: subject`);
    assert.ok(text.includes(f.relation), `${f.id}: relation`);
    const object = f.object.entity ? name(f.object.entity) : f.object.literal;
    assert.ok(text.includes(object), `${f.id}: object`);
    for (const ev of f.evidence) {
      assert.ok(text.replace(/\s+/g, ' ').includes(ev.text.replace(/\s+/g, ' ')), `${f.id}: evidence ${ev.text}`);
    }
  }
  // Negation stays visible: the Trump fact is marked "not planned".
  const trump = page.locator('[data-testid=fact][data-fact="f-lee-trump-not-planned"]');
  assert.match(await trump.innerText(), /not planned/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an inline fact set with its own text loads', async () => {
  const page = await openPage(browser, server.url + 'inline.html');
  await ready(page);
  assert.equal(await page.locator('[data-testid=fact]').count(), facts.facts.length);
  await page.context().close();
});

test('an invalid fact set shows the error panel with the path and the problem', async () => {
  const page = await openPage(browser, server.url + 'invalid.html');
  await page.waitForSelector('[data-testid=app][data-state=error]');
  const panel = await page.locator('[data-testid=load-error]').innerText();
  assert.match(panel, /\$\.facts\[3\]\.subject/);
  assert.match(panel, /no entity has the id "nobody"/);
  assert.equal(await page.locator('[data-testid=fact]').count(), 0);
  await shot(page, 'load-error');
  await page.context().close();
});

test('malformed JSON names the line and column', async () => {
  const page = await openPage(browser, server.url + 'malformed.html');
  await page.waitForSelector('[data-testid=app][data-state=error]');
  const panel = await page.locator('[data-testid=load-error]').innerText();
  assert.match(panel, /line 2, column \d+/);
  await page.context().close();
});

test('markup inside data is shown as text and never runs', async () => {
  const page = await openPage(browser, server.url + 'hostile.html');
  await ready(page);
  const card = page.locator('[data-testid=fact]').first();
  assert.match(await card.innerText(), /<img src=x onerror=/);
  assert.match(await card.innerText(), /<script>window.__pwned=2<\/script>met/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('[data-testid=app] img').count(), 0);
  await page.context().close();
});
