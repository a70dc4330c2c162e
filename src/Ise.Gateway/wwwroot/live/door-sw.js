// The door page's service worker (registered by door.js, scope /live/door): it keeps the door page and the
// static files it loads (listed, with a version made of their content, by the build in
// /lib/door-offline/assets.js) in a cache named after that version, so that a door phone that lost the network
// can reload or reopen door.html and go on queueing scans (IndexedDB, door-queue.js). Only those same-origin
// static files are ever cached: never a GraphQL answer, /api/me or anything else personal; every other request
// goes to the network as if there were no service worker. A deployment changes the version, so the browser
// installs the new worker, which takes over at once and deletes the old caches.
'use strict';
importScripts('/lib/door-offline/assets.js');

const { version, assets } = self.IseDoorOffline;
const prefix = 'ise-door-';
const cacheName = prefix + version;
const cached = new Set(assets);

self.addEventListener('install', (event) => {
  // Fetched past the browser's HTTP cache, so that the new version caches the new files.
  event.waitUntil(caches.open(cacheName)
    .then((cache) => cache.addAll(assets.map((asset) => new Request(asset, { cache: 'no-cache' }))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name.startsWith(prefix) && name !== cacheName).map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

// A listed file is answered from the cache (the page's address matched without its query: ?id=…&lang=…), or
// from the network if the cache lost it.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || !cached.has(url.pathname)) return;
  event.respondWith(caches.open(cacheName)
    .then((cache) => cache.match(url.pathname))
    .then((response) => response ?? fetch(event.request)));
});
