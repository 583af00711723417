// Starts the archive search page (src/bin/fx-archive): loads its wasm and
// mounts the search on #archive-page, reading the archive at data-site.
import init, { start_archive } from './fx-archive.js';

const root = document.getElementById('archive-page');
init().then(() => start_archive(root, root.dataset.site ?? 'archive/')).catch((e) => {
  const p = document.createElement('p');
  p.className = 'fatal';
  p.textContent = `The archive page could not start: ${e?.message ?? e}. If you opened this file from disk, serve the folder instead (for example with python3 -m http.server in it).`;
  root.append(p);
});
