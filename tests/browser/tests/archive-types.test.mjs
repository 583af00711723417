// The <fact-archive> element's TypeScript types (dist/fact-archive.d.ts,
// from src/bin/fx-archive/fact-archive.d.ts): they type-check as a host
// page uses them, wrong uses rejected (tests/browser/types, tsc strict),
// and they say what the element really has: the state's keys, the
// methods, the events' details, read in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../server.mjs';
import { launch, openPage, DIST, ROOT } from '../browser.mjs';

const TYPES = join(DIST, 'fact-archive.d.ts');
// The TypeScript the npm package's check uses (installed by ./dev setup).
const TSC = join(ROOT, 'tests', 'npm-host', 'node_modules', '.bin', 'tsc');
const dts = existsSync(TYPES) ? readFileSync(TYPES, 'utf8') : '';
/** The member names of interface or class `name` in the .d.ts. */
const members = (name) => {
  const body = dts.match(new RegExp(`(?:interface|class) ${name}\\b[^{]*\\{([\\s\\S]*?)\\n\\}`))?.[1] ?? '';
  return [...new Set([...body.matchAll(/^\s+(?:readonly |get |set )?(\w+)[?(:]/gm)].map((m) => m[1]))];
};

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the build ships the types beside the element\'s module', () => {
  assert.ok(dts, 'dist/fact-archive.d.ts');
  assert.equal(dts, readFileSync(join(ROOT, 'src/bin/fx-archive/fact-archive.d.ts'), 'utf8'));
});

test('the types check as a host uses them, and reject wrong uses (tsc --noEmit, strict)', () => {
  execFileSync(TSC, ['--noEmit', '-p', join(ROOT, 'tests', 'browser', 'types')], { stdio: 'inherit' });
});

test('the types say what the element has: state keys, methods, event details', async () => {
  const stateKeys = members('ArchiveState');
  assert.deepEqual(stateKeys.sort(), ['entity', 'identities', 'query']);
  const api = members('FactArchiveElement').filter((m) => !/EventListener$/.test(m));
  assert.deepEqual(api.sort(), ['openEntity', 'ready', 'reviewIdentities', 'search', 'state']);
  const events = [...dts.matchAll(/^ {2}'(fa-[a-z]+)': CustomEvent</gm)].map((m) => m[1]);
  assert.deepEqual([...new Set(events)].sort(), ['fa-change', 'fa-error', 'fa-ready', 'fa-select']);

  const p = await openPage(browser, `${server.url}archive-host.html`);
  const seen = await p.evaluate(async (api) => {
    await customElements.whenDefined('fact-archive');
    const el = document.getElementById('right');
    const ready = await el.ready;
    const proto = Object.getPrototypeOf(el);
    const kinds = Object.fromEntries(api.map((m) => {
      const d = Object.getOwnPropertyDescriptor(proto, m);
      return [m, typeof d?.value === 'function' ? 'method' : d?.get ? (d.set ? 'accessor' : 'getter') : 'missing'];
    }));
    const changes = [];
    el.addEventListener('fa-change', (e) => changes.push(e.detail));
    el.shadowRoot.querySelector('.archive-foot a').click();
    return { ready, state: el.state, kinds, changes };
  }, api);
  assert.deepEqual(Object.keys(seen.state).sort(), stateKeys.sort());
  assert.deepEqual(Object.keys(seen.ready).sort(), ['state', ...stateKeys].sort());
  assert.deepEqual(seen.kinds, {
    openEntity: 'method', ready: 'getter', reviewIdentities: 'method', search: 'method', state: 'accessor',
  });
  assert.deepEqual(seen.changes, [{ query: '', entity: '', identities: true }]);
  assert.deepEqual(p.errors, []);
  await p.context().close();
});
