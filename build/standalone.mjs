// Trunk post_build hook (Trunk.toml, after minify.mjs): writes
// fact-explorer.html, the self-contained page: one HTML file holding the
// embed module and wasm-bindgen's glue (bundled by esbuild), the wasm
// (base64), the stylesheets and, by default, the bundled article (which is
// inside the wasm). It runs when opened from disk (file://), where a page may
// fetch nothing: the same explorer, only its files are inside the page.
//
// A fact set goes inside the <fact-explorer> element as
// <script type="application/json">, with `<` written \u003c (the export bar's
// "Standalone page" and `cargo run -- standalone` do this).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('standalone.mjs runs as a trunk hook (TRUNK_STAGING_DIR is not set)');
  process.exit(2);
}
const read = (name) => readFileSync(join(dir, name));

const bundle = buildSync({
  entryPoints: [join(dir, 'fact-explorer-embed.js')],
  bundle: true,
  format: 'esm',
  minify: process.env.TRUNK_PROFILE === 'release',
  write: false,
  logLevel: 'error',
}).outputFiles[0].text;

/** Text that may stand inside an inline <script>: nothing that ends it early. */
function scriptSafe(js, what) {
  // Inside JS strings, templates and regexes `<\/script` means `</script`.
  const out = js.replace(/<\/(script)/gi, '<\\/$1');
  if (out.includes('<!--')) {
    console.error(`standalone.mjs: ${what} contains "<!--", which an inline script must not`);
    process.exit(1);
  }
  return out;
}

const assets = {
  wasm: read('fact-explorer_bg.wasm').toString('base64'),
  css: read('main.css').toString('utf8'),
};
const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="A fact explorer in one file: it opens from disk, offline, with the article and its facts inside.">
<title>Fact explorer</title>
<style>${read('page.css').toString('utf8')}
.fx-fallback { max-width: 40rem; margin: 2rem auto; padding: 1rem 1.25rem; font: 16px/1.5 system-ui, sans-serif; border: 1px solid #d9d9de; border-radius: 8px; }</style>
</head>
<body>
<main>
<fact-explorer><p class="fx-fallback">Loading the fact explorer… If this message stays, this browser cannot run it: the explorer needs JavaScript and WebAssembly (any current Chrome, Edge, Firefox or Safari).</p></fact-explorer>
</main>
<noscript>The fact explorer needs JavaScript and WebAssembly.</noscript>
<script>globalThis.FX_STANDALONE = ${scriptSafe(JSON.stringify(assets), 'the stylesheet')};</script>
<script type="module">${scriptSafe(bundle, 'the bundled module')}</script>
</body>
</html>
`;
writeFileSync(join(dir, 'fact-explorer.html'), page);
console.log(`wrote fact-explorer.html: ${page.length} bytes`);
