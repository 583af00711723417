// The <fact-archive> custom element: the archive's search and entity pages
// (src/bin/fx-archive) in any page, as <fact-explorer> is the explorer.
//
//   <script type="module" src="/explorer/fact-archive.js"></script>
//   <fact-archive id="archive" src="/explorer/archive/"></fact-archive>
//
// Each element gets an open shadow root holding archive.css and the app, so
// the host's CSS and ours never meet. `src` is the folder `fact-explorer
// archive build` wrote (default: archive/ beside this module). It shares
// the search page's wasm and stylesheet (fx-archive_bg.wasm, archive.css):
// a page with both, or with several elements, fetches them once.
//
// State (the query, the entity whose page is shown) lives in the page URL
// under `fa-<id>` (or `fa` for an element without an id), e.g.
// `?fa-archive=q%3DBlackRock` or `?fa-archive=entity%3Dorganisation%252Fblackrock`,
// unless the element has `url-sync="off"`. Typing replaces the entry; opening
// an entity adds one, so Back returns to the search.
//
// Host-page API (see README): `el.ready`, `el.state` ({query, entity}),
// `el.search(query)`, `el.openEntity(key)`, and the events `fa-ready`,
// `fa-change`, `fa-select` and `fa-error` (bubbling, composed; `detail` is a
// plain object), named as the explorer's `fx-…`.
import init, { start_archive } from './fx-archive.js';

// Literal `new URL('./file', import.meta.url)`s, the form bundlers copy.
const WASM_URL = () => new URL('./fx-archive_bg.wasm', import.meta.url);
const CSS_URL = () => new URL('./archive.css', import.meta.url);
const SITE_URL = () => new URL('./archive/', import.meta.url);
let wasm = null;
const wasmReady = () => (wasm ??= init({ module_or_path: WASM_URL() }));

const Base = globalThis.HTMLElement ?? class {};

/** `{query, entity}` from a parameter's value (`q=…&entity=…`). */
const parse = (value) => {
  const p = new URLSearchParams(value ?? '');
  return { query: p.get('q') ?? '', entity: p.get('entity') ?? '' };
};
/** The parameter's value for a state, '' for the empty one. */
const format = ({ query, entity }) => {
  const p = new URLSearchParams();
  if (entity) p.set('entity', entity);
  if (query) p.set('q', query);
  return p.toString();
};
/** A state from what a host gave (`el.state = …`), or a TypeError. */
const checked = (value) => {
  if (value === null || typeof value !== 'object') throw new TypeError('the state must be an object {query, entity}');
  const { query = '', entity = '' } = value;
  if (typeof query !== 'string') throw new TypeError('state.query must be a string');
  if (typeof entity !== 'string') throw new TypeError('state.entity must be a string (an archive entity key)');
  return { query, entity };
};

class FactArchive extends Base {
  #handle = null;
  #mountPoint = null;
  #generation = 0;
  #pending = null;
  /** What the element shows (or will, once drawn): `{query, entity}`. */
  #current = { query: '', entity: '' };
  #ready = null;
  #settle = null;
  #styled = null;
  #onPopState = () => this.#fromUrl();

  static get observedAttributes() { return ['src']; }

  constructor() {
    super();
    this.#newReady();
    // A state set before the class was defined is an own property hiding
    // the accessor: take it back through the accessor.
    if (Object.prototype.hasOwnProperty.call(this, 'state')) {
      const value = this.state;
      delete this.state;
      this.state = value;
    }
  }

  #newReady() {
    this.#ready = new Promise((resolve) => { this.#settle = resolve; });
  }

  /** Resolves with `{state: "ready", query, entity}` or `{state: "error", message}`. */
  get ready() { return this.#ready; }

  /** `{query, entity}`: the search typed and the entity whose page is shown ('' for none). */
  get state() { return { ...(this.#pending ?? this.#current) }; }

  /** Shows a state (keys left out are ''); throws a TypeError for a bad one. */
  set state(value) {
    const state = checked(value);
    if (!this.#handle) {
      this.#pending = state;
      return;
    }
    this.#show(state, true);
  }

  /** Shows the search for `query`. */
  search(query) { this.state = { query: `${query ?? ''}` }; }

  /** Shows the page of the archive entity `key` (its key in manifest.json). */
  openEntity(key) { this.state = { query: this.state?.query ?? '', entity: `${key ?? ''}` }; }

  /** The URL parameter this element keeps its state in, or null. */
  get #param() {
    return this.getAttribute('url-sync') === 'off' ? null : this.#name;
  }

  /** The parameter's name, also with url-sync off (the links' own). */
  get #name() { return this.id ? `fa-${this.id}` : 'fa'; }

  connectedCallback() {
    if (!this.#mountPoint) {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const sheet = document.createElement('link');
      sheet.rel = 'stylesheet';
      sheet.href = CSS_URL().href;
      this.#styled = new Promise((done) => { sheet.onload = done; sheet.onerror = done; });
      this.#mountPoint = document.createElement('div');
      this.#mountPoint.id = 'archive-page';
      this.#mountPoint.className = 'archive-app';
      root.replaceChildren(sheet, this.#mountPoint);
      root.addEventListener('click', (e) => this.#click(e));
    }
    window.addEventListener('popstate', this.#onPopState);
    this.#mount();
  }

  disconnectedCallback() {
    window.removeEventListener('popstate', this.#onPopState);
    this.#generation += 1;
    this.#unmount();
  }

  attributeChangedCallback(name, before, after) {
    if (name === 'src' && before !== after && this.#mountPoint && this.isConnected) this.#mount();
  }

  #unmount() {
    if (this.#handle) {
      this.#handle.unmount();
      this.#handle.free();
      this.#handle = null;
    }
  }

  #emit(type, detail, cancelable = false) {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  /** Shows `state`; `byHost`: set through the API (no fa-change then). */
  #show(state, byHost) {
    const before = this.#current;
    if (before.query === state.query && before.entity === state.entity) return;
    this.#current = { ...state };
    this.#handle.setState(state.query, state.entity);
    // A new entity page is a new history entry; a query replaces it.
    this.#write(state, state.entity !== before.entity);
    if (!byHost) this.#emit('fa-change', { ...state });
  }

  /** Writes the state into the address (unless url-sync is off). */
  #write(state, push) {
    const param = this.#param;
    if (!param) return;
    const url = new URL(location.href);
    const value = format(state);
    if (value) url.searchParams.set(param, value);
    else url.searchParams.delete(param);
    if (url.href === location.href) return;
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  /** Back and Forward: show what the address holds now. */
  #fromUrl() {
    const param = this.#param;
    if (!param || !this.#handle) return;
    const state = parse(new URL(location.href).searchParams.get(param));
    const now = this.#current;
    if (now.query === state.query && now.entity === state.entity) return;
    this.#current = state;
    this.#handle.setState(state.query, state.entity);
  }

  /** The address of a link to `search` (`?entity=KEY`, or `?` for the search). */
  #link(search) {
    const { entity } = parse(search.slice(1));
    const url = new URL(location.href);
    url.searchParams.set(this.#name, format({ query: this.#current.query, entity }));
    return url.href;
  }

  /** A link of this archive's (made by #link) opens in place; a result's
   *  link to an article's page is announced as `fa-select` first, which
   *  the host may cancel. Modified clicks (new tab) are the browser's. */
  #click(e) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = e.composedPath().find((n) => n.localName === 'a' && n.hasAttribute?.('href'));
    if (!a || !this.#handle) return;
    const url = new URL(a.href);
    if (this.#follow(url)) {
      e.preventDefault();
      return;
    }
    const result = a.closest('[data-testid=archive-result], .entity-item, .entity-article');
    if (!result) return;
    const detail = { kind: result.dataset.kind ?? 'article', article: result.dataset.article ?? '', href: url.href };
    if (!this.#emit('fa-select', detail, true)) e.preventDefault();
  }

  /** Opens a link of this archive's (`#link`) in place; false for any other. */
  #follow(url) {
    const param = this.#name;
    const here = new URL(location.href);
    if (url.origin !== here.origin || url.pathname !== here.pathname || !url.searchParams.has(param)) return false;
    const state = parse(url.searchParams.get(param));
    if (state.entity) this.#emit('fa-select', { kind: 'entity', entity: state.entity });
    this.#show(state, false);
    return true;
  }

  async #mount() {
    const generation = ++this.#generation;
    if (this.#handle) {
      this.#unmount();
      this.#newReady();
    }
    try {
      await Promise.all([wasmReady(), this.#styled]);
    } catch (e) {
      if (generation !== this.#generation) return;
      const message = `The archive could not start: ${e?.message ?? e}.`;
      const p = document.createElement('p');
      p.setAttribute('role', 'alert');
      p.className = 'archive-problem';
      p.textContent = message;
      this.#mountPoint.replaceChildren(p);
      this.#settle({ state: 'error', message });
      this.#emit('fa-error', { message });
      return;
    }
    if (generation !== this.#generation || !this.isConnected) return;
    const param = this.#param;
    const fromUrl = param ? new URL(location.href).searchParams.get(param) : null;
    // Drawn again (moved in the page, or a new src): what it showed.
    const state = this.#pending ?? (param ? parse(fromUrl) : this.#current);
    if (this.#pending) this.#write(state, false);
    this.#pending = null;
    this.#current = { ...state };
    const src = this.getAttribute('src');
    const site = src ? new URL(src, document.baseURI) : SITE_URL();
    let first = true;
    const host = {
      remember: (query) => {
        this.#current = { query, entity: '' };
        this.#write({ query, entity: '' }, false);
        this.#emit('fa-change', { query, entity: '' });
      },
      link: (search) => this.#link(search),
      // The graph's click: as a click on a link to `href`.
      go: (href) => { if (!this.#follow(new URL(href))) location.href = href; },
      focusFacet: (facet, value) => {
        this.shadowRoot.querySelector(`[data-testid=archive-facet][data-facet="${CSS.escape(facet)}"][data-value="${CSS.escape(value)}"]`)?.focus();
      },
      // The host page's title and head are its own.
      describe: () => {},
      settled: (what, message) => {
        if (!first || generation !== this.#generation) return;
        first = false;
        if (what === 'ready') {
          const detail = { ...this.#current };
          this.#settle({ state: 'ready', ...detail });
          this.#emit('fa-ready', detail);
        } else {
          this.#settle({ state: 'error', message });
          this.#emit('fa-error', { message });
        }
      },
    };
    // Set before the handle exists: the first state comes from here.
    this.#handle = start_archive(this.#mountPoint, site.href, host, state.query, state.entity);
  }
}

if (globalThis.customElements && !customElements.get('fact-archive')) {
  customElements.define('fact-archive', FactArchive);
}

export { FactArchive };
