// Trunk post_build hook (Trunk.toml, last): builds the authoring page
// (author.html) beside the explorer. Trunk 0.21 builds one Rust app per
// HTML target, so this page's wasm (src/bin/fx-author) is a second binary
// built here with cargo and wasm-bindgen, and the explorer's bundle is left
// untouched. Writes into the staging dir:
//   author.html, author.js, author-worker.js, author.css  (copied)
//   fx-author.js, fx-author_bg.wasm, snippets/            (wasm-bindgen --target web)
//   fx-draft-worker.js, fx-draft-worker_bg.wasm          (the drafting worker's)
//   draft-data.bin                                        (fact-explorer draft-data)
// Release builds run wasm-opt and esbuild's minifier, as for the explorer
// (build/page.mjs, shared with the archive page's hook).
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { buildWasm, hook, minify, writeStylesheet } from './page.mjs';

const h = hook('author.mjs');
const { dir, root, run } = h;

// The page's wasm (the editor and the explorer's components for the
// preview) and the drafting worker's (the engine, built for speed as in
// Cargo.toml; the page for size): the page never waits for the engine.
// (By default wasm-opt inlines every function with one caller whatever its
// size: the mention rules became one 110 KB function whose register
// allocation took three of the build's minutes. A limit of 5,000 takes 28 s
// and the module is 171 bytes larger with brotli.)
const optimised = [buildWasm(h, { 'fx-draft-worker': ['-O3', '--one-caller-inline-max-function-size', '5000'] })];
// The page on its own (its package, client rendering only: no hydration
// code, which the explorer's app enables for the package it shares).
optimised.push(buildWasm(h, { 'fx-author': '-Oz' }, 'fact-explorer-author'));
run('cargo', ['run', '--quiet', '--', 'draft-data', join(dir, 'draft-data.bin')]);
// The service worker's stamp below hashes the optimised wasm.
await Promise.all(optimised);

copyFileSync(join(root, 'author.html'), join(dir, 'author.html'));
writeStylesheet(h, 'author.css');
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

minify(h, ['fx-author.js', 'fx-draft-worker.js', 'author.js', 'author-worker.js'], 'author.css');
