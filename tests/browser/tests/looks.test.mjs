// Dark mode (system setting and a remembered toggle), screenshots of every
// view at phone and desktop sizes in both themes, touch targets, and no
// horizontal scrolling on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../server.mjs';
import { launch, openPage, ready, shot, DIST } from '../browser.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const bg = (page) => page.locator('[data-testid=app]').evaluate((el) => getComputedStyle(el).backgroundColor);

test('dark mode follows the system, and the toggle overrides it and is remembered', async () => {
  const dark = await openPage(browser, server.url, { colorScheme: 'dark' });
  await ready(dark);
  assert.equal(await bg(dark), 'rgb(18, 19, 22)');
  assert.equal(await dark.locator('[data-testid=theme-toggle]').getAttribute('aria-pressed'), 'true');
  await dark.context().close();

  const page = await openPage(browser, server.url, { colorScheme: 'light' });
  await ready(page);
  assert.equal(await bg(page), 'rgb(255, 255, 255)');
  await page.locator('[data-testid=theme-toggle]').click();
  assert.equal(await bg(page), 'rgb(18, 19, 22)');
  await page.reload();
  await ready(page);
  await page.waitForTimeout(100);
  assert.equal(await bg(page), 'rgb(18, 19, 22)', 'the choice was not remembered');
  assert.equal(await page.locator('[data-testid=theme-toggle]').getAttribute('aria-pressed'), 'true');
  await page.context().close();
});

for (const [width, height] of [[375, 812], [1440, 900]]) {
  for (const scheme of ['light', 'dark']) {
    test(`every view at ${width}x${height} in ${scheme}: screenshot, no sideways scroll, 24 px targets`, async () => {
      const page = await openPage(browser, server.url, { width, height, colorScheme: scheme });
      await ready(page);
      for (const view of ['facts', 'graph', 'timeline', 'quotes', 'article']) {
        await page.locator(`[data-testid=view-tab][data-view=${view}]`).click();
        await page.waitForTimeout(50);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${view}: ${overflow}px of sideways scrolling`);
        const small = await page.locator('fact-explorer').evaluate((host) =>
          [...host.shadowRoot.querySelectorAll('button, [role=tab], input, summary, [role=button]:not(mark):not(g)')]
            .filter((el) => el.getClientRects().length > 0 && !el.closest('.fx-sentence'))
            .map((el) => [el.dataset.testid || el.className?.baseVal || el.className || el.tagName, el.getBoundingClientRect()])
            .filter(([, r]) => r.width < 24 || r.height < 24)
            .map(([name, r]) => `${name} ${Math.round(r.width)}x${Math.round(r.height)}`));
        assert.deepEqual(small, [], `${view}: touch targets under 24x24 px`);
        await shot(page, `${view}-${width}-${scheme}`);
      }
      await page.locator('[data-testid=chip][data-entity=blackrock]').click();
      await shot(page, `panel-${width}-${scheme}`);
      await page.context().close();
    });
  }
}
