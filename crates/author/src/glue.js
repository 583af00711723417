// The authoring page's browser services that leptos-use does not offer,
// called from Rust (crates/author, src/glue.rs): the drafting worker, files
// in and out, the text selection as UTF-16 offsets, bringing a row into
// view. (Listeners, the preview's pause, storage and the clipboard are
// leptos-use's, in Rust.) No state of the editor lives here; every function
// is small and does one thing.

let worker = null;
let workerJobs = 0;
let workerError = '';
/** The drafts waiting for the worker: job number → `done(json, error)`. */
const waiting = new Map();

/**
 * Starts the drafting worker (it fetches the weights at once). It sits
 * beside author.html (this module is in wasm-bindgen's snippets folder).
 * One `message` and one `error` listener serve every draft, so drafting
 * adds no listeners however often it runs.
 */
export function start_worker() {
  if (worker) return;
  worker = new Worker(new URL('author-worker.js', document.baseURI), { type: 'module' });
  worker.addEventListener('message', (e) => {
    const done = waiting.get(e.data?.job);
    if (!done) return;
    waiting.delete(e.data.job);
    done(e.data.json ?? '', e.data.error ?? '');
  });
  worker.addEventListener('error', (e) => {
    // Before any draft: it could not start; later drafts are told at once.
    const why = e.message || 'no details';
    if (waiting.size === 0) {
      workerError = `the drafting worker could not start (${why})`;
      return;
    }
    workerError = `the drafting worker failed (${why})`;
    // Each waiting draft is told once, then forgotten.
    const jobs = [...waiting.values()];
    waiting.clear();
    for (const done of jobs) done('', `the drafting worker failed: ${why}`);
  });
}

/**
 * Drafts `text` in the worker; calls `done(json, error)` once. The page stays
 * responsive: the engine runs off the main thread.
 */
export function draft_in_worker(text, title, byline, date, done) {
  start_worker();
  if (workerError) { done('', workerError); return; }
  const job = ++workerJobs;
  waiting.set(job, done);
  worker.postMessage({ job, text, title, byline, date });
}

/**
 * The selection inside `container` as UTF-16 offsets into its text
 * (`[start, end]`), or null when there is none inside it. The container's
 * text is exactly the article's text (marks add no characters).
 */
export function selection_offsets(container) {
  const sel = container.getRootNode().getSelection?.() ?? document.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return [start, start + range.toString().length];
}

/** Selects UTF-16 offsets `start..end` of `container`'s text. */
export function select_offsets(container, start, end) {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let at = 0;
  const range = document.createRange();
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const len = node.data.length;
    if (!started && start <= at + len) { range.setStart(node, start - at); started = true; }
    if (started && end <= at + len) {
      range.setEnd(node, end - at);
      const sel = document.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      node.parentElement?.scrollIntoView?.({ block: 'nearest' });
      return;
    }
    at += len;
  }
}

/** Reads a file input's first file: calls `done(name, text, error)`. */
export function read_file(input, done) {
  const file = input.files?.[0];
  if (!file) { done('', '', 'no file chosen'); return; }
  file.text().then(
    (text) => done(file.name, /\.html?$/i.test(file.name) ? htmlToText(text) : text, ''),
    (e) => done(file.name, '', `could not read ${file.name}: ${e.message ?? e}`),
  );
  input.value = '';
}

const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'BLOCKQUOTE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'PRE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'IFRAME', 'HEAD']);

/**
 * An HTML page reduced to its text: block elements become paragraphs (a
 * blank line between), white space inside a paragraph collapses, scripts,
 * styles and navigation go. The result is the text the spans point into.
 */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const root = doc.querySelector('article') ?? doc.body ?? doc.documentElement;
  const paragraphs = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) paragraphs.push(t);
    line = '';
  };
  const walk = (node) => {
    if (node.nodeType === 3) { line += node.data; return; }
    if (node.nodeType !== 1 || SKIP.has(node.nodeName)) return;
    if (node.nodeName === 'BR') { line += ' '; return; }
    const block = BLOCKS.has(node.nodeName);
    if (block) flush();
    for (const child of node.childNodes) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** Offers `text` as a download named `name`. */
export function download(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A random id for this tab (which tab saved last). */
export function tab_id() {
  return crypto.randomUUID?.() ?? String(Math.random()).slice(2);
}

/** Scrolls the element matching `selector` into view and focuses it. */
export function reveal(selector) {
  const el = document.querySelector(selector);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.focus?.({ preventScroll: true });
}

/**
 * Scrolls the row matching `selector` into view, without taking the focus
 * from the form that made it, and marks it for a moment.
 */
export function bring_into_view(selector) {
  // After the view has rendered the new row.
  requestAnimationFrame(() => {
    const el = document.querySelector(selector);
    if (!el) return;
    el.scrollIntoView({ block: 'nearest' });
    el.classList.add('just-added');
    setTimeout(() => el.classList.remove('just-added'), 2000);
  });
}
