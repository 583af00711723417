// The UTF-16 -> code point conversion the compromise script relies on,
// on text where the two differ (emoji and other astral characters) and on
// the GUM documents that are not ASCII.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codePoints } from './offsets.mjs';

const gum = join(dirname(fileURLToPath(import.meta.url)), '../../../crates/draft/data/gum');

/** Every word's UTF-16 span, converted, slices the same word out by code points. */
function checkWords(text) {
  const map = codePoints(text);
  const points = Array.from(text);
  let words = 0;
  for (const m of text.matchAll(/\p{L}[\p{L}\p{M}'’.-]*/gu)) {
    const [s, e] = [m.index, m.index + m[0].length];
    assert.equal(points.slice(map[s], map[e]).join(''), m[0]);
    words++;
  }
  assert.equal(map[text.length], points.length);
  return words;
}

test('astral characters count one code point and two UTF-16 units', () => {
  const text = '🇰🇷 President Lee Jae-myung 😀 met Larry Fink 👍🏽 in 서울 and 𝒩ew York.';
  assert.ok(text.length > Array.from(text).length);
  assert.ok(checkWords(text) >= 8);
  const map = codePoints(text);
  const at = text.indexOf('Fink');
  assert.equal(Array.from(text).slice(map[at], map[at + 4]).join(''), 'Fink');
});

test('the GUM documents that are not ASCII convert exactly', () => {
  let docs = 0;
  for (const file of readdirSync(gum).filter((f) => f.endsWith('.json'))) {
    const doc = JSON.parse(readFileSync(join(gum, file), 'utf8'));
    if (/^[\x00-\x7f]*$/.test(doc.text)) continue;
    checkWords(doc.text);
    docs++;
  }
  assert.ok(docs >= 20, `only ${docs} non-ASCII documents`);
});
