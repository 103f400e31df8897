// End-to-end: drafts locked with a passphrase, in each engine (--engine chromium|firefox|webkit).
// Plain drafts of the previous storage version are moved to the new one with none lost; the lock is
// turned on from Beranda; after a name, a NIP and feedback are typed, no storage value of the origin
// — read from another page of that origin — holds any of them or a plain key of the format, and
// the stored draft opens in Node with the passphrase (PBKDF2-HMAC-SHA-256 and AES-256-GCM as
// documented); export works while unlocked; a reload asks for the passphrase, a wrong one leaves
// storage byte-identical, the right one opens every draft intact; the idle lock engages; turned
// off, every draft is plain again and nothing asks for the passphrase.
//   node tests/e2e/draft_lock.mjs --dist DIR --engine E --artifacts DIR
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  act, assert, assertOnlyOwnOrigin, clickItem, closeApp, collectPageRecords, openApp, parseArgs, rectOf, runTests,
  screenshot, scrollIntoView, state, typeInto, visitProbe, waitReady, waitSaved,
} from './harness.mjs';

const args = parseArgs(process.argv);
const engine = args.engine || 'chromium';
const dist = path.resolve(args.dist);
const artifacts = path.resolve(args.artifacts || 'build/test-artifacts');
const data = path.resolve('tests/data/valid');
const PASSPHRASE = 'melati putih 2026';
const NAME = 'Ratna Sari Dewi';
const NIP = '197805122003122004';
const FEEDBACK = 'Laporan pemeliharaan taman tepat waktu';
// Members of the format that must never be readable in storage with the lock on.
const FORMAT_KEYS = ['"dokumen"', '"pegawai"', '"nama"', '"nip"', '"kompetensi"', '"umpan_balik"', '"evaluasi"'];
let app;
let draftId;

// Every value of the origin's localStorage, read by whatever page is open there.
const readStorage = (page) => page.evaluate(() => {
  const out = {};
  for (let i = 0; i < localStorage.length; i += 1) out[localStorage.key(i)] = localStorage.getItem(localStorage.key(i));
  return out;
});

// Storage as another page of the same origin sees it (the app's own page is left as it is, except
// in engines driven over WebDriver, where the one tab goes to a plain file of the origin and back,
// and the app, started again, asks for the passphrase).
async function storageFromAnotherPage() {
  if (engine === 'chromium') {
    // The other page is a plain file of the origin; Chromium may ask it for /favicon.ico now and
    // then, and the 404 logged is the probe's, not the app's.
    const other = await app.context.newPage();
    app.probes.add(other);
    await other.goto(new URL('favicon.svg', app.url).href);
    const values = await readStorage(other);
    await other.close();
    return values;
  }
  await visitProbe(app);
  const values = await readStorage(app.page);
  await app.page.goto(app.url);
  await waitReady(app.page);
  await enterPassphrase(PASSPHRASE);  // a new visit: the lock asks again
  return values;
}

// Opens a sealed value as the README says it is made: PBKDF2-HMAC-SHA-256 over the record's salt and
// rounds gives the AES-256-GCM key; the storage key is the additional data.
function openSealed(record, key, sealed, passphrase) {
  const [, , , ivText, bodyText] = sealed.split(':');
  const derived = crypto.pbkdf2Sync(passphrase, Buffer.from(record.garam, 'base64'), record.iterasi, 32, 'sha256');
  const body = Buffer.from(bodyText, 'base64');
  const decipher = crypto.createDecipheriv('aes-256-gcm', derived, Buffer.from(ivText, 'base64'));
  decipher.setAAD(Buffer.from(key));
  decipher.setAuthTag(body.subarray(body.length - 16));
  return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString('utf8');
}

async function lockState() {
  return (await state(app)).lock;
}

async function enterPassphrase(passphrase) {
  await typeInto(app, 'lock.passphrase', passphrase);
  await act(app, () => app.page.keyboard.press('Enter'));
  await app.page.waitForFunction(() => !window.asnTest.state().lock.deriving, null, { timeout: 30000 });
}

await runTests([
  [`${engine}: plain drafts of storage version 1 move to version 2, none lost`, async () => {
    app = await openApp({ engine, dist });
    const seeds = ['analis_dinilai.json', 'diajukan_belum_dinilai.json'].map((name, i) => [
      `asn-kinerja.v1.draf.lama-${i}`,
      JSON.stringify({ rev: 3, tersimpan: '2026-11-30T08:00:00Z', dokumen: JSON.parse(fs.readFileSync(path.join(data, name), 'utf8')) }),
    ]);
    await app.page.evaluate((entries) => { for (const [k, v] of entries) localStorage.setItem(k, v); }, seeds);
    await app.page.reload();
    await waitReady(app.page);
    const stored = await readStorage(app.page);
    for (const [key, value] of seeds) {
      const moved = key.replace('.v1.', '.v2.');
      assert(!(key in stored), `${key} is still there`);
      assert(stored[moved] === value, `${moved} is not the version-1 entry as it was`);
    }
    assert((await state(app)).drafts === 2, `drafts: ${(await state(app)).drafts}`);
  }],

  [`${engine}: the lock goes on from Beranda; a name, a NIP and feedback typed are nowhere in storage`, async () => {
    assert((await lockState()).state === 'off', 'the lock is on before it was turned on');
    await scrollIntoView(app, 'home.lock');
    await clickItem(app, 'lock.open_form');
    await typeInto(app, 'lock.new', PASSPHRASE);
    await typeInto(app, 'lock.repeat', PASSPHRASE);
    await clickItem(app, 'lock.turn_on');
    await app.page.waitForFunction(() => window.asnTest.state().lock.state === 'unlocked', null, { timeout: 30000 });
    assert((await rectOf(app, 'lock.lock_now')).visible, 'no "lock now" once on');
    await clickItem(app, 'home.new');
    await typeInto(app, 'profile.nama', NAME);
    await typeInto(app, 'profile.nip', NIP);
    await clickItem(app, 'nav.feedback');
    await scrollIntoView(app, 'feedback.subject');
    await clickItem(app, 'feedback.subject');
    await clickItem(app, 'feedback.subject.akuntabel');
    await typeInto(app, 'feedback.text', FEEDBACK);
    await clickItem(app, 'feedback.add');
    await waitSaved(app);
    draftId = (await state(app)).draft.id;

    const values = await storageFromAnotherPage();
    const draftKeys = Object.keys(values).filter((k) => k.startsWith('asn-kinerja.v2.draf.'));
    assert(draftKeys.length === 3, `drafts stored: ${draftKeys}`);
    for (const [key, value] of Object.entries(values)) {
      for (const secret of [NAME, NIP, FEEDBACK, ...FORMAT_KEYS]) {
        assert(!value.includes(secret), `${key} holds ${secret}`);
      }
    }
    const record = JSON.parse(values['asn-kinerja.kunci']);
    assert(record.kdf === 'PBKDF2-SHA-256' && record.iterasi >= 600000 && record.sandi === 'AES-256-GCM', `record ${JSON.stringify(record)}`);
    // The stored draft is real AES-256-GCM under a PBKDF2 key of the passphrase: Node opens it.
    const key = `asn-kinerja.v2.draf.${draftId}`;
    const envelope = JSON.parse(openSealed(record, key, values[key], PASSPHRASE));
    assert(envelope.dokumen.pegawai.nama === NAME && envelope.dokumen.pegawai.nip === NIP, 'the opened draft is not what was typed');
    assert(JSON.stringify(envelope.dokumen).includes(FEEDBACK), 'the feedback is not in the opened draft');
    let refused = false;
    try { openSealed(record, key, values[key], 'melati putih 2025'); } catch { refused = true; }
    assert(refused, 'a wrong passphrase opened the draft');
  }],

  [`${engine}: export works while unlocked`, async () => {
    if ((await state(app)).draft === null) await clickItem(app, 'home.draft.0.open');
    await clickItem(app, 'nav.summary');
    await scrollIntoView(app, 'summary.export');
    let content;
    if (engine === 'chromium') {
      // The real download.
      const [download] = await Promise.all([app.page.waitForEvent('download'), clickItem(app, 'summary.export')]);
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'asn-kunci-')), download.suggestedFilename());
      await download.saveAs(file);
      content = fs.readFileSync(file, 'utf8');
    } else {
      // Over WebDriver a download cannot be caught, and the browser's download bar would shrink the
      // page: what the app hands to the page's download function is recorded instead.
      await app.page.evaluate(() => {
        window.asnExported = [];
        window.asnPage.download = (name, text) => { window.asnExported.push({ name, text }); };
      });
      await clickItem(app, 'summary.export');
      await app.page.waitForFunction(() => window.asnExported.length === 1, null, { timeout: 20000 });
      content = (await app.page.evaluate(() => window.asnExported))[0].text;
    }
    const doc = JSON.parse(content);
    assert(doc.pegawai.nama === NAME && doc.pegawai.nip === NIP, `exported ${doc.pegawai.nama}`);
  }],

  [`${engine}: a reload asks for the passphrase; a wrong one changes no byte; the right one opens every draft`, async () => {
    await app.page.reload();
    await waitReady(app.page);
    let lock = await lockState();
    assert(lock.state === 'locked' && (await state(app)).drafts === 0 && (await state(app)).draft === null, `after reload ${JSON.stringify(lock)}`);
    assert((await rectOf(app, 'lock.passphrase')).visible, 'no passphrase field');
    await screenshot(app, artifacts, `lock-${engine}-locked.png`);
    const before = await readStorage(app.page);
    await enterPassphrase('melati putih 2025');
    lock = await lockState();
    assert(lock.state === 'locked' && lock.message === 1, `wrong passphrase: ${JSON.stringify(lock)}`);
    assert((await rectOf(app, 'lock.message')).visible, 'the wrong passphrase is not said');
    const after = await readStorage(app.page);
    assert(JSON.stringify(after) === JSON.stringify(before), 'storage changed after a wrong passphrase');
    await enterPassphrase(PASSPHRASE);
    assert((await lockState()).state === 'unlocked', 'the right passphrase did not open the lock');
    assert((await state(app)).drafts === 3, `drafts after unlocking: ${(await state(app)).drafts}`);
    for (let i = 0; i < 3; i += 1) {
      await clickItem(app, `home.draft.${i}.open`);
      const s = await state(app);
      if (s.draft.id === draftId) assert(s.draft.nama === NAME, `the draft opened as ${s.draft.nama}`);
      else assert(s.draft.nama !== '', 'an upgraded draft lost its name');
      await clickItem(app, 'nav.home');
    }
  }],

  [`${engine}: the idle lock engages and hides the drafts`, async () => {
    await clickItem(app, 'home.draft.0.open');
    await app.page.evaluate(() => window.asnTest.setIdleLockSeconds(2));
    await app.page.waitForFunction(() => window.asnTest.state().lock.state === 'locked', null, { timeout: 30000 });
    const s = await state(app);
    assert(s.draft === null && s.drafts === 0 && s.lock.message === 8, `after the idle time: ${JSON.stringify(s.lock)}`);
    await app.page.waitForFunction(() => !!window.asnTest.rect('lock.passphrase'), null, { timeout: 20000 });
    await screenshot(app, artifacts, `lock-${engine}-idle.png`);
    await app.page.evaluate(() => window.asnTest.setIdleLockSeconds(0));
  }],

  [`${engine}: turned off, every draft is written back plain and the next visit opens without a passphrase`, async () => {
    await enterPassphrase(PASSPHRASE);
    await act(app, () => app.page.mouse.move(400, 300));
    await scrollIntoView(app, 'lock.turn_off');
    await clickItem(app, 'lock.turn_off');
    await clickItem(app, 'lock.confirm_off');
    await app.page.waitForFunction(() => window.asnTest.state().lock.state === 'off', null, { timeout: 20000 });
    const values = await readStorage(app.page);
    assert(!('asn-kinerja.kunci' in values), 'the lock record stayed');
    const drafts = Object.entries(values).filter(([k]) => k.startsWith('asn-kinerja.v2.draf.'));
    assert(drafts.length === 3 && drafts.every(([, v]) => v.startsWith('{"rev":')), 'a draft is missing or still sealed');
    assert(values[`asn-kinerja.v2.draf.${draftId}`].includes(NAME), 'the typed name is not in the plain draft');
    await app.page.reload();
    await waitReady(app.page);
    const s = await state(app);
    assert(s.lock.state === 'off' && s.drafts === 3, `after turning off: ${JSON.stringify(s.lock)}, ${s.drafts} drafts`);
    if (engine === 'chromium') await collectPageRecords(app);
    assertOnlyOwnOrigin(app);
    assert(app.errors.length === 0, `errors: ${app.errors.join('\n')}`);
    await closeApp(app);
  }],
]);
