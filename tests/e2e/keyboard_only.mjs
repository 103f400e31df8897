// End-to-end, keyboard only (no pointer event reaches the page): a complete self-assessment, its
// export, the supervisor's import, review and sign-off, and a unit recap — done with Tab,
// Shift+Tab, arrows, Enter, Space, Esc and typing, reading where the focus is and what the screen
// says from the accessibility mirror, as a screen-reader user does. The exported files are valid
// and score (through the CLI) to the figures the screen showed.
//   node tests/e2e/keyboard_only.mjs --dist DIR --artifacts DIR --cli CLI.js [--runner "node ..."]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { assert, assertOnlyOwnOrigin, assertRedrawsExact, closeApp, openApp, parseArgs, runTests, screenshot } from './harness.mjs';
import { chooseOption, expectFocus, focused, POINTER_PROBE, press, tabTo, type } from './keyboard.mjs';

const args = parseArgs(process.argv);
const artifacts = path.resolve(args.artifacts || 'build/test-artifacts');
const runner = (args.runner || '').split(' ').filter(Boolean);
const schema = JSON.parse(fs.readFileSync('assets/schema/asn-kinerja-v2.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
let app;
let exported;

function cli(...cliArgs) {
  const command = runner.length ? runner[0] : args.cli;
  const full = runner.length ? [...runner.slice(1), args.cli, ...cliArgs] : cliArgs;
  return spawnSync(command, full, { encoding: 'utf8' });
}

// Text of the mirror (what the screen shows), for reading figures and messages.
const shown = () => app.page.evaluate(() => document.getElementById('mirror').innerText);
const mirrorText = (key) => app.page.evaluate((k) => {
  const el = document.querySelector(`#mirror [data-k="${CSS.escape(k)}"]`);
  return el ? el.textContent : null;
}, key);

// Waits until the screen says something (work that ends between frames: an import, a signature).
const waitShown = (text) => app.page.waitForFunction((t) => document.getElementById('mirror').innerText.includes(t), text,
  { timeout: 30000 });

// Waits until the live region has said something (what a screen reader announces by itself).
const waitSaid = (text) => app.page.waitForFunction((t) => window.asnMirror.announced().includes(t), text, { timeout: 10000 })
  .catch(async () => assert(false, `never announced: ${text}; said: ${JSON.stringify(await app.page.evaluate(() => window.asnMirror.announced()))}`));

// Goes to a screen through the navigation column (a link; Enter follows it).
async function goTo(name) {
  await tabTo(app, 'link', name);
  await press(app, 'Enter');
}

// Tabs to a text field and types into it (Tab onto a field starts editing it).
async function fill(name, text) {
  await tabTo(app, 'textbox', name);
  await type(app, text);
}

// Exports through a button, returning the saved file's path.
async function download(role, name, file) {
  await tabTo(app, role, name);
  const [dl] = await Promise.all([app.page.waitForEvent('download'), press(app, 'Enter')]);
  const out = path.join(artifacts, file);
  await dl.saveAs(out);
  return { out, suggested: dl.suggestedFilename() };
}

await runTests([
  ['a complete self-assessment with the keyboard alone', async () => {
    fs.mkdirSync(artifacts, { recursive: true });
    app = await openApp({ dist: path.resolve(args.dist) });
    await app.context.addInitScript(POINTER_PROBE);
    await app.page.reload();
    await app.page.waitForFunction(() => window.asnTest && window.asnTest.ready(), null, { timeout: 60000 });
    await tabTo(app, 'button', 'Draf baru');
    await press(app, 'Enter');
    // The new draft opens on its profile, the focus in the first field, editing it.
    await expectFocus(app, 'textbox', 'Nama');
    await type(app, 'Dewi Lestari');
    await fill('NIP', '199203152019032011');
    await fill('Jabatan', 'Pengelola Layanan Operasional');
    await tabTo(app, 'combobox', /^Jenis jabatan/);
    await press(app, 'Enter');
    await chooseOption(app, /^Pelaksana/);
    await fill('Unit kerja', 'Kelurahan Menteng');
    await fill('Instansi', 'Pemerintah Provinsi DKI Jakarta');
    await fill('Nama', 'Agus Salim');  // the next "Nama": the pejabat penilai's
    await screenshot(app, artifacts, 'keyboard-profile.png');

    // Competencies one at a time: a level (each level's button names its level), the evidence,
    // then Berikutnya — back from it with Shift+Tab to the next competency's levels.
    await goTo('Kompetensi');
    const levels = [2, 1, 2, 3, 2, 1, 2, 2, 1];
    for (let i = 0; i < levels.length; i += 1) {
      await tabTo(app, 'button', `Level ${levels[i]}: Pilih level ini`, { back: i > 0 });
      await press(app, 'Enter');
      await expectFocus(app, 'button', `Level ${levels[i]}: Level dipilih`);
      await fill('Bukti (contoh perilaku yang menunjukkan level ini)', `Bukti kompetensi nomor ${i + 1}`);
      if (i + 1 < levels.length) {
        await tabTo(app, 'button', 'Berikutnya');
        await press(app, 'Enter');
      }
    }

    await goTo('Hasil Kerja (SKP)');
    await tabTo(app, 'button', 'Tambah RHK');
    await press(app, 'Enter');
    await fill('Rencana Hasil Kerja (RHK)', 'Layanan administrasi kependudukan selesai tepat waktu');
    await fill('Indikator Kinerja Individu (IKI)', 'Persentase layanan selesai dalam 1 hari');
    await fill('Target', '95');
    await fill('Realisasi', '97');
    await fill('Satuan', 'persen');

    await goTo('Perilaku (BerAKHLAK)');
    for (const nama of ['Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif']) {
      await fill(`Refleksi mandiri — ${nama}`, `Refleksi ${nama}`);
    }
    // The focus moved and text was typed, each redrawn in part: the canvas is what a full redraw draws.
    await assertRedrawsExact(app, 3);
    await screenshot(app, artifacts, 'keyboard-behaviour.png');

    // The summary lists what is still missing, each a link to where it is completed.
    await goTo('Ringkasan');
    await tabTo(app, 'link', 'RHK 1: aspek belum dipilih');
    await press(app, 'Enter');
    await tabTo(app, 'combobox', /^Aspek/);
    await press(app, 'Enter');
    await chooseOption(app, 'Kuantitas');
    await goTo('Ringkasan');
    await tabTo(app, 'button', 'Ajukan & ekspor');
    assert((await shown()).includes('Semua bagian sudah lengkap.'), 'the summary does not say the assessment is complete');
    const jpm = await mirrorText('summary.jpm.value');
    assert(/^\d+[.,]\d\d %$/.test(jpm), `the JPM on the summary: ${jpm}`);
    const [dl] = await Promise.all([app.page.waitForEvent('download'), press(app, 'Enter')]);
    exported = path.join(artifacts, 'keyboard-submitted.json');
    await dl.saveAs(exported);
    const doc = JSON.parse(fs.readFileSync(exported, 'utf8'));
    assert(validate(doc), `schema: ${JSON.stringify(validate.errors)}`);
    assert(doc.status.tahap === 'diajukan', `the exported file is ${doc.status.tahap}, not submitted`);
    assert(doc.pegawai.nama === 'Dewi Lestari' && doc.penilai.nama === 'Agus Salim', 'typed names missing');
    assert(doc.kompetensi.map((c) => c.level_mandiri).join() === levels.join(), `levels ${doc.kompetensi.map((c) => c.level_mandiri)}`);
    assert(doc.kompetensi[8].bukti === 'Bukti kompetensi nomor 9', `evidence: ${doc.kompetensi[8].bukti}`);
    const scored = cli('score', exported);
    assert(scored.status === 0, `CLI: ${scored.stderr}`);
    const cliJpm = JSON.parse(scored.stdout).jpm_mandiri;
    assert(`${cliJpm.toFixed(2)} %` === jpm.replace(',', '.'), `the CLI scores JPM ${cliJpm}, the screen showed ${jpm}`);
    await screenshot(app, artifacts, 'keyboard-summary.png');
  }],

  ['a supervisor review with sign-off, with the keyboard alone', async () => {
    await goTo('Beranda');
    await tabTo(app, 'button', 'Impor berkas…');
    await press(app, 'Enter');
    await tabTo(app, 'button', 'Pilih berkas…');
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), press(app, 'Enter')]);
    await chooser.setFiles(exported);
    await waitShown('Berkas diimpor sebagai draf baru: keyboard-submitted.json');
    await waitSaid('Berkas diimpor sebagai draf baru: keyboard-submitted.json');  // the result is announced

    await goTo('Penilaian Atasan');
    const atasan = { 'M.1': 3, 'M.2': 1, 'M.3': 3, 'M.4': 2, 'M.5': 2, 'M.6': 2, 'M.7': 2, 'M.8': 2, 'SK.1': 2 };
    for (const [kode, level] of Object.entries(atasan)) {
      await tabTo(app, 'radio', `Level dari atasan ${kode}: ${level}`);
      await press(app, 'Space');
      if (kode === 'M.2') await fill('Umpan balik M.2', 'Perlu lebih banyak memimpin kerja tim');
    }
    for (const [which, rating] of [['Hasil kerja', 'Sesuai Ekspektasi'], ['Perilaku kerja', 'Di Atas Ekspektasi']]) {
      await tabTo(app, 'combobox', new RegExp(`^${which}`));
      await press(app, 'Enter');
      await chooseOption(app, rating);
    }
    await tabTo(app, 'button', 'Susun dari kesenjangan');
    await press(app, 'Enter');
    await fill('Umpan balik keseluruhan', 'Kinerja baik; fokus pada kerja sama tim.');
    // What still stands between the review and its signature is said above the sign-off button.
    await tabTo(app, 'button', 'Ekspor berkas');
    assert((await shown()).includes('NIP pejabat penilai belum sah'), 'the missing NIP is not said');
    await fill('NIP pejabat penilai', '198507122010011003');
    await tabTo(app, 'button', 'Tandatangani penilaian…');
    assert(!(await shown()).includes('NIP pejabat penilai belum sah'), 'the NIP is still said to be missing');
    assert((await shown()).includes('Predikat: Baik'), 'the predikat is not shown before signing');
    // The confirmation is a modal dialog: the focus is in it and stays in it; Esc closes it, signing
    // nothing, and the focus is back on the button that opened it.
    await press(app, 'Enter');
    await expectFocus(app, 'button', 'Ya, tandatangani');
    await press(app, 'Tab');
    await expectFocus(app, 'button', 'Batal');
    await press(app, 'Tab');
    await expectFocus(app, 'button', 'Ya, tandatangani');
    await press(app, 'Escape');
    await expectFocus(app, 'button', 'Tandatangani penilaian…');
    assert(!(await shown()).includes('Ya, tandatangani'), 'Esc did not close the confirmation');
    await press(app, 'Enter');
    await expectFocus(app, 'button', 'Ya, tandatangani');
    await press(app, 'Enter');
    await waitShown('Batalkan tanda tangan untuk mengoreksi');
    const { out } = await download('button', 'Ekspor berkas', 'keyboard-reviewed.json');
    const doc = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert(validate(doc), `schema: ${JSON.stringify(validate.errors)}`);
    assert(doc.status.tahap === 'dinilai' && doc.tanda_tangan, `the review is ${doc.status.tahap}, signature ${!!doc.tanda_tangan}`);
    assert(doc.kompetensi[1].level_atasan === 1 && doc.kompetensi[1].umpan_balik.includes('kerja tim'), 'M.2 review lost');
    const scored = cli('score', out);
    assert(scored.status === 0 && JSON.parse(scored.stdout).predikat === 'Baik', `CLI: ${scored.stdout} ${scored.stderr}`);
    // The key's fingerprint the CLI finds in the file is the one the screen showed.
    const verified = cli('verify', out);
    const fingerprint = (verified.stdout.match(/sidik kunci ([A-Z2-7-]+)/) || [])[1];
    assert(verified.status === 0 && /tanda tangan sah/.test(verified.stdout) && fingerprint, `CLI verify: ${verified.stdout} ${verified.stderr}`);
    await tabTo(app, 'button', 'Ekspor kunci publik untuk BKD');  // in the signature's card
    assert((await shown()).includes(`Ditandatangani oleh Agus Salim — sidik kunci ${fingerprint}`),
      `the screen does not show the fingerprint ${fingerprint}`);
    await screenshot(app, artifacts, 'keyboard-review.png');
  }],

  ['a unit recap with the keyboard alone', async () => {
    await goTo('Rekap Unit');
    await tabTo(app, 'button', 'Pilih berkas…');
    const files = [path.join(artifacts, 'keyboard-reviewed.json'), exported, path.resolve('tests/data/valid/analis_dinilai.json'),
      path.resolve('tests/data/malformed/level_di_luar_rentang.json')];
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), press(app, 'Enter')]);
    await chooser.setFiles(files);
    await waitShown('4 berkas: 3 sah, 1 tidak sah');
    await waitSaid('4 berkas: 3 sah, 1 tidak sah');  // the progress, at most once a second, and where it ends
    // The counts on the screen are the CLI's for the same files.
    const recap = cli('recap', ...files);
    assert(recap.stdout.includes('Rekap unit: 4 berkas, 3 sah, 1 tidak sah'), `CLI recap: ${recap.stdout} ${recap.stderr}`);
    const screen = await shown();
    for (const label of ['Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang/Misconduct', 'Sangat Kurang', 'Optimal', 'Cukup Optimal', 'Kurang Optimal']) {
      const escaped = label.replace('/', '\\/');
      const onScreen = (screen.match(new RegExp(`^${escaped}\\n+(\\d+)`, "m")) || [])[1];
      const inCli = (recap.stdout.match(new RegExp(`^ +${escaped} +(\\d+)`, 'm')) || [])[1];
      assert(onScreen !== undefined && onScreen === inCli, `${label}: ${onScreen} on the screen, ${inCli} from the CLI`);
    }
    // The file refused is named with the place of its fault, on its own tab.
    await tabTo(app, 'tab', 'Berkas bermasalah (1)');
    await press(app, 'Enter');
    await waitShown('level_di_luar_rentang.json');
    assert((await shown()).includes('$.kompetensi[2].level_mandiri'), 'the refused file\'s fault is not shown with its path');
    await screenshot(app, artifacts, 'keyboard-recap.png');
  }],

  ['the menu bar with Alt: the language changed and changed back; Esc leaves the menu', async () => {
    const menuTo = async (name) => {
      for (let i = 0; i < 6 && (await focused(app)).name !== name; i += 1) await press(app, 'ArrowRight');
      await expectFocus(app, 'menuitem', name);
    };
    await press(app, 'Alt');
    await expectFocus(app, 'menuitem', 'Berkas');
    await menuTo('Bahasa');
    await press(app, 'Enter');
    await press(app, 'ArrowDown');
    await expectFocus(app, 'menuitem', 'English');
    await press(app, 'Enter');
    await waitShown('Home');
    assert(!(await shown()).includes('Beranda'), 'an Indonesian name stayed after switching to English');
    await press(app, 'Alt');
    await menuTo('Language');
    await press(app, 'Enter');
    await expectFocus(app, 'menuitem', 'Bahasa Indonesia');
    await press(app, 'Enter');
    await waitShown('Beranda');
    await press(app, 'Alt');
    await expectFocus(app, 'menuitem', 'Berkas');
    await press(app, 'Escape');
    assert((await focused(app)).role !== 'menuitem', 'Esc did not leave the menu bar');
  }],

  ['no pointer event reached the page; no console errors, no foreign requests', async () => {
    const pointer = await app.page.evaluate(() => window.asnPointerEvents);
    assert(pointer === 0, `${pointer} pointer events reached the page`);
    assert(app.errors.length === 0, `console errors:\n${app.errors.join('\n')}`);
    assertOnlyOwnOrigin(app);
    await closeApp(app);
  }],
]);
