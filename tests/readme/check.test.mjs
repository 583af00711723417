// The README reader of `./dev readme-check` (node --test tests/readme/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { normalize, readmeCommands, parseEntries } from './check.mjs';

test('a line loses its prompt and trailing comment, not a # inside quotes or a word', () => {
  assert.equal(normalize('$ ./dev build    # release build into dist/'), './dev build');
  assert.equal(normalize("echo '# not a comment' a#b  # comment"), "echo '# not a comment' a#b");
  assert.equal(normalize('node  x.mjs\t5'), 'node x.mjs 5');
  assert.equal(normalize('# only a comment'), '');
});

test('commands come from shell blocks and from inline ./dev and node code, once each', () => {
  const md = [
    'Run `./dev pack` or `cargo test --workspace` (a step, not a command).',
    '```sh',
    '# a comment line',
    './dev build   # release',
    'cargo run -- render a.json \\',
    '  --id x > out.html',
    '',
    '```',
    '```js',
    "node not-a-command.mjs",
    '```',
    '```',
    'Content-Security-Policy: default-src',
    '```',
    '- a list item:',
    '  ```bash',
    '  node tests/browser/bench/run.mjs search',
    '  ```',
    'then `./dev build` again and `node tests/browser/size-report.mjs`.',
  ].join('\n');
  assert.deepEqual(readmeCommands(md), [
    './dev pack',
    './dev build',
    'cargo run -- render a.json --id x > out.html',
    'node tests/browser/bench/run.mjs search',
    'node tests/browser/size-report.mjs',
  ]);
});

test('entries: a command with its quick form, server URL and CI exclusion', () => {
  const entries = parseEntries([
    '# comment',
    '$ cargo run -- check path/to/facts.json   # comment',
    '  run: cp a $TMP/a',
    '  run: cargo run -- check $TMP/a',
    '$ ./dev serve',
    '  serve: http://127.0.0.1:1/',
    '  not-ci: slow',
  ].join('\n'));
  assert.equal(entries.length, 2);
  assert.equal(entries[0].command, 'cargo run -- check path/to/facts.json');
  assert.deepEqual(entries[0].run, ['cp a $TMP/a', 'cargo run -- check $TMP/a']);
  assert.equal(entries[0].notCi, null);
  assert.equal(entries[1].serve, 'http://127.0.0.1:1/');
  assert.equal(entries[1].notCi, 'slow');
});

test('entries: a stray line or a command listed twice is an error naming the line', () => {
  assert.throws(() => parseEntries('run: x'), /commands.txt:1: expected/);
  assert.throws(() => parseEntries('$ a\n  rn: x'), /commands.txt:2: expected/);
  assert.throws(() => parseEntries('$ a b\n$ a  b # again'), /commands.txt:2: "a b" is listed twice/);
});

test('every command README.md shows has a quick form in commands.txt', () => {
  const readme = readmeCommands(readFileSync(new URL('../../README.md', import.meta.url), 'utf8'));
  const known = new Set(parseEntries(readFileSync(new URL('./commands.txt', import.meta.url), 'utf8')).map((e) => e.command));
  assert.ok(readme.length > 20, `only ${readme.length} commands found in README.md`);
  assert.deepEqual(readme.filter((c) => !known.has(c)), []);
});
