// Trunk post_build hook (Trunk.toml, last): builds the archive's search page
// (archive.html) beside the explorer, and the demo archive it searches.
// Like the authoring page (build/author.mjs), the page's wasm
// (src/bin/fx-archive) is a binary of its own built here with cargo and
// wasm-bindgen, so the explorer's bundle is left untouched. Writes into the
// staging dir:
//   archive.html, archive.js, archive.css   (copied; the kind colours appended)
//   fact-archive.js                          (the <fact-archive> element; same wasm and CSS)
//   fact-archive.d.ts                        (its TypeScript types, beside it)
//   archive-host.html, archive-host.css      (examples/: a hostile host page with two elements)
//   fx-archive.js, fx-archive_bg.wasm        (wasm-bindgen --target web)
//   archive/                                 (fact-explorer archive build examples/archive)
// Release builds run wasm-opt -Oz and esbuild's minifier, as for the explorer
// (build/page.mjs, shared with the authoring page's hook).
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWasm, hook, minify, writeStylesheet } from './page.mjs';

const h = hook('archive.mjs');
const { dir, root, run } = h;

const optimised = buildWasm(h, { 'fx-archive': '-Oz' });

// The demo archive (examples/archive), as `archive build` writes any.
run('cargo', ['run', '--quiet', '--', 'archive', 'build', 'examples/archive', '--out', join(dir, 'archive'), '--strict']);

copyFileSync(join(root, 'archive.html'), join(dir, 'archive.html'));
copyFileSync(join(root, 'src/bin/fx-archive/archive.js'), join(dir, 'archive.js'));
copyFileSync(join(root, 'src/bin/fx-archive/fact-archive.js'), join(dir, 'fact-archive.js'));
copyFileSync(join(root, 'src/bin/fx-archive/fact-archive.d.ts'), join(dir, 'fact-archive.d.ts'));
for (const f of ['archive-host.html', 'archive-host.css']) copyFileSync(join(root, 'examples', f), join(dir, f));
writeStylesheet(h, 'archive.css');
// The kind colours' variables also on the element's :host (writeStylesheet
// puts them on :root, which a shadow root has not).
const css = join(dir, 'archive.css');
const sheet = readFileSync(css, 'utf8');
const kinds = sheet.lastIndexOf(':root {');
writeFileSync(css, sheet.slice(0, kinds) + ':root, :host {' + sheet.slice(kinds + ':root {'.length));
minify(h, ['fx-archive.js', 'archive.js', 'fact-archive.js'], 'archive.css');
await optimised;
