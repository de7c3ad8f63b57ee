// The service worker: the page reopens and works with no network, and a new deploy is picked
// up on the next load, never mixed with the old one. Registered by assets/boot.js, only in a
// top-level page (not inside an iframe, not where service workers are unavailable).
//
// The build (tests/e2e/site.mjs) writes two constants in front of this file:
//   BUILD   a hash of every file of the build, so each deploy has its own cache and sw.js
//           changes with it (the browser installs the new one on the next navigation);
//   ASSETS  the build's files, relative to this script: "./" (the page), the hashed wasm, js
//           and css, boot.js, view.js, the manifest and the icons.
//
// Strategy, per request, within this worker's scope:
// - the page (a navigation) and the build's unhashed files: the network first, so an online
//   load always gets the newest deploy whole; this build's cached copy when the network fails;
// - hashed files (their name changes with their content) and the prerendered views (their
//   folder is named after its content): the cache first; a view is cached the first time it
//   is fetched. A new deploy's page names new hashed files, so it can never run an old one.
// The cache holds exactly one build, installed as a whole; the old one is deleted once the
// new one is active.
/* global BUILD, ASSETS */
const SCOPE = self.registration.scope;
const PREFIX = `line-oa-calc:${SCOPE}:`;
const CACHE = PREFIX + BUILD;
const PAGE = new URL("./", SCOPE).href;
const HASHED = /-[0-9a-f]{16}(_bg)?\.(wasm|js|css|svg)$|\/views-[0-9a-f]{16}\//;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(ASSETS.map((path) => new URL(path, SCOPE).href)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) return;
  const url = new URL(request.url);
  url.search = "";
  url.hash = "";
  if (request.mode === "navigate") {
    // Only the widget's own page (any query): anything else in scope goes to the network.
    if (url.href !== PAGE && url.href !== `${PAGE}index.html`) return;
    event.respondWith(networkFirst(request, PAGE));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(cacheFirst(request, url.href));
  } else {
    event.respondWith(networkFirst(request, url.href));
  }
});

async function networkFirst(request, key) {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await caches.open(CACHE).then((cache) => cache.match(key));
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request, key) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key);
  if (cached) return cached;
  if (!key.includes("/views-")) return fetch(request);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch {
    // Offline, and this view was never opened here: no content, and assets/view.js keeps the
    // widget hidden until the live one (from the cache) renders the view itself.
    return new Response(null, { status: 204 });
  }
}
