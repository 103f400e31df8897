// End-to-end: the installable offline site. A first visit installs the service worker, which takes
// the page and caches exactly the files of this build; with the network gone (server stopped and
// the browser offline) a reload still starts the app and a draft can be created. Then the site is
// rebuilt into a new version (a file changes, sw.js is stamped again by the real build step): the
// next visit runs the old version's files and shows the update notice, a reload too; once every
// page is closed, the next visit runs the new version and only its cache is left. The site is
// served under a sub-path. The recap workers' files are fetched by the first recap and kept, so a
// recap offline gives the same result.
//   node tests/e2e/offline.mjs --dist DIR --artifacts DIR
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStaticServer } from '../../tools/static-server.mjs';
import { stampServiceWorker } from '../../tools/build-offline.mjs';
import {
  assert, assertOnlyOwnOrigin, clickItem, closeApp, openApp, parseArgs, runTests, screenshot, state, typeInto,
  waitReady, waitSaved,
} from './harness.mjs';

const args = parseArgs(process.argv);
const dist = path.resolve(args.dist);
const artifacts = path.resolve(args.artifacts || 'build/test-artifacts');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'asn-offline-'));
// Served under a sub-path, as on a shared host: everything must be relative.
const site = path.join(work, 'aplikasi');
fs.cpSync(dist, site, { recursive: true });

// The build stamped into sw.js: { version, files: [{ path, sha256 }] }.
const buildOf = (dir) => {
  const m = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8').match(/const BUILD = ([\s\S]*?);\n\/\* ASN-BUILD-END/);
  return JSON.parse(m[1]);
};
const oldBuild = buildOf(site);
let newBuild;
let server = await startStaticServer(work, 0);
const port = server.address().port;
const origin = `http://127.0.0.1:${port}`;
const base = `${origin}/aplikasi/`;
let app;

function stopServer() {
  server.closeAllConnections();
  server.close();
  server = null;
}

const cacheNames = (page) => page.evaluate(() => caches.keys());
const noticeShown = (page) => page.evaluate(() => !document.getElementById('update-notice').hidden);
const loadedFromWorker = new Set();
// A recap of the valid fixtures, chosen in the file chooser.
const recapFiles = fs.readdirSync(path.resolve('tests/data/valid')).map((f) => path.resolve('tests/data/valid', f));
let recapOnline;
async function recapOf(files) {
  await clickItem(app, 'menu.file');
  await clickItem(app, 'menu.file.recap');
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), clickItem(app, 'recap.pick_files')]);
  await chooser.setFiles(files);
  await app.page.waitForFunction((n) => !window.asnTest.state().recap.loading && window.asnTest.state().recap.files === n,
    files.length, { timeout: 60000 });
}

await runTests([
  ['the build stamped a version and the complete file list into sw.js', async () => {
    assert(/^[0-9a-f]{16}$/.test(oldBuild.version), `version ${oldBuild.version}`);
    const expected = fs.readdirSync(site).filter((f) => f !== 'sw.js' && f !== 'asn-kinerja.html').sort();
    const listed = oldBuild.files.map((f) => f.path);
    const onFirstUse = oldBuild.onFirstUse.map((f) => f.path);
    assert(JSON.stringify([...listed, ...onFirstUse].sort()) === JSON.stringify(expected), `precache list ${listed} + ${onFirstUse} vs site ${expected}`);
    assert(JSON.stringify(onFirstUse) === JSON.stringify(['asn-recap.js', 'asn-recap.wasm', 'recap-worker.js']), `kept on first use: ${onFirstUse}`);
    for (const f of ['index.html', 'loader.js', 'offline.js', 'asn-kinerja.js', 'asn-kinerja.wasm', 'manifest.webmanifest']) {
      assert(listed.includes(f), `${f} is not precached`);
    }
  }],

  ['first visit: the service worker installs, caches this version and controls the page', async () => {
    app = await openApp({ url: base, server });
    app.page.on('response', (r) => { if (r.fromServiceWorker()) loadedFromWorker.add(r.url()); });
    await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60000 });
    const names = await cacheNames(app.page);
    assert(names.length === 1 && names[0] === `asn-kinerja|${base}|${oldBuild.version}`, `caches: ${names}`);
    const scope = await app.page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
    assert(scope === base, `service worker scope ${scope}`);
    const cached = await app.page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url), names[0]);
    assert(cached.length === oldBuild.files.length, `${cached.length} cached files, ${oldBuild.files.length} listed`);
    assert(!(await noticeShown(app.page)), 'the update notice is shown on a first visit');
    // The browser reads the manifest without complaint.
    const cdp = await app.context.newCDPSession(app.page);
    const manifest = await cdp.send('Page.getAppManifest');
    assert(manifest.url === `${base}manifest.webmanifest`, `manifest url ${manifest.url}`);
    assert(manifest.errors.length === 0, `manifest errors: ${JSON.stringify(manifest.errors)}`);
    const data = JSON.parse(manifest.data);
    assert(data.name === 'Penilaian Kinerja ASN' && data.start_url === './' && data.scope === './', 'manifest fields');
  }],

  ['a first recap fetches the recap workers\' files once, and the service worker keeps them', async () => {
    await recapOf(recapFiles);
    assert(server.requested.includes('/aplikasi/asn-recap.wasm'), 'the recap workers did not run');
    const cached = await app.page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url),
      `asn-kinerja|${base}|${oldBuild.version}`);
    for (const f of oldBuild.onFirstUse) assert(cached.includes(`${base}${f.path}`), `${f.path} was not kept: ${cached.join(' ')}`);
    assert(cached.length === oldBuild.files.length + oldBuild.onFirstUse.length, `${cached.length} cached files`);
    recapOnline = (await state(app)).recap;
  }],

  ['offline (server stopped, browser offline): a reload starts the app and a draft can be created', async () => {
    stopServer();
    await app.context.setOffline(true);
    loadedFromWorker.clear();
    await app.page.reload();
    await waitReady(app.page);
    assert(await app.page.evaluate(() => !navigator.onLine && navigator.serviceWorker.controller !== null),
      'not offline, or not controlled by the service worker');
    for (const f of ['', 'loader.js', 'asn-kinerja.js', 'asn-kinerja.wasm']) {
      assert(loadedFromWorker.has(`${base}${f}`), `${f || 'the page'} was not served by the service worker`);
    }
    await clickItem(app, 'home.new');
    await typeInto(app, 'profile.nama', 'Pegawai Luring');
    await waitSaved(app);
    await app.page.reload();
    await waitReady(app.page);
    const s = await state(app);
    assert(s.drafts === 1, `drafts after an offline reload: ${s.drafts}`);
    await screenshot(app, artifacts, 'offline-draft.png');
    // The recap offline: the same result as online…
    await recapOf(recapFiles);
    const offline = (await state(app)).recap;
    assert(offline.valid === recapOnline.valid && offline.invalid === recapOnline.invalid, `offline ${JSON.stringify(offline)}`);
    // …checked by the recap workers, their files from the service worker's cache.
    for (const f of ['recap-worker.js', 'asn-recap.wasm']) {
      assert(loadedFromWorker.has(`${base}${f}`), `${f} was not served by the service worker offline`);
    }
  }],

  ['a new version: the open app keeps its files and shows the notice, also after a reload', async () => {
    // Rebuild-equivalent: a file of the site changes and the real build step stamps sw.js again.
    fs.appendFileSync(path.join(site, 'loader.js'), "\nwindow.asnTestBuild = 'baru';\n");
    stampServiceWorker(site, path.resolve('web/sw.js'));
    newBuild = buildOf(site);
    assert(newBuild.version !== oldBuild.version, 'the version did not change with the content');
    server = await startStaticServer(work, port);
    app.server = server;
    await app.context.setOffline(false);
    await app.page.goto(base);
    await waitReady(app.page);
    await app.page.waitForFunction(() => !document.getElementById('update-notice').hidden, null, { timeout: 60000 });
    const text = await app.page.evaluate(() => document.getElementById('update-notice').innerText);
    assert(text.includes('Versi baru tersedia — tutup dan buka kembali aplikasi untuk memakainya'), `notice: ${text}`);
    assert(await app.page.evaluate(() => window.asnTestBuild) === undefined, 'the open page runs new files');
    const waiting = await app.page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return !!(r && r.waiting && r.active);
    });
    assert(waiting, 'no new worker waiting beside the active one');
    assert((await cacheNames(app.page)).length === 2, 'both versions should be cached while the old one runs');
    await screenshot(app, artifacts, 'offline-update-notice.png');
    // A reload of the only page is not "closing": it must stay on the old version, whole.
    await app.page.reload();
    await waitReady(app.page);
    assert(await app.page.evaluate(() => window.asnTestBuild) === undefined, 'a reload mixed in the new version');
    await app.page.waitForFunction(() => !document.getElementById('update-notice').hidden, null, { timeout: 30000 });
  }],

  ['after every page is closed, the next visit runs the new version', async () => {
    await app.page.close();
    const page = await app.context.newPage();
    page.on('pageerror', (err) => app.errors.push(`pageerror: ${err.message}`));
    app.page = page;
    await page.goto(base);
    await waitReady(page);
    assert(await page.evaluate(() => window.asnTestBuild) === 'baru', 'the new version is not running');
    const names = await cacheNames(page);
    assert(names.length === 1 && names[0].endsWith(`|${newBuild.version}`), `caches after the update: ${names}`);
    // Settled: one version, active, nothing waiting or installing — so no notice can come.
    await page.waitForFunction(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return r && r.active && !r.waiting && !r.installing && navigator.serviceWorker.controller;
    }, null, { timeout: 30000 });
    assert(!(await noticeShown(page)), 'the notice is shown although the new version runs');
    assert((await state(app)).drafts === 1, 'the offline draft is gone');
  }],

  ['no console errors, no foreign requests, no CSP violation', async () => {
    assert(app.errors.length === 0, `console errors:\n${app.errors.join('\n')}`);
    assertOnlyOwnOrigin(app);
    await closeApp(app);
    fs.rmSync(work, { recursive: true, force: true });
  }],
]);
