// ottawa-explorer service worker: the whole app from one build, cache-first, offline.
//
// scripts/postbuild.mjs replaces the two placeholders below at every build, so the version is
// the hash of the build's own files and never a hand-edited string.
//
// Updates are atomic: each build precaches into its own cache and serves only from it, and a
// new worker waits (no skipWaiting at install) until the page asks it to take over. A page is
// therefore always served by exactly one build; old caches are deleted on activation.
const BUILD_ID = '__BUILD_ID__';
const PRECACHE = __PRECACHE__;
const CACHE = `ottawa-explorer-${BUILD_ID}`;
const SHELL = './index.html';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // `reload` skips the HTTP cache, so a file is never taken from an older build.
      cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' }))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('ottawa-explorer-') && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'ottawa-explorer:activate') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Any navigation, with any query string, gets the app shell: deep links work offline.
      const cached = request.mode === 'navigate'
        ? await cache.match(SHELL)
        : await cache.match(request, { ignoreSearch: true });
      return cached ?? fetch(request);
    })(),
  );
});
