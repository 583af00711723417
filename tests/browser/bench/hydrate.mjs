// The explorer page's start under a 4× slower CPU (Chromium's own CPU
// throttling, as Lighthouse's mobile preset assumes), on the built dist/
// (`./dev build` first), at a phone's size:
//
//   node tests/browser/bench/hydrate.mjs [runs] [DIST]
//
// For each run: the first contentful paint, when the wasm was fetched, every
// main-thread task of 50 ms or more (start:duration, ms; the long-task API),
// and the hydration from its start to its last slice (the embed module's
// `fx-hydrate` measure). Figures are printed, not asserted. Another build's
// folder can be given as DIST to compare (a build without the measure
// prints only the tasks).
import { readFileSync } from 'node:fs';
import { serve } from '../server.mjs';
import { launch, DIST } from '../browser.mjs';

const runs = Number(process.argv[2] ?? 5);
const dist = process.argv[3] ?? DIST;
const server = await serve(dist);
const browser = await launch();
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`# Explorer start at 412 × 823 px, CPU 4× slower (Chromium ${browser.version()}, headless; ${dist})`);
console.log('| run | load average | FCP, ms | wasm fetched, ms | tasks ≥ 50 ms (start:duration) | longest task after FCP, ms | hydration, ms |');
console.log('|---:|---|---:|---|---|---:|---:|');
for (let i = 1; i <= runs; i++) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.fxLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.fxLongTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const loadAverage = load();
  await page.goto(server.url);
  await page.waitForSelector('[data-testid=app][data-state=ready]', { timeout: 60000 });
  // Long tasks are reported a moment after they end.
  await page.waitForTimeout(1000);
  const r = await page.evaluate(() => ({
    tasks: window.fxLongTasks,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    hydrate: performance.getEntriesByName('fx-hydrate')[0]?.duration,
    wasm: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm'))
      .map((e) => `${Math.round(e.startTime)}–${Math.round(e.responseEnd)}`).join(' '),
  }));
  const after = r.tasks.filter(([s]) => s >= r.fcp).map(([, d]) => d);
  console.log(`| ${i} | ${loadAverage} | ${Math.round(r.fcp)} | ${r.wasm} | ${r.tasks.map(([s, d]) => `${s}:${d}`).join(' ')} | ${after.length ? Math.max(...after) : 0} | ${r.hydrate === undefined ? '–' : Math.round(r.hydrate)} |`);
  await context.close();
}
await browser.close();
await server.close();
