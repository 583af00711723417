// The tools `./dev setup` installs, found where it puts them, so that the
// scripts run from a plain shell exactly as the README shows them (`./dev`
// puts the same folders on its own PATH; a reader's shell does not have
// them). Importing this module puts them at the front of this process's
// PATH, which the children it starts inherit.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { ROOT } from './browser.mjs';

const DIRS = [
  join(ROOT, 'build', 'node_modules', '.bin'), // wasm-opt, esbuild
  join(ROOT, 'tests', 'browser', 'node_modules', '.bin'), // lighthouse
  join(homedir(), '.cargo', 'bin'), // cargo, wasm-bindgen, trunk, twiggy
];
const rest = (process.env.PATH ?? '').split(delimiter).filter((d) => d && !DIRS.includes(d));
process.env.PATH = [...DIRS, ...rest].join(delimiter);

/** The path of the executable `name` on that PATH, or an error that says how to install it. */
export function tool(name) {
  for (const dir of process.env.PATH.split(delimiter)) {
    const path = join(dir, name);
    if (existsSync(path)) return path;
  }
  throw new Error(`${name} is not installed (looked in ${DIRS.join(', ')} and PATH): run ./dev setup`);
}
