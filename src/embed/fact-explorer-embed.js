// The <fact-explorer> custom element: the one script a page includes.
//
//   <script type="module" src="https://example.org/explorer/fact-explorer-embed.js"></script>
//   <fact-explorer id="lee-visit" src="facts.json"></fact-explorer>
//
// Each element gets an open shadow root holding the explorer's stylesheet and
// app, so the host's CSS and ours never meet. The fact set comes from an
// inline <script type="application/json"> child, else the `src` attribute,
// else the bundled article. State lives in the page URL under `fx-<id>`
// (or `fx` for an element without an id).
import init, { mount_explorer } from './fact-explorer.js';

const base = new URL('.', import.meta.url);
const wasmReady = init({ module_or_path: new URL('fact-explorer_bg.wasm', base) });

class FactExplorer extends HTMLElement {
  async connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const sheet = document.createElement('link');
    sheet.rel = 'stylesheet';
    sheet.href = new URL('main.css', base).href;
    const styled = new Promise((done) => { sheet.onload = done; sheet.onerror = done; });
    root.append(sheet);
    const mountPoint = document.createElement('div');
    mountPoint.className = 'fx-mount';
    root.append(mountPoint);

    let json = null;
    let error = null;
    const inline = this.querySelector('script[type="application/json"]');
    const src = this.getAttribute('src');
    if (inline) {
      json = inline.textContent;
    } else if (src) {
      try {
        const response = await fetch(new URL(src, document.baseURI));
        if (response.ok) json = await response.text();
        else error = `${src} answered HTTP ${response.status} ${response.statusText}`.trim();
      } catch (e) {
        error = `${src} could not be fetched (${e.message})`;
      }
    }
    await Promise.all([wasmReady, styled]);
    mount_explorer(mountPoint, json, error, this.id ? `fx-${this.id}` : 'fx');
  }
}

if (!customElements.get('fact-explorer')) customElements.define('fact-explorer', FactExplorer);
