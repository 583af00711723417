// The archive against Pagefind on the same articles (issue 29): synthetic
// archives of N articles (`fact-explorer archive synth`), built by
// `fact-explorer archive build` (ours) and rendered to HTML pages indexed by
// Pagefind 1.6 (theirs), then both searched in headless Chromium over the
// committed queries (queries.txt), cold (fresh cache) and warm (the same
// browser after a reload), bytes counted at the server (Pagefind fetches
// from a worker). Prints one table per size.
//
//   node benches/archive/archive-vs-pagefind.mjs --sizes 1000,10000,100000
//
// Needs `./dev build` first (it serves dist/archive.html and the archive's
// wasm beside each synthetic site). Works in target/archive-bench/N (the
// synthetic articles are kept between runs; the sites are built anew).
// Pagefind is installed into benches/archive/node_modules on first use.
// Not part of ./dev test: a large size takes minutes.
import { execFileSync, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import {
  cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const DIST = process.env.FX_DIST ?? join(ROOT, 'dist');
const { chromium } = await import(join(ROOT, 'tests/browser/node_modules/playwright-core/index.mjs'));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : fallback;
};
const SIZES = arg('sizes', '1000,10000').split(',').map(Number).filter((n) => n > 0);
const WORK = resolve(arg('work', join(ROOT, 'target/archive-bench')));
const QUERIES = readFileSync(arg('queries', join(HERE, 'queries.txt')), 'utf8')
  .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const SESSION = 5;

const say = (m) => process.stderr.write(`[bench] ${m}\n`);
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], ...opts });

// ---- tools ---------------------------------------------------------------
for (const f of ['archive.html', 'archive.js', 'archive.css', 'fx-archive.js', 'fx-archive_bg.wasm']) {
  if (!existsSync(join(DIST, f))) {
    console.error(`${join(DIST, f)} is missing: run ./dev build first`);
    process.exit(2);
  }
}
const FX = process.env.FX ?? join(ROOT, 'target/host/fact-explorer');
if (!process.env.FX) {
  say('building fact-explorer (host profile)');
  run('cargo', ['build', '--quiet', '--profile', 'host', '--bin', 'fact-explorer']);
}
const PAGEFIND = join(HERE, 'node_modules/@pagefind/linux-x64/bin/pagefind_extended');
if (!existsSync(PAGEFIND)) {
  say('installing Pagefind into benches/archive/node_modules (once)');
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: HERE });
}

/** Runs a command under /usr/bin/time -v: wall and CPU seconds, peak RSS in MB. */
function timed(cmd, args) {
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    throw new Error(`${cmd} failed (${r.status})`);
  }
  const field = (name) => r.stderr.match(new RegExp(`${name}: (.*)`))?.[1]?.trim() ?? '';
  const clock = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').map(Number);
  const wall = clock.reduce((acc, x) => acc * 60 + x, 0);
  const cpu = Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)'));
  return { wall, cpu, rssMB: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024, out: r.stdout };
}

/** Files and bytes under `dir` (all of it, recursively). */
function sizeOf(dir) {
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else { files += 1; bytes += statSync(p).size; }
    }
  };
  walk(dir);
  return { files, bytes };
}

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Renders each NAME.facts.json of `src` to `out/a/NAME.html`: the article's
 *  title, date and text, its entities and facts, what Pagefind indexes. */
function renderPages(src, out) {
  mkdirSync(join(out, 'a'), { recursive: true });
  let n = 0;
  for (const f of readdirSync(src)) {
    if (!f.endsWith('.facts.json')) continue;
    const id = f.slice(0, -'.facts.json'.length);
    const set = JSON.parse(readFileSync(join(src, f), 'utf8'));
    const a = set.article;
    const names = new Map(set.entities.map((e) => [e.id, e.name]));
    const paras = a.text.split('\n').filter(Boolean).map((p) => `<p>${esc(p)}</p>`).join('\n');
    const ents = set.entities.map((e) => `<li>${esc(e.name)} (${esc(e.kind)}${e.description ? `, ${esc(e.description)}` : ''})</li>`).join('');
    const facts = (set.facts ?? []).map((x) => `<li>${esc(names.get(x.subject) ?? x.subject)} ${esc(x.relation)} ${esc(names.get(x.object?.entity) ?? '')}</li>`).join('');
    writeFileSync(join(out, 'a', `${id}.html`), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(a.title)}</title></head>
<body><main data-pagefind-body>
<h1>${esc(a.title)}</h1>
${a.date ? `<p data-pagefind-filter="date">${esc(a.date)}</p>` : ''}
${paras}
<h2>Entities</h2><ul>${ents}</ul>
<h2>Facts</h2><ul>${facts}</ul>
</main></body></html>
`);
    n += 1;
  }
  return n;
}

// The Pagefind search page: its JS API (what its default UI calls), the
// first five results' data loaded as that UI loads a first page of results.
const PAGEFIND_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind</title></head>
<body data-state="loading">
<input id="q" aria-label="Search"><ol id="results"></ol>
<script type="module">
const pagefind = await import('./pagefind/pagefind.js');
await pagefind.init();
const q = document.getElementById('q');
const list = document.getElementById('results');
let seq = 0;
q.addEventListener('input', async () => {
  const my = ++seq;
  const query = q.value;
  const search = await pagefind.search(query);
  if (my !== seq) return;
  list.replaceChildren();
  const shown = search.results.slice(0, 5);
  if (!shown.length) { document.body.dataset.first = query; document.body.dataset.done = query; return; }
  for (const [i, r] of shown.entries()) {
    const data = await r.data();
    if (my !== seq) return;
    const li = document.createElement('li');
    li.textContent = data.meta.title + ' — ' + data.excerpt.replace(/<[^>]*>/g, '');
    list.append(li);
    if (i === 0) document.body.dataset.first = query;
  }
  document.body.dataset.done = query;
});
document.body.dataset.state = 'empty';
</script>
</body></html>
`;

// ---- the server: counts bytes sent per request, compresses as a static
// host would (brotli for text and wasm; Pagefind's own files are gzipped
// by Pagefind already and go as they are), lets the browser cache.
const COMPRESS = new Set(['.html', '.js', '.css', '.json', '.wasm', '.svg']);
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
};
function serve(root) {
  const base = resolve(root);
  const compressed = new Map();
  const s = { log: [], inflight: 0, lastDone: 0 };
  const server = createServer(async (req, res) => {
    s.inflight += 1;
    let sent = 0;
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    try {
      const file = normalize(join(base, path));
      if (!file.startsWith(base)) throw new Error('outside');
      let body = await readFile(file);
      const ext = extname(file);
      const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' };
      if (COMPRESS.has(ext) && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!compressed.has(file)) {
          compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }));
        }
        body = compressed.get(file);
        headers['content-encoding'] = 'br';
      }
      res.writeHead(200, headers);
      res.end(body);
      sent = body.length;
    } catch {
      res.writeHead(404);
      res.end();
    }
    s.log.push({ path, bytes: sent });
    s.inflight -= 1;
    s.lastDone = performance.now();
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
    s.url = `http://127.0.0.1:${server.address().port}/`;
    s.close = () => new Promise((done) => { server.closeAllConnections(); server.close(done); });
    ok(s);
  }));
}

/** Waits until the server has had no request in flight for 300 ms. */
async function idle(s) {
  for (;;) {
    await new Promise((r) => setTimeout(r, 50));
    if (s.inflight === 0 && performance.now() - s.lastDone > 300) return;
  }
}

const isCode = (p) => p.endsWith('.wasm') || p.endsWith('.js') || p.endsWith('.pagefind');
const sum = (log, code) => log.filter((e) => code === undefined || isCode(e.path) === code).reduce((a, e) => a + e.bytes, 0);

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** In the page: sets the query as one input event and resolves with the
 *  milliseconds until `first(q)` holds (the first result of q is shown). */
const TYPE_AND_WAIT = ({ selector, q, engine }) => new Promise((done) => {
  const input = document.querySelector(selector);
  const first = engine === 'ours'
    ? () => {
      const root = document.querySelector('[data-testid=archive]');
      // `partial`: the entities are shown while the passages' chunks are
      // still on their way; a first result row counts then, "nothing
      // found" only once every chunk is in (`ready`).
      const state = root?.dataset.query === q ? root.dataset.state : '';
      return ((state === 'ready' || state === 'partial') && document.querySelector('[data-testid=archive-result]'))
        || (state === 'ready' && document.querySelector('.archive-none'));
    }
    : () => document.body.dataset.first === q;
  const t0 = performance.now();
  const check = () => {
    if (first()) { obs.disconnect(); done(performance.now() - t0); return true; }
    return false;
  };
  const obs = new MutationObserver(check);
  obs.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  input.value = q;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  check();
});

/** In the page: whether query `q` has been searched in full and shown
 *  (ours: every chunk in and searched, and the passages' lines in;
 *  Pagefind: its first five results' fragments loaded). */
const SETTLED = ({ q, engine }) => {
  if (engine !== 'ours') return document.body.dataset.done === q;
  const root = document.querySelector('[data-testid=archive]');
  return root?.dataset.query === q && root.dataset.state === 'ready'
    && [...root.querySelectorAll('.archive-line')].every((a) => a.textContent !== '…');
};

/** One engine's cold and warm passes over the queries. A first pass in a
 *  browser profile of its own primes the server (each file it sends is
 *  compressed once, as a static host or CDN keeps files compressed) and is
 *  not counted; the cold pass then runs in a fresh profile (empty cache),
 *  the warm pass in the same profile after a reload. */
async function measure(engine, root, pagePath) {
  const s = await serve(root);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS, headless: true });
  const errors = [];
  const selector = engine === 'ours' ? '[data-testid=archive-search]' : '#q';
  const ready = engine === 'ours' ? '[data-testid=archive][data-state=ready][data-query=""]' : 'body[data-state=empty]';
  let page;
  const fresh = async () => {
    await page?.context().close();
    page = await (await browser.newContext()).newPage();
    page.on('pageerror', (e) => errors.push(e.message));
  };
  const pass = async () => {
    s.log.length = 0;
    await page.goto(`${s.url}${pagePath}`);
    await page.waitForSelector(ready, { timeout: 120000 });
    const out = { times: [], first: null, session: null };
    for (const [i, q] of QUERIES.entries()) {
      out.times.push(await page.evaluate(TYPE_AND_WAIT, { selector, q, engine }));
      // Each query starts on a settled page (its predecessor's work done),
      // in both passes: a warm cache makes no requests, so the server's
      // idleness alone does not say the page has finished.
      await page.waitForFunction(SETTLED, { q, engine }, { timeout: 120000 });
      await idle(s);
      if (i === 0) out.first = { all: sum(s.log), data: sum(s.log, false) };
      if (i === SESSION - 1) {
        out.session = { all: sum(s.log), data: sum(s.log, false) };
        if (process.env.BENCH_VERBOSE) {
          const by = {};
          for (const e of s.log) {
            const part = e.path.split('/').slice(0, -1).join('/') || e.path;
            by[part] = by[part] ?? [0, 0];
            by[part][0] += 1;
            by[part][1] += e.bytes;
          }
          say(`${engine} session by folder (requests, bytes): ${JSON.stringify(by)}`);
        }
      }
    }
    return out;
  };
  await fresh();
  await pass();
  await fresh();
  const cold = await pass();
  const warm = await pass();
  await browser.close();
  await s.close();
  if (errors.length) say(`${engine}: page errors: ${errors.join('; ')}`);
  return { cold, warm };
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b) => `${(b / 1048576).toFixed(1)} MB`;
const ms = (x) => `${x.toFixed(0)} ms`;

for (const n of SIZES) {
  const dir = join(WORK, String(n));
  const src = join(dir, 'articles');
  if (!existsSync(join(dir, 'articles.done'))) {
    say(`${n}: writing the synthetic articles`);
    rmSync(src, { recursive: true, force: true });
    run(FX, ['archive', 'synth', String(n), '--out', src], { stdio: ['ignore', 'ignore', 'inherit'] });
    writeFileSync(join(dir, 'articles.done'), '');
  }
  // Ours: the index build, from nothing.
  const ours = join(dir, 'ours');
  rmSync(ours, { recursive: true, force: true });
  mkdirSync(ours, { recursive: true });
  say(`${n}: archive build`);
  const ob = timed(FX, ['archive', 'build', src, '--out', join(ours, 'archive')]);
  for (const f of ['archive.html', 'archive.js', 'archive.css', 'fx-archive.js', 'fx-archive_bg.wasm', 'favicon.svg', 'snippets']) {
    if (existsSync(join(DIST, f))) cpSync(join(DIST, f), join(ours, f), { recursive: true });
  }
  // What the search reads (manifest, chunks, lines), as Pagefind's folder
  // is what its search reads; and the whole site (entity pages' data, the
  // records the next build reuses, the full lists).
  const site = join(ours, 'archive');
  const parts = [sizeOf(join(site, 'index')), sizeOf(join(site, 'lines'))];
  const os = {
    files: parts[0].files + parts[1].files + 1,
    bytes: parts[0].bytes + parts[1].bytes + statSync(join(site, 'manifest.json')).size,
  };
  const whole = sizeOf(site);
  // Pagefind: the pages rendered, then indexed.
  const pf = join(dir, 'pagefind');
  rmSync(pf, { recursive: true, force: true });
  say(`${n}: rendering ${n} HTML pages`);
  let t = performance.now();
  renderPages(src, pf);
  const render = (performance.now() - t) / 1000;
  say(`${n}: pagefind --site`);
  const pb = timed(PAGEFIND, ['--site', pf, '--output-subdir', 'pagefind']);
  writeFileSync(join(pf, 'search.html'), PAGEFIND_PAGE);
  const ps = sizeOf(join(pf, 'pagefind'));
  say(`${n}: Chromium, ours`);
  const om = await measure('ours', ours, 'archive.html');
  say(`${n}: Chromium, Pagefind`);
  const pm = await measure('pagefind', pf, 'search.html');

  const rows = [
    ['index build: wall / CPU', `${ob.wall.toFixed(1)} s / ${ob.cpu.toFixed(1)} s`, `${pb.wall.toFixed(1)} s / ${pb.cpu.toFixed(1)} s`],
    ['index build: peak memory', `${ob.rssMB.toFixed(0)} MB`, `${pb.rssMB.toFixed(0)} MB`],
    ['pages rendered (not in the build above)', 'none (entity pages are data in the build)', `${render.toFixed(1)} s (this script, HTML for Pagefind)`],
    ['search index on disk: files / bytes', `${os.files} / ${mb(os.bytes)}`, `${ps.files} / ${mb(ps.bytes)}`],
    ['whole site built: files / bytes', `${whole.files} / ${mb(whole.bytes)}`, `${ps.files} / ${mb(ps.bytes)} (+ the ${n} pages)`],
    ['first query: bytes with code / without', `${kb(om.cold.first.all)} / ${kb(om.cold.first.data)}`, `${kb(pm.cold.first.all)} / ${kb(pm.cold.first.data)}`],
    [`session of ${SESSION} queries: with code / without`, `${kb(om.cold.session.all)} / ${kb(om.cold.session.data)}`, `${kb(pm.cold.session.all)} / ${kb(pm.cold.session.data)}`],
    [`same session, warm cache: with code / without`, `${kb(om.warm.session.all)} / ${kb(om.warm.session.data)}`, `${kb(pm.warm.session.all)} / ${kb(pm.warm.session.data)}`],
    [`keystroke to first result, cold: p50 / p95 (${QUERIES.length} queries)`, `${ms(pct(om.cold.times, 50))} / ${ms(pct(om.cold.times, 95))}`, `${ms(pct(pm.cold.times, 50))} / ${ms(pct(pm.cold.times, 95))}`],
    ['keystroke to first result, warm: p50 / p95', `${ms(pct(om.warm.times, 50))} / ${ms(pct(om.warm.times, 95))}`, `${ms(pct(pm.warm.times, 50))} / ${ms(pct(pm.warm.times, 95))}`],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length), 4);
  console.log(`\n${n.toLocaleString('en')} articles (bytes as sent, brotli; code = wasm and JS)`);
  console.log(`| ${'measure'.padEnd(w0)} | ${'ours'.padEnd(w1)} | Pagefind 1.6 |`);
  console.log(`|${'-'.repeat(w0 + 2)}|${'-'.repeat(w1 + 2)}|---|`);
  for (const [a, b, c] of rows) console.log(`| ${a.padEnd(w0)} | ${b.padEnd(w1)} | ${c} |`);
}
