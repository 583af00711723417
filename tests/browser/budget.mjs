// The size budget and what it counts (size-report.mjs prints and enforces it;
// shell.test.mjs checks FIRST_LOAD against what the page really requests).

// ---- The bundle budget: brotli bytes the explorer page loads before it is ready. ----
// 268,000 until issue 18: hydrating the prerendered view put tachys's
// hydration code beside its client rendering in the wasm (+23.7 KB brotli),
// and index.html now carries the first view and its stylesheet (+10.7 KB;
// main.css is no longer fetched). In exchange the page is readable after
// FIRST_VIEW below, about 12 KB, instead of after everything.
export const BUDGET_BROTLI_BYTES = 300_000;

// What index.html loads before the explorer is ready (a browser test checks
// that this is exactly what the page requests).
export const FIRST_LOAD = [
  'index.html', 'page.css', 'favicon.svg', 'fact-explorer-embed.js',
  'fact-explorer.js', 'fact-explorer_bg.wasm',
];

// What the page needs before the reader sees the facts: the prerendered view
// is in index.html with its stylesheet.
export const FIRST_VIEW = ['index.html', 'page.css'];
