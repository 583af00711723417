// The <fact-explorer> custom element: the one script a page includes.
//
//   <script type="module" src="https://example.org/explorer/fact-explorer-embed.js"></script>
//   <fact-explorer id="lee-visit" src="facts.json"></fact-explorer>
//
// Each element gets an open shadow root holding the explorer's stylesheet and
// app, so the host's CSS and ours never meet. An element that arrives with a
// prerendered view (a declarative shadow root from `render` or the built
// page) keeps it: the explorer hydrates that markup in place. The fact set comes from
// `el.data` (a plain object), else an inline <script type="application/json">
// child, else the `src` attribute, else the bundled article. State lives in
// the page URL under `fx-<id>` (or `fx` for an element without an id) unless
// the element has `url-sync="off"`.
//
// Host-page API (see README): `el.factSet`, `el.data`, `el.state`,
// `el.ready`, and the events `fx-ready`, `fx-change`, `fx-select` and
// `fx-error` (bubbling, composed; `detail` is a plain object). Everything
// the element asks of the wasm goes through src/host.rs.
import init, { mount_explorer, render_build } from './fact-explorer.js';

// Every file the element needs is named as a literal
// `new URL('./file', import.meta.url)`: the form bundlers (Vite, webpack,
// Rollup) recognise and copy into their output. A URL computed from a base
// would be invisible to them.
const WASM_URL = () => new URL('./fact-explorer_bg.wasm', import.meta.url);
const CSS_URL = () => new URL('./main.css', import.meta.url);
const PAGE_URL = () => new URL('./fact-explorer.html', import.meta.url);
// The self-contained page (fact-explorer.html, made by build/standalone.mjs)
// carries the wasm (base64) and the stylesheet in the page itself, so it
// runs from disk, where nothing may be fetched.
const inlined = globalThis.FX_STANDALONE ?? null;
let wasm = null;
const wasmReady = () => (wasm ??= init({
  module_or_path: inlined
    ? Uint8Array.from(atob(inlined.wasm), (c) => c.charCodeAt(0))
    : WASM_URL(),
}));

/** What a reader is told when the explorer cannot start. */
const CANNOT_START = 'The fact explorer could not start';
const WHAT_TO_DO = 'Open fact-explorer.html (it works from disk), or serve this folder, for example with '
  + '“python3 -m http.server” in it, and open the address it prints.';

/**
 * Resolves once the page has painted (at once if it has). A prerendered
 * view waits for this before its wasm is fetched: the reader's first paint
 * is the prerendered view, never held back by the download or the
 * hydration, and traces (Lighthouse's) see it so. A hidden page, which does
 * not paint, and a browser that does not report paints go on at once.
 */
function painted() {
  const entries = globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint');
  if (!entries || document.visibilityState === 'hidden' || performance.getEntriesByType('paint').length) {
    return Promise.resolve();
  }
  return new Promise((done) => {
    const observer = new PerformanceObserver(() => finish());
    const finish = () => {
      observer.disconnect();
      document.removeEventListener('visibilitychange', finish);
      done();
    };
    observer.observe({ type: 'paint' });
    document.addEventListener('visibilitychange', finish);
  });
}

/**
 * What a reader can do to a view: while a prerendered view hydrates, these
 * are stopped at the mount point, so none reaches a part that has no
 * handlers yet or changes what a part not hydrated yet must find.
 */
const READER_EVENTS = ['click', 'pointerdown', 'keydown', 'beforeinput', 'input', 'change'];
const hold = (e) => { e.stopPropagation(); e.preventDefault(); };

/** Gives the browser the main thread for a moment (input, paint), then resolves. */
const yieldToPage = () => (globalThis.scheduler?.yield
  ? globalThis.scheduler.yield()
  : new Promise((done) => setTimeout(done, 0)));

// Deeper than this, a host object is refused before it reaches the wasm
// (the JSON loader has the same limit).
const MAX_DEPTH = 128;

/**
 * Why `value` cannot be a fact set's data (too deep or cyclic), or null.
 * A cycle is an object inside itself: one on the path from the root to
 * itself. An object merely referenced twice (one span object as two
 * items' evidence) is no cycle. Each object is walked once: its height (the
 * levels below it) is kept, so a shared one is checked against its depth
 * at each place without walking it again.
 */
function unusable(value) {
  const height = new Map();
  const onPath = new Set();
  const isObject = (v) => v !== null && typeof v === 'object';
  const stack = [[value, 0, false]];
  while (stack.length) {
    const [v, depth, leaving] = stack.pop();
    if (leaving) {
      // Every child has been walked (each was pushed after this marker).
      onPath.delete(v);
      let h = 0;
      for (const child of Object.values(v)) if (isObject(child)) h = Math.max(h, height.get(child) + 1);
      height.set(v, h);
      continue;
    }
    if (!isObject(v)) continue;
    if (onPath.has(v)) return 'it refers to itself (a cycle)';
    const below = height.get(v);
    if (depth + (below ?? 0) > MAX_DEPTH) return `it nests deeper than ${MAX_DEPTH} levels`;
    if (below !== undefined) continue;
    onPath.add(v);
    stack.push([v, depth, true]);
    for (const child of Object.values(v)) stack.push([child, depth + 1, false]);
  }
  return null;
}

// Importing this module where there is no DOM (server rendering in Node,
// say) must not throw: the class then extends a stand-in and nothing is
// defined.
const Base = globalThis.HTMLElement ?? class {};

class FactExplorer extends Base {
  #handle = null;
  #mountPoint = null;
  #data = undefined;
  #pendingState = null;
  #generation = 0;
  #ready = null;
  #settle = null;
  #styled = null;
  /** The stamp of a prerendered view not hydrated yet, or null. */
  #prerendered = null;
  /** Set while a prerendered view hydrates, slice by slice: state set meanwhile waits. */
  #hydrating = false;

  constructor() {
    super();
    this.#newReady();
    // Properties a framework or script set on the element before this class
    // was defined are own properties that hide the accessors: take them
    // back through the accessors.
    for (const name of ['data', 'state']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
  }

  #newReady() {
    this.#ready = new Promise((resolve) => { this.#settle = resolve; });
  }

  /** Resolves with `{state: "ready", ...counts}` or `{state: "error", problems}`. */
  get ready() { return this.#ready; }

  /** The loaded fact set as plain objects (a copy), or null. */
  get factSet() { return this.#handle ? this.#handle.factSet() : null; }

  /** The fact set given as an object, if any. */
  get data() { return this.#data; }

  /** Loads a fact set given as a plain object; problems show in the element. */
  set data(value) {
    this.#data = value;
    if (this.isConnected && this.#mountPoint) this.#mount();
  }

  /** `{query, entities, mode, view, focus, fact}`; null before the wasm is ready. */
  get state() { return this.#handle && !this.#hydrating ? this.#handle.state() : this.#pendingState; }

  /** Shows a state; throws a TypeError when it does not fit the fact set. */
  set state(value) {
    if (!this.#handle || this.#hydrating) {
      this.#pendingState = value;
      return;
    }
    this.#handle.setState(value);
  }

  connectedCallback() {
    // (`:scope` matches nothing in a shadow root's querySelector: walk its children.)
    const prerendered = this.#mountPoint ? null
      : [...(this.shadowRoot?.children ?? [])].find((c) => c.matches('.fx-mount[data-fx-stamp]'));
    if (prerendered) {
      // The build-time render: its inline stylesheet already styles it.
      this.#mountPoint = prerendered;
      this.#prerendered = prerendered.dataset.fxStamp;
      this.#styled = Promise.resolve();
      this.#mountPoint.addEventListener('fx-standalone', (e) => this.#standalone(e.detail));
    } else if (!this.#mountPoint) {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      let sheet;
      if (inlined) {
        sheet = document.createElement('style');
        sheet.textContent = inlined.css;
        this.#styled = Promise.resolve();
      } else {
        sheet = document.createElement('link');
        sheet.rel = 'stylesheet';
        sheet.href = CSS_URL().href;
        this.#styled = new Promise((done) => { sheet.onload = done; sheet.onerror = done; });
      }
      this.#mountPoint = document.createElement('div');
      this.#mountPoint.className = 'fx-mount';
      // The export bar's "Standalone page" asks for the page here.
      this.#mountPoint.addEventListener('fx-standalone', (e) => this.#standalone(e.detail));
      root.replaceChildren(sheet, this.#mountPoint);
    }
    this.#mount();
  }

  /** Replaces a prerendered view's inline stylesheet with this build's. */
  #restyle() {
    const sheet = document.createElement('link');
    sheet.rel = 'stylesheet';
    sheet.href = CSS_URL().href;
    this.#styled = new Promise((done) => { sheet.onload = done; sheet.onerror = done; });
    [...this.shadowRoot.children].find((c) => c.localName === 'style')?.replaceWith(sheet);
    return this.#styled;
  }

  disconnectedCallback() {
    this.#generation += 1;
    this.#unmount();
  }

  #unmount() {
    this.#hydrating = false;
    if (this.#handle) {
      this.#handle.unmount();
      this.#handle.free();
      this.#handle = null;
    }
  }

  /** Shows why the wasm did not start (blocked, truncated, too old a browser). */
  #cannotStart(error) {
    const box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.dataset.testid = 'start-error';
    const title = document.createElement('p');
    title.textContent = `${CANNOT_START}: ${error?.message ?? error}.`;
    const help = document.createElement('p');
    help.textContent = WHAT_TO_DO;
    box.append(title, help);
    box.className = 'fx-start-error';
    this.#mountPoint.replaceChildren(box);
    const detail = { problems: [{ path: '$', message: `${CANNOT_START}: ${error?.message ?? error}` }], more: 0 };
    this.#settle({ state: 'error', ...detail });
    this.dispatchEvent(new CustomEvent('fx-error', { detail, bubbles: true, composed: true }));
  }

  /** Downloads a self-contained page with the fact set `json` inside. */
  async #standalone(json) {
    let page;
    try {
      page = inlined ? `<!doctype html>\n${document.documentElement.outerHTML}`
        : await (await fetch(PAGE_URL())).text();
    } catch (e) {
      this.dispatchEvent(new CustomEvent('fx-error', {
        detail: { problems: [{ path: '$', message: `the standalone page could not be made (${e.message})` }], more: 0 },
        bubbles: true, composed: true,
      }));
      return;
    }
    const html = withFactSet(page, json);
    const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'fact-explorer-standalone.html';
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  /** Where the fact set comes from, as `[kind, payload]` for mount_explorer (src/host.rs). */
  async #source() {
    if (this.#data !== undefined) {
      const why = unusable(this.#data);
      return why ? ['unavailable', `the data given to el.data cannot be read: ${why}`] : ['data', this.#data];
    }
    const inline = this.querySelector('script[type="application/json"]');
    if (inline) return ['json', inline.textContent];
    const src = this.getAttribute('src');
    if (!src) return ['bundled'];
    try {
      const response = await fetch(new URL(src, document.baseURI));
      if (response.ok) return ['json', await response.text()];
      return ['unavailable', `${src} answered HTTP ${response.status} ${response.statusText}`.trim()];
    } catch (e) {
      return ['unavailable', `${src} could not be fetched (${e.message})`];
    }
  }

  async #mount() {
    const generation = ++this.#generation;
    if (this.#handle) {
      this.#unmount();
      this.#newReady();
    }
    const source = await this.#source();
    try {
      if (this.#prerendered) await painted();
      await Promise.all([wasmReady(), this.#styled]);
    } catch (e) {
      if (generation === this.#generation) this.#cannotStart(e);
      return;
    }
    // Disconnected, or mounted again, while waiting.
    if (generation !== this.#generation || !this.isConnected) return;
    const urlKey = this.getAttribute('url-sync') === 'off' ? undefined : (this.id ? `fx-${this.id}` : 'fx');
    const emit = (type, detail) => {
      if (type === 'fx-ready') this.#settle({ state: 'ready', ...detail });
      if (type === 'fx-error') this.#settle({ state: 'error', ...detail });
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    };
    // A prerendered view is hydrated once, and only when this build made
    // it (the wasm also checks that it shows this fact set); anything else
    // is rendered afresh.
    let stamp = this.#prerendered;
    this.#prerendered = null;
    if (stamp && !stamp.startsWith(`${render_build()}-`)) {
      stamp = null;
      await this.#restyle();
      if (generation !== this.#generation || !this.isConnected) return;
    }
    if (!stamp) this.#mountPoint.replaceChildren();
    if (stamp) {
      // Starting the wasm was one task; loading the fact set is the next.
      await yieldToPage();
      if (generation !== this.#generation || !this.isConnected) return;
    }
    const started = performance.now();
    this.#handle = mount_explorer(this.#mountPoint, source[0], source[1], urlKey, emit, stamp ?? undefined);
    if (stamp) {
      // Loading the fact set was one task; hydrating it is slices of about
      // 6 ms, each its own task (src/host.rs, crates/view/src/later.rs).
      // The measure shows in performance traces and Lighthouse's user timings.
      const handle = this.#handle;
      const mountPoint = this.#mountPoint;
      for (const type of READER_EVENTS) mountPoint.addEventListener(type, hold, true);
      this.#hydrating = true;
      let more = true;
      try {
        while (more) {
          await yieldToPage();
          if (generation !== this.#generation || this.#handle !== handle) return;
          more = handle.hydrateMore();
        }
      } finally {
        for (const type of READER_EVENTS) mountPoint.removeEventListener(type, hold, true);
      }
      this.#hydrating = false;
      performance.measure('fx-hydrate', { start: started, end: performance.now() });
    }
    if (this.#pendingState !== null) {
      const state = this.#pendingState;
      this.#pendingState = null;
      try {
        this.#handle.setState(state);
      } catch (e) {
        emit('fx-error', { problems: [{ path: 'state', message: e.message }], more: 0 });
      }
    }
  }
}

/**
 * The self-contained page `page` with the fact set `json` inside its
 * <fact-explorer> element. `<` is written `\u003c` inside the JSON, so no
 * `</script` or `<!--` in the data can end the script element early.
 */
export function withFactSet(page, json) {
  const safe = json.replace(/</g, '\\u003c');
  // In the body: the head's inlined styles and scripts may name the element.
  const open = page.indexOf('<fact-explorer', Math.max(0, page.indexOf('<body')));
  const close = page.indexOf('</fact-explorer>', open);
  if (open < 0 || close < 0) throw new Error('the page has no <fact-explorer> element');
  const tagEnd = page.indexOf('>', open) + 1;
  // Keep the element's fallback message; replace a fact set already there.
  const inner = page.slice(tagEnd, close).replace(/<script type="application\/json">[\s\S]*?<\/script>/, '');
  return `${page.slice(0, tagEnd)}<script type="application/json">${safe}</script>${inner}${page.slice(close)}`;
}

if (globalThis.customElements && !customElements.get('fact-explorer')) {
  customElements.define('fact-explorer', FactExplorer);
}

export { FactExplorer };
