// End-to-end: an ASN fills in a complete self-assessment through real clicks and typing, the draft
// survives a reload, the exported file validates against the JSON Schema and scores (through the
// asn-kinerja CLI) to the JPM the screen shows; bad imports, corrupt storage, a full quota and a
// second tab never lose or change a draft.
//   node tests/e2e/self_assessment.mjs --dist DIR --scale N --artifacts DIR --cli CLI.js [--runner "node ..."]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import {
  assert, assertRedrawsExact, clickItem, assertOnlyOwnOrigin, closeApp, jpmFigure, openApp, parseArgs, rectOf, runTests, screenshot,
  scrollIntoView, shownText, shownTexts, state, typeInto, waitSaved,
} from './harness.mjs';

const args = parseArgs(process.argv);
const scale = Number(args.scale || 1);
const artifacts = path.resolve(args.artifacts || 'build/test-artifacts');
const data = path.resolve('tests/data');
const runner = (args.runner || '').split(' ').filter(Boolean);
let app;
let exportedFile;

const STORAGE_PREFIX = 'asn-kinerja.';
const snapshotStorage = () => app.page.evaluate((prefix) => {
  const out = {};
  for (let i = 0; i < localStorage.length; i += 1) {
    const k = localStorage.key(i);
    if (k.startsWith(prefix)) out[k] = localStorage.getItem(k);
  }
  return out;
}, STORAGE_PREFIX);

function cli(...cliArgs) {
  const command = runner.length ? runner[0] : args.cli;
  const full = runner.length ? [...runner.slice(1), args.cli, ...cliArgs] : cliArgs;
  return spawnSync(command, full, { encoding: 'utf8' });
}

async function openFirstDraft() {
  if ((await state(app)).screen !== 'home') await clickItem(app, 'nav.home');
  await clickItem(app, 'home.draft.0.open');
}

const fullRun = [
  [`fills in a complete self-assessment through real input (device scale ${scale})`, async () => {
    app = await openApp({ dist: path.resolve(args.dist), scale });
    await clickItem(app, 'home.new');
    assert((await state(app)).screen === 'profile', 'new draft should open on the profile screen');
    await typeInto(app, 'profile.nama', 'Dewi Lestari');
    await typeInto(app, 'profile.nip', '199203152019032011');
    await typeInto(app, 'profile.jabatan', 'Pengelola Layanan Operasional');
    await clickItem(app, 'profile.jenis_jabatan');
    await clickItem(app, 'profile.jenis_jabatan.pelaksana');
    await typeInto(app, 'profile.unit_kerja', 'Kelurahan Menteng');
    await typeInto(app, 'profile.instansi', 'Pemerintah Provinsi DKI Jakarta');
    await typeInto(app, 'profile.penilai.nama', 'Agus Salim');
    await scrollIntoView(app, 'profile.standard');  // a card out of view is not drawn at all
    await scrollIntoView(app, 'profile.apply_preset');
    await clickItem(app, 'profile.apply_preset');
    await screenshot(app, artifacts, `self-profile-dpr${scale}.png`);

    await clickItem(app, 'nav.competencies');
    const levels = [2, 1, 2, 3, 2, 1, 2, 2, 1];
    for (let i = 0; i < levels.length; i += 1) {
      // Cards outside the view are not drawn at all: bring the card in first, then its button.
      await scrollIntoView(app, `competency.level.${levels[i]}`);
      await scrollIntoView(app, `competency.choose.${levels[i]}`);
      await clickItem(app, `competency.choose.${levels[i]}`);
      await typeInto(app, 'competency.bukti', `Bukti kompetensi nomor ${i + 1}`);
      if (i === 0) await screenshot(app, artifacts, `self-competency-dpr${scale}.png`);
      if (i + 1 < levels.length) {
        await scrollIntoView(app, 'competency.next');
        await clickItem(app, 'competency.next');
        const selected = (await state(app)).draft.selectedCompetency;
        assert(selected === i + 1, `after 'next' the competency shown is ${selected}, expected ${i + 1}`);
      }
    }

    await clickItem(app, 'nav.results');
    await clickItem(app, 'results.add');
    await typeInto(app, 'results.row.0.rhk', 'Layanan administrasi kependudukan selesai tepat waktu');
    await typeInto(app, 'results.row.0.iki', 'Persentase layanan selesai dalam 1 hari');
    await typeInto(app, 'results.row.0.target', '95');
    await typeInto(app, 'results.row.0.realisasi', '97');
    await typeInto(app, 'results.row.0.satuan', 'persen');
    await clickItem(app, 'results.row.0.aspek');
    await clickItem(app, 'results.row.0.aspek.kuantitas');
    await screenshot(app, artifacts, `self-results-dpr${scale}.png`);

    await clickItem(app, 'nav.behaviour');
    for (const kode of ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif']) {
      await typeInto(app, `behaviour.${kode}.refleksi`, `Refleksi ${kode}`, `behaviour.${kode}`);
    }
    // Typing redrew only the fields that changed: the canvas holds what a full redraw draws.
    await assertRedrawsExact(app, 3);
    await screenshot(app, artifacts, `self-behaviour-dpr${scale}.png`);

    await clickItem(app, 'nav.summary');
    await waitSaved(app);
    // Read from what the screen shows (the mirror): the JPM, and the missing list saying nothing is.
    assert(jpmFigure(await shownText(app, 'summary.jpm.value')) !== null, 'JPM not shown');
    await scrollIntoView(app, 'summary.missing');
    const summary = await shownTexts(app);
    assert(summary.includes('Semua bagian sudah lengkap.'), `still missing: ${summary.split('Yang belum lengkap sebelum diajukan')[1]}`);
    await screenshot(app, artifacts, `self-summary-dpr${scale}.png`);
  }],

  ['the draft survives a reload', async () => {
    const before = await shownText(app, 'summary.jpm.value');
    await app.page.reload();
    await app.page.waitForFunction(() => window.asnTest && window.asnTest.ready(), null, { timeout: 60000 });
    const home = await state(app);
    assert(home.drafts === 1, `drafts after reload: ${home.drafts}`);
    await screenshot(app, artifacts, `self-home-dpr${scale}.png`);
    await openFirstDraft();
    await clickItem(app, 'nav.summary');
    assert(await shownText(app, 'summary.jpm.value') === before, 'JPM changed across reload');
    await scrollIntoView(app, 'summary.missing');
    assert((await shownTexts(app)).includes('Semua bagian sudah lengkap.'), 'the reloaded draft is incomplete');
    await clickItem(app, 'nav.profile');
    const nama = await shownText(app, 'profile.nama');
    assert(nama === 'Dewi Lestari', `name after reload: ${nama}`);
  }],

  ['export downloads a schema-valid file that the CLI scores to the JPM on screen', async () => {
    await clickItem(app, 'nav.summary');
    await scrollIntoView(app, 'summary.missing');  // a card out of view is not drawn at all
    const [download] = await Promise.all([app.page.waitForEvent('download'), clickItem(app, 'summary.export')]);
    // A new draft starts in the quarter we are in, with its dates.
    assert(/^199203152019032011_20\d\d-TW[1-4]\.json$/.test(download.suggestedFilename()),
      `file name ${download.suggestedFilename()}`);
    fs.mkdirSync(artifacts, { recursive: true });
    exportedFile = path.join(artifacts, `export-dpr${scale}.json`);
    await download.saveAs(exportedFile);
    const doc = JSON.parse(fs.readFileSync(exportedFile, 'utf8'));
    const schema = JSON.parse(fs.readFileSync('assets/schema/asn-kinerja-v2.schema.json', 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    assert(validate(doc), `schema: ${JSON.stringify(validate.errors)}`);
    assert(doc.pegawai.nama === 'Dewi Lestari' && doc.kompetensi[3].level_mandiri === 3, 'typed values missing');
    assert(doc.kompetensi[0].bukti === 'Bukti kompetensi nomor 1', `evidence: ${doc.kompetensi[0].bukti}`);
    const scored = cli('score', exportedFile);
    assert(scored.status === 0, `CLI: ${scored.stderr}`);
    const shown = jpmFigure(await shownText(app, 'summary.jpm.value'));
    assert(JSON.parse(scored.stdout).jpm_mandiri.toFixed(2) === shown.toFixed(2),
      `CLI JPM ${JSON.parse(scored.stdout).jpm_mandiri} vs screen ${shown}`);
  }],

  ['a malformed import shows its problems and changes nothing', async () => {
    await waitSaved(app);
    const before = await snapshotStorage();
    await clickItem(app, 'menu.file');
    await clickItem(app, 'menu.file.import');
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), clickItem(app, 'import.pick')]);
    await chooser.setFiles(path.join(data, 'malformed', 'level_di_luar_rentang.json'));
    await app.page.waitForFunction(() => window.asnTest.state().importProblems > 0, null, { timeout: 10000 });
    // The list is drawn once the dialog has grown to hold it (a window that changes size settles over
    // a frame or two, its items not yet wholly inside it): wait for it to be shown, not just drawn.
    const shown = await app.page.waitForFunction(() => {
      const r = window.asnTest.rect('import.problems');
      return r && r.visible;
    }, null, { timeout: 10000 }).then(() => true, () => false);
    assert(shown, `problems not shown: ${JSON.stringify(await app.page.evaluate(() => window.asnTest.rect('import.problems')))}`);
    await screenshot(app, artifacts, `self-import-error-dpr${scale}.png`);
    const after = await snapshotStorage();
    assert(JSON.stringify(after) === JSON.stringify(before), 'storage changed after a failed import');
    assert((await state(app)).drafts === 1, 'a draft appeared');
  }],

  ['a valid import becomes a new draft, never overwriting one', async () => {
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), clickItem(app, 'import.pick')]);
    await chooser.setFiles(exportedFile);
    await app.page.waitForFunction(() => window.asnTest.state().drafts === 2, null, { timeout: 10000 });
    const s = await state(app);
    assert(!s.importOpen && s.draft.nama === 'Dewi Lestari', 'imported draft not opened');
  }],

  ['a corrupt stored draft is set aside (kept) and the others still load', async () => {
    await app.page.evaluate(() => localStorage.setItem('asn-kinerja.v2.draf.rusak', '{"rev":1,"dokumen":{"format":'));
    await app.page.reload();
    await app.page.waitForFunction(() => window.asnTest && window.asnTest.ready(), null, { timeout: 60000 });
    const s = await state(app);
    assert(s.drafts === 2 && s.setAside === 1, `drafts ${s.drafts}, set aside ${s.setAside}`);
    const kept = await app.page.evaluate(() => localStorage.getItem('asn-kinerja.v1.disisihkan.rusak'));
    assert(kept === '{"rev":1,"dokumen":{"format":', `kept: ${kept}`);
    assert((await rectOf(app, 'home.set_aside')).visible, 'the set-aside entry is not reported');
  }],

  ['a full storage quota keeps the change in memory and warns', async () => {
    await openFirstDraft();
    await clickItem(app, 'nav.profile');
    const before = await snapshotStorage();
    await app.page.evaluate(() => {
      window.__realSetItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function () { throw new DOMException('penuh', 'QuotaExceededError'); };
    });
    await typeInto(app, 'profile.unit_kerja', ' Barat');
    await app.page.waitForFunction(() => window.asnTest.state().draft.saveState === 'quota', null, { timeout: 10000 });
    assert((await rectOf(app, 'banner.quota')).visible, 'no quota warning');
    await screenshot(app, artifacts, `self-quota-dpr${scale}.png`);
    assert(JSON.stringify(await snapshotStorage()) === JSON.stringify(before), 'storage changed while full');
    await app.page.evaluate(() => { Storage.prototype.setItem = window.__realSetItem; });
    await typeInto(app, 'profile.unit_kerja', '!');
    await waitSaved(app);
  }],

  ['two tabs on the same draft: the second write is detected, not silently overwritten', async () => {
    const other = await app.context.newPage();
    await other.goto(`${app.origin}/`);
    await other.waitForFunction(() => window.asnTest && window.asnTest.ready(), null, { timeout: 60000 });
    const otherApp = { ...app, page: other };
    await clickItem(otherApp, 'home.draft.0.open');
    const openedId = (await state(otherApp)).draft.id;
    assert(openedId === (await state(app)).draft.id, 'the tabs opened different drafts');
    await clickItem(otherApp, 'nav.profile');
    await typeInto(otherApp, 'profile.jabatan', ' (tab 2)');
    await waitSaved(otherApp);
    const otherSaves = () => other.evaluate(() => window.asnTest.saveTimes().count);
    const savesBefore = await otherSaves();
    const stored = await snapshotStorage();
    await app.page.bringToFront();
    await typeInto(app, 'profile.jabatan', ' (tab 1)');
    await app.page.waitForFunction(() => window.asnTest.state().draft.saveState === 'conflict', null, { timeout: 10000 });
    assert((await rectOf(app, 'banner.conflict')).visible, 'no conflict banner');
    const now = await snapshotStorage();
    const changed = [...new Set([...Object.keys(now), ...Object.keys(stored)])].filter((k) => now[k] !== stored[k]);
    // When it fails, say which tab wrote (the second tab's save count) and what changed.
    const diff = (a, b) => {
      let i = 0;
      while (i < a.length && a[i] === b[i]) i += 1;
      return `${a.slice(0, 40)} … at ${i}: ${JSON.stringify(a.slice(i, i + 60))} -> ${JSON.stringify(b.slice(i, i + 60))}`;
    };
    assert(changed.length === 0, `storage changed after the first tab typed (the second tab saved ${await otherSaves() - savesBefore} more times; its state ${JSON.stringify((await state(otherApp)).draft)}): ${changed.map((k) => `${k}: ${diff(String(stored[k]), String(now[k]))}`).join('; ')}`);
    await screenshot(app, artifacts, `self-conflict-dpr${scale}.png`);
    // Keep mine as a new draft: nothing is lost on either side.
    await clickItem(app, 'conflict.copy');
    await waitSaved(app);
    assert((await state(app)).drafts === 3, 'the copy was not saved as a new draft');
    await other.close();
  }],

  ['no console errors, no foreign requests, no CSP violation', async () => {
    assert(app.errors.length === 0, `console errors:\n${app.errors.join('\n')}`);
    assertOnlyOwnOrigin(app);
    await closeApp(app);
  }],
];

// At device scale 2 (four times the pixels, rendered in software here) the long typing run would
// take many minutes; instead a complete sample is imported and every screen is checked and
// photographed at 2x, which is what HiDPI can break.
const hidpiTour = [
  [`imports a complete sample and shows every screen (device scale ${scale})`, async () => {
    app = await openApp({ dist: path.resolve(args.dist), scale });
    await clickItem(app, 'home.import');
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), clickItem(app, 'import.pick')]);
    await chooser.setFiles(path.join(data, 'valid', 'analis_dinilai.json'));
    await app.page.waitForFunction(() => window.asnTest.state().drafts === 1, null, { timeout: 20000 });
    for (const screen of ['profile', 'competencies', 'results', 'behaviour', 'summary', 'home']) {
      await clickItem(app, `nav.${screen}`);
      const s = await state(app);
      assert(s.screen === screen, `screen ${s.screen}, expected ${screen}`);
      const title = await rectOf(app, screen === 'home' ? 'home.title' : `${screen === 'competencies' ? 'competency' : screen}.title`);
      assert(title.visible && title.h > 10, `${screen} title not drawn`);
      await screenshot(app, artifacts, `self-${screen}-dpr${scale}.png`);
    }
  }],
  fullRun[fullRun.length - 1],
];

await runTests(scale === 1 ? fullRun : hidpiTour);
