// `./dev readme-check`: runs every command README.md shows, each in the quick
// form tests/readme/commands.txt gives it, and prints a table of command,
// exit code and seconds. A command the README shows that commands.txt does
// not know fails the check, so a new command cannot go into the README
// untested.
//
//   node tests/readme/check.mjs [--ci] [--list] [WORDS…]
//
// --ci: only the commands not marked `not-ci` (`./dev test` runs these);
// --list: print the commands and their quick forms, run nothing;
// WORDS: run only the commands that contain one of them.
//
// The commands run as a reader's shell would run them: in the repository
// root, with the PATH ./dev was started with (FX_USER_PATH), not the one it
// adds its tools to. Each gets a fresh empty folder in $TMP (removed when
// it passes); its output goes to target/readme-check/N.log, and the last
// lines of a failing one are printed.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, openSync, closeSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const COMMANDS = 'tests/readme/commands.txt';
const CI_LIMIT_S = 60;

/** One line of shell as the README reader would paste it: no prompt, no trailing comment, spaces collapsed. */
export function normalize(line) {
  let out = '';
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) {
      break;
    }
    out += c;
  }
  return out.replace(/^\s*\$\s+/, '').replace(/\s+/g, ' ').trim();
}

/**
 * The commands a README shows: every line of its sh/bash/shell code blocks
 * (continuation lines joined), and inline code that starts with `./dev ` or
 * `node ` in its prose. In the order they first appear.
 */
export function readmeCommands(markdown) {
  const found = [];
  const add = (c) => { if (c && !found.includes(c)) found.push(c); };
  let fence = null; // the fence's language while inside a block
  let pending = '';
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    const open = line.match(/^(```+|~~~+)\s*([\w-]*)/);
    if (open) {
      if (fence === null) { fence = open[2].toLowerCase(); continue; }
      fence = null;
      continue;
    }
    if (fence !== null) {
      if (!['sh', 'bash', 'shell', 'console'].includes(fence)) continue;
      const joined = pending + raw;
      if (/\\\s*$/.test(joined)) { pending = joined.replace(/\\\s*$/, ' '); continue; }
      pending = '';
      add(normalize(joined));
      continue;
    }
    for (const m of raw.matchAll(/`((?:\.\/dev|node) [^`]+)`/g)) add(normalize(m[1]));
  }
  return found;
}

/**
 * The entries of commands.txt: `$ COMMAND` lines, each followed by indented
 * `run:`, `serve:` and `not-ci:` lines (see that file's head).
 */
export function parseEntries(text) {
  const entries = [];
  text.split('\n').forEach((raw, i) => {
    const where = `${COMMANDS}:${i + 1}`;
    if (/^\s*(#|$)/.test(raw)) return;
    if (raw.startsWith('$ ')) {
      entries.push({ command: normalize(raw.slice(2)), run: [], serve: null, notCi: null, where });
      return;
    }
    const m = raw.match(/^\s+(run|serve|not-ci):\s*(.*)$/);
    const entry = entries.at(-1);
    if (!m || !entry) throw new Error(`${where}: expected "$ COMMAND" or an indented run:, serve: or not-ci: line`);
    if (m[1] === 'run') entry.run.push(m[2]);
    else if (m[1] === 'serve') entry.serve = m[2];
    else entry.notCi = m[2] || 'yes';
  });
  const seen = new Set();
  for (const e of entries) {
    if (seen.has(e.command)) throw new Error(`${e.where}: "${e.command}" is listed twice`);
    seen.add(e.command);
  }
  return entries;
}

/** Kills a process group we started, politely first. */
async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((ok) => child.once('exit', ok));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
  const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 10000);
  await gone;
  clearTimeout(timer);
}

/** Runs one entry; resolves to { code, seconds, cpu }. */
async function runEntry(entry, index, logDir, env) {
  const tmp = mkdtempSync(join(tmpdir(), 'fx-readme-'));
  const log = join(logDir, `${index + 1}.log`);
  const script = entry.run.length ? entry.run.join('\n') : entry.command;
  const times = join(tmp, '.times');
  // The outer shell reports the CPU time of everything the command ran.
  const wrapper = 'bash -eo pipefail -c "$1"; rc=$?; times > "$2"; exit $rc';
  const fd = openSync(log, 'w');
  const started = process.hrtime.bigint();
  const child = spawn('bash', ['-c', wrapper, 'readme-check', script, times], {
    cwd: ROOT, env: { ...env, TMP: tmp }, detached: true, stdio: ['ignore', fd, fd],
  });
  const exited = new Promise((ok) => child.once('exit', (code, signal) => ok(code ?? signal)));
  // Minutes: a CI command takes under one, a server answers within a few
  // once built; the long ones (./dev test, the release builds) get longer.
  const limit = 60 * (entry.notCi ? 90 : entry.serve ? 3 : 15);
  let code;
  if (entry.serve) {
    code = await waitServing(entry, child, exited, log, limit);
    await stop(child);
  } else {
    const timer = setTimeout(() => stop(child), limit * 1000);
    code = await exited;
    clearTimeout(timer);
    if (code === 'SIGTERM' || code === 'SIGKILL') code = `timeout ${limit} s`;
  }
  closeSync(fd);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let cpu = null;
  if (existsSync(times)) {
    // `times`: the shell's user and system time, then its children's.
    const secs = [...readFileSync(times, 'utf8').matchAll(/(\d+)m([\d.]+)s/g)].map((m) => 60 * m[1] + Number(m[2]));
    cpu = secs.reduce((a, b) => a + b, 0);
  }
  if (code === 0) rmSync(tmp, { recursive: true, force: true });
  return { code, seconds, cpu, log, tmp };
}

/**
 * A server: passes when its URL answers 200. `serve: URL` polls that URL;
 * `serve: printed` the first http:// URL the command prints.
 */
async function waitServing(entry, child, exited, log, limit) {
  const deadline = Date.now() + limit * 1000;
  let done = null;
  exited.then((c) => { done = c; });
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (done !== null) return done === 0 ? 'exited before serving' : done;
    let url = entry.serve;
    if (url === 'printed') url = readFileSync(log, 'utf8').match(/https?:\/\/[^\s)]+/)?.[0];
    if (url) {
      try {
        const r = await fetch(url, { signal: AbortSignal.timeout(5000) });
        if (r.ok) return 0;
        last = `HTTP ${r.status}`;
      } catch { /* not up yet */ }
    }
    await new Promise((ok) => setTimeout(ok, 1000));
  }
  return `timeout ${limit} s (${last})`;
}

async function main() {
  const args = process.argv.slice(2);
  const ci = args.includes('--ci');
  const listOnly = args.includes('--list');
  const words = args.filter((a) => !a.startsWith('--'));
  const readme = readmeCommands(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  const entries = parseEntries(readFileSync(join(ROOT, COMMANDS), 'utf8'));
  const known = new Set(entries.map((e) => e.command));
  const unknown = readme.filter((c) => !known.has(c));
  const stale = entries.filter((e) => !readme.includes(e.command));

  if (listOnly) {
    for (const e of entries) {
      const mark = readme.includes(e.command) ? '' : '   (not in the README now)';
      console.log(`$ ${e.command}${mark}\n    ${e.notCi ? `readme-check only: ${e.notCi}` : 'CI and readme-check'}`);
      for (const r of e.run) console.log(`    run: ${r}`);
      if (e.serve) console.log(`    serve: ${e.serve}`);
    }
    for (const c of unknown) console.log(`$ ${c}\n    NO QUICK FORM in ${COMMANDS}`);
    return 0;
  }

  const chosen = entries.filter((e) => readme.includes(e.command) && !(ci && e.notCi)
    && (words.length === 0 || words.some((w) => e.command.includes(w))));
  // Run by readme-check itself (its own entry): logs in that run's folder.
  const logDir = process.env.FX_README_CHECK && process.env.TMP
    ? join(process.env.TMP, 'readme-check') : join(ROOT, 'target', 'readme-check');
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
  const env = { ...process.env, PATH: process.env.FX_USER_PATH ?? process.env.PATH, FX_README_CHECK: '1' };
  delete env.FX_USER_PATH;

  console.log(`README commands (${chosen.length} of ${readme.length}${ci ? ', the quick ones CI runs' : ''}; quick forms in ${COMMANDS})`);
  const rows = [];
  for (const [i, e] of entries.entries()) {
    if (!chosen.includes(e)) continue;
    process.stderr.write(`[readme-check] ${e.command}\n`);
    const r = await runEntry(e, i, logDir, env);
    rows.push({ e, ...r });
    process.stderr.write(`[readme-check]   exit ${r.code}, ${r.seconds.toFixed(1)} s\n`);
    if (r.code !== 0) {
      const tail = readFileSync(r.log, 'utf8').trimEnd().split('\n').slice(-25).join('\n');
      process.stderr.write(`${tail}\n[readme-check]   whole output: ${r.log}; its folder: ${r.tmp}\n`);
    }
  }

  const cell = (s) => String(s).replaceAll('|', '\\|');
  console.log('\n| command (as the README shows it) | exit | seconds | CPU s | run by |');
  console.log('|---|---:|---:|---:|---|');
  for (const r of rows) {
    const by = r.e.notCi ? 'readme-check' : 'CI, readme-check';
    console.log(`| \`${cell(r.e.command)}\` | ${r.code} | ${r.seconds.toFixed(1)} | ${r.cpu == null ? '' : r.cpu.toFixed(1)} | ${by} |`);
  }
  for (const c of unknown) console.log(`| \`${cell(c)}\` | no quick form in ${COMMANDS} | | | |`);
  const total = rows.reduce((t, r) => t + r.seconds, 0);
  console.log(`\n${rows.length} commands in ${total.toFixed(0)} s`);
  const slow = rows.filter((r) => !r.e.notCi && r.seconds > CI_LIMIT_S);
  for (const r of slow) {
    console.log(`note: "${r.e.command}" took ${r.seconds.toFixed(0)} s, over the ${CI_LIMIT_S} s CI allows one command ` +
      '(a first build counts in it): mark it not-ci if it stays so?');
  }
  for (const e of stale) console.log(`note: ${e.where}: "${e.command}" is not in the README (any more?)`);
  const failed = rows.filter((r) => r.code !== 0);
  for (const c of unknown) {
    console.error(`README command with no quick form: "${c}": add it to ${COMMANDS}`);
  }
  for (const r of failed) console.error(`failed (${r.code}): ${r.e.command}   (log: ${r.log})`);
  return failed.length || unknown.length ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
