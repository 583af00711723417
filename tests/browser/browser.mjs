// Launches Debian's Chromium through playwright-core with the flags this
// machine needs, and records console and page errors for every page.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '..', '..');
// FX_DIST: another build's folder (to measure a copy while dist/ is rebuilt).
export const DIST = process.env.FX_DIST ?? join(ROOT, 'dist');
export const SCREENSHOTS = join(HERE, 'screenshots');

const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Launches Chromium; playwright gives every launch a fresh, empty profile. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: FLAGS,
    headless: true,
  });
}

/** Opens a page that collects console errors and page errors in `errors`. */
export async function openPage(browser, url, { width = 1440, height = 900, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => page.errors.push(`pageerror: ${e.message}`));
  await page.goto(url);
  return page;
}

/** Waits until the app root says it is ready (or failed). */
export async function ready(page, timeout = 15000) {
  await page.waitForSelector('[data-testid=app][data-state=ready]', { timeout });
}

/** Writes a screenshot to tests/browser/screenshots/NAME.png. */
export async function shot(page, name, opts = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false, ...opts });
  return path;
}

/** The focused element's hooks, looking inside shadow roots. */
export async function active(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a ? { testid: a.dataset?.testid ?? null, entity: a.dataset?.entity ?? null, tag: a.tagName.toLowerCase() } : null;
  });
}

/** axe's violations on the page (or within `include`, a list of selectors), one line each. */
export async function axeViolations(page, include = null) {
  await page.addScriptTag({ content: readFileSync(join(HERE, 'node_modules/axe-core/axe.min.js'), 'utf8') });
  const result = await page.evaluate(async (inc) => window.axe.run(inc ? { include: inc } : document, { resultTypes: ['violations'] }), include);
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
}

/** How far the page scrolls sideways (0 or less: not at all). */
export async function sidewaysOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
