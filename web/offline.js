// Offline use of the site: registers the service worker (sw.js, next to this page, relative URL
// so any sub-path works) and, when a new version has been downloaded while a page of the old one
// is open, shows a notice. The new version is used only after every page of the app has been
// closed: a page never mixes files of two versions. Not used by the one-file edition (file://).
//
// Opening the app again after closing every page must run the new version however quickly it is
// reopened, so before the app starts (web/loader.js waits for window.asnBeforeStart) a page that
// finds a new version waiting asks it to take over when this page is the only one open; the worker
// then activates, takes the page, and the page loads again from the new version. A reload of an
// open page is not a new start: it keeps the version it runs (and the notice).
(function () {
  'use strict';

  if (!('serviceWorker' in navigator) || location.protocol === 'file:' || !window.isSecureContext) return;

  // Asks the waiting worker whether this is the only page of the app; it answers and, if so, takes
  // over. Resolves to true when it does. An old worker that does not know the question never
  // answers: the app then starts as it is after a short wait.
  function askToTakeOver(worker) {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      const timer = setTimeout(() => resolve(false), 3000);
      channel.port1.onmessage = (e) => { clearTimeout(timer); resolve(e.data === true); };
      worker.postMessage({ type: 'asn-take-over-if-alone' }, [channel.port2]);
    });
  }

  // Chromium can park a worker that was told to skip waiting: when a request of this page reaches
  // the old worker just as activation begins, the new one stays "installed" until the old one is
  // seen idle again, which happens when one of its events finishes. So while waiting for the
  // take-over the page sends the old worker one small request (served from its cache) now and then;
  // each one that finishes lets the browser look again. Bounded: a worker that never takes over
  // leaves the page on the version it has (the notice says a new one is ready).
  function nudgeUntil(changed) {
    let done = false;
    changed.then(() => { done = true; });
    return new Promise((resolve) => {
      let tries = 0;
      const tick = () => {
        if (done) { resolve(true); return; }
        if (++tries > 120) { resolve(false); return; }
        fetch('manifest.webmanifest', { cache: 'no-store' }).catch(() => {}).then(() => setTimeout(tick, 250));
      };
      changed.then(() => resolve(true));
      setTimeout(tick, 250);
    });
  }

  async function takeOverIfAlone() {
    if (!navigator.serviceWorker.controller) return;  // first visit: nothing older runs
    const navigation = performance.getEntriesByType('navigation')[0];
    if (navigation && navigation.type === 'reload') return;
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration || !registration.waiting) return;
    const changed = new Promise((resolve) => {
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true });
    });
    if (!(await askToTakeOver(registration.waiting))) return;
    if (!(await nudgeUntil(changed))) {
      console.warn('Pembaruan versi: versi baru belum mengambil alih; aplikasi berjalan dengan versi yang ada');
      return;
    }
    location.reload();
    await new Promise(() => {});  // the old version never starts
  }
  window.asnBeforeStart = takeOverIfAlone().catch((err) => console.warn('Pembaruan versi:', err));

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

  // After the app's first frame is on screen (web/loader.js), so that installing the worker — which
  // downloads every file of the app again into its cache — does not compete with the first visit's
  // download, compilation and start. After the take-over decision too, so no update check of this
  // page races the take-over.
  const registerLater = () => window.asnBeforeStart.then(register);
  if (window.asnFirstFrameAt !== undefined) registerLater();
  else window.addEventListener('asn-first-frame', registerLater, { once: true });
})();
