// The foundation: the release build loads in real Chromium without errors,
// the wasm starts, and the app reaches data-state="ready".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../server.mjs';
import { launch, openPage, ready, shot, DIST } from '../browser.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the page loads, the wasm starts and the app is ready, with no errors', async () => {
  const page = await openPage(browser, server.url);
  await ready(page);
  assert.equal(await page.locator('[data-testid=app]').count(), 1);
  assert.match(await page.locator('h1').innerText(), /BlackRock/);
  assert.deepEqual(page.errors, []);
  await shot(page, 'shell-1440');
  await page.context().close();
});

test('the shell works on a 375 px phone without horizontal scrolling', async () => {
  const page = await openPage(browser, server.url, { width: 375, height: 812 });
  await ready(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
  assert.deepEqual(page.errors, []);
  await shot(page, 'shell-375');
  await page.context().close();
});
