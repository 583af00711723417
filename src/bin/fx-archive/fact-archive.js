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
// State (the query, the entity whose page is shown, whether the identity
// review is) lives in the page URL under `fa-<id>` (or `fa` for an element
// without an id), e.g. `?fa-archive=q%3DBlackRock`,
// `?fa-archive=entity%3Dorganisation%252Fblackrock` or
// `?fa-archive=identities`, unless the element has `url-sync="off"`. Typing
// replaces the entry; opening an entity or the review adds one, so Back
// returns to the search.
//
// Host-page API (see README and fact-archive.d.ts): `el.ready`, `el.state`
// ({query, entity, identities}), `el.search(query)`, `el.openEntity(key)`,
// `el.reviewIdentities()`, and the events `fa-ready`, `fa-change`,
// `fa-select` and `fa-error` (bubbling, composed; `detail` is a plain
// object), named as the explorer's `fx-…`.
import init, { start_archive, start_review } from './fx-archive.js';

// Literal `new URL('./file', import.meta.url)`s, the form bundlers copy.
const WASM_URL = () => new URL('./fx-archive_bg.wasm', import.meta.url);
const CSS_URL = () => new URL('./archive.css', import.meta.url);
const SITE_URL = () => new URL('./archive/', import.meta.url);
let wasm = null;
const wasmReady = () => (wasm ??= init({ module_or_path: WASM_URL() }));

const Base = globalThis.HTMLElement ?? class {};

/** `{query, entity, identities}` from a parameter's value
 *  (`q=…&entity=…`, or `identities` for the identity review). */
const parse = (value) => {
  const p = new URLSearchParams(value ?? '');
  const identities = p.has('identities');
  return { query: p.get('q') ?? '', entity: identities ? '' : p.get('entity') ?? '', identities };
};
/** The parameter's value for a state, '' for the empty one. */
const format = ({ query, entity, identities }) => {
  const p = new URLSearchParams();
  if (identities) p.set('identities', '');
  else if (entity) p.set('entity', entity);
  if (query) p.set('q', query);
  // `identities`, not `identities=`.
  return p.toString().replace(/^identities=(&|$)/, 'identities$1');
};
const same = (a, b) => a.query === b.query && a.entity === b.entity && a.identities === b.identities;
/** A state from what a host gave (`el.state = …`), or a TypeError. The
 *  review is a page of its own: with `identities` the entity is ''. */
const checked = (value) => {
  if (value === null || typeof value !== 'object') throw new TypeError('the state must be an object {query, entity, identities}');
  const { query = '', entity = '', identities = false } = value;
  if (typeof query !== 'string') throw new TypeError('state.query must be a string');
  if (typeof entity !== 'string') throw new TypeError('state.entity must be a string (an archive entity key)');
  if (typeof identities !== 'boolean') throw new TypeError('state.identities must be a boolean (the identity review shown)');
  return { query, entity: identities ? '' : entity, identities };
};

class FactArchive extends Base {
  #handle = null;
  /** What #handle shows: 'archive' (the search, an entity) or 'review'. */
  #shows = null;
  /** The archive's folder and the Host of the mounted view (page.rs). */
  #site = null;
  #host = null;
  #mountPoint = null;
  #foot = null;
  #generation = 0;
  #pending = null;
  /** What the element shows (or will, once drawn): `{query, entity, identities}`. */
  #current = { query: '', entity: '', identities: false };
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

  /** Resolves with `{state: "ready", query, entity, identities}` or `{state: "error", message}`. */
  get ready() { return this.#ready; }

  /** `{query, entity, identities}`: the search typed, the entity whose page
   *  is shown ('' for none) and whether the identity review is. */
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

  /** Shows the identity review (the query is kept for the way back). */
  reviewIdentities() { this.state = { query: this.state?.query ?? '', identities: true }; }

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
      // The link to the identity review, as archive.html has it below the
      // search and entity pages.
      this.#foot = document.createElement('footer');
      this.#foot.className = 'archive-foot';
      this.#foot.hidden = true;
      const review = document.createElement('a');
      review.textContent = 'Review how entities are joined across articles';
      this.#foot.append(review);
      root.replaceChildren(sheet, this.#mountPoint, this.#foot);
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
      this.#shows = null;
    }
  }

  /** Draws `state` in the mounted view: the review or the archive, each
   *  started when the other was shown. */
  #draw(state) {
    const wanted = state.identities ? 'review' : 'archive';
    if (this.#shows === wanted && wanted === 'archive') this.#handle.setState(state.query, state.entity);
    else if (this.#shows !== wanted) {
      this.#unmount();
      this.#handle = state.identities
        ? start_review(this.#mountPoint, this.#site, this.#host)
        : start_archive(this.#mountPoint, this.#site, this.#host, state.query, state.entity);
      this.#shows = wanted;
    }
    this.#footFor(state);
  }

  /** The foot's link to the review: for the state shown, hidden on the review. */
  #footFor(state) {
    if (!this.#foot) return;
    this.#foot.hidden = state.identities;
    this.#foot.firstChild.href = this.#link('?identities', state);
  }

  #emit(type, detail, cancelable = false) {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  /** Shows `state`; `byHost`: set through the API (no fa-change then). */
  #show(state, byHost) {
    const before = this.#current;
    if (same(before, state)) return;
    this.#current = { ...state };
    this.#draw(state);
    // A new page (an entity's, the review) is a new history entry; a
    // query replaces it.
    this.#write(state, state.entity !== before.entity || state.identities !== before.identities);
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
    if (same(this.#current, state)) return;
    this.#current = state;
    this.#draw(state);
  }

  /** The address of a link to `search` (`?entity=KEY`, `?identities`, or
   *  `?` for the search), keeping the query of `from`. */
  #link(search, from = this.#current) {
    const { entity, identities } = parse(search.slice(1));
    const url = new URL(location.href);
    url.searchParams.set(this.#name, format({ query: from.query, entity, identities }));
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
    const result = a.closest('[data-testid=archive-result], .entity-item, .entity-article, .review-member');
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
        const state = { query, entity: '', identities: false };
        this.#current = state;
        this.#write(state, false);
        this.#footFor(state);
        this.#emit('fa-change', { ...state });
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
    this.#site = site.href;
    this.#host = host;
    this.#draw(state);
  }
}

if (globalThis.customElements && !customElements.get('fact-archive')) {
  customElements.define('fact-archive', FactArchive);
}

export { FactArchive };
