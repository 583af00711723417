// The authoring page with long texts, in headless Chromium, on the built
// dist/ (run `./dev build` or `trunk build --release --offline` first):
//
//   node tests/browser/bench/author.mjs [--words=1000,5000,20000]
//
// For each length of GUM news text: the time from "Draft it" to the draft
// shown (drafting in the worker, then the first render of the article and the
// lists), one edit (an entity's kind) until the page shows it, one keyboard
// word-cursor step, one keystroke in the entity filter, and the frame times
// while the article scrolls. Figures are printed, not asserted.
import { serve } from '../server.mjs';
import { launch, DIST } from '../browser.mjs';
import { gumNewsWords as words } from './gum-text.mjs';

const args = process.argv.slice(2);
const lengths = (args.find((a) => a.startsWith('--words='))?.slice(8) ?? '1000,5000,20000').split(',').map(Number);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f = (x) => x.toFixed(1);

const server = await serve(DIST);
const browser = await launch();
console.log(`# Authoring page with long texts (Chromium ${browser.version()}, headless, this machine; dist/ as built)`);
console.log('| words | entities | mentions | draft shown, ms | longest main-thread task while drafting / rendering, ms | edit shown, ms | word cursor step, ms | filter keystroke, ms | scroll frame median / max, ms |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const n of lengths) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  await page.goto(`${server.url}author.html`);
  await page.waitForSelector('[data-testid=author][data-state=empty]');
  // The worker's data is fetched once the page is up: wait for it, so the
  // figure is the drafting and the render, not the download.
  await page.waitForTimeout(1500);
  await page.fill('[data-testid=author-text]', words(n));

  // Click to the draft on screen: the page is ready, then one frame painted.
  // Long tasks (50 ms or more) on the page's main thread while the worker
  // drafts (before the result arrives), and the whole time to the render.
  const { shown, blocked, render } = await page.evaluate(() => new Promise((done) => {
    const root = document.querySelector('[data-testid=author]');
    const tasks = [];
    new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({ type: 'longtask' });
    let t0 = 0;
    new MutationObserver((_, obs) => {
      if (root.dataset.state !== 'ready') return;
      obs.disconnect();
      const tReady = performance.now();
      requestAnimationFrame(() => setTimeout(() => {
        // The task that renders the result starts when the worker answers:
        // what starts before it is the page blocked while drafting.
        const during = tasks.filter((t) => t.startTime >= t0 && t.startTime + t.duration < tReady - 1);
        const after = tasks.filter((t) => t.startTime + t.duration >= tReady - 1);
        done({ shown: performance.now() - t0, blocked: Math.max(0, ...during.map((t) => t.duration)),
          render: Math.max(0, ...after.map((t) => t.duration)) });
      }));
    }).observe(root, { attributes: true });
    t0 = performance.now();
    document.querySelector('[data-testid=author-start]').click();
  }));
  const entities = await page.locator('[data-testid=author-entity]').count();
  const mentions = await page.locator('[data-testid=author-mention]').count();

  // One edit: the last entity's kind, until the list and the article show it.
  const edits = [];
  for (const kind of ['event', 'organisation', 'event']) {
    edits.push(await page.evaluate((kind) => new Promise((done) => {
      const rows = document.querySelectorAll('[data-testid=author-entity]');
      const row = rows[rows.length - 1];
      const id = row.dataset.entity;
      const select = row.querySelector('[data-testid=author-entity-kind]');
      const t0 = performance.now();
      select.value = kind;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const check = () => {
        const now = document.querySelector(`[data-testid=author-entity][data-entity="${id}"]`);
        if (now?.dataset.kind === kind) requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0)));
        else setTimeout(check, 0);
      };
      check();
    }), kind));
  }

  // Keyboard word cursor: Shift+→ five times, each until the bar shows it.
  await page.locator('[data-testid=author-article]').focus();
  await page.keyboard.press('ArrowRight');
  const steps = [];
  for (let i = 0; i < 5; i++) {
    const before = await page.locator('.sel-words').textContent();
    const t0 = await page.evaluate(() => performance.now());
    await page.keyboard.press('Shift+ArrowRight');
    await page.waitForFunction((b) => document.querySelector('.sel-words')?.textContent !== b, before);
    steps.push(await page.evaluate((t0) => new Promise((done) => requestAnimationFrame(() => done(performance.now() - t0))), t0));
  }

  // The entity filter: one keystroke until the list is filtered.
  const keys = [];
  for (const q of ['s', 'sw', 'swe', '']) {
    keys.push(await page.evaluate((q) => new Promise((done) => {
      const input = document.querySelector('[data-testid=author-entity-filter]');
      const t0 = performance.now();
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0)));
    }), q));
  }

  // Scrolling the article: frame-to-frame times over 60 frames.
  const frames = await page.evaluate(() => new Promise((done) => {
    const el = document.querySelector('[data-testid=author-article]');
    const out = [];
    let last = performance.now();
    let k = 0;
    const step = () => {
      const now = performance.now();
      out.push(now - last);
      last = now;
      el.scrollTop += 120;
      if (++k < 60) requestAnimationFrame(step); else done(out.slice(1));
    };
    requestAnimationFrame(step);
  }));
  console.log(`| ${n} | ${entities} | ${mentions} | ${f(shown)} | ${f(blocked)} / ${f(render)} | ${f(median(edits))} | ${f(median(steps))} | ${f(median(keys))} | ${f(median(frames))} / ${f(Math.max(...frames))} |`);
  await context.close();
}
await browser.close();
await server.close();
