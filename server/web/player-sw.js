// The players' view as an installed web app: this worker keeps the page's shell (the page of each
// share code opened, the waiting page, the icons) so the app opens without the network and says
// it is waiting. The fight itself is never cached: it comes live over the WebSocket.
"use strict";
var CACHE = "dnd-player-shell-v1";
var WAITING_PAGE = "/play/offline";
var SHELL = [WAITING_PAGE, "/play/icons/icon-192.png", "/play/icons/icon-512.png",
             "/play/icons/icon-maskable-512.png"];

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(SHELL); })
    .then(function () { return self.skipWaiting(); }));
});

// Shells of an older version of this worker are dropped.
self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name !== CACHE; })
      .map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

function remember(request, response) {
  if (response.ok) {
    var copy = response.clone();
    caches.open(CACHE).then(function (cache) { return cache.put(request, copy); });
  }
  return response;
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || url.pathname.indexOf("/play/") !== 0)
    return;
  if (request.mode === "navigate") {
    // The network first, so a revoked link says so; without it the page seen last, else the waiting page.
    event.respondWith(fetch(request).then(function (response) { return remember(request, response); })
      .catch(function () {
        return caches.match(request).then(function (cached) { return cached || caches.match(WAITING_PAGE); });
      }));
    return;
  }
  event.respondWith(caches.match(request).then(function (cached) {
    return cached || fetch(request).then(function (response) { return remember(request, response); });
  }));
});
