// The archive's identity review page (archive.html?identities, issue 29) in
// real Chromium, on the demo archive the build writes into dist/archive/:
// each proposal with its evidence (names, kinds, articles, the sentence
// naming each) and Same / Not same, each automatic merge with Undo (not
// same), all by keyboard; the decisions file downloaded and copied; written
// into a copy of the archive folder and rebuilt, the merge and the splits
// are applied; data with markup stays text; axe at 375 and 1440 px;
// screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../server.mjs';
import { launch, openPage, shot, DIST, ROOT, axeViolations, sidewaysOverflow } from '../browser.mjs';

const SITE = join(DIST, 'archive');
const review = JSON.parse(readFileSync(join(SITE, 'review.json'), 'utf8'));
const kinds = (p) => new Set(p.members.map((m) => m.kind));
// Two entities of one kind named alike; two of different kinds; a join of
// two articles' entities that is the merge's only one.
const alike = review.proposals.find((p) => p.members.length === 2 && kinds(p).size === 1);
const apart = review.proposals.find((p) => p.members.length === 2 && kinds(p).size === 2);
const merge = review.merges.find((m) => m.links.length === 1);
const joined = merge?.links[0];

let server, browser, tmp;
before(async () => {
  server = await serve(DIST);
  browser = await launch();
  tmp = mkdtempSync(join(tmpdir(), 'fx-identities-'));
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const open = async (base = server.url, opts) => {
  const p = await openPage(browser, `${base}archive.html?identities`, opts);
  await p.waitForSelector('[data-testid=identity-review][data-state=ready]');
  return p;
};
const proposal = (p, entities) => p.locator(`[data-testid=identity-proposal][data-entities="${entities.join(' ')}"]`);
const linkOf = (p, l) => p.locator(`.review-link[data-members="${l.a.article}/${l.a.id} ${l.b.article}/${l.b.id}"]`);
const fileText = (p) => p.locator('[data-testid=identity-file]').inputValue();
/** The entity key of `article`'s entity `id` in an entities.json list. */
const keyIn = (list, article, id) => list.find((e) => e.members.some(([a, i]) => a === article && i === id))?.key;

test('the demo archive has proposals of each sort and a merge to undo', () => {
  assert.ok(alike && apart && joined, 'a same-kind proposal, a two-kind one and a one-link merge');
  assert.equal(review.decisions_file, '', 'the demo archive has no decisions file');
});

test('each proposal and merge is listed with its evidence: names, kinds, articles, the sentence naming each', async () => {
  const p = await open();
  const shown = await p.locator('[data-testid=identity-proposal]').evaluateAll((els) => els.map((e) => e.dataset.entities));
  assert.deepEqual(shown, review.proposals.map((x) => x.entities.join(' ')));
  const el = proposal(p, apart.entities);
  const text = await el.textContent();
  for (const e of apart.evidence) assert.ok(text.includes(e), `evidence ${e}`);
  const members = await el.locator('.review-member').evaluateAll((els) => els.map((m) => ({
    article: m.dataset.article, entity: m.dataset.entity, text: m.textContent,
    links: [...m.querySelectorAll('a')].map((a) => a.getAttribute('href')),
  })));
  assert.equal(members.length, 2);
  for (const [i, m] of apart.members.entries()) {
    assert.equal(members[i].article, m.article);
    for (const part of [m.name, m.kind.replace('_', ' '), m.title, m.sentence, m.date ?? 'undated']) {
      assert.ok(members[i].text.includes(part), `${m.article} shows ${part}`);
    }
    // Its name opens its entity's page; its title the article at it.
    assert.equal(new URL(members[i].links[0], server.url).searchParams.get('entity'), m.entity);
    assert.equal(members[i].links[1], `archive/${m.link}`);
  }
  const links = await p.locator('.review-link').count();
  assert.equal(links, review.merges.reduce((n, m) => n + m.links.length, 0));
  const row = await linkOf(p, joined).textContent();
  assert.ok(row.includes(joined.evidence) && row.includes(joined.a.sentence) && row.includes(joined.b.sentence), row);
  assert.equal(await fileText(p), '', 'no choice yet: the folder\'s own file');
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('Same, Not same and Undo by keyboard make the decisions file; downloaded, copied, rebuilt, they apply', async () => {
  const p = await open();
  await p.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  // Keyboard only: focus each button and press Enter or Space.
  const press = async (button, key) => {
    await button.focus();
    await p.keyboard.press(key);
  };
  await press(proposal(p, alike.entities).locator('button[data-choice=same]'), 'Enter');
  await press(proposal(p, apart.entities).locator('button[data-choice=same]'), 'Space');
  // Changing one's mind: Not same replaces Same.
  await press(proposal(p, apart.entities).locator('button[data-choice=not-same]'), 'Space');
  await press(linkOf(p, joined).locator('button'), 'Enter');
  assert.equal(await proposal(p, alike.entities).getAttribute('data-choice'), 'same');
  assert.equal(await proposal(p, apart.entities).getAttribute('data-choice'), 'not-same');
  assert.equal(await proposal(p, apart.entities).locator('button[data-choice=same]').getAttribute('aria-pressed'), 'false');
  assert.equal(await linkOf(p, joined).locator('button').getAttribute('aria-pressed'), 'true');
  // Pressing a choice again takes it back.
  const other = review.proposals.find((x) => x !== alike && x !== apart);
  await press(proposal(p, other.entities).locator('button[data-choice=same]'), 'Enter');
  await press(proposal(p, other.entities).locator('button[data-choice=same]'), 'Enter');
  assert.equal(await proposal(p, other.entities).getAttribute('data-choice'), '');
  assert.match(await p.locator('[data-testid=identity-choices]').textContent(), /^3 unsaved decisions/);
  const line = (verb, ms) => `${verb}: ${ms.map((m) => `${m.article} / ${m.kind} / ${m.name}`).join(' = ')}`;
  const text = await fileText(p);
  assert.deepEqual(text.trimEnd().split('\n').filter((l) => !l.startsWith('#')).sort(), [
    line('same-as', alike.members), line('not-same-as', apart.members), line('not-same-as', [joined.a, joined.b]),
  ].sort());

  // The download is the text shown; so is the clipboard.
  const [download] = await Promise.all([p.waitForEvent('download'), press(p.locator('[data-testid=identity-download]'), 'Enter')]);
  assert.equal(download.suggestedFilename(), 'identities.txt');
  const downloaded = readFileSync(await download.path(), 'utf8');
  assert.equal(downloaded, text);
  await press(p.locator('[data-testid=identity-copy]'), 'Enter');
  await p.waitForFunction(() => /Copied/.test(document.querySelector('[role=status]')?.textContent ?? ''));
  assert.equal(await p.evaluate(() => navigator.clipboard.readText()), text);
  assert.deepEqual(p.errors, []);
  await p.context().close();

  // Into a copy of the archive folder as identities.txt, built again.
  const dir = join(tmp, 'archive');
  const site = join(tmp, 'site');
  cpSync(join(ROOT, 'examples/archive'), dir, { recursive: true });
  writeFileSync(join(dir, 'identities.txt'), downloaded);
  const out = execFileSync('cargo', ['run', '--quiet', '--', 'archive', 'build', dir, '--out', site], { cwd: ROOT, encoding: 'utf8' });
  assert.match(out, /0 decisions not applied/, out);
  const read = (f) => JSON.parse(readFileSync(join(site, f), 'utf8'));
  const [before, entities, after] = [JSON.parse(readFileSync(join(SITE, 'entities.json'), 'utf8')), read('entities.json'), read('review.json')];
  const key = (list, m) => keyIn(list, m.article, m.id);
  // Same: one entity now; Not same and Undo: apart, and no longer proposed.
  assert.notEqual(key(before, alike.members[0]), key(before, alike.members[1]));
  assert.equal(key(entities, alike.members[0]), key(entities, alike.members[1]));
  assert.notEqual(key(entities, apart.members[0]), key(entities, apart.members[1]));
  assert.equal(key(before, joined.a), key(before, joined.b));
  assert.notEqual(key(entities, joined.a), key(entities, joined.b));
  assert.ok(after.decisions.length === 3 && after.decisions.every((d) => d.status === 'applied'), JSON.stringify(after.decisions));
  const together = (p, ms) => ms.every((m) => p.members.some((x) => x.article === m.article && x.id === m.id));
  assert.ok(!after.proposals.some((x) => together(x, alike.members) || together(x, apart.members)));
  assert.equal(after.proposals_total, review.proposals_total - 2);
  assert.equal(after.decisions_file, downloaded);

  // The rebuilt review, served: the file it starts from is the folder's,
  // and the settled proposals are gone.
  const rebuilt = await serve(DIST, { routes: { '/archive/review.json': { type: 'application/json', body: readFileSync(join(site, 'review.json'), 'utf8') } } });
  const q = await open(rebuilt.url);
  assert.equal(await fileText(q), downloaded);
  assert.equal(await proposal(q, apart.entities).count(), 0);
  assert.equal(await q.locator('[data-testid=identity-proposal]').count(), after.proposals.length);
  assert.equal(await q.locator('.review-problems').count(), 0);
  await q.context().close();
  await rebuilt.close();
});

test('choices are kept in the browser: a reload brings them back, unsaved until downloaded; Clear can be undone', async () => {
  const p = await open();
  const status = p.locator('[data-testid=identity-choices]');
  assert.equal(await status.getAttribute('data-state'), 'none');
  assert.equal(await p.locator('[data-testid=identity-clear]').isDisabled(), true);
  await proposal(p, alike.entities).locator('button[data-choice=same]').click();
  await proposal(p, apart.entities).locator('button[data-choice=not-same]').click();
  await linkOf(p, joined).locator('button').click();
  assert.equal(await status.getAttribute('data-state'), 'unsaved');
  assert.match(await status.textContent(), /^3 unsaved decisions/);
  const before = await fileText(p);
  // Reloaded: every choice is back, pressed, and still unsaved.
  await p.reload();
  await p.waitForSelector('[data-testid=identity-review][data-state=ready]');
  assert.equal(await proposal(p, alike.entities).getAttribute('data-choice'), 'same');
  assert.equal(await proposal(p, apart.entities).getAttribute('data-choice'), 'not-same');
  assert.equal(await linkOf(p, joined).locator('button').getAttribute('aria-pressed'), 'true');
  assert.equal(await fileText(p), before);
  assert.equal(await status.getAttribute('data-unsaved'), '3');
  // The download is the file made before the reload; then it is saved...
  const [download] = await Promise.all([p.waitForEvent('download'), p.locator('[data-testid=identity-download]').click()]);
  assert.equal(readFileSync(await download.path(), 'utf8'), before);
  assert.equal(await status.getAttribute('data-state'), 'exported');
  assert.match(await status.textContent(), /^3 decisions, all in the file you downloaded/);
  // ... across a reload too, until a choice changes the file.
  await p.reload();
  await p.waitForSelector('[data-testid=identity-review][data-state=ready]');
  assert.equal(await status.getAttribute('data-state'), 'exported');
  await proposal(p, alike.entities).locator('button[data-choice=same]').click();
  assert.equal(await status.getAttribute('data-state'), 'unsaved');
  assert.match(await status.textContent(), /^2 unsaved decisions/);
  // Clear empties the list, and Undo brings it back; cleared, a reload
  // shows none.
  await p.locator('[data-testid=identity-clear]').click();
  assert.equal(await status.getAttribute('data-state'), 'none');
  assert.equal(await p.locator('[data-testid=identity-proposal][data-choice=not-same]').count(), 0);
  await p.locator('[data-testid=identity-undo-clear]').click();
  assert.equal(await proposal(p, apart.entities).getAttribute('data-choice'), 'not-same');
  assert.match(await status.textContent(), /^2 unsaved decisions/);
  await p.locator('[data-testid=identity-clear]').click();
  await p.reload();
  await p.waitForSelector('[data-testid=identity-review][data-state=ready]');
  assert.equal(await status.getAttribute('data-state'), 'none');
  assert.equal(await fileText(p), '');
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('kept choices: one entry per archive, another tab\'s choices shown, unreadable ones kept aside and said', async () => {
  const p = await open();
  await proposal(p, alike.entities).locator('button[data-choice=same]').click();
  const keys = await p.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(keys, [`fx-archive-review ${server.url}archive/`]);
  // A second tab of the same archive sees the choice, and its own choice
  // reaches the first.
  const q = await p.context().newPage();
  await q.goto(`${server.url}archive.html?identities`);
  await q.waitForSelector('[data-testid=identity-review][data-state=ready]');
  assert.equal(await proposal(q, alike.entities).getAttribute('data-choice'), 'same');
  await proposal(q, apart.entities).locator('button[data-choice=not-same]').click();
  await p.waitForSelector(`[data-testid=identity-proposal][data-entities="${apart.entities.join(' ')}"][data-choice=not-same]`);
  assert.equal(await fileText(p), await fileText(q));
  await q.close();
  // Unreadable kept choices are moved aside, never overwritten, and said.
  await p.evaluate(([key]) => localStorage.setItem(key, '{"format": "fx-archive-review 1", "choices": 7'), keys);
  await p.reload();
  await p.waitForSelector('[data-testid=identity-review][data-state=ready]');
  assert.match(await p.locator('.review-file [role=alert]').textContent(), /could not be read/);
  assert.equal(await p.evaluate(([key]) => localStorage.getItem(`${key} (unreadable)`), keys), '{"format": "fx-archive-review 1", "choices": 7');
  assert.equal(await p.locator('[data-testid=identity-choices]').getAttribute('data-state'), 'none');
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('with the browser\'s storage blocked the page says so, and leaving with unsaved choices asks first', async () => {
  const p = await openPage(browser, 'about:blank');
  await p.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked here', 'SecurityError'); } });
  });
  await p.goto(`${server.url}archive.html?identities`);
  await p.waitForSelector('[data-testid=identity-review][data-state=ready]');
  assert.match(await p.locator('.review-file [role=alert]').textContent(), /download the file before you leave/);
  await proposal(p, alike.entities).locator('button[data-choice=same]').click();
  assert.equal(await p.locator('[data-testid=identity-choices]').getAttribute('data-state'), 'unsaved');
  const asked = [];
  p.on('dialog', (d) => { asked.push(d.type()); d.dismiss(); });
  // Leaving is stopped (the dialog dismissed), and the choice is still there.
  await p.close({ runBeforeUnload: true });
  await p.waitForTimeout(300);
  assert.deepEqual(asked, ['beforeunload']);
  assert.equal(p.isClosed(), false);
  assert.equal(await proposal(p, alike.entities).getAttribute('data-choice'), 'same');
  // Downloaded: leaving asks nothing.
  await Promise.all([p.waitForEvent('download'), p.locator('[data-testid=identity-download]').click()]);
  const closed = new Promise((done) => p.once('close', done));
  await p.close({ runBeforeUnload: true });
  await closed;
  assert.deepEqual(asked, ['beforeunload']);
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('an entity link opens its page; Back returns to the review, and reload keeps it', async () => {
  const p = await open();
  const m = alike.members[0];
  await proposal(p, alike.entities).locator('.review-member').first().locator('a.archive-name').click();
  await p.waitForSelector(`[data-testid=entity-page][data-entity="${m.entity}"][data-state=ready]`);
  await p.goBack();
  await p.waitForSelector('[data-testid=identity-review][data-state=ready]');
  assert.equal(new URL(p.url()).search, '?identities');
  await p.reload();
  await p.waitForSelector('[data-testid=identity-review][data-state=ready]');
  assert.equal(await p.title(), 'Review identities · the archive');
  // The search page links the review; the review does not link itself.
  const s = await openPage(browser, `${server.url}archive.html`);
  await s.locator('#archive-foot a').click();
  await s.waitForSelector('[data-testid=identity-review][data-state=ready]');
  assert.equal(await s.locator('#archive-foot').isVisible(), false);
  assert.deepEqual([...p.errors, ...s.errors], []);
  await p.context().close();
  await s.context().close();
});

test('names, titles, sentences and decisions with markup are shown as text; a broken review file is said', async () => {
  const evil = '<img src=x onerror="window.pwned=1"></script><!--';
  const member = (article, id) => ({
    entity: `person/${id}`, article, id, kind: 'person', name: `${evil} ${id}`, title: `Title ${evil}`,
    date: null, sentence: `Sentence ${evil}`, link: `a/${article}.html?fx=x%3D${id}`,
  });
  const data = {
    proposals: [{ entities: ['person/a', 'person/b'], evidence: [`evidence ${evil}`], members: [member('x1', 'a'), member('x2', 'b')] }],
    proposals_total: 1,
    merges: [{ entity: 'person/c', name: `${evil} c`, kind: 'person', links: [{ a: member('x1', 'c'), b: member('x2', 'c'), evidence: `because ${evil}` }] }],
    links_total: 1,
    decisions: [{ line: 1, text: `"${evil}"`, status: 'stale', detail: `no such entity: ${evil}` }],
    file_problems: [`line 2: ${evil}`],
    decisions_file: `same-as: ${evil}\n`,
  };
  const hostile = await serve(DIST, { routes: { '/archive/review.json': { type: 'application/json', body: JSON.stringify(data) } } });
  const p = await open(hostile.url);
  assert.ok((await proposal(p, ['person/a', 'person/b']).textContent()).includes(`Sentence ${evil}`));
  assert.ok((await p.locator('.review-problems').textContent()).includes(`no such entity: ${evil}`));
  await proposal(p, ['person/a', 'person/b']).locator('button[data-choice=same]').click();
  const text = await fileText(p);
  assert.ok(text.startsWith(`same-as: ${evil}\n`), text);
  assert.ok(text.includes(`same-as: x1 / person / ${evil} a = x2 / person / ${evil} b`), text);
  assert.equal(await p.locator('#archive-page img').count(), 0);
  assert.equal(await p.evaluate(() => window.pwned), undefined);
  assert.deepEqual(p.errors, []);
  await p.context().close();
  await hostile.close();
  const broken = await serve(DIST, { routes: { '/archive/review.json': { type: 'application/json', body: '{"proposals": 7' } } });
  const q = await openPage(browser, `${broken.url}archive.html?identities`);
  await q.waitForSelector('[data-testid=identity-review][data-state=error]');
  assert.match(await q.locator('[role=alert]').textContent(), /review\.json is not an archive's identity review/);
  await q.context().close();
  await broken.close();
});

test('the review page: no axe violations at 375 and 1440 px, light and dark; screenshots', async () => {
  for (const [width, scheme] of [[1440, 'light'], [1440, 'dark'], [375, 'light'], [375, 'dark']]) {
    const p = await open(server.url, { width, height: 900, colorScheme: scheme });
    await proposal(p, alike.entities).locator('button[data-choice=same]').click();
    await proposal(p, apart.entities).locator('button[data-choice=not-same]').click();
    assert.deepEqual(await axeViolations(p), [], `axe at ${width} px, ${scheme}`);
    const overflow = await sidewaysOverflow(p);
    assert.ok(overflow <= 0, `no sideways scrolling at ${width} px (${overflow} px over)`);
    await shot(p, `archive-identities-${width}-${scheme}`);
    await proposal(p, apart.entities).scrollIntoViewIfNeeded();
    await shot(p, `archive-identities-chosen-${width}-${scheme}`);
    assert.deepEqual(p.errors, []);
    await p.context().close();
  }
});
