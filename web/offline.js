// Offline use of the site: registers the service worker (sw.js, next to this page, relative URL
// so any sub-path works) and, when a new version has been downloaded while a page of the old one
// is open, shows a notice. The new version is used only after every page of the app has been
// closed: a page never mixes files of two versions. Not used by the one-file edition (file://).
(function () {
  'use strict';

  if (!('serviceWorker' in navigator) || location.protocol === 'file:' || !window.isSecureContext) return;

  const notice = document.getElementById('update-notice');
  function showNotice() {
    if (notice) notice.hidden = false;
  }
  if (notice) {
    const close = notice.querySelector('button');
    if (close) close.addEventListener('click', () => { notice.hidden = true; });
  }

  // A worker of a new version finished installing while an older one controls this page.
  function watch(worker) {
    if (!worker) return;
    const check = () => { if (worker.state === 'installed' && navigator.serviceWorker.controller) showNotice(); };
    check();
    worker.addEventListener('statechange', check);
  }

  function register() {
    navigator.serviceWorker.register('sw.js').then((registration) => {
      watch(registration.waiting);
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
      // Look for a new version now and then while the app stays open (only when online).
      const update = () => { if (navigator.onLine) registration.update().catch(() => {}); };
      update();
      setInterval(update, 60 * 60 * 1000);
    }).catch((err) => console.warn('Service worker tidak terpasang:', err));
  }

  // After the page has loaded, so that the first visit downloads the app before caching it.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
})();
