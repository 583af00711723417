// Trunk post_build hook (Trunk.toml): minifies the JavaScript and CSS that
// every page loads, in release builds. Trunk minifies neither wasm-bindgen's
// glue nor copied files; this saves about 2.6 KB of the brotli bundle
// (glue 7.3 -> 5.5 KB, main.css 4.5 -> 3.7 KB). esbuild keeps export names,
// object keys (the wasm's import names) and modern CSS (light-dark(), :host)
// as they are; only white space, comments and local names change.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('minify.mjs runs as a trunk hook (TRUNK_STAGING_DIR is not set)');
  process.exit(2);
}
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const files = [
  ['fact-explorer.js', 'js'],
  ['fact-explorer-embed.js', 'js'],
  ['main.css', 'css'],
  ['page.css', 'css'],
];
for (const [name, loader] of files) {
  const path = join(dir, name);
  if (!existsSync(path)) {
    console.error(`minify.mjs: ${name} is missing from the build`);
    process.exit(1);
  }
  const source = readFileSync(path, 'utf8');
  const { code } = transformSync(source, { loader, minify: true, format: loader === 'js' ? 'esm' : undefined });
  writeFileSync(path, code);
  console.log(`minified ${name}: ${source.length} -> ${code.length} bytes`);
}
