// The relationship view: neighbourhood focus, edge facts, keyboard use, the
// list twin, pan/zoom/drag, filter dimming, and labels that do not overlap.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../server.mjs';
import { launch, openPage, ready, shot, active, DIST, ROOT } from '../browser.mjs';

const data = JSON.parse(readFileSync(join(ROOT, 'crates/core/src/data/article.facts.json'), 'utf8'));
const entityEdges = data.facts.filter((f) => f.object.entity && f.object.entity !== f.subject);

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function graphPage(opts) {
  const page = await openPage(browser, server.url, opts);
  await ready(page);
  await page.locator('[data-testid=view-tab][data-view=graph]').click();
  await page.locator('[data-testid=graph]').waitFor();
  return page;
}
const lit = (page) => page.locator('[data-testid=graph-node]:not(.fx-node--dim)')
  .evaluateAll((els) => els.map((e) => e.dataset.entity));
const node = (page, id) => page.locator(`[data-testid=graph-node][data-entity=${id}]`);

test('every relation is an edge and the list twin says each in words', async () => {
  const page = await graphPage();
  assert.equal(await page.locator('[data-testid=graph-edge]').count(), entityEdges.length);
  const items = await page.locator('[data-testid=relation-list] li').allInnerTexts();
  assert.equal(items.length, entityEdges.length);
  assert.ok(items.some((t) => t.includes('Ministry of Science and ICT → signed a memorandum of understanding with → BlackRock')), items.join('\n'));
  const edge = page.locator('[data-testid=graph-edge][data-fact=f-fink-ceo]');
  assert.equal(await edge.getAttribute('data-source'), 'fink');
  assert.equal(await edge.getAttribute('data-target'), 'blackrock');
  assert.equal(await node(page, 'fink').getAttribute('aria-label'), 'Larry Fink');
  await page.context().close();
});

test('clicking BlackRock focuses its neighbourhood and selects it; empty space clears', async () => {
  const page = await graphPage();
  await node(page, 'blackrock').click();
  const bright = await lit(page);
  for (const id of ['blackrock', 'fink', 'gip', 'msit']) assert.ok(bright.includes(id), `${id} dimmed: ${bright}`);
  assert.ok(!bright.includes('guterres'), 'Guterres is not a neighbour of BlackRock');
  assert.equal(await page.locator('[data-testid=chip][data-entity=blackrock]').getAttribute('aria-pressed'), 'true');
  await shot(page, 'graph-hood-1440');
  await page.locator('[data-testid=chip-clear]').click();
  const box = await page.locator('[data-testid=graph]').boundingBox();
  await page.mouse.click(box.x + 6, box.y + box.height - 6);
  assert.equal((await lit(page)).length, await page.locator('[data-testid=graph-node]').count());
  await page.context().close();
});

test('clicking an edge shows its fact in words with the evidence sentence', async () => {
  const page = await graphPage();
  await page.locator('[data-testid=graph-edge][data-fact=f-gip-investor] .fx-edge__hit').dispatchEvent('click');
  const fact = page.locator('[data-testid=graph-fact]');
  assert.equal(await fact.getAttribute('data-fact'), 'f-gip-investor');
  const text = await fact.innerText();
  assert.match(text, /Global Infrastructure Partners is expected to participate as a financial investor in/);
  assert.match(text, /expected to participate as a financial investor/);
  await page.context().close();
});

test('the graph works by keyboard: Tab to a node, arrows move, Enter focuses, Escape clears', async () => {
  const page = await graphPage();
  await page.locator('[data-testid=graph-fit]').focus();
  await page.keyboard.press('Tab');
  const first = (await active(page))?.entity;
  assert.ok(first, 'Tab did not reach a graph node');
  const pos = (id) => node(page, id).evaluate((el) => { const r = el.querySelector('path').getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; });
  const before = await pos(first);
  let moved = null;
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
    await page.keyboard.press(key);
    const now = (await active(page))?.entity;
    if (now && now !== first) { moved = [key, now]; break; }
  }
  assert.ok(moved, 'no arrow key moved the focus');
  const after = await pos(moved[1]);
  const [dx, dy] = [after[0] - before[0], after[1] - before[1]];
  const ok = { ArrowRight: dx > 0, ArrowLeft: dx < 0, ArrowDown: dy > 0, ArrowUp: dy < 0 }[moved[0]];
  assert.ok(ok, `${moved[0]} moved the wrong way (${dx}, ${dy})`);
  await page.keyboard.press('Enter');
  assert.equal(await node(page, moved[1]).getAttribute('aria-pressed'), 'true');
  assert.ok((await lit(page)).length < await page.locator('[data-testid=graph-node]').count());
  await page.keyboard.press('Escape');
  assert.equal(await node(page, moved[1]).getAttribute('aria-pressed'), 'false');
  await page.context().close();
});

test('zoom by buttons and Ctrl+wheel; a plain wheel scrolls the page; drag moves a node', async () => {
  const page = await graphPage({ width: 1440, height: 700 });
  const transform = () => page.locator('[data-testid=graph-viewport]').getAttribute('transform');
  const start = await transform();
  await page.locator('[data-testid=graph-zoom-in]').click();
  assert.notEqual(await transform(), start);
  // Fit shows the whole drawing: no pan, no zoom.
  const whole = 'translate(0.0 0.0) scale(1.000)';
  await page.locator('[data-testid=graph-fit]').click();
  assert.equal(await transform(), whole);
  const box = await page.locator('[data-testid=graph]').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const scrollBefore = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 300);
  await page.waitForTimeout(200);
  assert.equal(await transform(), whole, 'a plain wheel must not zoom');
  assert.ok(await page.evaluate(() => window.scrollY) > scrollBefore, 'a plain wheel scrolls the page');
  const box2 = await page.locator('[data-testid=graph]').boundingBox();
  await page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  assert.notEqual(await transform(), whole, 'Ctrl+wheel zooms');
  await page.locator('[data-testid=graph-fit]').click();
  // Drag Poland somewhere else; it moves and stays a node, and the other
  // nodes and edges are moved, not rebuilt: the same DOM elements stay.
  const poland = node(page, 'poland');
  await poland.scrollIntoViewIfNeeded();
  const t0 = await poland.getAttribute('transform');
  await page.locator('fact-explorer').evaluate((host) => {
    for (const el of host.shadowRoot.querySelectorAll('[data-testid=graph-node], [data-testid=graph-edge]')) el.fxTagged = true;
  });
  const b = await poland.locator('path').boundingBox();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + 80, b.y + 60, { steps: 5 });
  await page.mouse.up();
  assert.notEqual(await poland.getAttribute('transform'), t0);
  const kept = await page.locator('fact-explorer').evaluate((host) => {
    const all = [...host.shadowRoot.querySelectorAll('[data-testid=graph-node], [data-testid=graph-edge]')];
    return { all: all.length, tagged: all.filter((el) => el.fxTagged).length };
  });
  assert.ok(kept.all > 20);
  assert.equal(kept.tagged, kept.all, 'a drag rebuilt nodes or edges');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the chip filter dims what it leaves out', async () => {
  const page = await graphPage();
  await page.locator('[data-testid=chip][data-entity=trump]').click();
  const bright = await lit(page);
  assert.ok(bright.includes('trump') && bright.includes('lee') && bright.includes('united_states'), bright.join());
  assert.ok(!bright.includes('blackrock'));
  const list = await page.locator('[data-testid=relation-list] li').count();
  assert.equal(list, entityEdges.filter((f) => f.subject === 'trump' || f.object.entity === 'trump').length);
  await page.context().close();
});

for (const [width, height] of [[1440, 900], [375, 812]]) {
  test(`labels overlap no node or other label at ${width} px`, async () => {
    const page = await graphPage({ width, height });
    const boxes = await page.locator('[data-testid=graph-node]').evaluateAll((els) => els.map((g) => {
      const a = g.querySelector('path').getBoundingClientRect();
      const t = g.querySelector('text').getBoundingClientRect();
      return { id: g.dataset.entity, shape: [a.left, a.top, a.right, a.bottom], label: [t.left, t.top, t.right, t.bottom] };
    }));
    const hit = (p, q) => p[0] < q[2] - 0.5 && q[0] < p[2] - 0.5 && p[1] < q[3] - 0.5 && q[1] < p[3] - 0.5;
    const clashes = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = 0; j < boxes.length; j++) {
        if (i === j) continue;
        if (hit(boxes[i].label, boxes[j].label) && i < j) clashes.push(`${boxes[i].id} label / ${boxes[j].id} label`);
        if (hit(boxes[i].label, boxes[j].shape)) clashes.push(`${boxes[i].id} label / ${boxes[j].id} node`);
      }
    }
    assert.deepEqual(clashes, []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0);
    await page.locator('[data-testid=graph]').scrollIntoViewIfNeeded();
    await shot(page, `graph-${width}`);
    await page.context().close();
  });
}

/** Every node's symbol and label that is not wholly inside the graph's canvas. */
const outside = (page) => page.locator('[data-testid=graph]').evaluate((svg) => {
  const c = svg.getBoundingClientRect();
  const out = [];
  for (const g of svg.querySelectorAll('[data-testid=graph-node]')) {
    for (const part of [g.querySelector('path'), g.querySelector('text')]) {
      const r = part.getBoundingClientRect();
      if (r.left < c.left || r.right > c.right || r.top < c.top || r.bottom > c.bottom) {
        out.push(`${g.dataset.entity} ${part.localName} [${Math.round(r.left)}, ${Math.round(r.top)}, ${Math.round(r.right)}, ${Math.round(r.bottom)}]`);
      }
    }
  }
  return { out, canvas: [Math.round(c.width), Math.round(c.height)], nodes: svg.querySelectorAll('[data-testid=graph-node]').length };
});

/** The graph's labels' rendered size in px (the font size times the fit's scale). */
const labelPx = (page) => page.locator('[data-testid=graph-node] text').first().evaluate((t) => t.getBoundingClientRect().height);

for (const [width, height] of [[1440, 900], [1024, 768], [375, 812]]) {
  test(`the first graph view shows every node and label inside the canvas at ${width} px, and so does the view after a resize`, async () => {
    const page = await graphPage({ width, height });
    // The drawing settles after the canvas reports its size (a frame).
    await page.waitForFunction(() => document.querySelector('fact-explorer').shadowRoot.querySelector('[data-testid=graph-node]'));
    await page.waitForTimeout(300);
    const first = await outside(page);
    assert.equal(first.nodes, new Set(entityEdges.flatMap((f) => [f.subject, f.object.entity])).size);
    assert.deepEqual(first.out, [], `outside the ${first.canvas.join('×')} canvas`);
    // Labels stay readable (12-unit labels drawn at 8 px or more).
    assert.ok(await labelPx(page) >= 8, `labels ${await labelPx(page)} px high`);
    await page.locator('[data-testid=graph]').scrollIntoViewIfNeeded();
    await shot(page, `graph-first-${width}`);
    // Turned or resized: still everything.
    await page.setViewportSize({ width: height, height: width });
    await page.waitForTimeout(500);
    const turned = await outside(page);
    assert.deepEqual(turned.out, [], `after a resize to ${height}×${width}, outside the ${turned.canvas.join('×')} canvas`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
