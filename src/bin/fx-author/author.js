// Starts the authoring page (src/bin/fx-author): loads its wasm and mounts
// the editor on #author.
import init, { start_author } from './fx-author.js';

const root = document.getElementById('author');
init().then(() => start_author(root)).catch((e) => {
  root.dataset.state = 'error';
  const p = document.createElement('p');
  p.className = 'fatal';
  p.textContent = `The authoring page could not start: ${e?.message ?? e}. If you opened this file from disk, serve the folder instead (for example with python3 -m http.server in it).`;
  root.append(p);
});

// Offline once loaded: the service worker caches the page, its wasm and the
// drafting data (scope: this page only).
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('author-sw.js', { scope: './author' }).catch((e) => console.warn('offline copy unavailable:', e));
}
