// One authoring session, replayable: the GUM news article "soccer" pasted
// into dist/author.html, drafted, and corrected through the page's own
// controls (clicks, selections, typing) until I would publish it; then
// exported and loaded into <fact-explorer>. Prints the draft as it came,
// each correction, and the result. Run after a build:
//
//   node tests/browser/bench/author-session.mjs
//
// The corrections are my judgement of this draft; the script fails loudly
// if the draft no longer has what a correction expects.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../server.mjs';
import { launch, openPage, shot, DIST, ROOT } from '../browser.mjs';

const soccer = JSON.parse(readFileSync(join(ROOT, 'crates/draft/data/gum/GUM_news_soccer.json'), 'utf8')).text;
const server = await serve(DIST);
const browser = await launch();
const page = await openPage(browser, `${server.url}author.html`, { width: 1440, height: 1000 });
await page.waitForSelector('[data-testid=author][data-state=empty]');
await page.fill('[data-testid=author-text]', soccer);
const t0 = Date.now();
await page.click('[data-testid=author-start]');
await page.waitForSelector('[data-testid=author][data-state=ready]', { timeout: 30000 });

const count = (sel) => page.locator(sel).count();
const drafted = {
  entities: await count('[data-testid=author-entity]'),
  mentions: await count('[data-testid=author-mention]'),
  quotes: await page.locator('[role=tab].tab-quotes .count').textContent(),
};
console.log(`# Authoring GUM news "soccer" (${soccer.split(/\s+/).length} words) in dist/author.html`);
console.log(`draft: ${drafted.entities} entities, ${drafted.mentions} mentions, ${drafted.quotes} quotes, in ${Date.now() - t0} ms to the page`);

const corrections = [];
const did = (what) => { corrections.push(what); console.log(`${String(corrections.length).padStart(2)}. ${what}`); };
const entity = (id) => page.locator(`[data-testid=author-entity][data-entity="${id}"]`);
const tab = (name) => page.locator(`[role=tab].tab-${name}`).click();

async function selectWords(words) {
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
async function setKind(id, kind, why) {
  await tab('entities');
  await entity(id).locator('[data-testid=author-entity-kind]').selectOption(kind);
  await page.waitForSelector(`[data-testid=author-entity][data-entity="${id}"][data-kind="${kind}"]`);
  did(`kind of ${id} → ${kind} (${why})`);
}
async function merge(id, into, why) {
  await tab('entities');
  await entity(id).locator('[data-testid=author-entity-edit]').click();
  await entity(id).locator('[data-testid=author-merge]').fill(into);
  await entity(id).locator('[data-testid=author-merge]').press('Enter');
  await page.waitForFunction((id) => !document.querySelector(`[data-testid=author-entity][data-entity="${id}"]`), id);
  did(`merge ${id} into ${into} (${why})`);
}
async function remove(id, why) {
  await tab('entities');
  await entity(id).locator('[data-testid=author-delete-entity]').click();
  await page.getByRole('button', { name: 'Delete it' }).click();
  await page.waitForFunction((id) => !document.querySelector(`[data-testid=author-entity][data-entity="${id}"]`), id);
  did(`delete ${id} (${why})`);
}
async function newEntity(words, kind, why) {
  await selectWords(words);
  await page.locator('[data-testid=author-new-kind]').selectOption(kind);
  await page.click('[data-testid=author-new-entity]');
  await page.waitForFunction((w) => [...document.querySelectorAll('[data-testid=author-mention]')].some((m) => m.textContent === w), words);
  did(`new ${kind} "${words}" (${why})`);
}
async function fact(evidence, subject, relation, object) {
  await selectWords(evidence);
  await tab('facts');
  await page.locator('[data-testid=author-fact-subject]').selectOption(subject);
  await page.locator('[data-testid=author-fact-object]').selectOption(object);
  await page.fill('[data-testid=author-fact-relation]', relation);
  await page.click('[data-testid=author-add-fact]');
  await page.locator('[data-testid=author-fact]', { hasText: ` — ${relation} — ` }).first().waitFor();
  did(`fact: ${subject} — ${relation} — ${object}`);
}

// What the draft has, read before correcting.
await tab('facts');
const draftedFacts = await page.locator('[data-testid=author-fact] .what').allTextContents();
console.log(`drafted facts (${draftedFacts.length}), all kept:`);
for (const f of draftedFacts) console.log(`   - ${f}`);
console.log('corrections:');

// Entities.
await setKind('england', 'country', 'the national side, not a region');
await merge('korea', 'South Korea', '"Korea" is the South Korean side');
await remove('republic', 'the second word of "Korea Republic", taken for a city');
await merge('belgians', 'Belgium', 'the Belgian side, taken for a person');
await newEntity('Kevin De Bruyne', 'person', 'the draft had only "Bruyne"');
await remove('bruyne', 'replaced by the full name');
await setKind('ferjani_sassi', 'person', 'a Tunisian player, taken for an organisation');
await setKind('budweiser_man_of_the_match', 'event', 'an award, so that winning it can be a fact');

// Facts the draft did not propose.
await fact('Swedish captain Andreas Granqvist', 'andreas_granqvist', 'is captain of', 'sweden');
await fact('Andreas Granqvist scored from the penalty spot, putting Sweden 1 – 0 up', 'andreas_granqvist', 'scored a penalty for', 'sweden');
await fact('Swedish captain Andreas Granqvist won the Budweiser Man of the Match award', 'andreas_granqvist', 'won', 'budweiser_man_of_the_match');
await fact('Dries Mertens scored a goal from a volley', 'dries_mertens', 'scored for', 'belgium');
await fact('Romelu Lukaku doubled the lead for Belgium', 'romelu_lukaku', 'scored for', 'belgium');
await fact('Lukaku won the Budweiser Man of the Match award', 'romelu_lukaku', 'won', 'budweiser_man_of_the_match');
await fact('Hernan Dario Gomez, Panama coach', 'hernan_dario_gomez', 'is coach of', 'panama');
await fact('Ferjani Sassi scored from the penalty spot', 'ferjani_sassi', 'scored a penalty for', 'tunisia');
await fact('English captain Harry Kane', 'harry_kane', 'is captain of', 'england');
await fact('English captain Harry Kane scored a second goal', 'harry_kane', 'scored twice for', 'england');
await fact('Harry Kane won the Budweiser Man of the Match award', 'harry_kane', 'won', 'budweiser_man_of_the_match');

const problems = await page.locator('[data-testid=author-problems]').getAttribute('data-count');
await tab('facts');
await shot(page, 'author-session-1440');
await tab('export');
const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=author-export]')]);
const dir = mkdtempSync(join(tmpdir(), 'fx-session-'));
await download.saveAs(join(dir, 'soccer.facts.json'));
const out = JSON.parse(readFileSync(join(dir, 'soccer.facts.json'), 'utf8'));
console.log(`result: ${out.entities.length} entities, ${out.facts.length} facts, ${out.quotes.length} quotes; problems ${problems}; ${corrections.length} corrections; written to ${join(dir, 'soccer.facts.json')}`);
writeFileSync(join(dir, 'corrections.txt'), corrections.join('\n'));
if (page.errors.length) console.log('page errors:', page.errors);
await browser.close();
await server.close();
