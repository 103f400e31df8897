// Nothing is lost, in a real browser: the tab killed in the middle of typing (at most about the
// last second is lost), storage disabled, an import that fails half-way (a broken file, and a valid
// one while storage is full), and drafts of the previous storage version upgraded. Each case ends
// with every draft that existed before byte-identical.
//   node tests/e2e/nothing_lost.mjs --dist DIST --cli CLI [--runner "node ..."] --artifacts DIR --data DIR
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  act, assert, assertOnlyOwnOrigin, clickItem, closeApp, openApp, parseArgs, rectOf, runTests, state, waitSaved,
} from './harness.mjs';

const args = parseArgs(process.argv);
const dist = path.resolve(args.dist || 'dist');
const data = path.resolve(args.data || 'tests/data');
const artifacts = path.resolve(args.artifacts || 'build/test-artifacts');
const runner = (args.runner || '').split(' ').filter(Boolean);
fs.mkdirSync(artifacts, { recursive: true });
const work = fs.mkdtempSync(path.join(artifacts, 'nothing-lost-'));

function cli(...cliArgs) {
  const command = runner.length ? runner[0] : args.cli;
  const full = runner.length ? [...runner.slice(1), args.cli, ...cliArgs] : cliArgs;
  return spawnSync(command, full, { encoding: 'utf8' });
}

const snapshot = (app) => app.page.evaluate(() => {
  const out = {};
  for (let i = 0; i < localStorage.length; i += 1) {
    const k = localStorage.key(i);
    if (k.startsWith('asn-kinerja.v2.draf.')) out[k] = localStorage.getItem(k);
  }
  return out;
});
const ready = (page) => page.waitForFunction(() => window.asnTest && window.asnTest.ready(), null, { timeout: 60000 });

let app;
let before;

await runTests([
  ['the tab killed while typing loses at most about the last second', async () => {
    app = await openApp({ dist });
    await clickItem(app, 'workshop.load.analis');  // a draft that already exists
    await waitSaved(app);
    await clickItem(app, 'nav.home');
    await clickItem(app, 'home.new');
    await waitSaved(app);
    const id = (await state(app)).draft.id;
    before = await snapshot(app);
    delete before[`asn-kinerja.v2.draf.${id}`];
    await clickItem(app, 'profile.nama');
    // Type for about three seconds, one character every 60 ms, noting when each was sent.
    const text = 'Pegawai yang mengetik tanpa henti sampai tab ditutup paksa';
    const sentAt = [];
    for (const ch of text) {
      await app.page.keyboard.type(ch);
      sentAt.push(Date.now());
      await app.page.waitForTimeout(60);
    }
    const cdp = await app.context.newCDPSession(app.page);
    const crashed = new Promise((resolve) => app.page.once('crash', resolve));
    const crashAt = Date.now();
    cdp.send('Page.crash').catch(() => {});  // the renderer dies: no pagehide, no flush
    await crashed;
    let page;
    for (let i = 0; i < 20 && !page; i += 1) {
      await new Promise((r) => setTimeout(r, 250));
      page = await app.context.newPage().catch(() => null);
    }
    assert(page, 'no new tab could be opened after the crash');
    await page.goto(`${app.origin}/`);
    await ready(page);
    const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), `asn-kinerja.v2.draf.${id}`);
    const nama = stored.dokumen.pegawai.nama;
    const mustHave = sentAt.filter((t) => t < crashAt - 1000).length;
    assert(text.startsWith(nama), `stored '${nama}' is not what was typed`);
    assert(nama.length >= mustHave, `stored ${nama.length} of ${text.length} characters; at least ${mustHave} were typed more than a second before the crash`);
    app.page = page;
    const now = await snapshot(app);
    for (const [k, v] of Object.entries(before)) assert(now[k] === v, `draft ${k} changed`);
    await closeApp(app);
  }],

  ['storage disabled: a clear warning, the draft works in memory and exports', async () => {
    app = await openApp({ dist });
    await app.context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('dinonaktifkan', 'SecurityError'); } });
    });
    await app.page.reload();
    await ready(app.page);
    let s = await state(app);
    assert(s.storageAvailable === false, 'storage should be reported unavailable');
    // Nothing can be remembered, so the first-visit guide shows again: skip it.
    if (s.walkthrough.open) await clickItem(app, 'walkthrough.skip');
    await clickItem(app, 'home.new');
    s = await state(app);
    assert(s.screen === 'profile' && s.draft, `after new draft: ${JSON.stringify({ screen: s.screen, notice: s.notice })}`);
    await clickItem(app, 'profile.nama');
    await act(app, () => app.page.keyboard.type('Hanya di memori'), 2);
    s = await state(app);
    assert(s.draft.nama === 'Hanya di memori' && s.draft.saveState === 'unavailable', JSON.stringify(s.draft));
    assert((await rectOf(app, 'banner.unavailable')).visible, 'no warning banner');
    const [download] = await Promise.all([app.page.waitForEvent('download'), (async () => {
      await clickItem(app, 'menu.file');
      await clickItem(app, 'menu.file.export');
    })()]);
    assert(download.suggestedFilename().endsWith('.json'), download.suggestedFilename());
    assert(app.errors.length === 0, app.errors.join('\n'));
    await closeApp(app);
  }],

  ['an import that fails half-way changes nothing; a valid one with storage full stays in memory', async () => {
    app = await openApp({ dist });
    await clickItem(app, 'workshop.load.perawat');
    await waitSaved(app);
    await clickItem(app, 'nav.home');
    before = await snapshot(app);
    const good = path.join(work, 'baik.json');
    fs.writeFileSync(good, cli('sample', '--persona', 'guru').stdout);
    const broken = path.join(work, 'terpotong.json');
    fs.writeFileSync(broken, fs.readFileSync(good).subarray(0, 1500));
    // A truncated file: the problem is reported with its place, nothing is written.
    await clickItem(app, 'home.import');
    let [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), clickItem(app, 'import.pick')]);
    await chooser.setFiles(broken);
    await app.page.waitForFunction(() => window.asnTest.state().importProblems > 0, null, { timeout: 20000 });
    assert(JSON.stringify(await snapshot(app)) === JSON.stringify(before), 'storage changed by a failed import');
    await clickItem(app, 'import.close');
    // Storage full during a valid import: the new draft is kept in memory with a warning.
    await app.page.evaluate(() => {
      Storage.prototype.setItem = function () { throw new DOMException('penuh', 'QuotaExceededError'); };
    });
    await clickItem(app, 'home.import');
    [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), clickItem(app, 'import.pick')]);
    await chooser.setFiles(good);
    await app.page.waitForFunction(() => {
      const s = window.asnTest.state();
      return s.draft && s.draft.nama === 'Dewi Lestari (CONTOH)';
    }, null, { timeout: 20000 });
    const s = await state(app);
    assert(s.draft.saveState === 'quota', `save state ${s.draft.saveState}`);
    assert(JSON.stringify(await snapshot(app)) === JSON.stringify(before), 'storage changed while full');
    await closeApp(app);
  }],

  ['drafts of the previous storage version are upgraded at start-up; none is lost', async () => {
    app = await openApp({ dist });
    await clickItem(app, 'workshop.load.kadis');
    await waitSaved(app);
    before = await snapshot(app);
    const persona = cli('sample', '--persona', 'pelayanan').stdout;
    const v0 = fs.readFileSync(path.join(data, 'valid', 'versi0_lama.json'), 'utf8');
    await app.page.evaluate(([a, b]) => {
      localStorage.setItem('asn-kinerja.draf.lama-a', a);
      localStorage.setItem('asn-kinerja.draf.lama-b', b);
      localStorage.setItem('asn-kinerja.draf.lama-rusak', '{"format": "asn-kin');
    }, [persona, v0]);
    await app.page.reload();
    await ready(app.page);
    const s = await state(app);
    assert(s.drafts === 3, `drafts after upgrade: ${s.drafts}`);
    assert(s.setAside === 1, `set aside: ${s.setAside}`);
    const keys = await app.page.evaluate(() => Object.keys(localStorage).sort());
    assert(!keys.some((k) => k.startsWith('asn-kinerja.draf.')), `old keys left: ${keys}`);
    assert(keys.includes('asn-kinerja.v1.disisihkan.v0.lama-rusak'), `corrupt entry not kept: ${keys}`);
    const upgraded = await app.page.evaluate(() => JSON.parse(localStorage.getItem('asn-kinerja.v2.draf.lama-a')));
    const original = JSON.parse(persona);
    // Storage keeps the document in canonical key order: compare content, not member order.
    const canonical = (v) => (Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object'
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical(v[k])])) : v);
    const strip = (doc) => { const { integritas, ...rest } = doc; return JSON.stringify(canonical(rest)); };
    assert(strip(upgraded.dokumen) === strip(original), 'upgraded draft differs from the old entry');
    const now = await snapshot(app);
    for (const [k, v] of Object.entries(before)) assert(now[k] === v, `draft ${k} changed`);
    assert(app.errors.length === 0, app.errors.join('\n'));
    assertOnlyOwnOrigin(app);
    await closeApp(app);
  }],
]);
