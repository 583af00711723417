// Browser benchmarks: builds the wasm benchmark module, serves the bench page
// on loopback, runs it in headless Chromium and prints the figures.
//
//   node tests/browser/bench/run.mjs [load] [search] [layout] [draft] [--sizes=1000,10000,100000]
//     [--nodes=100,1000,5000] [--words=1000,5000,10000,20000,50000] [--runs=3]
//
// --sizes: fact-set sizes for load and search; --nodes: graph sizes for
// layout; --words: text lengths for draft; --runs: runs per layout and
// draft figure (the median is printed). `./dev readme-check` runs it with
// the smallest of each and one run.
//
// Figures are printed, not asserted: timing on a shared machine is noisy.
// It finds cargo, wasm-bindgen and wasm-opt where `./dev setup` installs
// them (tools.mjs), so it runs from a plain shell.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../server.mjs';
import { HERE, ROOT } from '../browser.mjs';
import { tool } from '../tools.mjs';
import { gumNewsWords as words } from './gum-text.mjs';

const args = process.argv.slice(2);
const which = args.filter((a) => !a.startsWith('--'));
const wants = (name) => which.length === 0 || which.includes(name);
const list = (flag, fallback) => (args.find((a) => a.startsWith(`--${flag}=`))?.slice(flag.length + 3) ?? fallback).split(',').map(Number);
const RUNS = list('runs', '3')[0];
const unknown = which.filter((w) => !['load', 'search', 'layout', 'draft'].includes(w));
const badFlag = args.filter((a) => a.startsWith('--') && !/^--(sizes|nodes|words|runs)=\d+(,\d+)*$/.test(a));
if (unknown.length || badFlag.length || !(RUNS >= 1)) {
  console.error(`run.mjs: unknown ${[...unknown, ...badFlag].join(' ') || '--runs'}; ` +
    'usage: run.mjs [load] [search] [layout] [draft] [--sizes=N,…] [--nodes=N,…] [--words=N,…] [--runs=N]');
  process.exit(2);
}

const site = join(ROOT, 'target', 'bench-site');
rmSync(site, { recursive: true, force: true });
mkdirSync(join(site, 'vendor'), { recursive: true });
console.error('building the wasm benchmark module (release)…');
const sizes = list('sizes', '1000,10000,100000');
execFileSync(tool('cargo'), ['build', '--quiet', '--release', '--target', 'wasm32-unknown-unknown', '--bin', 'fx-bench'], { cwd: ROOT, stdio: 'inherit' });
// wasm-bindgen and wasm-opt -O3 only when cargo wrote a new module (target/
// bench-pkg keeps the last result and the module's size and time it came from).
const wasm = join(ROOT, 'target/wasm32-unknown-unknown/release/fx-bench.wasm');
const pkg = join(ROOT, 'target', 'bench-pkg');
const stamp = (() => { const s = statSync(wasm); return `${s.size} ${s.mtimeMs}`; })();
const stampFile = join(pkg, '.from');
if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
  rmSync(pkg, { recursive: true, force: true });
  execFileSync(tool('wasm-bindgen'), ['--target', 'web', '--no-typescript', '--out-dir', pkg, wasm], { stdio: 'inherit' });
  // The drafting worker's options (build/author.mjs), so the draft figures are the page's.
  execFileSync(tool('wasm-opt'), ['-O3', '--one-caller-inline-max-function-size', '5000', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
    '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue',
    join(pkg, 'fx-bench_bg.wasm'), '-o', join(pkg, 'fx-bench_bg.wasm')], { stdio: 'inherit' });
  writeFileSync(stampFile, stamp);
}
cpSync(pkg, join(site, 'pkg'), { recursive: true, filter: (f) => f !== stampFile });
// The drafting data, as the trunk hook makes it (build/author.mjs); only
// the draft benchmark fetches it.
if (wants('draft')) {
  execFileSync(tool('cargo'), ['run', '--quiet', '--', 'draft-data', join(site, 'draft-data.bin')], { cwd: ROOT, stdio: 'inherit' });
}
cpSync(join(HERE, 'bench', 'index.html'), join(site, 'index.html'));
cpSync(join(HERE, 'bench', 'bench.mjs'), join(site, 'bench.mjs'));
cpSync(join(HERE, 'node_modules/minisearch/dist/es/index.js'), join(site, 'vendor/minisearch.js'));
for (const m of ['d3-dispatch', 'd3-quadtree', 'd3-timer', 'd3-force']) {
  cpSync(join(HERE, `node_modules/${m}/dist/${m}.js`), join(site, `vendor/${m}.js`));
}

// compromise, the drafting peer, is installed by `./dev draft-eval`.
const compromise = join(ROOT, 'benches/draft/node_modules/compromise/builds/compromise.js');
if (existsSync(compromise)) cpSync(compromise, join(site, 'vendor/compromise.js'));

// Cross-origin isolation gives performance.now() microsecond resolution.
const server = await serve(site, {
  headers: { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' },
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--enable-precise-memory-info', '--js-flags=--expose-gc',
    // Marks this browser's processes, for the draft benchmark's CPU time.
    `--fx-bench=${process.pid}`],
});
const page = await browser.newPage();
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(server.url);
await page.waitForFunction(() => window.benchReady === true, null, { timeout: 60000 });

const f = (x) => x.toFixed(x < 1 ? 3 : 1);
const mb = (b) => (b / 1e6).toFixed(1);
const isolated = await page.evaluate(() => window.crossOriginIsolated);
console.log(`# Browser benchmarks (Chromium ${await browser.version()}, headless, this machine; high-resolution timers: ${isolated})`);

if (wants('load')) {
  console.log('\n## load + validate (wasm, in the page)');
  console.log('| facts | JSON MB | load ms | bundled article ms |');
  console.log('|---:|---:|---:|---:|');
  for (const n of sizes) {
    const r = await page.evaluate((n) => window.bench.load(n), n);
    console.log(`| ${n} | ${mb(r.bytes)} | ${f(r.load_ms)} | ${f(r.bundled_ms)} |`);
  }
}

if (wants('search')) {
  console.log('\n## search: ours (wasm) vs MiniSearch 7.2 on the same documents and typing session');
  console.log('| facts | docs | engine | build ms | keystroke p50 ms | keystroke p95 ms | index memory MB |');
  console.log('|---:|---:|---|---:|---:|---:|---:|');
  const ratios = [];
  for (const n of sizes) {
    const r = await page.evaluate((n) => window.bench.search(n), n);
    for (const [name, e] of [['ours', r.ours], ['MiniSearch', r.minisearch]]) {
      console.log(`| ${n} | ${r.docs} | ${name} | ${f(e.build_ms)} | ${f(e.p50_ms)} | ${f(e.p95_ms)} | ${mb(e.mem_bytes)} |`);
    }
    ratios.push(`${n} facts: MiniSearch/ours build ${f(r.minisearch.build_ms / r.ours.build_ms)}x, ` +
      `p95 ${f(r.minisearch.p95_ms / Math.max(r.ours.p95_ms, 0.001))}x, p50 ${f(r.minisearch.p50_ms / Math.max(r.ours.p50_ms, 0.001))}x ` +
      `(${r.keystrokes} keystrokes)`);
  }
  console.log('\nratios (above 1 means ours is faster):');
  for (const r of ratios) console.log(`- ${r}`);
}

if (wants('layout')) {
  console.log(`\n## graph layout: ours (wasm) vs d3-force 3.0 (link + many-body + centre + collide, default 300 ticks), median of ${RUNS}`);
  console.log('| nodes | edges | engine | ms | ticks | edge stress | overlapping pairs |');
  console.log('|---:|---:|---|---:|---:|---:|---:|');
  const ratios = [];
  for (const n of list('nodes', '100,1000,5000')) {
    // The median of RUNS runs each, to tame noise.
    const runs = [];
    for (let k = 0; k < RUNS; k++) runs.push(await page.evaluate((n) => window.bench.layout(n), n));
    const med = (f) => runs.map(f).sort((a, b) => a - b)[Math.floor(RUNS / 2)];
    const r = runs[0];
    for (const [name, key] of [['ours', 'ours'], ['d3-force', 'd3']]) {
      console.log(`| ${n} | ${r.edges} | ${name} | ${f(med((x) => x[key].ms))} | ${r[key].ticks} | ${r[key].stress.toFixed(3)} | ${r[key].overlaps} |`);
    }
    ratios.push(`${n} nodes: d3/ours time ${f(med((x) => x.d3.ms) / med((x) => x.ours.ms))}x; stress ours ${r.ours.stress.toFixed(3)} vs d3 ${r.d3.stress.toFixed(3)}; overlaps ours ${r.ours.overlaps} vs d3 ${r.d3.overlaps}`);
  }
  console.log('\nratios (above 1 means ours is faster):');
  for (const r of ratios) console.log(`- ${r}`);
}

if (wants('draft')) {
  const peer = existsSync(compromise) ? 'compromise 14 ms' : 'compromise (not installed: ./dev draft-eval)';
  // Wall time on a shared machine counts the time other programs had the
  // cores; so each draft is also timed in CPU time of the page's main
  // thread: Linux's schedstat (nanoseconds) of the main thread of this
  // browser's renderer processes (other sessions' browsers not counted;
  // none where /proc does not say).
  const cpuMs = () => {
    const children = new Map();
    let root = null;
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        children.set(ppid, [...(children.get(ppid) ?? []), Number(pid)]);
        if (root == null && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--fx-bench=${process.pid}\0`)) root = Number(pid);
      } catch { /* a process that ended meanwhile */ }
    }
    if (root == null) return null;
    let sum = 0, found = false;
    const todo = [root];
    while (todo.length) {
      const pid = todo.pop();
      todo.push(...(children.get(pid) ?? []));
      try {
        if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
        sum += Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
        found = true;
      } catch { /* a process that ended meanwhile */ }
    }
    return found ? sum : null;
  };
  // One draft of `text`: wall ms (in the page) and CPU ms (of the page's thread).
  const draftOnce = async (text) => {
    const c = cpuMs();
    const r = await page.evaluate((t) => window.bench.draftOnce(t), text);
    const d = cpuMs();
    return { ...r, cpu_ms: c == null || d == null ? null : d - c };
  };
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  // The page's first calls run V8's baseline code, and V8 optimises the
  // hot functions as they go; the authoring page's worker drafts again and
  // again (each text, each edit), so the table is of drafts after these,
  // the first calls' times printed apart.
  const WARM = 20;
  const warm = [];
  for (let k = 0; k < WARM; k++) warm.push(await draftOnce(words(1000)));
  console.log(`\n## drafting: the page's first ${WARM} drafts of 1,000 words (ms each, wall / CPU of the page's thread)`);
  console.log(warm.map((r) => `${f(r.ms)}/${r.cpu_ms == null ? '?' : f(r.cpu_ms)}`).join(', '));
  console.log(`\n## drafting: ours (wasm) vs compromise 14 (people, organisations, places only) on GUM news text, after the ${WARM} drafts above, median of ${RUNS}`);
  console.log(`| words | ours ms | ours ms per 1,000 words | ours CPU ms | CPU ms per 1,000 words | entities drafted | ${peer} |`);
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const n of list('words', '1000,5000,10000,20000,50000')) {
    const text = words(n);
    const runs = [];
    for (let k = 0; k < RUNS; k++) runs.push(await draftOnce(text));
    const ms = median(runs.map((r) => r.ms));
    const cpu = runs[0].cpu_ms == null ? null : median(runs.map((r) => r.cpu_ms));
    const r = await page.evaluate(([t, runs]) => window.bench.compromise(t, runs), [text, RUNS]);
    const c = (x) => (x == null ? '' : f(x));
    console.log(`| ${n} | ${f(ms)} | ${f(ms / (n / 1000))} | ${c(cpu)} | ${c(cpu == null ? null : cpu / (n / 1000))} | ${runs[0].entities} | ${c(r.compromise_ms)} |`);
  }
}

await browser.close();
await server.close();
