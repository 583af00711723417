// compromise 14 on the GUM news documents: people() -> PER,
// organizations() -> ORG, places() -> LOC, with trailing punctuation and
// "'s" trimmed. Writes {doc id: [[start, end, label], ...]} with offsets in
// code points (compromise counts UTF-16 units; GUM counts code points).
//   node benches/draft/peers/compromise.mjs GUM_DIR OUT.json
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { codePoints } from './offsets.mjs';

const [dir, out] = process.argv.slice(2);
const docs = readdirSync(dir).filter((f) => /^GUM_news_.*\.json$/.test(f)).sort();

// Term offsets leave out the punctuation after a term ("York" in "New
// York."), and keep what belongs to it ("D.C."); then a possessive and any
// punctuation left at the end go.
const TRAIL = /(?:[\s,;:!?"'’”)\]]|'s|’s)+$/u;
const result = {};
const started = performance.now();
for (const file of docs) {
  const doc = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const map = codePoints(doc.text);
  const parsed = nlp(doc.text);
  const spans = [];
  for (const [method, label] of [['people', 'PER'], ['organizations', 'ORG'], ['places', 'LOC']]) {
    for (const m of parsed[method]().json({ offset: true, terms: { offset: true } })) {
      const first = m.terms[0].offset;
      const last = m.terms[m.terms.length - 1].offset;
      let start = first.start;
      let text = doc.text.slice(start, last.start + last.length);
      // Leading white space or punctuation, then trailing punctuation and 's.
      const lead = text.match(/^[\s"'“‘(\[]+/u)?.[0].length ?? 0;
      start += lead;
      text = text.slice(lead).replace(TRAIL, '');
      if (!text) continue;
      spans.push([map[start], map[start + text.length], label]);
    }
  }
  result[doc.id] = spans;
}
writeFileSync(out, JSON.stringify(result));
console.error(`compromise: ${docs.length} documents in ${Math.round(performance.now() - started)} ms`);
