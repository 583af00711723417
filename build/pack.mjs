// Makes the npm package from the release build: `./dev pack` runs it after
// `./dev build`. Writes target/npm/package/ and, with `npm pack`,
// target/npm/fact-explorer-<version>.tgz. Nothing is published.
//
// The package is the embed module (the entry: it defines <fact-explorer>)
// with the files it finds beside itself through literal
// `new URL('./file', import.meta.url)`, which bundlers copy into their
// output: the wasm-bindgen glue, the wasm, the stylesheet and the
// self-contained page (for the export bar's "Standalone page"). Types: the
// element, its API and events (src/embed/types/index.d.ts), React JSX
// (react.d.ts) and the fact set, generated here from
// docs/fact-set.schema.json with json-schema-to-typescript.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { compile } from 'json-schema-to-typescript';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'target', 'npm');
const PKG = join(OUT, 'package');

const version = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];
const FILES = ['fact-explorer-embed.js', 'fact-explorer.js', 'fact-explorer_bg.wasm', 'main.css', 'fact-explorer.html'];
const missing = FILES.filter((f) => !existsSync(join(DIST, f)));
if (missing.length) {
  console.error(`pack.mjs: dist/ lacks ${missing.join(', ')}: run ./dev build first`);
  process.exit(2);
}
if (!readFileSync(join(DIST, 'fact-explorer.js'), 'utf8').includes('render_build')) {
  console.error('pack.mjs: dist/ is from an older build (no render_build export): run ./dev build');
  process.exit(2);
}

rmSync(PKG, { recursive: true, force: true });
mkdirSync(PKG, { recursive: true });
for (const f of FILES) copyFileSync(join(DIST, f), join(PKG, f));
copyFileSync(join(ROOT, 'src/embed/types/index.d.ts'), join(PKG, 'index.d.ts'));
copyFileSync(join(ROOT, 'src/embed/types/react.d.ts'), join(PKG, 'react.d.ts'));
writeFileSync(join(PKG, 'react.js'), '// Types only (react.d.ts): <fact-explorer> in React TSX.\nexport {};\n');
copyFileSync(join(ROOT, 'LICENSE'), join(PKG, 'LICENSE'));

const schema = JSON.parse(readFileSync(join(ROOT, 'docs/fact-set.schema.json'), 'utf8'));
const factSet = await compile(schema, 'FactSet', {
  bannerComment: '// Generated from docs/fact-set.schema.json by build/pack.mjs (json-schema-to-typescript).',
  additionalProperties: false,
});
writeFileSync(join(PKG, 'fact-set.d.ts'), factSet);

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.match(/## Install it from npm\n[\s\S]*?(?=\n## )/);
if (!section) {
  console.error('pack.mjs: README.md has no "## Install it from npm" section');
  process.exit(1);
}
writeFileSync(join(PKG, 'README.md'), `# fact-explorer\n\nAn in-browser fact explorer for news articles: a \`<fact-explorer>\` custom element (Rust, Leptos, WebAssembly) that lets readers search, filter and map an article's facts, every fact tied to the article's own words.\n\n${section[0].replace(/^## Install it from npm\n/, '')}\n`);

const manifest = {
  name: 'fact-explorer',
  version,
  description: 'The <fact-explorer> custom element: explore the people, facts, quotes and itinerary of a news article, each tied to its words.',
  license: 'MIT',
  type: 'module',
  main: './fact-explorer-embed.js',
  module: './fact-explorer-embed.js',
  types: './index.d.ts',
  exports: {
    '.': { types: './index.d.ts', default: './fact-explorer-embed.js' },
    './react': { types: './react.d.ts', default: './react.js' },
    './main.css': './main.css',
    './fact-explorer_bg.wasm': './fact-explorer_bg.wasm',
    './fact-explorer.html': './fact-explorer.html',
    './package.json': './package.json',
  },
  files: [...FILES, 'index.d.ts', 'fact-set.d.ts', 'react.d.ts', 'react.js'],
  // Importing the entry defines the custom element: keep it when bundling.
  sideEffects: ['./fact-explorer-embed.js'],
  keywords: ['custom-element', 'web-component', 'journalism', 'fact-checking', 'webassembly', 'leptos'],
};
writeFileSync(join(PKG, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', OUT], { cwd: PKG, encoding: 'utf8' }));
console.log(`packed ${join('target/npm', info.filename)}: ${info.size} bytes packed, ${info.unpackedSize} unpacked, ${info.entryCount} files`);
for (const f of info.files) console.log(`  ${String(f.size).padStart(9)}  ${f.path}`);
