// How long does it take a person to go from a draft to a publishable fact
// set? Replays it in dist/author.html for each reference in
// tests/browser/bench/reference/ (what a careful editor would publish,
// written from the article alone): the article is pasted and drafted, and
// the review loop steps through the draft with the keyboard, accepting
// what the reference has, editing what it has in other words or of
// another kind, rejecting what it lacks; then what the draft missed is
// added through the page's own forms, the result exported and compared
// with the reference. Prints, per article: drafted items, accepted /
// edited / rejected / added, keystrokes and clicks, wall time. Run after a
// build:
//
//   node tests/browser/bench/author-session.mjs [NAME…]
//
// The decisions come from comparing the draft with the reference (by
// name, by evidence), never from a list kept here, so a better draft
// shows as fewer edits.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../server.mjs';
import { launch, openPage, shot, DIST, ROOT } from '../browser.mjs';

const REF = join(ROOT, 'tests/browser/bench/reference');
const wanted = process.argv.slice(2);
const names = readdirSync(REF).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5))
  .filter((n) => !wanted.length || wanted.includes(n));

const norm = (s) => (s ?? '').toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  .replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Where each occurrence of `words` is in `text` (UTF-16 ranges). */
function occurrences(text, words) {
  const out = [];
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) out.push([at, at + words.length]);
  return out;
}

/** A drafted span's UTF-16 range: the set counts bytes. */
function utf16(text, span) {
  const bytes = Buffer.from(text, 'utf8');
  const start = bytes.subarray(0, span.start).toString('utf8').length;
  return [start, start + bytes.subarray(span.start, span.end).toString('utf8').length];
}

const overlaps = (a, b) => a[0] < b[1] && b[0] < a[1];

/**
 * The decisions a person makes on this draft to reach `ref`: for each
 * drafted item accept, edit (with what) or reject; then what to add.
 */
export function plan(set, ref) {
  const text = set.article.text;
  const refByName = new Map();
  for (const r of ref.entities) for (const n of [r.name, ...(r.aliases ?? [])]) refByName.set(norm(n), r);
  // Entities: by name or alias; a second drafted entity for one reference
  // entity is merged into the first.
  const entityRef = new Map();
  const claimed = new Map();
  const decisions = new Map();
  for (const e of set.entities) {
    const r = [e.name, ...e.aliases].map((n) => refByName.get(norm(n))).find(Boolean);
    if (!r) { decisions.set(`entity:${e.id}`, { do: 'reject' }); continue; }
    entityRef.set(e.id, r);
    if (claimed.has(r.name)) {
      decisions.set(`entity:${e.id}`, { do: 'merge', into: claimed.get(r.name) });
      continue;
    }
    claimed.set(r.name, e.id);
    decisions.set(`entity:${e.id}`, e.kind === r.kind ? { do: 'accept' } : { do: 'kind', kind: r.kind });
  }
  const refName = (id) => entityRef.get(id)?.name;
  // Quotes: by their opening words, then the speaker.
  const quoteDone = new Set();
  for (const q of set.quotes) {
    const r = ref.quotes.find((r, i) => !quoteDone.has(i) && norm(q.words.text).startsWith(norm(r.starts)));
    if (!r) { decisions.set(`quote:${q.id}`, { do: 'reject' }); continue; }
    quoteDone.add(ref.quotes.indexOf(r));
    const speaker = q.speaker ? refName(q.speaker) ?? null : null;
    decisions.set(`quote:${q.id}`, speaker === (r.speaker ?? null) ? { do: 'accept' }
      : { do: 'speaker', speaker: r.speaker });
  }
  // Facts: by their two entities (either order) and evidence overlapping
  // the reference's; the wording as written or one the reference lets stand.
  const factDone = new Set();
  const refSpans = ref.facts.map((f) => occurrences(text, f.evidence));
  for (const f of set.facts) {
    const s = refName(f.subject);
    const o = f.object?.entity ? refName(f.object.entity) : undefined;
    const ev = (f.evidence ?? []).map((sp) => utf16(text, sp));
    const candidates = ref.facts.map((r, i) => [r, i]).filter(([r, i]) => !factDone.has(i)
      && s && o && ((r.subject === s && r.object === o) || (r.subject === o && r.object === s))
      && refSpans[i].some((a) => ev.some((b) => overlaps(a, b))));
    const wordings = (r) => [r.relation, ...(r.also ?? [])].map(norm);
    // Written the other way round: right when worded as the reference's
    // `reversed` lets stand ("was replaced by" for "replaced").
    const stands = (r) => (r.subject === s ? wordings(r) : (r.reversed ?? []).map(norm)).includes(norm(f.relation));
    const best = candidates.find(([r]) => stands(r)) ?? candidates.find(([r]) => r.subject === s);
    if (!best) { decisions.set(`fact:${f.id}`, { do: 'reject' }); continue; }
    factDone.add(best[1]);
    decisions.set(`fact:${f.id}`, stands(best[0]) ? { do: 'accept' } : { do: 'relation', relation: best[0].relation });
  }
  for (const ev of set.events) decisions.set(`event:${ev.id}`, { do: 'reject' });
  return {
    decisions,
    addEntities: ref.entities.filter((r) => !claimed.has(r.name)),
    addQuotes: ref.quotes.filter((_, i) => !quoteDone.has(i)),
    addFacts: ref.facts.filter((_, i) => !factDone.has(i)),
    entityId: (name) => claimed.get(name),
  };
}

async function session(browser, server, name) {
  const ref = JSON.parse(readFileSync(join(REF, `${name}.json`), 'utf8'));
  const text = JSON.parse(readFileSync(join(ROOT, ref.text), 'utf8')).text;
  const page = await openPage(browser, `${server.url}author.html`, { width: 1440, height: 1000 });
  const count = { keys: 0, clicks: 0 };
  const press = async (key) => { count.keys += 1; await page.keyboard.press(key); };
  const type = async (words) => { count.keys += words.length; await page.keyboard.type(words); };
  const click = async (locator) => { count.clicks += 1; await locator.click(); };
  const choose = async (locator, value) => { count.clicks += 2; await locator.selectOption(value); };

  await page.waitForSelector('[data-testid=author][data-state=empty]');
  await page.fill('[data-testid=author-text]', text);
  const t0 = Date.now();
  await page.click('[data-testid=author-start]');
  await page.waitForSelector('[data-testid=author][data-state=ready]', { timeout: 60000 });
  const drafted = Date.now() - t0;
  const set = await page.evaluate(() => {
    const record = JSON.parse(localStorage.getItem(`fx-author:draft:${localStorage.getItem('fx-author:current')}`));
    return JSON.parse(record.set);
  });
  const p = plan(set, ref);
  const tally = { accepted: 0, edited: 0, rejected: 0, added: 0, merged: 0 };
  const log = [];

  // What the draft missed, through the page's forms: the entities once
  // the review has gone through the drafted ones, then quotes and facts.
  const tab = (t) => click(page.locator(`[role=tab].tab-${t}`));
  async function selectWords(words) {
    count.clicks += 1; // one drag
    await page.evaluate((words) => {
      const root = document.querySelector('[data-testid=author-article]');
      const at = root.textContent.indexOf(words);
      if (at < 0) throw new Error(`"${words}" is not in the article`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let pos = 0, started = false;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.data.length;
        if (!started && at <= pos + len) { range.setStart(n, at - pos); started = true; }
        if (started && at + words.length <= pos + len) { range.setEnd(n, at + words.length - pos); break; }
        pos += len;
      }
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    }, words);
    await page.waitForFunction((w) => document.querySelector('.sel-words')?.textContent.includes(`“${w}”`), words);
  }
  const added = new Map();
  const idOf = (refName) => p.entityId(refName) ?? added.get(refName);
  async function addEntities() {
  for (const r of p.addEntities) {
    await selectWords(r.name);
    await choose(page.locator('[data-testid=author-new-kind]'), r.kind);
    const mentionOf = (w) => page.evaluate((w) => [...document.querySelectorAll('[data-testid=author-mention]')]
      .filter((m) => m.textContent === w).map((m) => m.dataset.entity), w);
    const before = new Set(await mentionOf(r.name));
    await click(page.locator('[data-testid=author-new-entity]'));
    await page.waitForFunction(([w, n]) => [...document.querySelectorAll('[data-testid=author-mention]')]
      .filter((m) => m.textContent === w).length > n, [r.name, before.size]);
    added.set(r.name, (await mentionOf(r.name)).find((id) => !before.has(id)));
    tally.added++; log.push(`new ${r.kind} "${r.name}"`);
  }
  }

  // The review loop, from the keyboard.
  const panel = page.locator('[data-testid=author-review]');
  await click(page.getByRole('button', { name: 'Review', exact: true }));
  await panel.waitFor();
  const focusPanel = () => page.waitForFunction(() => document.activeElement?.textContent.startsWith('Accept'));
  const moved = (id) => page.waitForFunction((id) => document.querySelector('[data-testid=author-review]')?.dataset.item !== id, id);
  let entitiesAdded = false;
  for (let step = 0; step < 2000; step++) {
    const id = await panel.getAttribute('data-item');
    const kind = await panel.getAttribute('data-kind');
    if (kind !== 'entity' && !entitiesAdded) {
      entitiesAdded = true;
      await addEntities();
      // Back to the review panel: one click on Accept's row.
      if (id) { count.clicks += 1; await panel.getByRole('button', { name: 'Accept', exact: true }).focus(); }
      continue;
    }
    if (!id) break;
    const d = p.decisions.get(`${kind}:${id}`) ?? { do: 'reject' };
    await focusPanel();
    if (d.do === 'accept') { await press('a'); tally.accepted++; }
    else if (d.do === 'reject') { await press('x'); tally.rejected++; log.push(`reject ${kind} ${id}`); }
    else if (d.do === 'kind') {
      await press('e');
      await page.waitForFunction(() => document.activeElement?.dataset.testid === 'author-entity-kind');
      await choose(page.locator(`[data-testid=author-entity][data-entity="${id}"] [data-testid=author-entity-kind]`), d.kind);
      await page.waitForSelector(`[data-testid=author-entity][data-entity="${id}"][data-kind="${d.kind}"]`);
      await press('Escape');
      tally.edited++; log.push(`kind of ${id} → ${d.kind}`);
    } else if (d.do === 'merge') {
      await press('e');
      const merge = page.locator(`[data-testid=author-entity][data-entity="${id}"] [data-testid=author-merge]`);
      await merge.waitFor();
      const into = set.entities.find((e) => e.id === d.into).name;
      await merge.focus();
      await type(into);
      await press('Enter');
      await page.waitForFunction((id) => !document.querySelector(`[data-testid=author-entity][data-entity="${id}"]`), id);
      tally.merged++; log.push(`merge ${id} into ${d.into}`);
    } else if (d.do === 'relation') {
      await press('e');
      await page.waitForFunction(() => document.activeElement?.dataset.testid === 'author-fact-edit-relation');
      await press('Control+a');
      await type(d.relation);
      await press('Enter');
      await page.waitForSelector(`[data-testid=author-fact][data-fact="${id}"][data-review=edited]`);
      tally.edited++; log.push(`relation of ${id} → ${d.relation}`);
    } else if (d.do === 'speaker') {
      await press('e');
      await page.waitForFunction(() => document.activeElement?.dataset.testid === 'author-quote-edit-speaker');
      await choose(page.locator(`[data-testid=author-quote][data-quote="${id}"] [data-testid=author-quote-edit-speaker]`), d.speaker ? idOf(d.speaker) : '');
      await click(page.locator(`[data-testid=author-quote][data-quote="${id}"] [data-testid=author-quote-save]`));
      await page.waitForSelector(`[data-testid=author-quote][data-quote="${id}"][data-review=edited]`);
      tally.edited++; log.push(`speaker of ${id} → ${d.speaker}`);
    }
    await moved(id);
  }

  for (const q of p.addQuotes) {
    const at = text.indexOf(q.starts);
    const end = text.indexOf('"', at) > at ? text.indexOf('"', at) : text.indexOf('\n', at);
    await selectWords(text.slice(at, end).trim());
    await tab('quotes');
    if (q.speaker) await choose(page.locator('[data-testid=author-quote-speaker]'), idOf(q.speaker));
    await click(page.locator('[data-testid=author-add-quote]'));
    tally.added++; log.push(`quote by ${q.speaker ?? 'nobody named'}: “${q.starts}…”`);
  }
  for (const f of p.addFacts) {
    const n = await page.locator('[data-testid=author-fact]').count();
    await selectWords(f.evidence);
    await tab('facts');
    await choose(page.locator('[data-testid=author-fact-subject]'), idOf(f.subject));
    await choose(page.locator('[data-testid=author-fact-object]'), idOf(f.object));
    await click(page.locator('[data-testid=author-fact-relation]'));
    await type(f.relation);
    await click(page.locator('[data-testid=author-add-fact]'));
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=author-fact]').length > n, n);
    tally.added++; log.push(`fact: ${f.subject} — ${f.relation} — ${f.object}`);
  }
  const wall = Date.now() - t0;

  // The export, compared with the reference.
  const problems = Number(await page.locator('[data-testid=author-problems]').getAttribute('data-count'));
  await tab('export');
  await shot(page, `author-session-${name}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=author-export]')]);
  const dir = mkdtempSync(join(tmpdir(), 'fx-session-'));
  const file = join(dir, `${name}.facts.json`);
  await download.saveAs(file);
  const out = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(out.entities.map((e) => [e.id, e]));
  const nameOf = (id) => byId.get(id)?.name;
  const refOf = (n) => ref.entities.find((r) => [r.name, ...(r.aliases ?? [])].some((a) => norm(a) === norm(n)));
  const entitiesOk = ref.entities.filter((r) => out.entities.some((e) => refOf(e.name) === r && e.kind === r.kind)).length;
  const factsOk = ref.facts.filter((r) => out.facts.some((f) => {
    const [s, o] = [refOf(nameOf(f.subject) ?? '')?.name, refOf(nameOf(f.object?.entity) ?? '')?.name];
    return (s === r.subject && o === r.object && [r.relation, ...(r.also ?? [])].map(norm).includes(norm(f.relation)))
      || (s === r.object && o === r.subject && (r.reversed ?? []).map(norm).includes(norm(f.relation)));
  })).length;
  const quotesOk = ref.quotes.filter((r) => out.quotes.some((q) => norm(q.words.text).startsWith(norm(r.starts))
    && (r.speaker ? refOf(nameOf(q.speaker) ?? '')?.name === r.speaker : !q.speaker))).length;
  await page.context().close();
  const draftedItems = set.entities.length + set.quotes.length + set.facts.length + set.events.length;
  return {
    name, words: text.split(/\s+/).length, draftedItems, drafted, wall, problems, ...tally, ...count, log,
    reached: `${entitiesOk}/${ref.entities.length} entities, ${quotesOk}/${ref.quotes.length} quotes, ${factsOk}/${ref.facts.length} facts`,
    extra: `${out.entities.length - entitiesOk} entities, ${out.facts.length - factsOk} facts beyond it`,
    file, errors: page.errors,
  };
}

const server = await serve(DIST);
const browser = await launch();
const rows = [];
try {
  for (const name of names) {
    const r = await session(browser, server, name);
    console.log(`\n## ${name} (${r.words} words): ${r.log.length} corrections`);
    for (const [i, l] of r.log.entries()) console.log(`${String(i + 1).padStart(3)}. ${l}`);
    console.log(`exported ${r.file}: the reference's ${r.reached}; ${r.extra}; problems ${r.problems}`);
    if (r.errors.length) console.log('page errors:', r.errors);
    rows.push(r);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log('\n| article | drafted items | accepted | edited | merged | rejected | added | edits + additions | keystrokes | clicks | draft shown | wall time |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.name} | ${r.draftedItems} | ${r.accepted} | ${r.edited} | ${r.merged} | ${r.rejected} | ${r.added} | ${r.edited + r.merged + r.added} | ${r.keys} | ${r.clicks} | ${(r.drafted / 1000).toFixed(1)} s | ${(r.wall / 1000).toFixed(1)} s |`);
}
