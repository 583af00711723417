// Trunk post_build hook (Trunk.toml, last): builds the archive's search page
// (archive.html) beside the explorer, and the demo archive it searches.
// Like the authoring page (build/author.mjs), the page's wasm
// (src/bin/fx-archive) is a binary of its own built here with cargo and
// wasm-bindgen, so the explorer's bundle is left untouched. Writes into the
// staging dir:
//   archive.html, archive.js, archive.css   (copied; the kind colours appended)
//   fx-archive.js, fx-archive_bg.wasm        (wasm-bindgen --target web)
//   archive/                                 (fact-explorer archive build examples/archive)
// Release builds run wasm-opt -Oz and esbuild's minifier, as for the explorer
// (build/page.mjs, shared with the authoring page's hook).
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWasm, hook, minify, writeStylesheet } from './page.mjs';

const h = hook('archive.mjs');
const { dir, root, run } = h;

buildWasm(h, { 'fx-archive': '-Oz' });

// The demo archive (examples/archive), as `archive build` writes any.
run('cargo', ['run', '--quiet', '--', 'archive', 'build', 'examples/archive', '--out', join(dir, 'archive'), '--strict']);

copyFileSync(join(root, 'archive.html'), join(dir, 'archive.html'));
copyFileSync(join(root, 'src/bin/fx-archive/archive.js'), join(dir, 'archive.js'));
writeStylesheet(h, 'archive.css');
minify(h, ['fx-archive.js', 'archive.js'], 'archive.css');
