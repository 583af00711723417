// Entity chips filter every view, combine (all/any), work by keyboard; the
// article highlights mentions and evidence (two-way provenance); the entity
// panel lists facts and neighbours; the layout holds at 375 and 1440 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../server.mjs';
import { launch, openPage, ready, shot, active, DIST, ROOT } from '../browser.mjs';

const data = JSON.parse(readFileSync(join(ROOT, 'crates/core/src/data/article.facts.json'), 'utf8'));
const involves = (f, id) => [f.subject, f.object.entity, f.qualifiers?.when, f.qualifiers?.where,
  f.qualifiers?.amount, f.qualifiers?.attributed_to].includes(id);

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function fresh(opts) {
  const page = await openPage(browser, server.url, opts);
  await ready(page);
  return page;
}
const shownFacts = (page) => page.locator('[data-testid=fact]').evaluateAll((els) => els.map((e) => e.dataset.fact));

test('the BlackRock chip leaves only facts involving BlackRock and updates the counts', async () => {
  const page = await fresh();
  const chip = page.locator('[data-testid=chip][data-entity=blackrock]');
  assert.equal(await chip.getAttribute('aria-pressed'), 'false');
  assert.equal(await chip.getAttribute('data-kind'), 'organisation');
  await chip.click();
  assert.equal(await chip.getAttribute('aria-pressed'), 'true');
  const expected = data.facts.filter((f) => involves(f, 'blackrock')).map((f) => f.id);
  assert.deepEqual((await shownFacts(page)).sort(), expected.sort());
  assert.equal(await page.locator('[data-testid=fact-count]').innerText(), `${expected.length} of ${data.facts.length} facts`);
  // Facet counts narrow: Lee appears in exactly one BlackRock fact.
  const lee = data.facts.filter((f) => involves(f, 'blackrock') && involves(f, 'lee')).length;
  assert.equal(await page.locator('[data-testid=chip][data-entity=lee] [data-testid=chip-count]').innerText(), String(lee));
  // The panel opened with BlackRock's neighbours.
  const near = await page.locator('[data-testid=entity-panel] [data-testid=entity-link]').evaluateAll((els) => els.map((e) => e.dataset.entity));
  for (const id of ['fink', 'gip', 'msit']) assert.ok(near.includes(id), `${id} not a neighbour: ${near}`);
  await shot(page, 'chips-blackrock-1440');
  await page.context().close();
});

test('two chips intersect, and "any of" switches to the union', async () => {
  const page = await fresh();
  await page.locator('[data-testid=chip][data-entity=lee]').click();
  await page.locator('[data-testid=chip][data-entity=blackrock]').click();
  const both = data.facts.filter((f) => involves(f, 'lee') && involves(f, 'blackrock')).map((f) => f.id);
  assert.deepEqual(await shownFacts(page), both);
  await page.locator('[data-testid=chip-mode]').click();
  const either = data.facts.filter((f) => involves(f, 'lee') || involves(f, 'blackrock')).map((f) => f.id);
  assert.deepEqual((await shownFacts(page)).sort(), either.sort());
  // Remove one from the selected row, then clear all.
  await page.locator('[data-testid=selected-chip][data-entity=lee]').click();
  assert.equal(await page.locator('[data-testid=chip][data-entity=lee]').getAttribute('aria-pressed'), 'false');
  await page.locator('[data-testid=chip-clear]').click();
  assert.equal((await shownFacts(page)).length, data.facts.length);
  await page.context().close();
});

test('search runs within the chip filter', async () => {
  const page = await fresh();
  await page.locator('[data-testid=chip][data-entity=trump]').click();
  await page.locator('[data-testid=search-input]').fill('meeting');
  const facts = await page.locator('[data-testid=search-result][data-kind=fact]').evaluateAll((els) => els.map((e) => e.dataset.fact));
  assert.ok(facts.length > 0);
  for (const id of facts) assert.ok(involves(data.facts.find((f) => f.id === id), 'trump'), id);
  assert.match(await page.locator('[data-testid=search-count]').innerText(), /within the selected entities/);
  await page.context().close();
});

test('clicking a mention selects its chip; hovering or focusing names its entity', async () => {
  const page = await fresh();
  await page.locator('[data-testid=view-tab][data-view=article]').click();
  const mentions = page.locator('[data-testid=mention]');
  const total = data.entities.reduce((n, e) => n + e.mentions.length, 0);
  assert.equal(await mentions.count(), total);
  const fink = page.locator('[data-testid=mention][data-entity=fink]').first();
  assert.match(await fink.getAttribute('data-tip'), /Larry Fink · Person · chairman and chief executive of BlackRock/);
  // Focus shows the same card as hover (not only a native tooltip).
  await fink.focus();
  const tip = await fink.evaluate((el) => getComputedStyle(el, '::after').content);
  assert.match(tip, /Larry Fink · Person/);
  await fink.click();
  assert.equal(await page.locator('[data-testid=chip][data-entity=fink]').getAttribute('aria-pressed'), 'true');
  // Nested mentions are kept: "UN" inside "UN General Assembly".
  const nested = page.locator('[data-testid=mention][data-entity=unga] [data-testid=mention][data-entity=un]');
  assert.ok(await nested.count() >= 1);
  await page.context().close();
});

test('selecting a fact highlights its evidence in the article and scrolls to it', async () => {
  const page = await fresh();
  const card = page.locator('[data-testid=fact][data-fact=f-gip-investor]');
  await card.locator('[data-testid=show-evidence]').click();
  const evidence = page.locator('[data-testid=evidence]');
  await evidence.first().waitFor();
  const ids = await evidence.evaluateAll((els) => els.map((e) => e.dataset.fact));
  assert.ok(ids.length >= 2 && ids.every((id) => id === 'f-gip-investor'), ids.join());
  const text = (await evidence.allInnerTexts()).join(' ');
  assert.match(text, /expected to participate as a financial investor/);
  assert.match(text, /INFRASTRUCTURE ARM GIP/);
  await page.waitForTimeout(300);
  assert.ok(await evidence.first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top < window.innerHeight && r.bottom > 0;
  }), 'evidence is scrolled into view');
  // The other way: a sentence lists the facts it backs.
  const trumpSentence = page.locator('[data-testid=sentence-facts]').filter({ has: page.locator('xpath=.') }).nth(0);
  await trumpSentence.click();
  const list = page.locator('[data-testid=sentence-fact-list]');
  assert.equal(await list.count(), 1);
  assert.ok((await list.locator('[data-fact]').count()) >= 1);
  await shot(page, 'evidence-1440');
  await page.context().close();
});

test('chips work by keyboard alone: Tab reaches them, arrows move, Space and Enter toggle', async () => {
  const page = await fresh();
  await page.locator('[data-testid=search-input]').focus();
  let onChip = false;
  for (let i = 0; i < 10 && !onChip; i++) {
    await page.keyboard.press('Tab');
    onChip = await active(page).then((a) => a?.testid === 'chip');
  }
  assert.ok(onChip, 'Tab never reached the chip row');
  const order = await page.locator('[data-testid=chip]').evaluateAll((els) => els.map((e) => e.dataset.entity));
  const first = (await active(page))?.entity;
  assert.equal(first, order[0]);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const third = (await active(page))?.entity;
  assert.equal(third, order[2]);
  await page.keyboard.press('Space');
  assert.equal(await page.locator(`[data-testid=chip][data-entity=${third}]`).getAttribute('aria-pressed'), 'true');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator(`[data-testid=chip][data-entity=${order[1]}]`).getAttribute('aria-pressed'), 'true');
  await page.keyboard.press('End');
  assert.equal((await active(page))?.entity, order[order.length - 1]);
  await page.context().close();
});

test('at 375 px the views fit without horizontal scrolling', async () => {
  const page = await fresh({ width: 375, height: 812 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(await overflow() <= 0);
  await shot(page, 'facts-375');
  await page.locator('[data-testid=chip][data-entity=blackrock]').click();
  assert.ok(await overflow() <= 0);
  await page.locator('[data-testid=view-tab][data-view=article]').click();
  assert.ok(await overflow() <= 0);
  await shot(page, 'article-375');
  await page.context().close();
});
