// AI-adoptieplanner service worker: keeps the planner working offline after the first visit.
// scripts/post-build.mjs fills in VERSION and ASSETS (the hashed files of this release).
//
// Navigations inside the planner are answered with the cached page for that address (every page is
// cached as finished HTML), or the bare 404.html that the app routes itself;
// the hashed assets come from the cache first. A new release installs alongside and waits; the page
// shows an update notice, and only when the user accepts does the new worker take over.
const VERSION = '__AP_VERSION__';
const ASSETS = ['__AP_ASSETS__'];
const CACHE = `adoptieplanner-${VERSION}`;
const scope = new URL(self.registration.scope);

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS.map((a) => new URL(a, scope)))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('adoptieplanner-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'adoptieplanner:skip-waiting') self.skipWaiting();
});

/** Whether a navigation is one of the planner's own pages (not, say, embed-example.html). */
function isAppPage(url) {
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return false;
  const last = url.pathname.slice(scope.pathname.length).split('/').pop();
  return !last.includes('.') || last === 'index.html';
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin) return;
  if (request.mode === 'navigate') {
    if (!isAppPage(url)) return;
    const path = url.pathname.slice(scope.pathname.length).replace(/index\.html$/, '').replace(/\/$/, '');
    const page = new URL(path ? `${path}/index.html` : 'index.html', scope);
    event.respondWith(
      caches.open(CACHE)
        .then((cache) => cache.match(page).then((hit) => hit || cache.match(new URL('404.html', scope))))
        .then((hit) => hit || fetch(request)),
    );
    return;
  }
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(request)).then((hit) => hit || fetch(request)));
});
