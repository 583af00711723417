// Schema version 2 in the view: marks on facts, quotes and events, an
// unattributed quote in two parts, and a dated itinerary item.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../server.mjs';
import { launch, openPage, shot, DIST, ROOT } from '../browser.mjs';

let server, browser;
before(async () => {
  server = await serve(DIST, {
    routes: {
      '/v2.html': {
        type: 'text/html',
        body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>v2</title>'
          + '<link rel="icon" href="favicon.svg"><script type="module" src="fact-explorer-embed.js"></script>'
          + '</head><body><fact-explorer id="v2" url-sync="off"></fact-explorer></body></html>',
      },
    },
  });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

/** The tiny fact set, rewritten with version 2's additions. */
function version2() {
  const set = JSON.parse(readFileSync(join(ROOT, 'examples/tiny.facts.json'), 'utf8'));
  const text = set.article.text;
  const span = (words) => {
    const start = Buffer.byteLength(text.slice(0, text.indexOf(words)));
    return { start, end: start + Buffer.byteLength(words), text: words };
  };
  set.schema = 'fact-explorer/2';
  set.facts[0].marks = ['inferred'];
  set.facts[1].status = 'negated';
  const quote = set.quotes[0];
  delete quote.speaker;
  quote.attribution = '';
  quote.words = span('nearly');
  quote.continued = [span('done')];
  quote.marks = ['relayed', 'partial'];
  set.events[0].date = '2025-09-22';
  delete set.events[0].day;
  set.events[1].marks = ['planned'];
  return set;
}

// The test page's <fact-explorer id=v2> given `data`: the page and what
// `el.ready` resolved to.
async function showSet(data) {
  const page = await openPage(browser, server.url + 'v2.html');
  const result = await page.evaluate(async (d) => {
    await customElements.whenDefined('fact-explorer');
    const el = document.getElementById('v2');
    el.data = d;
    return el.ready;
  }, data);
  return { page, result };
}

test('marks, unattributed quotes in parts and calendar dates are shown, in words', async () => {
  const { page, result } = await showSet(version2());
  assert.equal(result.state, 'ready', JSON.stringify(result));
  const el = page.locator('fact-explorer#v2');
  const f1 = el.locator('[data-testid=fact][data-fact=f1]');
  assert.equal(await f1.locator('[data-testid=mark]').getAttribute('data-mark'), 'inferred');
  assert.match(await f1.locator('[data-testid=mark]').innerText(), /inferred/);
  assert.match(await el.locator('[data-testid=fact][data-fact=f2]').innerText(), /did not happen/);
  await el.locator('[data-testid=view-tab][data-view=quotes]').click();
  const quote = el.locator('[data-testid=quote]');
  assert.equal(await quote.getAttribute('data-entity'), '');
  const words = await quote.innerText();
  assert.match(words, /“nearly” … “done”/);
  assert.match(words, /Unattributed/);
  assert.deepEqual(await quote.locator('[data-testid=mark]').evaluateAll((m) => m.map((x) => x.dataset.mark)), ['relayed', 'partial']);
  await shot(page, 'marks-quotes');
  await el.locator('[data-testid=view-tab][data-view=timeline]').click();
  const dated = el.locator('[data-testid=timeline-event][data-event=e1]');
  assert.equal(await dated.getAttribute('data-date'), '2025-09-22');
  assert.equal(await dated.getAttribute('data-day'), 'Monday');
  assert.match(await el.locator('.fx-timeline__label').first().innerText(), /Monday 22 September 2025/);
  assert.equal(await el.locator('[data-testid=timeline-event][data-event=e2] [data-testid=mark]').getAttribute('data-mark'), 'planned');
  await shot(page, 'marks-timeline');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a venue (schema version 3) has its own chip colour, label, graph shape and filter', async () => {
  const set = JSON.parse(readFileSync(join(ROOT, 'examples/tiny.facts.json'), 'utf8'));
  set.schema = 'fact-explorer/3';
  set.entities.find((e) => e.id === 'osaka').kind = 'venue';
  const { page, result } = await showSet(set);
  assert.equal(result.state, 'ready', JSON.stringify(result));
  const el = page.locator('fact-explorer#v2');
  const chip = el.locator('[data-testid=chip][data-entity=osaka]');
  assert.equal(await chip.getAttribute('data-kind'), 'venue');
  // Grouped under its own heading, in its own colour (the kind table's light
  // tint), not the city's.
  const heading = await chip.evaluate((c) => c.closest('.fx-chips__group')?.querySelector('.fx-chips__kind')?.textContent ?? '');
  assert.match(heading, /FAC\s*Venue or facility/);
  const colour = (id) => el.locator(`[data-testid=chip][data-entity=${id}]`).evaluate((c) => getComputedStyle(c).getPropertyValue('--fx-k-edge').trim());
  assert.notEqual(await colour('osaka'), await colour('lyon'));
  assert.notEqual(await colour('osaka'), '');
  // The filter: pressing the chip keeps the facts that involve the venue.
  await chip.click();
  assert.equal(await chip.getAttribute('aria-pressed'), 'true');
  await page.waitForFunction(() => document.getElementById('v2').shadowRoot.querySelectorAll('[data-testid=fact]').length === 1);
  assert.equal(await el.locator('[data-testid=fact]').getAttribute('data-fact'), 'f2');
  await chip.click();
  // The graph: a node of its own kind and shape.
  await el.locator('[data-testid=view-tab][data-view=graph]').click();
  const node = el.locator('[data-testid=graph-node][data-entity=osaka]');
  assert.equal(await node.getAttribute('data-kind'), 'venue');
  const shape = await node.locator('path').first().getAttribute('d');
  const person = await el.locator('[data-testid=graph-node][data-entity=souza] path').first().getAttribute('d');
  assert.ok(shape && shape !== person, `${shape} vs ${person}`);
  await shot(page, 'venue-graph');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
