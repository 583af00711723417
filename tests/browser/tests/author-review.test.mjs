// The authoring page's review loop (issue 28, item 6), in real Chromium:
// a drafted GUM article reviewed with the keyboard only (accept, reject,
// edit, undo, accept the remaining of a kind), the rows' data-review, the
// unreviewed count before export, an export without the rejected items,
// decisions kept over a reload, an old saved draft opening all drafted,
// axe and screenshots with the panel open.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../server.mjs';
import { launch, openPage, shot, DIST, ROOT, HERE } from '../browser.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const soccer = JSON.parse(readFileSync(join(ROOT, 'crates/draft/data/gum/GUM_news_soccer.json'), 'utf8')).text;
const author = () => `${server.url}author.html`;

async function draft(page, text) {
  await page.waitForSelector('[data-testid=author][data-state=empty]');
  await page.fill('[data-testid=author-text]', text);
  await page.click('[data-testid=author-start]');
  await page.waitForSelector('[data-testid=author][data-state=ready]', { timeout: 30000 });
}

/** The draft as this browser saved it: the record and its fact set. */
async function saved(page) {
  return page.evaluate(() => {
    const record = JSON.parse(localStorage.getItem(`fx-author:draft:${localStorage.getItem('fx-author:current')}`));
    return { record, set: JSON.parse(record.set) };
  });
}

const panel = (page) => page.locator('[data-testid=author-review]');
const item = async (page) => ({ id: await panel(page).getAttribute('data-item'), kind: await panel(page).getAttribute('data-kind') });
const row = (page, kind, id) => page.locator(`[data-testid=author-${kind}][data-${kind}="${id}"]`);
/** Waits until the panel shows another item than `id`. */
const movedFrom = (page, id) => page.waitForFunction((id) => document.querySelector('[data-testid=author-review]')?.dataset.item !== id, id);
const progress = (page) => panel(page).locator('.review-progress').innerText();

test('a drafted article reviewed with the keyboard only: accept, reject, edit, undo, accept the rest, export, reload', async () => {
  const page = await openPage(browser, author(), { width: 1280, height: 900 });
  await draft(page, soccer);
  const { set } = await saved(page);
  const total = set.entities.length + set.quotes.length + set.facts.length + set.events.length;
  const confidence = set.draft.confidence;
  // Entities first, the least confident first.
  const order = set.entities.map((e, i) => [e.id, confidence[e.id] ?? Infinity, i])
    .sort((a, b) => a[1] - b[1] || a[2] - b[2]).map((x) => x[0]);
  assert.ok(order.length > 20 && confidence[order[0]] < confidence[order[order.length - 1]]);
  for (const r of await page.locator('[data-testid=author-entity]').evaluateAll((els) => els.map((e) => e.dataset.review))) assert.equal(r, 'drafted');

  // Open the review from the keyboard: the focus lands on Accept.
  const toggle = page.getByRole('button', { name: 'Review', exact: true });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await panel(page).waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent.startsWith('Accept'));
  assert.deepEqual(await item(page), { id: order[0], kind: 'entity' });
  assert.equal(await progress(page), `1 of ${total}`);
  for (const [name, key] of [['Accept', 'A'], ['Reject', 'X'], ['Edit', 'E']]) {
    assert.equal(await panel(page).getByRole('button', { name, exact: true }).getAttribute('aria-keyshortcuts'), key);
  }
  // The item's evidence is selected in the article: its first mention.
  const first = set.entities.find((e) => e.id === order[0]);
  await page.waitForFunction((w) => getSelection().toString() === w, first.mentions[0].text);

  // A accepts, X rejects; the panel steps on.
  await page.keyboard.press('a');
  await movedFrom(page, order[0]);
  assert.deepEqual(await item(page), { id: order[1], kind: 'entity' });
  assert.equal(await row(page, 'entity', order[0]).getAttribute('data-review'), 'accepted');
  assert.equal(await progress(page), `2 of ${total}`);
  await page.keyboard.press('x');
  await movedFrom(page, order[1]);
  assert.equal(await row(page, 'entity', order[1]).getAttribute('data-review'), 'rejected');

  // Undo takes the rejection back, then the acceptance; the panel goes back
  // with them. Redo does both again.
  await page.keyboard.press('Control+z');
  await page.waitForSelector(`[data-testid=author-entity][data-entity="${order[1]}"][data-review=drafted]`);
  assert.deepEqual(await item(page), { id: order[1], kind: 'entity' });
  await page.keyboard.press('Control+z');
  await page.waitForSelector(`[data-testid=author-entity][data-entity="${order[0]}"][data-review=drafted]`);
  assert.deepEqual(await item(page), { id: order[0], kind: 'entity' });
  assert.equal(await progress(page), `1 of ${total}`);
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+Shift+z');
  await page.waitForSelector(`[data-testid=author-entity][data-entity="${order[1]}"][data-review=rejected]`);
  assert.equal(await row(page, 'entity', order[0]).getAttribute('data-review'), 'accepted');
  assert.deepEqual(await item(page), { id: order[2], kind: 'entity' });

  // E edits: the entity's row opens with the focus on its kind; a new
  // kind marks it edited (the panel steps on), Tab reaches the name, and
  // Esc comes back to the panel.
  await page.keyboard.press('e');
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'author-entity-kind');
  const renamed = order[2];
  const kindBefore = await row(page, 'entity', renamed).getAttribute('data-kind');
  await page.keyboard.press('ArrowDown');
  await page.waitForSelector(`[data-testid=author-entity][data-entity="${renamed}"][data-review=edited]:not([data-kind="${kindBefore}"])`);
  // The panel stays on it while it is being edited, the focus on its kind.
  assert.deepEqual(await item(page), { id: renamed, kind: 'entity' });
  await page.waitForFunction((id) => document.activeElement?.dataset.testid === 'author-entity-kind'
    && document.activeElement.closest('[data-testid=author-entity]')?.dataset.entity === id, renamed);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'author-entity-name');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Renamed in review');
  await page.keyboard.press('Enter');
  await page.waitForSelector(`[data-testid=author-entity][data-entity="${renamed}"][data-review=edited]`);
  assert.match(await row(page, 'entity', renamed).innerText(), /Renamed in review/);
  // (The row re-rendered: the focus is back in it, on its kind.)
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'author-entity-kind');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.textContent.startsWith('Accept'));
  assert.deepEqual(await item(page), { id: order[3], kind: 'entity' });
  assert.equal(await row(page, 'entity', renamed).locator('[data-testid=author-entity-name]').count(), 0, 'its form closed');
  // S skips: the next one is shown, the skipped one stays to review.
  await page.keyboard.press('s');
  await movedFrom(page, order[3]);
  assert.equal(await row(page, 'entity', order[3]).getAttribute('data-review'), 'drafted');
  await shot(page, 'author-review-1280');

  // Accept the remaining entities, from the keyboard: the panel goes on to
  // the quotes (or facts).
  const remaining = panel(page).getByRole('button', { name: /^Accept the remaining \d+ entities$/ });
  assert.equal(await remaining.innerText(), `Accept the remaining ${set.entities.length - 3} entities`);
  await remaining.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=author-review]')?.dataset.kind !== 'entity');
  const states = await page.locator('[data-testid=author-entity]').evaluateAll((els) => els.map((e) => e.dataset.review));
  assert.equal(states.filter((s) => s === 'drafted').length, 0);
  assert.deepEqual([...new Set(states)].sort(), ['accepted', 'edited', 'rejected']);

  // Reject the first fact the panel shows (the quotes accepted first).
  if ((await item(page)).kind === 'quote') {
    const quotes = panel(page).getByRole('button', { name: /^Accept the remaining/ });
    if (await quotes.count()) { await quotes.focus(); await page.keyboard.press('Enter'); } else { await panel(page).getByRole('button', { name: 'Accept', exact: true }).focus(); await page.keyboard.press('a'); }
    await page.waitForFunction(() => document.querySelector('[data-testid=author-review]')?.dataset.kind === 'fact');
  }
  await panel(page).getByRole('button', { name: 'Accept', exact: true }).focus();
  // E on a fact: its form opens with the focus on the relation; Enter
  // saves it (edited), and the focus is back on the panel, on the next fact.
  const { id: editedFact } = await item(page);
  await page.keyboard.press('e');
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'author-fact-edit-relation');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('was corrected in review');
  await page.keyboard.press('Enter');
  await page.waitForSelector(`[data-testid=author-fact][data-fact="${editedFact}"][data-review=edited]`);
  await movedFrom(page, editedFact);
  await page.waitForFunction(() => document.activeElement?.textContent.startsWith('Accept'));
  assert.match(await row(page, 'fact', editedFact).innerText(), /was corrected in review/);
  const { id: rejectedFact, kind } = await item(page);
  assert.equal(kind, 'fact');
  await page.keyboard.press('x');
  await movedFrom(page, rejectedFact);
  await page.locator('[role=tab].tab-facts').click();
  assert.equal(await row(page, 'fact', rejectedFact).getAttribute('data-review'), 'rejected');
  // The facts naming the rejected entity go with it: marked, never asked.
  const gone = order[1];
  const named = (f) => f.subject === gone || f.object?.entity === gone
    || Object.values(f.qualifiers ?? {}).includes(gone);
  const goneFacts = set.facts.filter(named).map((f) => f.id);
  assert.ok(goneFacts.length > 0, `${gone} is in no fact: pick another entity to reject`);
  for (const id of goneFacts) {
    assert.match(await row(page, 'fact', id).innerText(), /left out/);
    assert.notEqual(id, rejectedFact);
    assert.notEqual(id, editedFact);
  }

  // Before the export: the page says how many are unreviewed (neither
  // decided nor going with the rejected entity).
  const { record } = await saved(page);
  const settled = new Set(Object.entries(record.review).flatMap(([k, m]) => Object.keys(m).map((id) => `${k}:${id}`)));
  for (const id of goneFacts) settled.add(`fact:${id}`);
  const unreviewed = total - settled.size;
  assert.ok(unreviewed > 0);
  await page.locator('[role=tab].tab-export').click();
  const note = page.locator('[data-testid=author-unreviewed]');
  assert.equal(await note.getAttribute('data-count'), String(unreviewed));
  assert.match(await note.innerText(), new RegExp(`^${unreviewed} items not reviewed yet`));
  assert.match(await note.innerText(), /2 rejected items are left out of the file/);
  assert.equal(await page.locator('[data-testid=author-export]').getAttribute('aria-describedby'), 'author-review-note');
  // The inline embed snippet holds the same set as the file: no rejected entity.
  const inline = await page.locator('[data-testid=author-snippet-inline]').inputValue();
  const embedded = JSON.parse(inline.split('application/json">')[1].split('</script>')[0]);
  assert.equal(embedded.entities.length, set.entities.length - 1);
  assert.ok(!embedded.facts.some((f) => f.id === rejectedFact));
  await shot(page, 'author-review-export-1280');

  // The export leaves the rejected entity, its facts and the rejected fact out.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=author-export]')]);
  const dir = mkdtempSync(join(tmpdir(), 'fx-review-'));
  await download.saveAs(join(dir, 'r.facts.json'));
  const out = JSON.parse(readFileSync(join(dir, 'r.facts.json'), 'utf8'));
  assert.equal(out.entities.length, set.entities.length - 1);
  assert.ok(!out.entities.some((e) => e.id === gone));
  assert.ok(out.entities.some((e) => e.id === renamed && e.name === 'Renamed in review'));
  assert.ok(out.facts.some((f) => f.id === editedFact && f.relation === 'was corrected in review'));
  assert.ok(!out.facts.some((f) => f.id === rejectedFact || goneFacts.includes(f.id)));
  assert.equal(out.facts.length, set.facts.length - new Set([rejectedFact, ...goneFacts]).size);
  assert.ok(!(gone in out.draft.confidence) && !(rejectedFact in out.draft.confidence));

  // A reload keeps every decision, and the review goes on where it was.
  await page.waitForSelector('[data-testid=author-saved][data-state=saved]');
  await page.locator('[role=tab].tab-entities').click();
  const before = await page.locator('[data-testid=author-entity]').evaluateAll((els) => els.map((e) => [e.dataset.entity, e.dataset.review]));
  await page.reload();
  await page.waitForSelector('[data-testid=author][data-state=ready]');
  const back = await page.locator('[data-testid=author-entity]').evaluateAll((els) => els.map((e) => [e.dataset.entity, e.dataset.review]));
  assert.equal(back.length, set.entities.length);
  assert.deepEqual(back, before);
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  assert.equal(await progress(page), `${total - unreviewed + 1} of ${total}`);
  await page.locator('[role=tab].tab-facts').click();
  assert.equal(await row(page, 'fact', rejectedFact).getAttribute('data-review'), 'rejected');
  // A rejected item can be restored from its row.
  await row(page, 'fact', rejectedFact).getByRole('button', { name: /^Restore/ }).click();
  await page.waitForSelector(`[data-testid=author-fact][data-fact="${rejectedFact}"][data-review=drafted]`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an item the person makes is added; editing a drafted fact from its row marks it edited', async () => {
  const page = await openPage(browser, author(), { width: 1280, height: 900 });
  await draft(page, 'Larry Fink met President Lee Jae-myung in New York on Monday. Lee said the talks went well.');
  // A new entity from selected words.
  await page.evaluate(() => {
    const root = document.querySelector('[data-testid=author-article]');
    const node = [...root.querySelectorAll('span, mark')].map((e) => e.firstChild).find((n) => n?.data?.includes('talks'));
    const at = node.data.indexOf('talks');
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 5);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  });
  await page.selectOption('[data-testid=author-new-kind]', 'event');
  await page.click('[data-testid=author-new-entity]');
  await page.waitForSelector('[data-testid=author-entity][data-entity=talks][data-review=added]');
  // A drafted fact corrected in its row: edited.
  await page.locator('[role=tab].tab-facts').click();
  const fact = page.locator('[data-testid=author-fact]').first();
  const id = await fact.getAttribute('data-fact');
  assert.equal(await fact.getAttribute('data-review'), 'drafted');
  await fact.locator('[data-testid=author-fact-edit]').click();
  await fact.locator('[data-testid=author-fact-edit-relation]').fill('met with');
  await fact.locator('[data-testid=author-fact-save]').click();
  await page.waitForSelector(`[data-testid=author-fact][data-fact="${id}"][data-review=edited]`);
  // Undo takes the mark back with the edit.
  await page.locator('header.top h1').click();
  await page.keyboard.press('Control+z');
  await page.waitForSelector(`[data-testid=author-fact][data-fact="${id}"][data-review=drafted]`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a draft saved before the review loop opens with every item drafted', async () => {
  const page = await openPage(browser, author(), { width: 1280, height: 900 });
  await page.waitForSelector('[data-testid=author][data-state=empty]');
  const tiny = readFileSync(join(DIST, 'tiny.facts.json'), 'utf8');
  await page.evaluate((tiny) => {
    // A record as the page wrote it before: no "review".
    const record = { version: 1, schema: 'fact-explorer/1', id: 'old', title: 'Old', saved_at: 1, tab: 'gone', revision: 2, set: tiny };
    localStorage.setItem('fx-author:draft:old', JSON.stringify(record));
    localStorage.setItem('fx-author:drafts', JSON.stringify([{ id: 'old', title: 'Old', saved_at: 1 }]));
  }, tiny);
  await page.reload();
  await page.locator('[data-testid=author-draft][data-draft=old] [data-testid=author-draft-open]').click();
  await page.waitForSelector('[data-testid=author][data-state=ready]');
  const set = JSON.parse(tiny);
  const total = set.entities.length + (set.quotes?.length ?? 0) + set.facts.length + (set.events?.length ?? 0);
  const states = await page.locator('[data-testid=author-entity]').evaluateAll((els) => els.map((e) => e.dataset.review));
  assert.deepEqual([...new Set(states)], ['drafted']);
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  assert.equal(await progress(page), `1 of ${total}`);
  // No confidences in a hand-made set: the set's order.
  assert.deepEqual(await item(page), { id: set.entities[0].id, kind: 'entity' });
  await page.keyboard.press('a');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('fx-author:draft:old')).review?.entity);
  const record = await page.evaluate(() => JSON.parse(localStorage.getItem('fx-author:draft:old')));
  assert.equal(record.version, 1);
  assert.deepEqual(record.review, { entity: { [set.entities[0].id]: 'accepted' } });
  // To the end, a kind at a time: every item reviewed, nothing left to say.
  for (let guard = 0; guard < 20 && await panel(page).getAttribute('data-item'); guard++) {
    const { id } = await item(page);
    const rest = panel(page).getByRole('button', { name: /^Accept the remaining/ });
    if (await rest.count()) await rest.click(); else await page.keyboard.press('a');
    await movedFrom(page, id);
  }
  assert.equal(await panel(page).getAttribute('data-item'), '');
  assert.match(await panel(page).innerText(), /Every item is reviewed: \d+ accepted, 0 edited, 0 rejected, 0 added/);
  assert.equal(await progress(page), `${total} of ${total}`);
  await page.locator('[role=tab].tab-export').click();
  assert.equal(await page.locator('[data-testid=author-unreviewed]').getAttribute('data-count'), '0');
  assert.match(await page.locator('[data-testid=author-unreviewed]').innerText(), /^Every item is reviewed\./);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('rejecting the item a problem is in clears the problem and lets the export go', async () => {
  // tiny.facts.json with a mention of Kenji Ito ($.entities[1]) whose words
  // are not the article's.
  const tiny = JSON.parse(readFileSync(join(ROOT, 'examples/tiny.facts.json'), 'utf8'));
  tiny.entities[1].mentions[0].text = 'Kenji Itō';
  const dir = mkdtempSync(join(tmpdir(), 'fx-review-'));
  writeFileSync(join(dir, 'bad.facts.json'), JSON.stringify(tiny));
  const page = await openPage(browser, author(), { width: 1280, height: 900 });
  await page.waitForSelector('[data-testid=author][data-state=empty]');
  await page.setInputFiles('[data-testid=author-open]', join(dir, 'bad.facts.json'));
  await page.waitForSelector('[data-testid=author-problems][data-count="1"]');
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  assert.deepEqual(await item(page), { id: tiny.entities[0].id, kind: 'entity' });
  await page.keyboard.press('a');
  await movedFrom(page, tiny.entities[0].id);
  assert.deepEqual(await item(page), { id: tiny.entities[1].id, kind: 'entity' });
  await page.keyboard.press('x');
  await page.waitForSelector('[data-testid=author-problems][data-count="0"]');
  await page.locator('[role=tab].tab-export').click();
  assert.equal(await page.locator('[data-testid=author-export]').isDisabled(), false);
  // Undo: the problem is back, and the export waits again.
  await page.keyboard.press('Control+z');
  await page.waitForSelector('[data-testid=author-problems][data-count="1"]');
  assert.equal(await page.locator('[data-testid=author-export]').isDisabled(), true);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the review panel passes axe in light and dark at 375, 1280 and 1440 px, and fits a phone', async () => {
  const axe = readFileSync(join(HERE, 'node_modules/axe-core/axe.min.js'), 'utf8');
  for (const [width, height] of [[375, 812], [1280, 900], [1440, 1000]]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await openPage(browser, author(), { width, height, colorScheme });
      await draft(page, soccer);
      await page.getByRole('button', { name: 'Review', exact: true }).click();
      await panel(page).waitFor();
      await page.keyboard.press('a');
      await page.keyboard.press('x');
      await page.waitForSelector('[data-testid=author-entity][data-review=rejected]');
      await page.addScriptTag({ content: axe });
      const result = await page.evaluate(async () => {
        const r = await window.axe.run(document, { exclude: [['fact-explorer']] });
        return r.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes[0]?.target})`);
      });
      assert.deepEqual(result, [], `axe at ${width} px in ${colorScheme}`);
      if (width === 375) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
        const wide = await page.evaluate(() => [...document.querySelectorAll('[data-testid=author-review] button')]
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5).map((el) => el.textContent));
        assert.deepEqual(wide, []);
      }
      await panel(page).scrollIntoViewIfNeeded();
      await shot(page, `author-review-${width}-${colorScheme}`);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  }
});
