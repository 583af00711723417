// Trunk post_build hook (Trunk.toml, last): builds the archive's search page
// (archive.html) beside the explorer, and the demo archive it searches.
// Like the authoring page (build/author.mjs), the page's wasm
// (src/bin/fx-archive) is a binary of its own built here with cargo and
// wasm-bindgen, so the explorer's bundle is left untouched. Writes into the
// staging dir:
//   archive.html, archive.js, archive.css   (copied; the kind colours appended)
//   fx-archive.js, fx-archive_bg.wasm        (wasm-bindgen --target web)
//   archive/                                 (fact-explorer archive build examples/archive)
// Release builds run wasm-opt -Oz and esbuild's minifier, as for the explorer.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('archive.mjs runs as a trunk hook (TRUNK_STAGING_DIR is not set)');
  process.exit(2);
}
const release = process.env.TRUNK_PROFILE === 'release';
const root = fileURLToPath(new URL('..', import.meta.url));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });

run('cargo', ['build', '--quiet', ...(release ? ['--release'] : []), '--target', 'wasm32-unknown-unknown', '--bin', 'fx-archive']);
const wasm = join(root, 'target/wasm32-unknown-unknown', release ? 'release' : 'debug', 'fx-archive.wasm');
run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', dir, wasm]);
if (release) {
  const out = join(dir, 'fx-archive_bg.wasm');
  run('wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
    '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue', out, '-o', out]);
}

// The demo archive (examples/archive), as `archive build` writes any.
run('cargo', ['run', '--quiet', '--', 'archive', 'build', 'examples/archive', '--out', join(dir, 'archive'), '--strict']);

copyFileSync(join(root, 'archive.html'), join(dir, 'archive.html'));
copyFileSync(join(root, 'src/bin/fx-archive/archive.js'), join(dir, 'archive.js'));
// The kind colours from the kind table, as the explorer's stylesheet has them.
const kinds = execFileSync('cargo', ['run', '--quiet', '--', 'kind-css'], { cwd: root, encoding: 'utf8' })
  .replace(':host {', ':root {')
  .replaceAll('.fx .fx-kind--', '.kind-')
  .replaceAll('--fx-k:', '--k:')
  .replaceAll('--fx-k-edge:', '--k-edge:');
writeFileSync(join(dir, 'archive.css'), readFileSync(join(root, 'style/archive.css'), 'utf8') + '\n' + kinds);

if (release) {
  for (const f of ['fx-archive.js', 'archive.js']) {
    const p = join(dir, f);
    writeFileSync(p, transformSync(readFileSync(p, 'utf8'), { minify: true, format: 'esm', loader: 'js' }).code);
  }
  const css = join(dir, 'archive.css');
  writeFileSync(css, transformSync(readFileSync(css, 'utf8'), { minify: true, loader: 'css' }).code);
}
