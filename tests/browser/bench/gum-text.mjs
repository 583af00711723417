// Benchmark text: the 24 GUM news documents (the drafting engine's dev set,
// never trained on) joined, repeated and cut to a number of words.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../browser.mjs';

let news;

/** The GUM news text cut to `n` words (repeated when it is shorter). */
export function gumNewsWords(n) {
  if (news === undefined) {
    const gum = join(ROOT, 'crates/draft/data/gum');
    news = readdirSync(gum).filter((f) => /^GUM_news_.*\.json$/.test(f)).sort()
      .map((f) => JSON.parse(readFileSync(join(gum, f), 'utf8')).text).join('\n\n');
  }
  let out = '';
  while (out.split(/\s+/).filter(Boolean).length < n) out += (out ? '\n\n' : '') + news;
  const re = /\S+/g;
  let m, k = 0;
  while ((m = re.exec(out))) if (++k > n) return out.slice(0, m.index);
  return out;
}
