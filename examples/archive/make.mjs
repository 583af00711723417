// Makes the demo archive in this folder: the bundled article, and the drafts
// of GUM's 24 news and 19 interview documents (crates/draft/data/gum; texts
// from Wikinews, CC BY 2.5; annotations CC BY 4.0, see README.md here).
//
//   node examples/archive/make.mjs            drafts with `cargo run --release -- draft`
//   FX=path/to/fact-explorer node examples/archive/make.mjs
//
// Run it again when drafting improves: it rewrites every NAME.facts.json
// and NAME.url here and leaves identities.txt alone. Run from anywhere.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const GUM = join(ROOT, 'crates/draft/data/gum');
const fx = process.env.FX ? [process.env.FX] : ['cargo', 'run', '--quiet', '--release', '--'];

const docs = readdirSync(GUM)
  .filter((f) => /^GUM_(news|interview)_.*\.json$/.test(f))
  .sort();
const tmp = mkdtempSync(join(tmpdir(), 'fx-archive-'));
try {
  for (const file of docs) {
    const doc = JSON.parse(readFileSync(join(GUM, file), 'utf8'));
    const txt = join(tmp, `${doc.id}.txt`);
    writeFileSync(txt, doc.text);
    const args = [...fx.slice(1), 'draft', txt, '--title', doc.title];
    if (doc.date) args.push('--date', doc.date);
    const json = execFileSync(fx[0], args, {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    writeFileSync(join(HERE, `${doc.id}.facts.json`), json);
    writeFileSync(join(HERE, `${doc.id}.url`), `${doc.source}\n`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const data = join(ROOT, 'crates/core/src/data');
copyFileSync(join(data, 'article.facts.json'), join(HERE, 'seoul-blackrock.facts.json'));
copyFileSync(join(data, 'article.txt'), join(HERE, 'seoul-blackrock.txt'));
console.log(`drafted ${docs.length} GUM documents into ${HERE}, with the bundled article`);
