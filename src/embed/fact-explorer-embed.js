// The <fact-explorer> custom element: the one script a page includes.
//
//   <script type="module" src="https://example.org/explorer/fact-explorer-embed.js"></script>
//   <fact-explorer id="lee-visit" src="facts.json"></fact-explorer>
//
// Each element gets an open shadow root holding the explorer's stylesheet and
// app, so the host's CSS and ours never meet. The fact set comes from
// `el.data` (a plain object), else an inline <script type="application/json">
// child, else the `src` attribute, else the bundled article. State lives in
// the page URL under `fx-<id>` (or `fx` for an element without an id) unless
// the element has `url-sync="off"`.
//
// Host-page API (see README): `el.factSet`, `el.data`, `el.state`,
// `el.ready`, and the events `fx-ready`, `fx-change`, `fx-select` and
// `fx-error` (bubbling, composed; `detail` is a plain object). Everything
// the element asks of the wasm goes through src/host.rs.
import init, { mount_explorer } from './fact-explorer.js';

const base = new URL('.', import.meta.url);
let wasm = null;
const wasmReady = () => (wasm ??= init({ module_or_path: new URL('fact-explorer_bg.wasm', base) }));

// Deeper than this, a host object is refused before it reaches the wasm
// (the JSON loader has the same limit).
const MAX_DEPTH = 128;

/** Why `value` cannot be a fact set's data (too deep or cyclic), or null. */
function unusable(value) {
  const stack = [[value, 0]];
  const seen = new Set();
  while (stack.length) {
    const [v, depth] = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (depth > MAX_DEPTH) return `it nests deeper than ${MAX_DEPTH} levels`;
    if (seen.has(v)) return 'it refers to itself (a cycle)';
    seen.add(v);
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return null;
}

class FactExplorer extends HTMLElement {
  #handle = null;
  #mountPoint = null;
  #data = undefined;
  #pendingState = null;
  #generation = 0;
  #ready = null;
  #settle = null;
  #styled = null;

  constructor() {
    super();
    this.#newReady();
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
  get state() { return this.#handle ? this.#handle.state() : this.#pendingState; }

  /** Shows a state; throws a TypeError when it does not fit the fact set. */
  set state(value) {
    if (!this.#handle) {
      this.#pendingState = value;
      return;
    }
    this.#handle.setState(value);
  }

  connectedCallback() {
    if (!this.#mountPoint) {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const sheet = document.createElement('link');
      sheet.rel = 'stylesheet';
      sheet.href = new URL('main.css', base).href;
      this.#styled = new Promise((done) => { sheet.onload = done; sheet.onerror = done; });
      this.#mountPoint = document.createElement('div');
      this.#mountPoint.className = 'fx-mount';
      root.replaceChildren(sheet, this.#mountPoint);
    }
    this.#mount();
  }

  disconnectedCallback() {
    this.#generation += 1;
    this.#unmount();
  }

  #unmount() {
    if (this.#handle) {
      this.#handle.unmount();
      this.#handle.free();
      this.#handle = null;
    }
  }

  async #source() {
    if (this.#data !== undefined) {
      const why = unusable(this.#data);
      return why ? { kind: 'unavailable', detail: `the data given to el.data cannot be read: ${why}` }
        : { kind: 'data', value: this.#data };
    }
    const inline = this.querySelector('script[type="application/json"]');
    if (inline) return { kind: 'json', text: inline.textContent };
    const src = this.getAttribute('src');
    if (!src) return { kind: 'bundled' };
    try {
      const response = await fetch(new URL(src, document.baseURI));
      if (response.ok) return { kind: 'json', text: await response.text() };
      return { kind: 'unavailable', detail: `${src} answered HTTP ${response.status} ${response.statusText}`.trim() };
    } catch (e) {
      return { kind: 'unavailable', detail: `${src} could not be fetched (${e.message})` };
    }
  }

  async #mount() {
    const generation = ++this.#generation;
    if (this.#handle) {
      this.#unmount();
      this.#newReady();
    }
    const source = await this.#source();
    await Promise.all([wasmReady(), this.#styled]);
    // Disconnected, or mounted again, while waiting.
    if (generation !== this.#generation || !this.isConnected) return;
    const urlKey = this.getAttribute('url-sync') === 'off' ? undefined : (this.id ? `fx-${this.id}` : 'fx');
    const emit = (type, detail) => {
      if (type === 'fx-ready') this.#settle({ state: 'ready', ...detail });
      if (type === 'fx-error') this.#settle({ state: 'error', ...detail });
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    };
    this.#mountPoint.replaceChildren();
    this.#handle = mount_explorer(this.#mountPoint, source, urlKey, emit);
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

if (!customElements.get('fact-explorer')) customElements.define('fact-explorer', FactExplorer);
