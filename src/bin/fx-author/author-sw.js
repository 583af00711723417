// The authoring page's service worker: once the page has loaded, it works
// offline. Its scope is the page (./author…), so the explorer's own page is
// never affected. Every file the page needs is cached on install; requests
// are answered from the cache and refreshed from the network behind it.
// build/author.mjs fills in the file list and the build stamp.
const CACHE = 'fx-author-__STAMP__';
const FILES = __FILES__;

self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (e) => {
  e.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('fx-author-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (e) => {
  if (e.request.method !== 'GET') return;
  e.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(e.request, { ignoreSearch: true });
      const fresh = fetch(e.request)
        .then((r) => { if (r.ok && new URL(e.request.url).origin === location.origin) cache.put(e.request, r.clone()); return r; })
        .catch(() => cached ?? Response.error());
      return cached ?? fresh;
    }),
  );
});
