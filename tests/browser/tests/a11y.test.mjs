// Accessibility: axe-core finds no violations on any view, the entity panel,
// the error panel or the embedding host page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../server.mjs';
import { launch, openPage, ready, HERE, DIST } from '../browser.mjs';

const AXE = readFileSync(join(HERE, 'node_modules/axe-core/axe.min.js'), 'utf8');
const indexHtml = readFileSync(join(DIST, 'index.html'), 'utf8');
let server, browser;
before(async () => {
  server = await serve(DIST, { routes: {
    '/invalid.html': { type: 'text/html', body: indexHtml.replace(/<fact-explorer>[\s\S]*?<\/fact-explorer>/, '<fact-explorer><script type="application/json">{"schema": 1}</script></fact-explorer>') },
  } });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

/** Runs axe on the page; returns readable lines, one per violating node. */
async function axe(page) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}`));
}

for (const scheme of ['light', 'dark']) {
  test(`no axe violations in any view (${scheme})`, async () => {
    const page = await openPage(browser, server.url, { colorScheme: scheme });
    await ready(page);
    const found = [];
    for (const view of ['facts', 'graph', 'timeline', 'quotes', 'article']) {
      await page.locator(`[data-testid=view-tab][data-view=${view}]`).click();
      found.push(...(await axe(page)).map((v) => `[${view}] ${v}`));
    }
    await page.locator('[data-testid=chip][data-entity=blackrock]').click();
    await page.locator('[data-testid=search-input]').fill('Fink');
    found.push(...(await axe(page)).map((v) => `[panel+search] ${v}`));
    assert.deepEqual(found, []);
    await page.context().close();
  });
}

test('no axe violations on the error panel and the host page', async () => {
  const bad = await openPage(browser, server.url + 'invalid.html');
  await bad.locator('[data-testid=load-error]').waitFor();
  assert.deepEqual(await axe(bad), []);
  await bad.context().close();
  const host = await openPage(browser, server.url + 'host.html');
  await host.locator('fact-explorer#main [data-testid=app][data-state=ready]').waitFor();
  const found = (await axe(host)).filter((v) => /fact-explorer/.test(v));
  assert.deepEqual(found, [], 'violations inside the explorers on the host page');
  await host.context().close();
});

/** Elements in the explorer's shadow root that would move: transitions,
 *  animations or smooth scrolling, as "tag.class: what". */
async function moving(page) {
  return page.evaluate(() => {
    const root = document.querySelector('fact-explorer').shadowRoot;
    const out = [];
    for (const el of root.querySelectorAll('*')) {
      const s = getComputedStyle(el);
      const secs = (v) => v.split(',').some((t) => parseFloat(t) > 0);
      const what = [
        secs(s.transitionDuration) && `transition ${s.transitionProperty} ${s.transitionDuration}`,
        s.animationName !== 'none' && `animation ${s.animationName}`,
        s.scrollBehavior === 'smooth' && 'smooth scrolling',
      ].filter(Boolean);
      if (what.length) out.push(`${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className}: ${what.join(', ')}`);
    }
    return out;
  });
}

test('nothing moves under prefers-reduced-motion, even motion added later', async () => {
  const page = await openPage(browser, server.url);
  await ready(page);
  // Motion a future stylesheet might add; the explorer's own rule must stop it.
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = '.fx-chip { transition: background 200ms; } .fx-panel { animation: fx-test 1s infinite; scroll-behavior: smooth; } @keyframes fx-test { to { opacity: .5 } }';
    document.querySelector('fact-explorer').shadowRoot.append(style);
  });
  assert.ok((await moving(page)).length > 0, 'the added motion shows without the preference');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const view of ['facts', 'graph', 'timeline', 'quotes', 'article']) {
    await page.locator(`[data-testid=view-tab][data-view=${view}]`).click();
    assert.deepEqual(await moving(page), [], `motion in the ${view} view`);
  }
  await page.context().close();
});
