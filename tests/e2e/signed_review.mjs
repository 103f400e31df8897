// End-to-end: the supervisor's digital signature, in each engine (--engine chromium|firefox|webkit).
// Everywhere: a supervisor signs a review off, the browser makes an Ed25519 key with WebCrypto and
// signs; the card shows who signed with which fingerprint; reopening checks the signature, and a
// stored review changed after signing shows the warning. In Chromium also the whole path to the
// office: the exported file verifies with the CLI, a one-character change anywhere (a level, a
// name, feedback) fails in the CLI and shows the warning on import in a fresh browser profile, the
// recap classifies a mixed set with the key list the app exports, the report carries the
// fingerprint, and a new key for the same NIP is explained.
//   node tests/e2e/signed_review.mjs --dist DIR --engine E --cli CLI [--runner "node ..."] --artifacts DIR
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  assert, assertOnlyOwnOrigin, clickItem, closeApp, collectPageRecords, openApp, parseArgs, rectOf, runTests, screenshot,
  scrollIntoView, shownText, state, waitSaved,
} from './harness.mjs';
import { seal } from './seal.mjs';

const args = parseArgs(process.argv);
const engine = args.engine || 'chromium';
const dist = path.resolve(args.dist);
const artifacts = path.resolve(args.artifacts || 'build/test-artifacts');
const runner = (args.runner || '').split(' ').filter(Boolean);
const work = fs.mkdtempSync(path.join(os.tmpdir(), `asn-ttd-${engine}-`));
let app;
let fingerprint;

function cli(...cliArgs) {
  const command = runner.length ? runner[0] : args.cli;
  const full = runner.length ? [...runner.slice(1), args.cli, ...cliArgs] : cliArgs;
  return spawnSync(command, full, { encoding: 'utf8' });
}

const signatureText = async () => (await state(app)).draft.signature.text;
// Waits until the card says something other than "working on it", and returns that.
// Waits until a screen's notice (what the screen shows) says `text`; it must be in view, not
// somewhere further down the screen.
async function noticeShown(text) {
  const notices = () => [...document.querySelectorAll('#mirror [data-k$=".notice"]')].map((el) => el.textContent);
  const key = await app.page.waitForFunction((t) => {
    const el = [...document.querySelectorAll('#mirror [data-k$=".notice"]')].find((e) => e.textContent.includes(t));
    return el ? el.dataset.k : null;
  }, text, { timeout: 20000 })
    .then((handle) => handle.jsonValue())
    .catch(async () => assert(false, `no notice saying "${text}" on screen: ${JSON.stringify(await app.page.evaluate(notices))}`));
  assert((await rectOf(app, key)).visible, `the notice "${text}" (${key}) is out of view`);
}

async function settledSignature() {
  await app.page.waitForFunction(() => {
    const s = window.asnTest.state();
    return s.draft && !/Membuat tanda tangan|Memeriksa tanda tangan/.test(s.draft.signature.text);
  }, null, { timeout: 30000 });
  return signatureText();
}

// Loads the guru persona (submitted, awaiting review) and signs it off through the real buttons.
async function signOffPersona() {
  await clickItem(app, 'workshop.load.guru');
  await waitSaved(app);
  await clickItem(app, 'nav.review');
  await scrollIntoView(app, 'review.signoff_card');
  await scrollIntoView(app, 'review.signoff');
  await clickItem(app, 'review.signoff');
  await clickItem(app, 'signoff.confirm');
  await app.page.waitForFunction(() => window.asnTest.state().draft.signature.fingerprint !== '', null, { timeout: 30000 });
  await waitSaved(app);
}

// The stored copy of the open draft, changed by `edit` and resealed (as someone editing browser
// storage by hand would have to), then the page reloaded and the draft opened again.
async function changeStoredDraftAndReopen(edit) {
  const id = (await state(app)).draft.id;
  const key = `asn-kinerja.v2.draf.${id}`;
  const record = await app.page.evaluate((k) => JSON.parse(localStorage.getItem(k)), key);
  edit(record.dokumen);
  seal(record.dokumen);
  await app.page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, JSON.stringify(record)]);
  await app.page.reload();
  await app.page.waitForFunction(() => window.asnTest && window.asnTest.ready(), null, { timeout: 60000 });
  await clickItem(app, 'home.draft.0.open');
}

const steps = [
  [`${engine}: sign-off makes an Ed25519 signature with a key of this browser; the card names signer and fingerprint`, async () => {
    app = await openApp({ engine, dist });
    await signOffPersona();
    const s = await state(app);
    fingerprint = s.draft.signature.fingerprint;
    assert(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}-[A-Z2-7]{2}$/.test(fingerprint), `fingerprint ${fingerprint}`);
    const notice = await shownText(app, 'review.notice');
    assert(notice && notice.includes(`sidik kunci ${fingerprint}`), `notice: ${notice}`);
    const text = await settledSignature();
    assert(text.startsWith('Ditandatangani oleh ') && text.includes(`sidik kunci ${fingerprint}`), `card: ${text}`);
    await scrollIntoView(app, 'signature.card');
    await screenshot(app, artifacts, `ttd-${engine}-signed.png`);
    // The key is in IndexedDB, not extractable; only its public part is in the review.
    const stored = await app.page.evaluate(() => new Promise((resolve) => {
      const open = indexedDB.open('asn-kinerja-kunci');
      open.onsuccess = () => {
        const get = open.result.transaction('kunci').objectStore('kunci').getAll();
        get.onsuccess = () => resolve(get.result.map((r) => ({ extractable: r.privateKey.extractable, publicKey: r.publicKey })));
      };
    }));
    assert(stored.length === 1 && stored[0].extractable === false, `stored keys: ${JSON.stringify(stored)}`);
  }],

  [`${engine}: reopening checks the signature; a review changed in storage after signing shows the warning`, async () => {
    await changeStoredDraftAndReopen(() => {});
    const valid = await settledSignature();
    await clickItem(app, 'nav.review');
    await scrollIntoView(app, 'signature.card');
    assert((await rectOf(app, 'signature.status')).visible, 'the signature status is not on screen');
    assert(valid.includes(`sidik kunci ${fingerprint}`) && valid.endsWith('Tanda tangan cocok dengan isi berkas.'), `card: ${valid}`);
    await changeStoredDraftAndReopen((doc) => { doc.evaluasi.umpan_balik += '!'; });
    const invalid = await settledSignature();
    assert(invalid === 'Tanda tangan TIDAK SAH: isi berkas berubah setelah ditandatangani.', `card: ${invalid}`);
    // The warning is shown where the draft opens, and stays on the review's signature card.
    assert(((await shownText(app, 'profile.notice')) || '').includes('TIDAK SAH'), 'no warning notice');
    assert((await rectOf(app, 'profile.notice')).visible, 'the warning is not on screen');
    await clickItem(app, 'nav.review');
    await scrollIntoView(app, 'signature.card');
    await screenshot(app, artifacts, `ttd-${engine}-invalid.png`);
  }],
];

if (engine === 'chromium') {
  const download = async (button) => {
    const [d] = await Promise.all([app.page.waitForEvent('download'), clickItem(app, button)]);
    const file = path.join(work, d.suggestedFilename());
    await d.saveAs(file);
    return file;
  };
  let exported;
  let keyList;
  steps.push(
    ['chromium: the exported file verifies with the CLI, and with the key list the app exports', async () => {
      await closeApp(app);
      app = await openApp({ engine, dist });
      await signOffPersona();
      fingerprint = (await state(app)).draft.signature.fingerprint;
      await scrollIntoView(app, 'review.signoff_card');
      await scrollIntoView(app, 'review.export');
      exported = await download('review.export');
      await scrollIntoView(app, 'signature.card');
      await scrollIntoView(app, 'signature.export_key');
      keyList = await download('signature.export_key');
      assert(/kunci_\d{18}\.csv$/.test(keyList), keyList);
      const v = cli('verify', exported, '--kunci', keyList);
      assert(v.status === 0 && v.stdout.includes('kunci terdaftar untuk NIP penilai') && v.stdout.includes(fingerprint),
        `verify: ${v.status} ${v.stdout}${v.stderr}`);
    }],

    ['chromium: the report carries the fingerprint under the supervisor\'s signature block', async () => {
      await scrollIntoView(app, 'review.signoff_card');
      await scrollIntoView(app, 'review.report');
      const [report] = await Promise.all([app.context.waitForEvent('page'), clickItem(app, 'review.report')]);
      await report.waitForLoadState();
      const text = await report.evaluate(() => document.body.innerText);
      assert(text.includes(`Sidik kunci tanda tangan digital: ${fingerprint}`), 'the report does not show the fingerprint');
      await report.close();
    }],

    ['chromium: one character changed (a level, a name, feedback) fails in the CLI and warns on import in a fresh profile', async () => {
      const edits = {
        level: (d) => { const c = d.kompetensi[0]; c.level_atasan = c.level_atasan === 5 ? 4 : c.level_atasan + 1; },
        nama: (d) => { d.pegawai.nama = d.pegawai.nama.replace(/.$/, (ch) => (ch === 'a' ? 'o' : 'a')); },
        umpan_balik: (d) => { d.evaluasi.umpan_balik += '.'; },
      };
      const changed = {};
      for (const [what, edit] of Object.entries(edits)) {
        const doc = JSON.parse(fs.readFileSync(exported, 'utf8'));
        edit(doc);
        changed[what] = path.join(work, `diubah_${what}.json`);
        fs.writeFileSync(changed[what], JSON.stringify(seal(doc), null, 2));
        const v = cli('verify', changed[what]);
        assert(v.status === 1 && v.stdout.includes('TIDAK SAH'), `${what}: ${v.status} ${v.stdout}${v.stderr}`);
      }
      await closeApp(app);
      app = await openApp({ engine, dist });  // a fresh browser profile: the office's
      for (const [file, expectValid] of [[exported, true], [changed.nama, false]]) {
        if ((await state(app)).screen !== 'home') await clickItem(app, 'nav.home');
        await clickItem(app, 'home.import');
        const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), clickItem(app, 'import.pick')]);
        await chooser.setFiles(file);
        // The import's result, as the screen's notice shows it: a changed file's warns.
        await noticeShown(expectValid ? 'Berkas diimpor' : 'TIDAK SAH');
        const text = await settledSignature();
        if (expectValid) {
          assert(text.includes(`sidik kunci ${fingerprint}`) && text.endsWith('cocok dengan isi berkas.'), `valid import: ${text}`);
        } else {
          assert(text.startsWith('Tanda tangan TIDAK SAH'), `changed import: ${text}`);
          await clickItem(app, 'nav.review');
          await scrollIntoView(app, 'signature.card');
          await screenshot(app, artifacts, 'ttd-impor-diubah.png');
        }
      }
    }],

    ['chromium: the recap classifies a mixed set with the office\'s key list', async () => {
      const set = path.join(work, 'rekap');
      fs.mkdirSync(set);
      fs.copyFileSync(exported, path.join(set, 'a_sah.json'));
      fs.copyFileSync(path.join(work, 'diubah_level.json'), path.join(set, 'b_diubah.json'));
      fs.writeFileSync(path.join(set, 'c_contoh.json'), cli('sample', '--persona', 'analis').stdout);
      const unsigned = JSON.parse(fs.readFileSync(exported, 'utf8'));
      delete unsigned.tanda_tangan;
      unsigned.pegawai.nip = unsigned.pegawai.nip.replace(/.$/, (d) => String((Number(d) + 1) % 10));
      fs.writeFileSync(path.join(set, 'd_tanpa.json'), JSON.stringify(seal(unsigned), null, 2));
      const r = cli('recap', set, '--kunci', keyList);
      assert(r.status === 1, `recap exit ${r.status}: ${r.stderr}`);
      for (const line of ['1 — tanda tangan sah, kunci terdaftar', '1 — tanda tangan TIDAK SAH', '1 — bertanda tangan dengan kunci contoh',
        '1 — tidak bertanda tangan digital', 'b_diubah.json: tidak_sah', 'c_contoh.json: contoh', 'd_tanpa.json: tanpa']) {
        assert(r.stdout.includes(line), `recap lacks "${line}":\n${r.stdout}`);
      }
    }],

    ['chromium: a new key for the same NIP (the key store cleared) is explained', async () => {
      await closeApp(app);
      app = await openApp({ engine, dist });
      await signOffPersona();
      const first = (await state(app)).draft.signature.fingerprint;
      await app.page.evaluate(() => new Promise((resolve) => {
        const del = indexedDB.deleteDatabase('asn-kinerja-kunci');
        del.onsuccess = resolve;
        del.onerror = resolve;
      }));
      await scrollIntoView(app, 'review.signoff_card');
      await scrollIntoView(app, 'review.reopen');
      await clickItem(app, 'review.reopen');
      await app.page.waitForFunction(() => window.asnTest.state().draft.signature.fingerprint === '', null, { timeout: 20000 });
      await scrollIntoView(app, 'review.signoff');
      await clickItem(app, 'review.signoff');
      await clickItem(app, 'signoff.confirm');
      await app.page.waitForFunction((old) => {
        const f = window.asnTest.state().draft.signature.fingerprint;
        return f !== '' && f !== old;
      }, first, { timeout: 30000 });
      const notice = (await shownText(app, 'review.notice')) || '';
      assert(notice.startsWith('Kunci tanda tangan baru dibuat untuk NIP ini') && notice.endsWith(first), `notice: ${notice}`);
    }],
  );
}

steps.push(['no console errors, no foreign requests, no CSP violation', async () => {
  if (engine !== 'chromium') await collectPageRecords(app);
  assert(app.errors.length === 0, `console errors:\n${app.errors.join('\n')}`);
  assertOnlyOwnOrigin(app);
  await closeApp(app);
  fs.rmSync(work, { recursive: true, force: true });
}]);

await runTests(steps);
