// End-to-end: the one-file edition dist/asn-kinerja.html, copied alone into an empty folder and
// opened from the file system (file://) as a double-click would: the app starts by asking for a
// passphrase (the draft lock is on by default here), a draft is created and stored sealed (every local
// HTML file shares the file:// origin's storage) and is opened again after locking and unlocking, an
// imported file's printable report opens in its tab, nothing but that one file is ever requested
// (data: and blob: aside), its hash-based Content-Security-Policy blocks nothing of its own, and
// it carries no service worker.
//   node tests/e2e/single_file.mjs --dist DIR --artifacts DIR
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  assert, assertOnlyOwnOrigin, clickItem, closeApp, openApp, parseArgs, rectOf, runTests, screenshot, scrollIntoView, state,
  typeInto, waitReady, waitSaved,
} from './harness.mjs';

const args = parseArgs(process.argv);
const source = path.join(path.resolve(args.dist), 'asn-kinerja.html');
const artifacts = path.resolve(args.artifacts || 'build/test-artifacts');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'asn-satu-berkas-'));
const file = path.join(work, 'asn-kinerja.html');
const PASSPHRASE = 'kata sandi satu berkas';
let app;

await runTests([
  ['the one-file edition is self-contained, hash-based and without a service worker', async () => {
    assert(fs.existsSync(source), `${source} not built`);
    fs.copyFileSync(source, file);
    const html = fs.readFileSync(file, 'utf8');
    const csp = (html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/) || [])[1] || '';
    assert(/script-src 'sha256-/.test(csp) && /style-src 'sha256-/.test(csp), `CSP is not hash-based: ${csp}`);
    assert(!csp.includes('unsafe-inline') && !csp.includes("'self'") && csp.includes("default-src 'none'"), `CSP: ${csp}`);
    assert(!/<script[^>]* src=|<link[^>]* rel="(stylesheet|manifest)"/.test(html), 'the page refers to other files');
    assert(!html.includes('serviceWorker'), 'the one-file edition registers a service worker');
  }],

  ['opens from file:// and asks first for a passphrase: the draft lock is on by default here', async () => {
    app = await openApp({ url: pathToFileURL(file).href });
    assert(app.page.url().startsWith('file:///'), `opened ${app.page.url()}`);
    const s = await state(app);
    assert(s.lock.offered && s.lock.state === 'off', `lock at first start: ${JSON.stringify(s.lock)}`);
    assert((await rectOf(app, 'lock.title')).visible && !(await app.page.evaluate(() => window.asnTest.rect('home.new'))),
      'the passphrase is not asked before anything else');
    await screenshot(app, artifacts, 'single-file-lock-offer.png');
    await typeInto(app, 'lock.new', PASSPHRASE);
    await typeInto(app, 'lock.repeat', PASSPHRASE);
    await clickItem(app, 'lock.turn_on');
    await app.page.waitForFunction(() => window.asnTest.state().lock.state === 'unlocked', null, { timeout: 30000 });
  }],

  ['keeps a draft sealed in the file:// origin\'s storage, behind the passphrase when locked', async () => {
    await clickItem(app, 'home.new');
    await typeInto(app, 'profile.nama', 'Pegawai Satu Berkas');
    await waitSaved(app);
    // Every local HTML file opened in this browser shares the file:// origin's storage, so what is
    // stored for the origin must be sealed; it is read from the app's own page. Not tested here: a
    // reload of the file. Headless Chromium passes a file:// page's localStorage writes on to its
    // storage only after a delay (~60 ms), and in 2 of 10 runs never (another tab still saw only the
    // first key after 60 s, even with no other test running), so a reload then finds the draft gone —
    // Chromium's behaviour, not the app's (README, one-file edition). Reload behind the passphrase is
    // tested on the served site in three engines (wasm.e2e_draft_lock_*); here the draft is locked
    // and unlocked again in the same page.
    const key = `asn-kinerja.v2.draf.${(await state(app)).draft.id}`;
    const values = await app.page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
    assert(values[key] !== undefined && !values[key].startsWith('{'), `${key} is not stored sealed: ${JSON.stringify(Object.keys(values))}`);
    for (const [k, v] of Object.entries(values)) {
      assert(!v.includes('Pegawai Satu Berkas') && !v.includes('"dokumen"') && !v.includes('"pegawai"'), `${k} is readable: ${v.slice(0, 80)}`);
    }
    await clickItem(app, 'nav.home');
    await clickItem(app, 'lock.lock_now');
    await app.page.waitForFunction(() => window.asnTest.state().lock.state === 'locked', null, { timeout: 30000 });
    await typeInto(app, 'lock.passphrase', PASSPHRASE);
    await clickItem(app, 'lock.unlock');
    await app.page.waitForFunction(() => window.asnTest.state().lock.state === 'unlocked', null, { timeout: 30000 });
    const after = await state(app);
    const keys = await app.page.evaluate(() => Object.keys(localStorage));
    assert(after.drafts === 1, `the draft is gone after locking and unlocking: ${JSON.stringify({ drafts: after.drafts, setAside: after.setAside, keys, url: app.page.url() })}`);
    await clickItem(app, 'home.draft.0.open');
    const s = await state(app);
    assert(s.draft && s.draft.nama === 'Pegawai Satu Berkas', `draft after unlocking: ${JSON.stringify(s.draft)}`);
    await screenshot(app, artifacts, 'single-file-draft.png');
  }],

  ['imports a file and opens the printable report (a blob: tab under the inherited policy)', async () => {
    await clickItem(app, 'nav.home');
    await clickItem(app, 'home.import');
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), clickItem(app, 'import.pick')]);
    await chooser.setFiles(path.resolve('tests/data/valid/analis_dinilai.json'));
    await app.page.waitForFunction(() => window.asnTest.state().drafts === 2, null, { timeout: 20000 });
    await clickItem(app, 'nav.review');
    await scrollIntoView(app, 'review.signoff_card');  // cards out of view are not drawn at all
    await scrollIntoView(app, 'review.report');
    const [report] = await Promise.all([app.context.waitForEvent('page'), clickItem(app, 'review.report')]);
    await report.waitForLoadState();
    assert(report.url().startsWith('blob:'), `report opened at ${report.url()}`);
    assert((await report.evaluate(() => document.body.innerText)).includes('Predikat kinerja'), 'report content missing');
    assert(await report.evaluate(() => getComputedStyle(document.querySelector('h2')).borderBottomStyle) === 'solid',
      'the report\'s style was blocked');
    await report.close();
  }],

  ['requested nothing but itself; no console errors, no CSP violation', async () => {
    assert(app.errors.length === 0, `console errors:\n${app.errors.join('\n')}`);
    assertOnlyOwnOrigin(app);
    // The page itself, once: nothing else.
    assert(app.requests.filter((u) => app.isOwn(u)).length === 1, `requests: ${app.requests.join(', ')}`);
    await closeApp(app);
    fs.rmSync(work, { recursive: true, force: true });
  }],
]);
