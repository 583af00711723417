// A realistic task with the keyboard alone: search, open a result, toggle a
// chip, move through the graph, open a quote's evidence. Focus is always
// visible and never trapped.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../server.mjs';
import { launch, openPage, ready, active, DIST } from '../browser.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Whether the focused element shows a focus indicator. */
async function focusVisible(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    if (!a || a === document.body) return true;
    if (a.closest?.('svg')) {
      const shape = a.querySelector('.fx-node__shape') ?? a;
      return parseFloat(getComputedStyle(shape).strokeWidth) >= 3.5;
    }
    const cs = getComputedStyle(a);
    return (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none';
  });
}

async function press(page, key, times = 1) {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    assert.ok(await focusVisible(page), `focus not visible after ${key} on ${JSON.stringify(await active(page))}`);
  }
}

async function tabTo(page, testid, key = 'Tab', limit = 120) {
  for (let i = 0; i < limit; i++) {
    if ((await active(page))?.testid === testid) return;
    await press(page, key);
  }
  throw new Error(`Tab never reached ${testid}`);
}

test('search, select, filter, walk the graph and open a quote by keyboard alone', async () => {
  const page = await openPage(browser, server.url);
  await ready(page);
  await page.locator('h1').click(); // start with focus on the page, not a control
  await press(page, '/');
  assert.equal((await active(page))?.testid, 'search-input');
  await page.keyboard.type('Larry Fink');
  await press(page, 'Enter');
  assert.equal(await page.locator('[data-testid=chip][data-entity=fink]').getAttribute('aria-pressed'), 'true');
  await tabTo(page, 'chip');
  await press(page, 'ArrowRight');
  const chip = (await active(page)).entity;
  await press(page, 'Space');
  assert.equal(await page.locator(`[data-testid=chip][data-entity=${chip}]`).getAttribute('aria-pressed'), 'true');
  await press(page, 'Space');
  await tabTo(page, 'view-tab');
  await press(page, 'ArrowRight');
  assert.equal(await page.locator('[data-testid=view-tab][aria-selected=true]').getAttribute('data-view'), 'graph');
  await tabTo(page, 'graph-node');
  const first = (await active(page)).entity;
  let moved = false;
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
    await press(page, key);
    if ((await active(page)).entity !== first) { moved = true; break; }
  }
  assert.ok(moved);
  await press(page, 'Enter');
  assert.equal(await page.locator(`[data-testid=graph-node][data-entity=${(await active(page)).entity}]`).getAttribute('aria-pressed'), 'true');
  await press(page, 'Escape');
  // Back up to clear the chips, then to the tabs, on to Quotes, and open the
  // first quote in the article.
  await tabTo(page, 'chip-clear', 'Shift+Tab');
  await press(page, 'Enter');
  await tabTo(page, 'view-tab');
  await press(page, 'ArrowRight', 2);
  assert.equal(await page.locator('[data-testid=view-tab][aria-selected=true]').getAttribute('data-view'), 'quotes');
  await tabTo(page, 'quote-evidence');
  await press(page, 'Enter');
  await page.locator('[data-testid=evidence]').first().waitFor();
  assert.equal(await page.locator('[data-testid=view-tab][aria-selected=true]').getAttribute('data-view'), 'article');
  await page.context().close();
});

test('Tab leaves the explorer: focus is never trapped', async () => {
  const page = await openPage(browser, server.url + 'host.html');
  await page.locator('fact-explorer#main [data-testid=app][data-state=ready]').waitFor();
  await page.locator('#host-button').focus();
  let left = false;
  for (let i = 0; i < 400 && !left; i++) {
    await page.keyboard.press('Tab');
    left = await page.evaluate(() => {
      const a = document.activeElement;
      return a && a.id === 'show-tab';
    });
  }
  assert.ok(left, 'Tab never got past the first explorer to the host page');
  await page.context().close();
});
