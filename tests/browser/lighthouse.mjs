// Lighthouse on the release build served on loopback (compressed, as a real
// host would), mobile and desktop presets. Prints the category scores and
// FCP, LCP, TBT and CLS; exits 1 below the thresholds.
//
//   node tests/browser/lighthouse.mjs
//
// Not yet part of `./dev test`: see issue 9 (the size budget comes first).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { DIST, HERE } from './browser.mjs';

const THRESHOLDS = { performance: 95, accessibility: 100, 'best-practices': 100 };
const FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

const server = await serve(DIST);
const out = mkdtempSync(join(tmpdir(), 'fx-lh-'));
let failed = false;
console.log('| preset | performance | accessibility | best practices | FCP | LCP | TBT | CLS |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const preset of ['mobile', 'desktop']) {
  const report = join(out, `${preset}.json`);
  const args = [server.url, '--quiet', '--output=json', `--output-path=${report}`, `--chrome-flags=${FLAGS}`];
  if (preset === 'desktop') args.push('--preset=desktop');
  // Asynchronously: the static server runs in this process and must answer.
  await promisify(execFile)(join(HERE, 'node_modules/.bin/lighthouse'), args, {
    env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const score = (c) => Math.round(r.categories[c].score * 100);
  const v = (id) => r.audits[id].displayValue;
  console.log(`| ${preset} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ` +
    `${v('first-contentful-paint')} | ${v('largest-contentful-paint')} | ${v('total-blocking-time')} | ${v('cumulative-layout-shift')} |`);
  for (const [cat, min] of Object.entries(THRESHOLDS)) {
    if (score(cat) < min) {
      failed = true;
      console.error(`${preset}: ${cat} ${score(cat)} is below ${min}`);
    }
  }
}
await server.close();
process.exit(failed ? 1 : 0);
