// Service worker of the static site: the whole site offline, one version at a time.
//
// The build (tools/build-offline.mjs) writes the copy in dist/ with the block between the
// ASN-BUILD markers replaced: the version (a hash of every file's content and of this worker's
// code) and the exact file list with each file's SHA-256. The copy in web/ (version "dev", no
// files) is never served.
//
// - install:  fetch every file of this version, check its SHA-256, store it in the cache of this
//             version; any mismatch (the site changed mid-install) fails the install, which the
//             browser retries on a later visit. No skipWaiting: while a page of the old version is
//             open the new worker waits, so no page ever mixes files of two versions.
// - message:  'asn-take-over-if-alone' from a page about to start (web/offline.js): when that page
//             is the only window of the app, answer true and activate now (skipWaiting), so a user
//             who closed every page and opens the app again gets the new version, however quickly.
// - activate: (once no page of the old version is open) delete the caches of older versions.
// - fetch:    cache first, only from this version's cache; anything not in it goes to the network.
//             The files of BUILD.onFirstUse (the recap workers') are not fetched on install: the
//             first time the page asks for one, it is kept in the cache when its SHA-256 is this
//             version's (another version's copy is passed through, not kept).
'use strict';

/* ASN-BUILD */
const BUILD = { version: 'dev', files: [], onFirstUse: [] };
/* ASN-BUILD-END */

// One cache per version and per deployment (two copies of the site under different sub-paths of
// one origin keep their own caches).
const PREFIX = `asn-kinerja|${self.registration.scope}|`;
const CACHE = PREFIX + BUILD.version;
const INDEX = new URL('index.html', self.registration.scope).href;

async function sha256Hex(buffer) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function precache() {
  const cache = await caches.open(CACHE);
  try {
    for (const file of BUILD.files) {
      const url = new URL(file.path, self.registration.scope).href;
      // 'no-cache': revalidate with the server, never trust a stale HTTP cache entry.
      const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
      if (!response.ok) throw new Error(`${file.path}: HTTP ${response.status}`);
      const hash = await sha256Hex(await response.clone().arrayBuffer());
      if (hash !== file.sha256) throw new Error(`${file.path}: isi berkas bukan versi ${BUILD.version}`);
      await cache.put(url, response);
    }
  } catch (err) {
    await caches.delete(CACHE);
    throw err;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('message', (event) => {
  if (!event.data || event.data.type !== 'asn-take-over-if-alone' || !event.ports[0]) return;
  event.waitUntil((async () => {
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    const alone = windows.length <= 1;
    event.ports[0].postMessage(alone);
    if (alone) await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    }
    // Reached on the very first install, with no page of an older version open, or when the only
    // page asked to take over before starting: take the open pages (offline from now on).
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    let key = request.url.split('#')[0];
    // The app's start page under any of its names, with or without a query string.
    if (request.mode === 'navigate') {
      const path = key.split('?')[0];
      if (path === self.registration.scope || path === INDEX) key = INDEX;
    }
    const cached = await cache.match(key);
    if (cached) return cached;
    const late = BUILD.onFirstUse.find((f) => new URL(f.path, self.registration.scope).href === key);
    const response = await fetch(request);
    if (late && response.ok) {
      const copy = response.clone();
      event.waitUntil(copy.arrayBuffer().then(async (body) => {
        if (await sha256Hex(body) === late.sha256) await cache.put(key, new Response(body, { headers: copy.headers }));
      }));
    }
    return response;
  })());
});
