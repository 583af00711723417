// Prints every file in dist/ with raw, gzip -9 and brotli -q 11 sizes, and
// fails when the brotli total exceeds the budget.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { DIST } from './browser.mjs';

// ---- The bundle budget: total brotli bytes of everything in dist/. ----
export const BUDGET_BROTLI_BYTES = 200_000;

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
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gz: t.gz + r.gz, br: t.br + r.br }), { raw: 0, gz: 0, br: 0 });

const w = Math.max(5, ...rows.map((r) => r.file.length));
const line = (f, a, b, c) => `${f.padEnd(w)}  ${String(a).padStart(9)}  ${String(b).padStart(9)}  ${String(c).padStart(9)}`;
console.log('size report (bytes)');
console.log(line('file', 'raw', 'gzip -9', 'brotli 11'));
for (const r of rows) console.log(line(r.file, r.raw, r.gz, r.br));
console.log(line('total', total.raw, total.gz, total.br));
console.log(`budget: ${total.br} of ${BUDGET_BROTLI_BYTES} brotli bytes (${(100 * total.br / BUDGET_BROTLI_BYTES).toFixed(1)}%)`);
if (total.br > BUDGET_BROTLI_BYTES) {
  console.error(`size budget exceeded: ${total.br} > ${BUDGET_BROTLI_BYTES} brotli bytes`);
  process.exit(1);
}
