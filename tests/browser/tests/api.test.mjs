// The host-page API of <fact-explorer>: factSet, data, state, ready,
// url-sync="off", and the fx-ready / fx-change / fx-select / fx-error
// events, with bad input from the host; mounting and removing 200 times
// leaves memory flat; the example host page (api.html) works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../server.mjs';
import { launch, openPage, shot, DIST, ROOT } from '../browser.mjs';

const tiny = JSON.parse(readFileSync(join(ROOT, 'examples/tiny.facts.json'), 'utf8'));
let server, browser;
before(async () => {
  server = await serve(DIST, {
    routes: {
      '/api-test.html': {
        type: 'text/html',
        body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>API test</title><link rel="icon" href="favicon.svg">'
          + '<script type="module" src="fact-explorer-embed.js"></script></head><body>'
          + '<fact-explorer id="one"></fact-explorer></body></html>',
      },
      '/empty.html': {
        type: 'text/html',
        body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Empty</title><link rel="icon" href="favicon.svg">'
          + '<script type="module" src="fact-explorer-embed.js"></script></head><body></body></html>',
      },
    },
  });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

/** Opens the test page, recording every fx-* event from the start. */
async function page(path = 'api-test.html') {
  const p = await openPage(browser, 'about:blank');
  await p.addInitScript(() => {
    window.events = [];
    for (const type of ['fx-ready', 'fx-change', 'fx-select', 'fx-error']) {
      // On the document: the events bubble and cross the shadow boundary.
      document.addEventListener(type, (e) => window.events.push({ type, detail: e.detail, target: e.target.id }));
    }
  });
  await p.goto(server.url + path);
  return p;
}

const ready = (p, id = 'one') => p.evaluate(async (id) => {
  await customElements.whenDefined('fact-explorer');
  return document.getElementById(id).ready;
}, id);
const inside = (p, id = 'one') => p.locator(`fact-explorer#${id}`);
const events = (p, type) => p.evaluate((type) => window.events.filter((e) => e.type === type), type);

test('el.ready and fx-ready give the counts; el.factSet is plain objects with UTF-16 offsets', async () => {
  const p = await page();
  const result = await ready(p);
  assert.equal(result.state, 'ready');
  assert.ok(result.facts > 30 && result.entities > 20, JSON.stringify(result));
  const facts = await p.evaluate(() => {
    const set = document.getElementById('one').factSet;
    const text = set.article.text;
    // Every span's UTF-16 offsets slice the text JavaScript holds to the span's words.
    const spans = [];
    const walk = (v) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        if (typeof v.start === 'number' && typeof v.text === 'string') spans.push(v);
        Object.values(v).forEach(walk);
      }
    };
    walk(set);
    const wrong = spans.filter((s) => text.slice(s.utf16_start, s.utf16_end) !== s.text).length;
    const shifted = spans.filter((s) => s.utf16_start !== s.start).length;
    return {
      spans: spans.length, wrong, shifted, isPlain: Object.getPrototypeOf(set) === Object.prototype,
      schema: set.schema, copy: set !== document.getElementById('one').factSet,
      // Absent optional values are null (JSON-compatible), never undefined.
      reportedBy: set.quotes.map((q) => q.reported_by).filter((r) => r === undefined).length
        + set.facts.filter((f) => !Array.isArray(f.marks) || f.qualifiers.note === undefined).length,
    };
  });
  assert.ok(facts.spans > 100, `${facts.spans} spans`);
  assert.equal(facts.wrong, 0);
  assert.ok(facts.shifted > 50, 'spans after the en dash differ in bytes and UTF-16 units');
  assert.ok(facts.isPlain && facts.copy);
  assert.equal(facts.reportedBy, 0, 'an absent optional value is null, not missing');
  const readyEvents = await events(p, 'fx-ready');
  assert.equal(readyEvents.length, 1);
  assert.equal(readyEvents[0].detail.facts, result.facts);
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('el.state reads and writes the reader state, without fx-change, and old links still open', async () => {
  const p = await page('api-test.html?fx-one=t%3Df-lee-met-fink%3Bv%3Darticle');
  await ready(p);
  const initial = await p.evaluate(() => document.getElementById('one').state);
  assert.deepEqual(initial, {
    query: '', entities: [], mode: 'all', view: 'article', focus: null,
    fact: { kind: 'fact', id: 'f-lee-met-fink' },
  });
  await p.evaluate(() => {
    document.getElementById('one').state = {
      query: 'Fink', entities: ['blackrock'], mode: 'any', view: 'graph', focus: 'blackrock',
      fact: { kind: 'quote', id: 'q-ha-common-ground' },
    };
  });
  const el = inside(p);
  await el.locator('[data-testid=view-tab][data-view=graph][aria-selected=true]').waitFor();
  assert.equal(await el.locator('[data-testid=chip][data-entity=blackrock]').getAttribute('aria-pressed'), 'true');
  assert.equal(await el.locator('[data-testid=search-input]').inputValue(), 'Fink');
  assert.equal(await el.locator('[data-testid=entity-panel]').getAttribute('data-entity'), 'blackrock');
  const back = await p.evaluate(() => document.getElementById('one').state);
  assert.equal(back.view, 'graph');
  assert.deepEqual(back.fact, { kind: 'quote', id: 'q-ha-common-ground' });
  // The URL follows (replacing, not pushing), and the host's own change is not reported.
  assert.match(p.url(), /fx-one=/);
  assert.match(decodeURIComponent(p.url()), /v=graph/);
  await p.waitForTimeout(100);
  assert.deepEqual(await events(p, 'fx-change'), []);
  // Missing keys take their defaults.
  await p.evaluate(() => { document.getElementById('one').state = { view: 'timeline' }; });
  const reset = await p.evaluate(() => document.getElementById('one').state);
  assert.deepEqual([reset.view, reset.entities, reset.query, reset.focus], ['timeline', [], '', null]);
  await p.context().close();
});

test('the reader\'s changes are reported as fx-change and fx-select with plain objects', async () => {
  const p = await page();
  await ready(p);
  const el = inside(p);
  await el.locator('[data-testid=chip][data-entity=fink]').click();
  await p.waitForFunction(() => window.events.some((e) => e.type === 'fx-select'));
  const select = (await events(p, 'fx-select'))[0];
  assert.equal(select.detail.kind, 'entity');
  assert.equal(select.detail.id, 'fink');
  assert.equal(select.detail.item.name, 'Larry Fink');
  assert.ok(select.detail.item.mentions.every((m) => typeof m.utf16_start === 'number'));
  const change = (await events(p, 'fx-change')).at(-1);
  assert.deepEqual(change.detail.entities, ['fink']);
  assert.equal(change.detail.focus, 'fink');
  assert.equal(change.target, 'one');
  // Opening a fact's evidence selects the fact.
  await el.locator('[data-testid=fact] [data-testid=show-evidence]').first().click();
  await p.waitForFunction(() => window.events.filter((e) => e.type === 'fx-select').length >= 2);
  const fact = (await events(p, 'fx-select')).at(-1);
  assert.equal(fact.detail.kind, 'fact');
  assert.equal(typeof fact.detail.item.relation, 'string');
  assert.equal((await events(p, 'fx-change')).at(-1).detail.view, 'article');
  // Typing reports each change.
  const before = (await events(p, 'fx-change')).length;
  await el.locator('[data-testid=search-input]').fill('Guterres');
  await p.waitForFunction((n) => window.events.filter((e) => e.type === 'fx-change').length > n, before);
  assert.equal((await events(p, 'fx-change')).at(-1).detail.query, 'Guterres');
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('bad states throw a TypeError and leave the explorer as it was', async () => {
  const p = await page();
  await ready(p);
  const results = await p.evaluate(() => {
    const el = document.getElementById('one');
    const tries = [
      { view: 'nope' }, { entities: ['ghost'] }, { focus: 'nobody' }, { fact: { kind: 'fact', id: 'f-none' } },
      { fact: { kind: 'entity', id: 'lee' } }, { colour: 'red' }, 42, 'graph', null, { entities: 'lee' },
    ];
    return tries.map((t) => {
      try { el.state = t; return 'accepted'; } catch (e) { return `${e.constructor.name}: ${e.message}`; }
    });
  });
  results.forEach((r, i) => assert.match(r, /^TypeError: /, `case ${i}: ${r}`));
  assert.match(results[0], /nope/);
  assert.match(results[1], /ghost/);
  const state = await p.evaluate(() => document.getElementById('one').state);
  assert.equal(state.view, 'facts');
  assert.equal(await inside(p).locator('[data-testid=app]').getAttribute('data-state'), 'ready');
  assert.ok(await inside(p).locator('[data-testid=fact]').count() > 10);
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('el.data loads a fact set given as an object; bad data shows the error panel and fx-error', async () => {
  const p = await page();
  await ready(p);
  // A valid object: the explorer remounts with it.
  const result = await p.evaluate(async (data) => {
    const el = document.getElementById('one');
    el.data = data;
    return el.ready;
  }, tiny);
  assert.equal(result.state, 'ready');
  assert.equal(result.facts, tiny.facts.length);
  const el = inside(p);
  assert.equal(await el.locator('[data-testid=fact]').count(), tiny.facts.length);
  assert.equal(await p.evaluate(() => document.getElementById('one').factSet.article.title), tiny.article.title);
  // Bad data: a clear message in the element, an fx-error event, no panic.
  const cases = [
    [42, /\$.*expected an object, found a number/],
    [{ ...tiny, entities: 'none' }, /\$\.entities.*expected a list/],
    [{ ...tiny, facts: [{ ...tiny.facts[0], subject: 'ghost' }] }, /\$\.facts\[0\]\.subject.*ghost/],
    [(() => { const c = { ...tiny }; c.self = c; return 'cyclic'; })(), /./],
  ];
  for (const [data, message] of cases) {
    const outcome = await p.evaluate(async (data) => {
      const el = document.getElementById('one');
      if (data === 'cyclic') { const c = { schema: 'fact-explorer/1' }; c.self = c; el.data = c; } else el.data = data;
      return el.ready;
    }, data);
    assert.equal(outcome.state, 'error', JSON.stringify(data).slice(0, 80));
    const panel = el.locator('[data-testid=load-error]');
    await panel.waitFor();
    assert.match(await panel.innerText(), message);
    assert.match(outcome.problems[0].path, /^\$/);
  }
  assert.ok((await events(p, 'fx-error')).length >= cases.length);
  // A cycle is refused before it reaches the wasm.
  assert.match(await el.locator('[data-testid=load-error]').innerText(), /cycle/);
  // And a good object after bad ones works again.
  const again = await p.evaluate(async (data) => { const el = document.getElementById('one'); el.data = data; return el.ready; }, tiny);
  assert.equal(again.state, 'ready');
  // An object referenced twice is no cycle: one span object as a fact's and
  // an event's evidence, one list as two entities' aliases.
  const shared = await p.evaluate(async (data) => {
    const el = document.getElementById('one');
    data.events[0].evidence[0] = data.facts[0].evidence[0];
    data.entities[1].aliases = data.entities[0].aliases;
    el.data = data;
    return el.ready;
  }, tiny);
  assert.equal(shared.state, 'ready', JSON.stringify(shared));
  // Sharing does not hide depth: a chain of 200 levels, each object shared
  // by two keys of the one above (2^200 paths), is refused as too deep, at once.
  const deep = await p.evaluate(async (data) => {
    const el = document.getElementById('one');
    let x = {};
    for (let i = 0; i < 200; i++) x = { a: x, b: x };
    const t0 = performance.now();
    el.data = { ...data, extra: x };
    const r = await el.ready;
    return { ...r, ms: performance.now() - t0 };
  }, tiny);
  assert.equal(deep.state, 'error');
  assert.match(deep.problems[0].message, /deeper than 128/);
  assert.ok(deep.ms < 2000, `${deep.ms} ms`);
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('properties set before the wasm has loaded are applied once it has; url-sync="off" keeps the URL', async () => {
  const p = await page('empty.html?keep=1#here');
  const state = await p.evaluate(async (data) => {
    const el = document.createElement('fact-explorer');
    el.id = 'late';
    el.setAttribute('url-sync', 'off');
    el.data = data;
    el.state = { view: 'quotes' };
    document.body.append(el);
    await customElements.whenDefined('fact-explorer');
    await el.ready;
    return el.state;
  }, tiny);
  assert.equal(state.view, 'quotes');
  const el = inside(p, 'late');
  await el.locator('[data-testid=view-tab][data-view=quotes][aria-selected=true]').waitFor();
  await el.locator('[data-testid=view-tab][data-view=graph]').click();
  await el.locator('[data-testid=chip]').first().click();
  assert.ok((await events(p, 'fx-change')).length >= 2, 'the reader\'s changes are still reported');
  assert.equal(new URL(p.url()).search, '?keep=1');
  assert.equal(new URL(p.url()).hash, '#here');
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('mounting and removing an explorer 200 times leaves memory flat', async () => {
  const p = await page('empty.html');
  const measure = (n) => p.evaluate(async (n) => {
    const glue = await import('./fact-explorer.js');
    for (let i = 0; i < n; i += 1) {
      const el = document.createElement('fact-explorer');
      el.setAttribute('url-sync', 'off');
      document.body.append(el);
      await el.ready;
      el.remove();
    }
    return glue.wasm_memory_bytes();
  }, n);
  const warm = await measure(20);
  const after = await measure(200);
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('HeapProfiler.collectGarbage');
  const nodes = await p.evaluate(() => document.querySelectorAll('fact-explorer').length);
  console.log(`wasm memory after 20 mounts: ${warm} bytes; after 200 more: ${after} bytes`);
  assert.equal(nodes, 0);
  // Before this fix every mount leaked its fact set and index (about 1 MB
  // each in wasm memory); now the memory of the first mounts is reused.
  assert.ok(after - warm <= 1024 * 1024, `wasm memory grew by ${after - warm} bytes over 200 mounts`);
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('the example host page marks the entity the reader picks in its own copy of the article', async () => {
  const p = await openPage(browser, server.url + 'api.html');
  await p.locator('#story-status').filter({ hasText: 'facts about' }).waitFor({ timeout: 15000 });
  await inside(p, 'story').locator('[data-testid=chip][data-entity=blackrock]').click();
  await p.locator('#story-status').filter({ hasText: 'BlackRock' }).waitFor();
  // Each mark is exactly one of the article's mentions of BlackRock.
  const marks = await p.locator('#story-text mark').allInnerTexts();
  const mentions = await p.evaluate(() => document.getElementById('story').factSet.entities
    .find((e) => e.id === 'blackrock').mentions.map((m) => m.text));
  assert.deepEqual(marks, mentions);
  // The host's copy keeps its paragraphs.
  assert.ok(await p.locator('#story-text p').count() > 10);
  assert.match(await p.locator('#log').innerText(), /fx-select: entity BlackRock/);
  await p.locator('#show-graph').click();
  await inside(p, 'story').locator('[data-testid=view-tab][data-view=graph][aria-selected=true]').waitFor();
  assert.deepEqual(p.errors, []);
  await shot(p, 'api-example', { fullPage: false });
  await p.context().close();
});
