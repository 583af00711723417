// Trunk post_build hook (Trunk.toml, last): builds the authoring page
// (author.html) beside the explorer. Trunk 0.21 builds one Rust app per
// HTML target, so this page's wasm (src/bin/fx-author) is a second binary
// built here with cargo and wasm-bindgen, and the explorer's bundle is left
// untouched. Writes into the staging dir:
//   author.html, author.js, author-worker.js, author.css  (copied)
//   fx-author.js, fx-author_bg.wasm, snippets/            (wasm-bindgen --target web)
//   fx-draft-worker.js, fx-draft-worker_bg.wasm          (the drafting worker's)
//   draft-data.bin                                        (fact-explorer draft-data)
// Release builds run wasm-opt -Oz and esbuild's minifier, as for the explorer.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('author.mjs runs as a trunk hook (TRUNK_STAGING_DIR is not set)');
  process.exit(2);
}
const release = process.env.TRUNK_PROFILE === 'release';
const root = fileURLToPath(new URL('..', import.meta.url));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });

// The page's wasm (the editor and the explorer's components for the
// preview) and the drafting worker's (the engine): the page never waits
// for the engine.
run('cargo', ['build', '--quiet', ...(release ? ['--release'] : []), '--target', 'wasm32-unknown-unknown',
  '--bin', 'fx-author', '--bin', 'fx-draft-worker']);
for (const bin of ['fx-author', 'fx-draft-worker']) {
  const wasm = join(root, 'target/wasm32-unknown-unknown', release ? 'release' : 'debug', `${bin}.wasm`);
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', dir, wasm]);
  if (release) {
    const out = join(dir, `${bin}_bg.wasm`);
    // The engine is built for speed (Cargo.toml), the page for size.
    const level = bin === 'fx-draft-worker' ? '-O3' : '-Oz';
    run('wasm-opt', [level, '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
      '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue', out, '-o', out]);
  }
}
run('cargo', ['run', '--quiet', '--', 'draft-data', join(dir, 'draft-data.bin')]);

copyFileSync(join(root, 'author.html'), join(dir, 'author.html'));
// The kind colours from the kind table, as the explorer's stylesheet has them.
const kinds = execFileSync('cargo', ['run', '--quiet', '--', 'kind-css'], { cwd: root, encoding: 'utf8' })
  .replace(':host {', ':root {')
  .replaceAll('.fx .fx-kind--', '.kind-')
  .replaceAll('--fx-k:', '--k:')
  .replaceAll('--fx-k-edge:', '--k-edge:');
writeFileSync(join(dir, 'author.css'), readFileSync(join(root, 'style/author.css'), 'utf8') + '\n' + kinds);
for (const f of ['author.js', 'author-worker.js']) copyFileSync(join(root, 'src/bin/fx-author', f), join(dir, f));
// The service worker that makes the page work offline once loaded: the
// files the page and its worker fetch, and a stamp of their contents.
const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const offline = [
  'author.html', 'author.js', 'author.css', 'author-worker.js', 'fx-author.js', 'fx-author_bg.wasm', 'draft-data.bin',
  'fx-draft-worker.js', 'fx-draft-worker_bg.wasm', 'favicon.svg',
  ...walk(join(dir, 'snippets')).map((p) => relative(dir, p).split('\\').join('/')),
];
const stamp = createHash('sha256');
for (const f of offline) {
  try { stamp.update(readFileSync(join(dir, f))); } catch { /* favicon.svg is the explorer's, copied after this hook */ }
}
writeFileSync(join(dir, 'author-sw.js'), readFileSync(join(root, 'src/bin/fx-author/author-sw.js'), 'utf8')
  .replace('__STAMP__', stamp.digest('hex').slice(0, 16))
  .replace('__FILES__', JSON.stringify(offline.map((f) => `./${f}`))));

if (release) {
  for (const f of ['fx-author.js', 'fx-draft-worker.js', 'author.js', 'author-worker.js']) {
    const p = join(dir, f);
    writeFileSync(p, transformSync(readFileSync(p, 'utf8'), { minify: true, format: 'esm', loader: 'js' }).code);
  }
  const css = join(dir, 'author.css');
  writeFileSync(css, transformSync(readFileSync(css, 'utf8'), { minify: true, loader: 'css' }).code);
}
