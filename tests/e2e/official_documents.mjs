// End-to-end, format versi 2 and the official documents, through real clicks and keys: the employee
// fills the three people, the period (semester, with dates), a JPT SKP (perspektif, kualitatif, a
// numeric target refused and corrected), the Lampiran SKP and the continuous-feedback log; exports
// (ajv against the versi-2 schema); the supervisor imports that file, fills the evaluation
// (capaian organisasi, catatan, tempat) and signs; the signed export validates, the CLI scores it
// to the predikat on screen; each of the four documents opens in a tab, shows its fields, and is
// printed to an A4 PDF whose first page is rendered to PNG in the test artifacts.
//   node tests/e2e/official_documents.mjs --dist DIR --artifacts DIR --cli CLI [--runner "node ..."]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import {
  act, assert, assertOnlyOwnOrigin, clickItem, closeApp, openApp, parseArgs, rectOf, runTests, screenshot,
  scrollIntoView, shownText, shownTexts, state, typeInto, waitSaved,
} from './harness.mjs';
import { seal } from './seal.mjs';

const args = parseArgs(process.argv);
const artifacts = path.resolve(args.artifacts || 'build/test-artifacts');
const runner = (args.runner || '').split(' ').filter(Boolean);
const work = path.join(artifacts, 'dokumen');
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });
const validate = new Ajv2020({ allErrors: true, strict: true })
  .compile(JSON.parse(fs.readFileSync('assets/schema/asn-kinerja-v2.schema.json', 'utf8')));
let app;
let employeeFile;
let signedFile;
let competencyCodes;

function cli(...cliArgs) {
  const command = runner.length ? runner[0] : args.cli;
  const full = runner.length ? [...runner.slice(1), args.cli, ...cliArgs] : cliArgs;
  return spawnSync(command, full, { encoding: 'utf8' });
}

// Replaces a field's text: select all (Ctrl+A, as a user would), then type.
async function replaceInto(id, text, container = null) {
  if (container) await scrollIntoView(app, container);
  await scrollIntoView(app, id);
  await clickItem(app, id);
  await act(app, () => app.page.keyboard.press('Control+A'));
  await act(app, () => app.page.keyboard.type(text), 2);
}

async function choose(combo, item, container = null) {
  if (container) await scrollIntoView(app, container);
  await scrollIntoView(app, combo);
  await clickItem(app, combo);
  await clickItem(app, item);
}

async function visible(id) {
  const rect = await app.page.evaluate((i) => window.asnTest.rect(i), id);
  return !!rect && rect.visible;
}

async function storedDocument() {
  await waitSaved(app);
  const id = (await state(app)).draft.id;
  return app.page.evaluate((key) => JSON.parse(localStorage.getItem(key)).dokumen, `asn-kinerja.v2.draf.${id}`);
}

async function exportTo(button, name) {
  await scrollIntoView(app, button);
  const [download] = await Promise.all([app.page.waitForEvent('download'), clickItem(app, button)]);
  const file = path.join(work, name);
  await download.saveAs(file);
  return { file, name: download.suggestedFilename(), doc: JSON.parse(fs.readFileSync(file, 'utf8')) };
}

// The starting point: the employee's competencies and BerAKHLAK reflections already written (the
// self-assessment e2e types those), everything versi 2 added left empty to be typed here.
function startingFile() {
  const base = JSON.parse(cli('sample', '--persona', 'analis').stdout);
  delete base.tanda_tangan;  // a draft to fill in: the persona's CONTOH signature goes
  const nobody = { nama: '', nip: '', pangkat_golongan: '', jabatan: '', jenis_jabatan: '', unit_kerja: '' };
  Object.assign(base, {
    contoh: false, instansi: '', pegawai: { ...nobody }, penilai: { ...nobody }, atasan_penilai: { ...nobody },
    periode: { tahun: 2026, jenis: 'triwulan', ke: 1, mulai: '', selesai: '' },
    skp: { pendekatan: 'kuantitatif', rhk: [], lampiran: { dukungan_sumber_daya: [], skema_pertanggungjawaban: [], konsekuensi: [] } },
    umpan_balik_berkelanjutan: [],
    evaluasi: { rating_hasil_kerja: null, rating_perilaku: null, capaian_kinerja_organisasi: null, umpan_balik: '',
      catatan_rekomendasi: '', tempat: 'Jakarta', tanggal: '' },
    rencana_pengembangan: [],
    status: { tahap: 'draf', dibuat: '2025-07-01T01:00:00Z', diperbarui: '2025-07-01T01:00:00Z', diajukan: null, dinilai: null },
  });
  for (const c of base.kompetensi) Object.assign(c, { level_atasan: 0, umpan_balik: '' });
  for (const n of base.perilaku.nilai) Object.assign(n, { catatan_atasan: '', ekspektasi_pimpinan: '' });
  seal(base);
  const file = path.join(work, 'awal.json');
  fs.writeFileSync(file, JSON.stringify(base, null, 2));
  return { file, codes: base.kompetensi.map((c) => c.kode) };
}

async function importFile(file, drafts) {
  if ((await state(app)).screen !== 'home') await clickItem(app, 'nav.home');
  await clickItem(app, 'home.import');
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), clickItem(app, 'import.pick')]);
  await chooser.setFiles(file);
  await app.page.waitForFunction((n) => window.asnTest.state().drafts === n, drafts, { timeout: 20000 });
}

// Today in Jakarta, as the app dates a note written without a date.
const todayWib = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);

await runTests([
  ['the three people, with pangkat and jenis jabatan; a penilai below pengawas is warned about', async () => {
    app = await openApp({ dist: path.resolve(args.dist) });
    const start = startingFile();
    competencyCodes = start.codes;
    await importFile(start.file, 1);
    await clickItem(app, 'nav.profile');
    await typeInto(app, 'profile.nama', 'Ratna Sari Dewi');
    await typeInto(app, 'profile.nip', '197805122003122004');
    await typeInto(app, 'profile.pangkat', 'Pembina Utama Muda / IV c');
    await typeInto(app, 'profile.jabatan', 'Kepala Dinas Pertamanan');
    await choose('profile.jenis_jabatan', 'profile.jenis_jabatan.jpt_pratama');
    // The levels were set before: the app asks before the JPT Pratama example standard replaces them.
    await clickItem(app, 'jobstandard.apply');
    await typeInto(app, 'profile.unit_kerja', 'Dinas Pertamanan dan Hutan Kota');
    await typeInto(app, 'profile.instansi', 'Pemerintah Provinsi DKI Jakarta');
    await typeInto(app, 'profile.penilai.nama', 'Bambang Wijaya');
    await typeInto(app, 'profile.penilai.nip', '196905101994031005');
    await typeInto(app, 'profile.penilai.pangkat', 'Pembina Utama / IV e');
    await typeInto(app, 'profile.penilai.jabatan', 'Sekretaris Daerah');
    assert(!(await visible('profile.penilai.warning')), 'a warning before any jenis jabatan was chosen');
    await choose('profile.penilai.jenis_jabatan', 'profile.penilai.jenis_jabatan.pelaksana');
    assert((await scrollIntoView(app, 'profile.penilai.warning')).visible, 'no warning for a penilai below pengawas');
    await choose('profile.penilai.jenis_jabatan', 'profile.penilai.jenis_jabatan.jpt_madya');
    assert(!(await visible('profile.penilai.warning')), 'the warning stayed for a JPT Madya');
    await typeInto(app, 'profile.penilai.unit_kerja', 'Sekretariat Daerah');
    await typeInto(app, 'profile.atasan.nama', 'Gubernur DKI Jakarta');
    await typeInto(app, 'profile.atasan.jabatan', 'Gubernur');
    await typeInto(app, 'profile.atasan.unit_kerja', 'Pemerintah Provinsi DKI Jakarta');
    await screenshot(app, artifacts, 'v2-profile-people.png');
  }],

  ['the period: Semester II/Akhir with its dates; a reversed range is shown and nothing invalid is saved', async () => {
    await replaceInto('profile.tahun', '2025', 'profile.period');
    assert((await storedDocument()).periode.tahun === 2025, 'the year was not taken');
    await scrollIntoView(app, 'profile.period');
    await clickItem(app, 'profile.periode.semester');
    await choose('profile.periode', 'profile.periode.2');
    let doc = await storedDocument();
    assert(doc.periode.jenis === 'semester' && doc.periode.ke === 2, `period ${JSON.stringify(doc.periode)}`);
    assert(doc.periode.mulai.endsWith('-07-01') && doc.periode.selesai.endsWith('-12-31'), `dates ${JSON.stringify(doc.periode)}`);
    // Half a date is not saved; the field says so.
    await replaceInto('profile.periode.mulai', '2025-07');
    await clickItem(app, 'profile.nama');
    assert((await storedDocument()).periode.mulai === doc.periode.mulai, 'a half-typed date reached the draft');
    await replaceInto('profile.periode.mulai', '2025-07-01');
    await replaceInto('profile.periode.selesai', '2025-06-30');
    assert((await scrollIntoView(app, 'profile.periode.reversed')).visible, 'a reversed range is not shown');
    await screenshot(app, artifacts, 'v2-period-reversed.png');
    await replaceInto('profile.periode.selesai', '2025-12-31');
    assert(!(await visible('profile.periode.reversed')), 'the reversed-range message stayed');
    doc = await storedDocument();
    assert(doc.periode.mulai === '2025-07-01' && doc.periode.selesai === '2025-12-31', `dates ${JSON.stringify(doc.periode)}`);
  }],

  ['a JPT SKP: perspektif, no aspek; kualitatif refuses a number-only target until it describes', async () => {
    await clickItem(app, 'nav.results');
    assert((await rectOf(app, 'results.layout')).visible, 'the SKP layout is not named');
    await clickItem(app, 'results.add');
    assert(!(await visible('results.row.0.aspek')), 'a JPT row shows an aspek');
    assert(!(await visible('results.row.0.rhk_pimpinan')), 'a JPT row shows RHK pimpinan');
    await typeInto(app, 'results.row.0.rhk', 'Meningkatnya kualitas taman kota', 'results.row.0');
    await choose('results.row.0.perspektif', 'results.row.0.perspektif.proses_bisnis');
    await typeInto(app, 'results.row.0.iki', 'Persentase taman dalam kondisi baik', 'results.row.0');
    await typeInto(app, 'results.row.0.target', '90', 'results.row.0');
    await typeInto(app, 'results.row.0.realisasi', 'Sebagian besar taman terpelihara', 'results.row.0');
    await typeInto(app, 'results.row.0.bukti_dukung', 'Laporan pemeliharaan bulanan', 'results.row.0');
    await scrollIntoView(app, 'results.approach');
    await clickItem(app, 'results.pendekatan.kualitatif');
    assert((await scrollIntoView(app, 'results.row.0.issue')).visible, 'a number-only kualitatif target is not refused');
    await screenshot(app, artifacts, 'v2-skp-kualitatif-issue.png');
    await replaceInto('results.row.0.target', 'Seluruh taman kota terpelihara dan aman dikunjungi', 'results.row.0');
    assert(!(await visible('results.row.0.issue')), 'the message stayed after the target was described');
    const lists = { dukungan_sumber_daya: 'Anggaran pemeliharaan', skema_pertanggungjawaban: 'Laporan triwulanan kepada Sekda',
      konsekuensi: 'Teguran bila taman terbengkalai' };
    for (const [key, text] of Object.entries(lists)) {
      await scrollIntoView(app, `results.lampiran.${key}.add`);
      await clickItem(app, `results.lampiran.${key}.add`);
      await typeInto(app, `results.lampiran.${key}.0`, text);
    }
    const doc = await storedDocument();
    assert(doc.skp.pendekatan === 'kualitatif' && doc.skp.rhk[0].perspektif === 'proses_bisnis' && doc.skp.rhk[0].aspek === null,
      `skp ${JSON.stringify(doc.skp.rhk[0])}`);
    assert(doc.skp.lampiran.konsekuensi[0] === lists.konsekuensi, `lampiran ${JSON.stringify(doc.skp.lampiran)}`);
    await screenshot(app, artifacts, 'v2-skp.png');
  }],

  ['continuous feedback in a few seconds: from the RHK, and about a value with Ctrl+Enter; newest first', async () => {
    await scrollIntoView(app, 'results.row.0.feedback');
    await clickItem(app, 'results.row.0.feedback');
    assert((await state(app)).screen === 'feedback', 'the RHK button did not open the log');
    await typeInto(app, 'feedback.text', 'Jadwal pemangkasan perlu dibagikan ke kecamatan.');
    await clickItem(app, 'feedback.add');
    assert(await shownText(app, 'feedback.notice') === `Umpan balik dicatat: ${todayWib}`, `notice ${await shownText(app, 'feedback.notice')}`);
    await choose('feedback.subject', 'feedback.subject.akuntabel');
    await typeInto(app, 'feedback.tanggal', '2025-08-15');
    await typeInto(app, 'feedback.text', 'Laporan penggunaan anggaran tepat waktu.');
    await act(app, () => app.page.keyboard.press('Control+Enter'), 2);
    assert(await shownText(app, 'feedback.notice') === 'Umpan balik dicatat: 2025-08-15', `notice ${await shownText(app, 'feedback.notice')}`);
    await choose('feedback.filter', 'feedback.filter.semua');
    assert((await rectOf(app, 'feedback.count')).visible, 'no count');
    // Newest first: today's note above the one of 15 August 2025.
    assert((await rectOf(app, 'feedback.entry.0')).y < (await rectOf(app, 'feedback.entry.1')).y, 'order');
    await typeInto(app, 'feedback.entry.1.response', 'Terima kasih; format laporan dipertahankan.', 'feedback.entry.1');
    const doc = await storedDocument();
    const log = doc.umpan_balik_berkelanjutan;
    assert(log.length === 2 && log[0].rhk_id === doc.skp.rhk[0].id && log[0].tanggal === todayWib, `log ${JSON.stringify(log)}`);
    assert(log[1].perilaku === 'akuntabel' && log[1].tanggal === '2025-08-15' && log[1].tanggapan_pegawai.startsWith('Terima kasih'),
      `log ${JSON.stringify(log)}`);
    await screenshot(app, artifacts, 'v2-feedback.png');
  }],

  ['the employee submits and exports versi 2: every typed field, valid against the schema', async () => {
    await clickItem(app, 'nav.summary');
    await scrollIntoView(app, 'summary.missing');
    const summary = await shownTexts(app);
    assert(summary.includes('Semua bagian sudah lengkap.'), `still missing: ${summary.split('Yang belum lengkap sebelum diajukan')[1]}`);
    const exported = await exportTo('summary.submit', 'pegawai.json');
    employeeFile = exported.file;
    const doc = exported.doc;
    assert(doc.versi === 2, `versi ${doc.versi}`);
    assert(validate(doc), `schema: ${JSON.stringify(validate.errors)}`);
    assert(exported.name === '197805122003122004_2025-S2.json', `file name ${exported.name}`);
    assert(doc.pegawai.pangkat_golongan === 'Pembina Utama Muda / IV c' && doc.pegawai.jenis_jabatan === 'jpt_pratama', 'pegawai');
    assert(doc.penilai.jenis_jabatan === 'jpt_madya' && doc.penilai.pangkat_golongan === 'Pembina Utama / IV e', 'penilai');
    assert(doc.atasan_penilai.nama === 'Gubernur DKI Jakarta' && doc.atasan_penilai.nip === '', 'atasan penilai');
    assert(doc.instansi === 'Pemerintah Provinsi DKI Jakarta', 'instansi');
    const validated = cli('validate', employeeFile);
    assert(validated.status === 0, `CLI validate: ${validated.stdout}${validated.stderr}`);
  }],

  ['the supervisor imports it, fills the evaluation and signs; the CLI scores the signed file to the predikat on screen', async () => {
    await importFile(employeeFile, 2);
    await clickItem(app, 'nav.review');
    for (const kode of competencyCodes) {
      await scrollIntoView(app, `review.competency.${kode}`);
      await scrollIntoView(app, `review.level.${kode}.4`);
      await clickItem(app, `review.level.${kode}.4`);
    }
    for (const [which, key] of [['hasil', 'di_atas'], ['perilaku', 'di_atas']]) {
      await scrollIntoView(app, 'review.ratings');
      await clickItem(app, `review.rating.${which}`);
      await clickItem(app, `review.rating.${which}.${key}`);
    }
    await choose('review.capaian', 'review.capaian.baik', 'review.evaluation');
    await typeInto(app, 'review.catatan', 'Pertahankan; libatkan kecamatan dalam jadwal pemeliharaan.', 'review.evaluation');
    await replaceInto('review.tempat', 'Jakarta Pusat', 'review.evaluation');
    await screenshot(app, artifacts, 'v2-evaluation.png');
    await scrollIntoView(app, 'review.signoff_card');
    await scrollIntoView(app, 'review.signoff');
    await clickItem(app, 'review.signoff');
    await clickItem(app, 'signoff.confirm');
    await waitSaved(app);
    await scrollIntoView(app, 'review.signoff_card');
    const shown = ((await shownTexts(app)).match(/^Predikat: (.*)$/m) || [])[1];
    assert(shown === 'Sangat Baik', `predikat on screen: ${shown}`);
    const exported = await exportTo('review.export', 'dinilai.json');
    signedFile = exported.file;
    const doc = exported.doc;
    assert(validate(doc), `schema: ${JSON.stringify(validate.errors)}`);
    assert(doc.status.tahap === 'dinilai', `stage ${doc.status.tahap}`);
    assert(doc.evaluasi.capaian_kinerja_organisasi === 'baik' && doc.evaluasi.tempat === 'Jakarta Pusat', 'evaluation');
    assert(doc.evaluasi.catatan_rekomendasi.startsWith('Pertahankan'), 'catatan');
    assert(doc.evaluasi.tanggal === todayWib, `signed on ${doc.evaluasi.tanggal}, today is ${todayWib}`);
    const scored = cli('score', signedFile);
    assert(scored.status === 0 && JSON.parse(scored.stdout).predikat === shown, `CLI: ${scored.stdout}${scored.stderr}`);
  }],

  ['each official document opens in a tab with its fields, and prints to A4 (PDF, first page as PNG)', async () => {
    const expected = {
      skp: ['Sasaran Kinerja Pegawai', 'Ratna Sari Dewi', 'Pembina Utama Muda / IV c', 'Bambang Wijaya', 'Perspektif',
        'Meningkatnya kualitas taman kota', 'Anggaran pemeliharaan', 'Teguran bila taman terbengkalai', 'ualitatif'],
      evaluasi: ['Evaluasi Kinerja Periodik', 'Sebagian besar taman terpelihara', 'Laporan pemeliharaan bulanan',
        'Jadwal pemangkasan perlu dibagikan ke kecamatan.', 'Laporan penggunaan anggaran tepat waktu.', 'Sangat Baik'],
      'dokumen-evaluasi': ['Dokumen Evaluasi Kinerja Pegawai', 'Gubernur DKI Jakarta', 'Pembina Utama / IV e', 'Baik',
        'Sangat Baik', 'Pertahankan; libatkan kecamatan', 'Jakarta Pusat', '1 Juli 2025'],
      kompetensi: ['Evaluasi Kompetensi', 'Integritas', 'Kerja Sama', 'Ratna Sari Dewi'],
    };
    await clickItem(app, 'nav.summary');
    for (const [key, fields] of Object.entries(expected)) {
      await scrollIntoView(app, 'documents.card');
      await scrollIntoView(app, `documents.${key}`);
      const [tab] = await Promise.all([app.context.waitForEvent('page'), clickItem(app, `documents.${key}`)]);
      await tab.waitForLoadState();
      // As drawn (titles are set in capitals by the stylesheet): compared without case.
      const text = (await tab.evaluate(() => document.body.innerText)).toLowerCase();
      for (const field of fields) assert(text.includes(field.toLowerCase()), `${key}: '${field}' is missing`);
      assert(await tab.evaluate(() => document.querySelectorAll('script').length) === 0, `${key}: a script`);
      // The tab inherits the app's Content-Security-Policy: the documents' <style> must still apply.
      assert(await tab.evaluate(() => getComputedStyle(document.body).fontFamily.includes('Noto Sans')), `${key}: style blocked`);
      const pdf = path.join(artifacts, `dokumen-${key}.pdf`);
      await tab.pdf({ path: pdf, format: 'A4', printBackground: true });
      const png = path.join(artifacts, `dokumen-${key}`);
      const rendered = spawnSync('pdftoppm', ['-png', '-r', '72', '-f', '1', '-l', '1', '-singlefile', pdf, png], { encoding: 'utf8' });
      assert(rendered.status === 0, `pdftoppm: ${rendered.stderr}`);
      const bytes = fs.readFileSync(`${png}.png`);
      // An A4 page (210 × 297 mm) at 72 dpi is 595 × 842 pixels, give or take the rounding (PNG header:
      // width and height at bytes 16 and 20).
      const [w, h] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
      assert(Math.abs(w - 595) <= 1 && Math.abs(h - 842) <= 1, `${key}: the page is ${w}×${h}, not A4`);
      assert(bytes.length > 8000, `${key}: the page looks empty (${bytes.length} bytes)`);
      await tab.close();
    }
  }],

  ['the CLI prints the same documents from the signed file', async () => {
    for (const key of ['skp', 'evaluasi', 'dokumen-evaluasi', 'kompetensi']) {
      const r = cli('report', signedFile, '--dokumen', key);
      assert(r.status === 0 && r.stdout.startsWith('<!doctype html>') && r.stdout.includes('Ratna Sari Dewi'), `${key}: ${r.stderr}`);
    }
  }],

  ['no console errors, no foreign requests, no CSP violation', async () => {
    assert(app.errors.length === 0, `console errors:\n${app.errors.join('\n')}`);
    assertOnlyOwnOrigin(app);
    await closeApp(app);
  }],
]);
