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
const SCOPE_PATH = new URL('./', self.location).pathname;
const SHELL = './';

/** Browsers refuse a redirected response for a navigation (some hosts redirect /index.html). */
async function storable(response) {
  if (!response.redirected) return response;
  const { status, statusText, headers } = response;
  return new Response(await response.blob(), { status, statusText, headers });
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await Promise.all(
        PRECACHE.map(async (url) => {
          // `reload` skips the HTTP cache, so a file is never taken from an older build.
          const response = await fetch(new Request(url, { cache: 'reload' }));
          if (!response.ok) throw new Error(`precache ${url}: HTTP ${response.status}`);
          await cache.put(url, await storable(response));
        }),
      );
    })(),
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
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // The app's page, with any query string, gets the cached shell: deep links work offline.
  // Other pages that share the scope are not ours to answer.
  const isAppPage = url.pathname === SCOPE_PATH || url.pathname === `${SCOPE_PATH}index.html`;
  if (request.mode === 'navigate' && !isAppPage) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const cached = isAppPage
        ? await cache.match(SHELL)
        : await cache.match(request, { ignoreSearch: true });
      return cached ?? fetch(request);
    })(),
  );
});
