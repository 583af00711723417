// What the trunk hooks that build a page of their own beside the explorer
// share (build/author.mjs, build/archive.mjs): trunk 0.21 builds one Rust app
// per HTML target, so each such page's wasm is a binary built here with
// cargo, wasm-bindgen and (release) wasm-opt; its stylesheet gets the kind
// colours from the kind table; release builds minify its scripts and CSS.
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

/** The hook's setting: the staging dir, the profile, the repo, a runner. */
export function hook(name) {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error(`${name} runs as a trunk hook (TRUNK_STAGING_DIR is not set)`);
    process.exit(2);
  }
  const release = process.env.TRUNK_PROFILE === 'release';
  const root = fileURLToPath(new URL('..', import.meta.url));
  // Each command says how long it took, so a slow build shows which one grew.
  const run = (cmd, args) => {
    const t0 = Date.now();
    execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    console.error(`[${name}] ${cmd} ${args.slice(0, 6).join(' ')}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };
  return { name, dir, release, root, run };
}

/**
 * Builds the wasm binaries `bins` ({name: wasm-opt options}) of `pkg` (the
 * root package when none) into `dir` as `NAME.js` and `NAME_bg.wasm`.
 * Cargo and wasm-bindgen run before this returns; wasm-opt (release) runs in
 * the background, and the promise returned settles when it is done: the
 * hook goes on to its next cargo build meanwhile. (Cargo's last step, the
 * one-codegen-unit link, keeps one core busy, so on a 2-core machine the
 * other does wasm-opt's work: about a minute of the release build.)
 */
export function buildWasm({ name, dir, release, root, run }, bins, pkg) {
  const names = Object.keys(bins);
  run('cargo', ['build', '--quiet', ...(release ? ['--release'] : []), '--target', 'wasm32-unknown-unknown',
    ...(pkg ? ['-p', pkg] : []), ...names.flatMap((b) => ['--bin', b])]);
  const opts = [];
  for (const bin of names) {
    const wasm = join(root, 'target/wasm32-unknown-unknown', release ? 'release' : 'debug', `${bin}.wasm`);
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', dir, wasm]);
    if (release) {
      const out = join(dir, `${bin}_bg.wasm`);
      const args = [...[bins[bin]].flat(), '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
        '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue', out, '-o', out];
      const t0 = Date.now();
      opts.push(new Promise((resolve, reject) => {
        execFile('wasm-opt', args, { cwd: root }, (err, stdout, stderr) => {
          process.stderr.write(stderr);
          if (err) return reject(new Error(`[${name}] wasm-opt ${bin}: ${err.message}`));
          console.error(`[${name}] wasm-opt ${args.slice(0, 3).join(' ')} (${bin}, in the background): ${((Date.now() - t0) / 1000).toFixed(1)} s`);
          resolve();
        });
      }));
    }
  }
  return Promise.all(opts);
}

/** Writes `style/SHEET` into `dir` with the kind colours appended, as the explorer's stylesheet has them. */
export function writeStylesheet({ dir, root }, sheet) {
  const kinds = execFileSync('cargo', ['run', '--quiet', '--', 'kind-css'], { cwd: root, encoding: 'utf8' })
    .replace(':host {', ':root {')
    .replaceAll('.fx .fx-kind--', '.kind-')
    .replaceAll('--fx-k:', '--k:')
    .replaceAll('--fx-k-edge:', '--k-edge:');
  writeFileSync(join(dir, sheet), readFileSync(join(root, 'style', sheet), 'utf8') + '\n' + kinds);
}

/** In release builds, minifies the scripts `js` and the stylesheet `css` in `dir`. */
export function minify({ dir, release }, js, css) {
  if (!release) return;
  for (const f of js) {
    const p = join(dir, f);
    writeFileSync(p, transformSync(readFileSync(p, 'utf8'), { minify: true, format: 'esm', loader: 'js' }).code);
  }
  const p = join(dir, css);
  writeFileSync(p, transformSync(readFileSync(p, 'utf8'), { minify: true, loader: 'css' }).code);
}
