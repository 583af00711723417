// Prints every file in dist/ with raw, gzip -9 and brotli -q 11 sizes, the
// largest functions in the wasm (twiggy), and fails when what the explorer
// page downloads before it is ready exceeds the budget. Other files in dist/
// (example host pages, sample data) are listed apart and not counted.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { DIST, ROOT } from './browser.mjs';
import { tool } from './tools.mjs';

import { BUDGET_BROTLI_BYTES, FIRST_LOAD, FIRST_VIEW } from './budget.mjs';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const rows = files(DIST).sort().map((path) => {
  const raw = readFileSync(path);
  const gz = gzipSync(raw, { level: 9 }).length;
  const br = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  }).length;
  return { file: relative(DIST, path), raw: raw.length, gz, br };
});
const sum = (list) => list.reduce((t, r) => ({ raw: t.raw + r.raw, gz: t.gz + r.gz, br: t.br + r.br }), { raw: 0, gz: 0, br: 0 });
const first = rows.filter((r) => FIRST_LOAD.includes(r.file));
// The authoring page (author.html, its own wasm and the drafting data it
// fetches after it is up): reported apart, never part of the explorer's load.
const isAuthor = (f) => /^(author|fx-author|fx-draft-worker|draft-data)|^snippets\/(?!.*\/fx-archive\/)/.test(f);
// What the drafting worker fetches once the page is up: the engine and its data.
const isDrafting = (f) => f === 'draft-data.bin' || f.startsWith('fx-draft-worker');
const authorPage = rows.filter((r) => isAuthor(r.file));
// The archive's search page (archive.html, its own wasm; <fact-archive>, fact-archive.js, shares it) and the demo
// archive it searches (archive/, fetched a few chunks at a time).
const isArchivePage = (f) => /^(archive\.(html|js|css)|fact-archive\.js|fx-archive)|^snippets\/.*\/fx-archive\//.test(f);
const isArchiveData = (f) => f.startsWith('archive/');
const archivePage = rows.filter((r) => isArchivePage(r.file));
const archiveData = rows.filter((r) => isArchiveData(r.file));
const other = rows.filter((r) => !FIRST_LOAD.includes(r.file) && !isAuthor(r.file) && !isArchivePage(r.file) && !isArchiveData(r.file));
const missing = FIRST_LOAD.filter((f) => !rows.some((r) => r.file === f));

const w = Math.max(24, ...rows.filter((r) => !isArchiveData(r.file)).map((r) => r.file.length));
const line = (f, a, b, c) => `${f.padEnd(w)}  ${String(a).padStart(9)}  ${String(b).padStart(9)}  ${String(c).padStart(9)}`;
console.log('size report (bytes)');
console.log(line('first load (budgeted)', 'raw', 'gzip -9', 'brotli 11'));
for (const r of first) console.log(line(r.file, r.raw, r.gz, r.br));
const total = sum(first);
console.log(line('total first load', total.raw, total.gz, total.br));
const view = sum(rows.filter((r) => FIRST_VIEW.includes(r.file)));
console.log(line('  of which the first view', view.raw, view.gz, view.br));
console.log('');
console.log(line('authoring page (author.html)', 'raw', 'gzip -9', 'brotli 11'));
for (const r of authorPage) console.log(line(r.file, r.raw, r.gz, r.br));
const authorData = sum(authorPage.filter((r) => isDrafting(r.file)));
const authorLoad = sum(authorPage.filter((r) => !isDrafting(r.file)));
console.log(line('  page (before it is interactive)', authorLoad.raw, authorLoad.gz, authorLoad.br));
console.log(line('  + drafting engine and data (fetched after)', authorData.raw, authorData.gz, authorData.br));
console.log('');
console.log(line('archive search page (archive.html)', 'raw', 'gzip -9', 'brotli 11'));
for (const r of archivePage) console.log(line(r.file, r.raw, r.gz, r.br));
const archivePageSum = sum(archivePage);
console.log(line('  page', archivePageSum.raw, archivePageSum.gz, archivePageSum.br));
const archiveDataSum = sum(archiveData);
console.log(line(`  demo archive (archive/, ${archiveData.length} files)`, archiveDataSum.raw, archiveDataSum.gz, archiveDataSum.br));
console.log('');
console.log(line('other files (not budgeted)', 'raw', 'gzip -9', 'brotli 11'));
for (const r of other) console.log(line(r.file, r.raw, r.gz, r.br));
const rest = sum(other);
console.log(line('total other', rest.raw, rest.gz, rest.br));

// The largest functions, from the wasm rustc wrote (it still has its names;
// dist/'s is stripped and optimised, so these are pre-wasm-opt sizes).
const named = join(ROOT, 'target', 'wasm32-unknown-unknown', 'release', 'fact-explorer.wasm');
if (existsSync(named)) {
  try {
    const top = execFileSync(tool('twiggy'), ['top', '-n', '25', named], { encoding: 'utf8' });
    console.log('\nlargest items in the wasm before wasm-opt (twiggy top -n 25):');
    console.log(top.split('\n').filter((l) => !/custom section|function names|Σ/.test(l)).join('\n'));
  } catch (e) {
    console.log(`\n(twiggy is not available: ${e.message.split('\n')[0]}; ./dev setup installs it)`);
  }
}

console.log(`budget: ${total.br} of ${BUDGET_BROTLI_BYTES} brotli bytes (${(100 * total.br / BUDGET_BROTLI_BYTES).toFixed(1)}%)`);
if (missing.length) {
  console.error(`the first load is missing from dist/: ${missing.join(', ')}`);
  process.exit(1);
}
if (total.br > BUDGET_BROTLI_BYTES) {
  console.error(`size budget exceeded: ${total.br} > ${BUDGET_BROTLI_BYTES} brotli bytes`);
  process.exit(1);
}
