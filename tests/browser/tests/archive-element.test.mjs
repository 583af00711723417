// The <fact-archive> element (issue 29) in real Chromium, on the demo host
// page dist/archive-host.html (two elements under a hostile stylesheet) and
// the demo archive: isolation both ways, separate state per element, the
// address under fa-<id> (and left alone with url-sync="off"), Back, deep
// links, the JS API and its events, axe, screenshots at 1280 and 375 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../server.mjs';
import { launch, openPage, shot, DIST, axeViolations } from '../browser.mjs';

const archiveEntities = JSON.parse(readFileSync(join(DIST, 'archive/entities.json'), 'utf8'));
const entity = (name, kind) => archiveEntities.find((e) => e.name === name && e.kind === kind);
const blackrock = entity('BlackRock', 'organisation');
const canada = entity('Canada', 'country');
const review = JSON.parse(readFileSync(join(DIST, 'archive/review.json'), 'utf8'));
const proposed = review.proposals[0];

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The host page, both archives drawn (their search box shown). */
const host = async (query = '', opts) => {
  const p = await openPage(browser, `${server.url}archive-host.html${query}`, opts);
  await p.evaluate(() => Promise.all([...document.querySelectorAll('fact-archive')].map((el) => customElements.whenDefined('fact-archive').then(() => el.ready))));
  return p;
};
/** Waits until archive `id` shows the results of `q`. */
const settled = (p, id, q) => p.waitForFunction(([id, q]) => {
  const root = document.getElementById(id)?.shadowRoot?.querySelector('[data-testid=archive]');
  return root?.dataset.state === 'ready' && root.dataset.query === q;
}, [id, q]);
/** The entity results of archive `id`. */
const entities = (p, id) => p.locator(`#${id} [data-testid=archive-result][data-kind=entity]`)
  .evaluateAll((els) => els.map((e) => e.dataset.entity));
const entityPage = (p, id, key) => p.waitForSelector(`#${id} [data-testid=entity-page][data-state=ready][data-entity="${key}"]`);
const param = (p, name) => new URL(p.url()).searchParams.get(name);

test('the demo archive has the entities these tests open', () => {
  assert.ok(blackrock && canada, 'BlackRock and Canada are archive entities');
});

test('under a hostile stylesheet the archives look as on their own page, and the host page keeps its own looks', async () => {
  const p = await host();
  const inside = await p.evaluate(() => {
    const root = document.getElementById('left');
    const pick = (sel) => root.shadowRoot.querySelector(sel);
    const cs = (el) => getComputedStyle(el);
    const input = pick('[data-testid=archive-search]');
    const h1 = pick('h1');
    return {
      host: { display: cs(root).display, height: root.getBoundingClientRect().height },
      app: { display: cs(pick('[data-testid=archive]')).display },
      input: { color: cs(input).color, background: cs(input).backgroundColor, font: cs(input).fontFamily, transform: cs(input).textTransform },
      h1: { color: cs(h1).color, size: cs(h1).fontSize, transform: cs(h1).textTransform, border: cs(h1).borderTopStyle, spacing: cs(h1).letterSpacing },
    };
  });
  // The host's `div, … { display: inline !important }` and its root font
  // size do not reach in; nor do `* { color: … !important }` and its fonts.
  assert.equal(inside.host.display, 'block');
  assert.ok(inside.host.height > 150, `the element is drawn (${inside.host.height} px)`);
  assert.equal(inside.app.display, 'block');
  assert.notEqual(inside.input.color, 'rgb(204, 0, 0)');
  assert.notEqual(inside.input.background, 'rgb(255, 0, 170)');
  assert.doesNotMatch(inside.input.font, /Comic/);
  assert.equal(inside.input.transform, 'none');
  assert.notEqual(inside.h1.color, 'rgb(204, 0, 0)');
  assert.equal(inside.h1.size, '24px', 'sizes from 16px, not from the host root font');
  assert.equal(inside.h1.transform, 'none');
  assert.equal(inside.h1.border, 'none');
  assert.equal(inside.h1.spacing, 'normal');
  // The archive's stylesheet (body margin 0, h1 and button rules) reaches
  // nothing of the host page's.
  const outside = await p.evaluate(() => {
    const cs = (sel) => getComputedStyle(document.querySelector(sel));
    return {
      body: cs('body').marginTop, h1: cs('h1.headline').textTransform, h1border: cs('h1.headline').borderTopStyle,
      button: cs('#host-button').backgroundColor, p: cs('p.lede').color,
    };
  });
  assert.deepEqual(outside, { body: '5px', h1: 'uppercase', h1border: 'dashed', button: 'rgb(255, 0, 170)', p: 'rgb(204, 0, 0)' });
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('an element in a narrow column lays out for its width, not the window\'s', async () => {
  const p = await host();
  const columns = () => p.evaluate(() => [...document.querySelectorAll('fact-archive')]
    .map((el) => getComputedStyle(el.shadowRoot.querySelector('.archive-body')).gridTemplateColumns.split(' ').length));
  await p.evaluate(() => { document.getElementById('right').style.width = '420px'; });
  for (const id of ['left', 'right']) {
    await p.locator(`#${id} [data-testid=archive-search]`).fill('Canada');
    await settled(p, id, 'Canada');
  }
  assert.deepEqual(await columns(), [2, 1], 'facets beside the results in the wide one, above them in the 420 px one');
  const overflow = await p.evaluate(() => {
    const app = document.getElementById('right').shadowRoot.querySelector('.archive-app');
    return app.scrollWidth - app.clientWidth;
  });
  assert.ok(overflow <= 0, `nothing wider than the narrow element (${overflow} px over)`);
  await p.locator('#right').scrollIntoViewIfNeeded();
  await shot(p, 'archive-element-narrow');
  await p.context().close();
});

test('two archives on one page keep separate state; only the synced one writes the address, under fa-<id>', async () => {
  const p = await host();
  await p.locator('#left [data-testid=archive-search]').pressSequentially('BlackRock');
  await p.locator('#right [data-testid=archive-search]').pressSequentially('Canada');
  await settled(p, 'left', 'BlackRock');
  await settled(p, 'right', 'Canada');
  assert.equal((await entities(p, 'left'))[0], blackrock.key);
  assert.equal((await entities(p, 'right'))[0], canada.key);
  assert.equal(param(p, 'fa-left'), 'q=BlackRock');
  assert.deepEqual([...new URL(p.url()).searchParams.keys()], ['fa-left'], 'the off one writes nothing');
  // Opening an entity in one leaves the other at its search.
  await p.locator(`#left [data-testid=archive-result][data-entity="${blackrock.key}"] a`).click();
  await entityPage(p, 'left', blackrock.key);
  assert.deepEqual(Object.fromEntries(new URLSearchParams(param(p, 'fa-left'))), { entity: blackrock.key, q: 'BlackRock' });
  await settled(p, 'right', 'Canada');
  assert.equal(await p.locator('#right [data-testid=entity-page]').count(), 0);
  // Back returns the left one to its search; reload brings it back too.
  await p.goBack();
  await settled(p, 'left', 'BlackRock');
  assert.equal(await p.locator('#left [data-testid=archive-search]').inputValue(), 'BlackRock');
  await p.goForward();
  await entityPage(p, 'left', blackrock.key);
  await p.reload();
  await entityPage(p, 'left', blackrock.key);
  // The entity page's way back keeps the query.
  await p.locator('#left .entity-back a').click();
  await settled(p, 'left', 'BlackRock');
  assert.equal(param(p, 'fa-left'), 'q=BlackRock');
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('url-sync="off" leaves the address and the history alone, through typing, links and the API', async () => {
  const p = await host('?mine=1#top');
  const before = await p.evaluate(() => [location.href, history.length]);
  await p.locator('#right [data-testid=archive-search]').pressSequentially('Canada');
  await settled(p, 'right', 'Canada');
  await p.locator(`#right [data-testid=archive-result][data-entity="${canada.key}"] a`).click();
  await entityPage(p, 'right', canada.key);
  // A related entity's link on its page opens in place too.
  const related = await p.locator('#right .entity-related-list a').first();
  const relatedKey = new URLSearchParams(new URL(await related.getAttribute('href')).searchParams.get('fa-right')).get('entity');
  await related.click();
  await entityPage(p, 'right', relatedKey);
  await p.evaluate(() => document.getElementById('right').search('Fink'));
  await settled(p, 'right', 'Fink');
  assert.deepEqual(await p.evaluate(() => [location.href, history.length]), before);
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('a deep link opens an element at its entity page or search', async () => {
  const key = encodeURIComponent(`entity=${canada.key}`);
  const p = await host(`?fa-left=${key}&fa-right=q%3DCanada`);
  await entityPage(p, 'left', canada.key);
  // The off one ignores the address: an empty search.
  assert.equal(await p.locator('#right [data-testid=archive-search]').inputValue(), '');
  await p.context().close();
  const q = await host('?fa-left=q%3DBlakrock');
  await settled(q, 'left', 'Blakrock');
  assert.equal((await entities(q, 'left'))[0], blackrock.key, 'a typo after two letters still finds it');
  await q.context().close();
});

test('the API: ready, state, search, openEntity; events fa-ready, fa-change, fa-select', async () => {
  const p = await host();
  // An element made by script: its events from the start.
  const ready = await p.evaluate(async () => {
    const el = document.createElement('fact-archive');
    el.id = 'made';
    el.setAttribute('src', 'archive/');
    el.setAttribute('url-sync', 'off');
    window.events = [];
    for (const type of ['fa-ready', 'fa-change', 'fa-select', 'fa-error']) {
      document.addEventListener(type, (e) => window.events.push({ type, id: e.target.id, detail: e.detail, composed: e.composed }));
    }
    el.search('Canada');   // before it is drawn: shown once it is
    document.body.append(el);
    return el.ready;
  });
  assert.deepEqual(ready, { state: 'ready', query: 'Canada', entity: '', identities: false });
  await settled(p, 'made', 'Canada');
  const events = () => p.evaluate(() => window.events.splice(0));
  assert.deepEqual(await events(), [{ type: 'fa-ready', id: 'made', detail: { query: 'Canada', entity: '', identities: false }, composed: true }]);
  // Set by the host: shown, no fa-change (a handler cannot loop).
  await p.evaluate((key) => document.getElementById('made').openEntity(key), blackrock.key);
  await entityPage(p, 'made', blackrock.key);
  assert.deepEqual(await p.evaluate(() => document.getElementById('made').state), { query: 'Canada', entity: blackrock.key, identities: false });
  await p.evaluate(() => { document.getElementById('made').state = { query: 'Fink' }; });
  await settled(p, 'made', 'Fink');
  assert.deepEqual(await events(), []);
  // A bad state is a TypeError that says why.
  assert.match(await p.evaluate(() => { try { document.getElementById('made').state = { query: 7 }; } catch (e) { return `${e.name}: ${e.message}`; } return 'no error'; }),
    /^TypeError: state\.query must be a string/);
  // By the reader: fa-change; opening an entity: fa-select then fa-change.
  await p.locator('#made [data-testid=archive-search]').fill('BlackRock');
  await settled(p, 'made', 'BlackRock');
  await p.locator(`#made [data-testid=archive-result][data-entity="${blackrock.key}"] a`).click();
  await entityPage(p, 'made', blackrock.key);
  assert.deepEqual((await events()).map((e) => [e.type, e.detail]), [
    ['fa-change', { query: 'BlackRock', entity: '', identities: false }],
    ['fa-select', { kind: 'entity', entity: blackrock.key }],
    ['fa-change', { query: 'BlackRock', entity: blackrock.key, identities: false }],
  ]);
  // A passage's link to its article: fa-select, which the host may cancel.
  await p.evaluate(() => document.getElementById('made').search('BlackRock'));
  await settled(p, 'made', 'BlackRock');
  await p.evaluate(() => document.addEventListener('fa-select', (e) => e.preventDefault(), { once: true }));
  const url = p.url();
  const passage = p.locator('#made [data-testid=archive-result][data-kind=fact] a').first();
  const href = await passage.evaluate((a) => a.href);
  await passage.click();
  const [select] = await events();
  assert.equal(select.type, 'fa-select');
  assert.equal(select.detail.kind, 'fact');
  assert.equal(select.detail.href, href);
  assert.match(href, /\/archive\/a\/[^/]+\.html\?fx=/);
  assert.equal(p.url(), url, 'cancelled: the page stays');
  // Removed, it frees its view; added again, it draws again.
  await p.evaluate(async () => {
    const el = document.getElementById('made');
    el.remove();
    document.body.append(el);
  });
  await settled(p, 'made', 'BlackRock');
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

const reviewShown = (p, id) => p.waitForSelector(`#${id} [data-testid=identity-review][data-state=ready]`);
const proposalIn = (p, id, entities) => p.locator(`#${id} [data-testid=identity-proposal][data-entities="${entities.join(' ')}"]`);

test('the identity review inside the element: reached from its foot, in its own URL state, Back, reload, choices kept', async () => {
  const p = await host('?mine=1');
  await p.locator('#left [data-testid=archive-search]').pressSequentially('Canada');
  await settled(p, 'left', 'Canada');
  // The foot links the review, keeping the query for the way back.
  const foot = p.locator('#left .archive-foot a');
  assert.equal(await foot.textContent(), 'Review how entities are joined across articles');
  assert.deepEqual(Object.fromEntries(new URL(await foot.getAttribute('href')).searchParams), { mine: '1', 'fa-left': 'identities&q=Canada' });
  await foot.click();
  await reviewShown(p, 'left');
  assert.equal(param(p, 'fa-left'), 'identities&q=Canada');
  assert.equal(param(p, 'mine'), '1', 'the host\'s own parameter is left alone');
  assert.equal(await p.locator('#left .archive-foot').isVisible(), false, 'the review does not link itself');
  // The other element stays at its search.
  assert.equal(await p.locator('#right [data-testid=identity-review]').count(), 0);
  assert.equal(await p.locator('#right [data-testid=archive-search]').count(), 1);
  // Every proposal, with its evidence, as on archive.html.
  const shown = await p.locator('#left [data-testid=identity-proposal]').evaluateAll((els) => els.map((e) => e.dataset.entities));
  assert.deepEqual(shown, review.proposals.map((x) => x.entities.join(' ')));
  await proposalIn(p, 'left', proposed.entities).locator('button[data-choice=same]').click();
  const text = await p.locator('#left [data-testid=identity-file]').inputValue();
  assert.match(text, /^# 1 decision chosen in the archive's identity review page\nsame-as: /);
  // Back: the search with its query; Forward: the review with the choice.
  await p.goBack();
  await settled(p, 'left', 'Canada');
  assert.equal(await p.locator('#left .archive-foot').isVisible(), true);
  await p.goForward();
  await reviewShown(p, 'left');
  assert.equal(await proposalIn(p, 'left', proposed.entities).getAttribute('data-choice'), 'same');
  // Reload: the review from the address, the choice from the browser's
  // storage, shared with archive.html of the same archive.
  await p.reload();
  await reviewShown(p, 'left');
  assert.equal(await proposalIn(p, 'left', proposed.entities).getAttribute('data-choice'), 'same');
  assert.equal(await p.locator('#left [data-testid=identity-choices]').getAttribute('data-unsaved'), '1');
  const [download] = await Promise.all([p.waitForEvent('download'), p.locator('#left [data-testid=identity-download]').click()]);
  assert.equal(readFileSync(await download.path(), 'utf8'), text);
  const page = await p.context().newPage();
  await page.goto(`${server.url}archive.html?identities`);
  await page.waitForSelector('[data-testid=identity-review][data-state=ready]');
  assert.equal(await page.locator(`[data-testid=identity-proposal][data-entities="${proposed.entities.join(' ')}"]`).getAttribute('data-choice'), 'same');
  await page.close();
  // An entity's link in the review opens its page in place; the review's
  // way back returns to the search.
  const member = proposed.members[0];
  await proposalIn(p, 'left', proposed.entities).locator('a.archive-name').first().click();
  await entityPage(p, 'left', member.entity);
  await p.goBack();
  await reviewShown(p, 'left');
  await p.locator('#left .entity-back a').click();
  await settled(p, 'left', 'Canada');
  assert.equal(param(p, 'fa-left'), 'q=Canada');
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('the review in a url-sync="off" element and by the API: the address alone, events with identities', async () => {
  const p = await host('?mine=1#top');
  const before = await p.evaluate(() => [location.href, history.length]);
  await p.evaluate(() => {
    window.events = [];
    for (const type of ['fa-change', 'fa-select']) {
      document.getElementById('right').addEventListener(type, (e) => window.events.push([type, e.detail]));
    }
  });
  await p.locator('#right .archive-foot a').click();
  await reviewShown(p, 'right');
  assert.deepEqual(await p.evaluate(() => document.getElementById('right').state), { query: '', entity: '', identities: true });
  await proposalIn(p, 'right', proposed.entities).locator('button[data-choice=not-same]').click();
  await p.locator('#right .entity-back a').click();
  await p.waitForSelector('#right [data-testid=archive][data-state=ready][data-query=""]');
  assert.deepEqual(await p.evaluate(() => window.events.splice(0)), [
    ['fa-change', { query: '', entity: '', identities: true }],
    ['fa-change', { query: '', entity: '', identities: false }],
  ]);
  assert.deepEqual(await p.evaluate(() => [location.href, history.length]), before);
  // By the API: shown, no fa-change; state with an entity and identities
  // is the review; a wrong type is a TypeError.
  await p.evaluate(() => document.getElementById('right').reviewIdentities());
  await reviewShown(p, 'right');
  assert.equal(await proposalIn(p, 'right', proposed.entities).getAttribute('data-choice'), 'not-same', 'the choice was kept');
  await p.evaluate((key) => { document.getElementById('right').state = { entity: key, identities: true }; }, blackrock.key);
  assert.deepEqual(await p.evaluate(() => document.getElementById('right').state), { query: '', entity: '', identities: true });
  assert.match(await p.evaluate(() => { try { document.getElementById('right').state = { identities: 'yes' }; } catch (e) { return `${e.name}: ${e.message}`; } return 'no error'; }),
    /^TypeError: state\.identities must be a boolean/);
  await p.evaluate((key) => document.getElementById('right').openEntity(key), blackrock.key);
  await entityPage(p, 'right', blackrock.key);
  assert.deepEqual(await p.evaluate(() => window.events.splice(0)), []);
  assert.deepEqual(await p.evaluate(() => [location.href, history.length]), before);
  // A deep link opens the synced one at its review.
  const q = await host('?fa-left=identities');
  await reviewShown(q, 'left');
  assert.equal(await q.locator('#right [data-testid=identity-review]').count(), 0);
  assert.deepEqual([...p.errors, ...q.errors], []);
  await p.context().close();
  await q.context().close();
});

test('an archive that cannot be read says so inside the element: ready gives the error, fa-error fires', async () => {
  const gone = await serve(DIST, { routes: { '/archive/manifest.json': { status: 404, body: 'not here' } } });
  // The listener is in place before the page's scripts run: the 404 may
  // come before the page's load event.
  const p = await openPage(browser, 'about:blank');
  await p.addInitScript(() => {
    window.errors = [];
    document.addEventListener('fa-error', (e) => window.errors.push({ id: e.target.id, detail: e.detail }));
  });
  await p.goto(`${gone.url}archive-host.html`);
  const ready = await p.evaluate(async () => {
    await customElements.whenDefined('fact-archive');
    return document.getElementById('left').ready;
  });
  const error = (await p.evaluate(() => window.errors)).find((e) => e.id === 'left')?.detail;
  assert.equal(ready.state, 'error');
  assert.match(ready.message, /manifest could not be read \(.*HTTP 404\)/);
  assert.deepEqual(error, { message: ready.message });
  await p.waitForSelector('#left [data-testid=archive][data-state=error]');
  assert.match(await p.locator('#left .archive-intro').textContent(), /HTTP 404/);
  // The host page carries on.
  assert.equal(await p.locator('h1.headline').textContent(), 'Our coverage, searchable');
  await p.context().close();
  await gone.close();
});

test('no axe violations in the elements (search, entity page, review), and screenshots at 1280 and 375 px', async () => {
  for (const width of [1280, 375]) {
    const p = await host('', { width, height: 900 });
    await p.locator('#left [data-testid=archive-search]').fill('BlackRock');
    await settled(p, 'left', 'BlackRock');
    await p.evaluate((key) => document.getElementById('right').openEntity(key), canada.key);
    await entityPage(p, 'right', canada.key);
    await p.waitForFunction(() => [...document.getElementById('left').shadowRoot.querySelectorAll('.archive-line')].every((a) => a.textContent !== '…'));
    assert.deepEqual(await axeViolations(p, ['fact-archive']), [], `axe at ${width} px`);
    await p.locator('#left').scrollIntoViewIfNeeded();
    await shot(p, `archive-element-${width}`);
    await p.locator('#right').scrollIntoViewIfNeeded();
    await shot(p, `archive-element-${width}-entity`);
    // The identity review in the element, a choice made.
    await p.evaluate(() => document.getElementById('left').reviewIdentities());
    await reviewShown(p, 'left');
    await proposalIn(p, 'left', proposed.entities).locator('button[data-choice=same]').click();
    assert.deepEqual(await axeViolations(p, ['fact-archive']), [], `axe at ${width} px, the review`);
    // Nothing of it sticks out of the element (the host page's own
    // stylesheet makes the page itself wider at 375 px).
    const out = await p.evaluate(() => {
      const el = document.getElementById('left');
      const edge = el.getBoundingClientRect().right;
      return [...el.shadowRoot.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > edge + 1).map((e) => e.className);
    });
    assert.deepEqual(out, [], `the review fits the element at ${width} px`);
    await p.locator('#left').scrollIntoViewIfNeeded();
    await shot(p, `archive-element-${width}-review`);
    await p.locator('#left .review-file').scrollIntoViewIfNeeded();
    await shot(p, `archive-element-${width}-review-file`);
    assert.deepEqual(p.errors, []);
    await p.context().close();
  }
});
