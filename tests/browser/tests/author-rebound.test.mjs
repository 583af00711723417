// Re-bounding a mention with the keyboard (issue 28, item 7): with a
// mention selected in the article, `[` and `]` take in the word before or
// after it and `{` and `}` let go of its first or last word, each in one
// undoable edit of the same mention (not a new mention and a deletion).
// The word cursor, Shift + arrows and the review keys keep working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve } from '../server.mjs';
import { launch, openPage, DIST, ROOT } from '../browser.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Selects `words` in the article as a mouse would. */
async function selectWords(page, words) {
  await page.evaluate((words) => {
    const root = document.querySelector('[data-testid=author-article]');
    const at = root.textContent.indexOf(words);
    if (at < 0) throw new Error(`"${words}" is not in the article`);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let pos = 0;
    let started = false;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const len = n.data.length;
      if (!started && at >= pos && at <= pos + len) { range.setStart(n, at - pos); started = true; }
      if (at + words.length <= pos + len) { range.setEnd(n, at + words.length - pos); break; }
      pos += len;
    }
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, words);
  await page.waitForFunction((w) => document.querySelector('.sel-words')?.textContent.includes(`“${w}”`), words);
}

const kim = '[data-testid=author-mention][data-entity=jim_yong_kim]';
const kimText = (page) => page.locator(kim).evaluateAll((els) => els.map((e) => e.textContent));
const selected = (page) => page.locator('.sel-words').textContent();

test('a mention grows and shrinks a word at a time with [ ] { }, one undoable edit each', async () => {
  const page = await openPage(browser, `${server.url}author.html`, { width: 1440, height: 1000 });
  await page.waitForSelector('[data-testid=author][data-state=empty]');
  await page.setInputFiles('[data-testid=author-open]', join(ROOT, 'crates/core/src/data/article.facts.json'));
  await page.waitForSelector('[data-testid=author][data-state=ready]');
  assert.deepEqual(await kimText(page), ['Jim Yong Kim']);

  await selectWords(page, 'Jim Yong Kim');
  await page.focus('[data-testid=author-article]');
  await page.keyboard.press('}');
  await page.waitForFunction((s) => document.querySelector(s)?.textContent === 'Jim Yong', kim);
  assert.match(await selected(page), /“Jim Yong”/, 'the selection follows the mention');
  await page.keyboard.press('[');
  await page.waitForFunction((s) => document.querySelector(s)?.textContent === 'and Jim Yong', kim);
  await page.keyboard.press('{');
  await page.keyboard.press(']');
  await page.waitForFunction((s) => document.querySelector(s)?.textContent === 'Jim Yong Kim', kim);
  // Still one mention: each key moved its bounds.
  assert.deepEqual(await kimText(page), ['Jim Yong Kim']);
  const row = page.locator('[data-testid=author-entity][data-entity=jim_yong_kim]');
  assert.equal(await row.getAttribute('data-review'), 'edited');
  assert.equal(await page.locator('[data-testid=author-problems]').getAttribute('data-count'), '0');

  // Nothing to take in or let go of: said, nothing changes.
  await selectWords(page, 'Jim Yong Kim');
  await page.focus('[data-testid=author-article]');
  for (let i = 0; i < 2; i++) await page.keyboard.press('}');
  await page.waitForFunction((s) => document.querySelector(s)?.textContent === 'Jim', kim);
  await page.keyboard.press('}');
  await page.waitForFunction(() => document.querySelector('.message')?.textContent.includes('no word'));
  assert.deepEqual(await kimText(page), ['Jim']);

  // Undo goes back one key at a time.
  await page.keyboard.press('Control+z');
  await page.waitForFunction((s) => document.querySelector(s)?.textContent === 'Jim Yong', kim);
  await page.keyboard.press('Control+z');
  await page.waitForFunction((s) => document.querySelector(s)?.textContent === 'Jim Yong Kim', kim);

  // A letter (a review key) does nothing here with the review closed.
  await page.keyboard.press('a');
  assert.deepEqual(await kimText(page), ['Jim Yong Kim']);
  // With no mention selected, the keys say so and change nothing.
  const before = await page.locator('[data-testid=author-mention]').evaluateAll((els) => els.map((e) => e.textContent));
  await page.keyboard.press('Escape');
  await page.keyboard.press(']');
  await page.waitForFunction(() => document.querySelector('.message')?.textContent.includes('Select a mention first'));
  assert.deepEqual(await page.locator('[data-testid=author-mention]').evaluateAll((els) => els.map((e) => e.textContent)), before);
  // The word cursor and Shift + arrows still move and extend the selection.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.waitForFunction(() => /“\S+ \S+”/.test(document.querySelector('.sel-words')?.textContent ?? ''));
  // Listed among the shortcuts.
  await page.locator('body').press('?');
  for (const k of ['[', ']', '{', '}']) {
    assert.ok(await page.locator('.help dt', { hasText: k }).count() > 0, `${k} is listed`);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
