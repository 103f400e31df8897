// Rekap Unit in a real browser: a generated unit (plus broken files) chosen through the real file
// chooser loads with a progress bar while the page keeps drawing, invalid files are listed, a file
// over 4 MB is refused by name and size (with the recap workers and on the page), the staff list
// filters, and the downloaded CSV is byte-identical to `asn-kinerja recap --csv`; the distribution
// curve of the unit's capaian: a unit inside every bound and one breaking one bound.
//   node tests/e2e/recap.mjs --dist DIST --cli CLI [--runner "node ..."] --data DIR --artifacts DIR [--count N]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  assert, assertOnlyOwnOrigin, clickItem, closeApp, openApp, parseArgs, runTests, screenshot, scrollIntoView, shownText, shownTexts,
  state, typeInto,
} from './harness.mjs';
import { seal } from './seal.mjs';

const args = parseArgs(process.argv);
const dist = path.resolve(args.dist || 'dist');
const artifacts = path.resolve(args.artifacts || 'build/test-artifacts');
const data = path.resolve(args.data || 'tests/data');
const count = Number(args.count || 400);
const runner = (args.runner || '').split(' ').filter(Boolean);
fs.mkdirSync(artifacts, { recursive: true });
const work = fs.mkdtempSync(path.join(artifacts, 'recap-'));
const unitDir = path.join(work, 'unit');
fs.mkdirSync(unitDir);

// A unit of ten made from one persona, without a capaian of its own: `pairs` are the ratings
// (hasil kerja, perilaku) of each person, so the predikat distribution is known.
function unitOf(name, pairs) {
  const dir = path.join(work, `kurva-${name}`);
  fs.mkdirSync(dir, { recursive: true });
  const base = JSON.parse(cli('sample', '--persona', 'analis').stdout);
  pairs.forEach(([hasil, perilaku], i) => {
    const doc = structuredClone(base);
    delete doc.tanda_tangan;  // edited below: the CONTOH signature would no longer match
    doc.pegawai.nip = `${doc.pegawai.nip.slice(0, 15)}${String(i + 1).padStart(3, '0')}`;
    Object.assign(doc.evaluasi, { rating_hasil_kerja: hasil, rating_perilaku: perilaku, capaian_kinerja_organisasi: null });
    fs.writeFileSync(path.join(dir, `p${i + 1}.json`), JSON.stringify(seal(doc), null, 2));
  });
  return dir;
}

function cli(...cliArgs) {
  const command = runner.length ? runner[0] : args.cli;
  const full = runner.length ? [...runner.slice(1), args.cli, ...cliArgs] : cliArgs;
  return spawnSync(command, full, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

// Ten valid files and one of 5 MB chosen together: the large one is listed as refused, with its
// name and size, and the ten count (with the recap workers or on the page).
async function refusesTooLargeFile(target) {
  const dir = path.join(work, 'kurva-dengan-berkas-besar');
  if (!fs.existsSync(dir)) {
    unitOf('dengan-berkas-besar', Array.from({ length: 10 }, () => ['sesuai', 'sesuai']));
    // A JSON text with a long name in it, as a file someone picked by mistake might be.
    fs.writeFileSync(path.join(dir, 'terlalu_besar.json'), `{"nama": "${'x'.repeat(5 * 1024 * 1024)}"}`);
  }
  await clickItem(target, 'recap.clear');
  const [chooser] = await Promise.all([target.page.waitForEvent('filechooser'), clickItem(target, 'recap.pick_files')]);
  await chooser.setFiles(fs.readdirSync(dir).map((f) => path.join(dir, f)));
  await target.page.waitForFunction(() => !window.asnTest.state().recap.loading && window.asnTest.state().recap.files === 11,
    null, { timeout: 60000 });
  const s = (await state(target)).recap;
  assert(s.valid === 10 && s.invalid === 1, JSON.stringify(s));
  await clickItem(target, 'recap.tab.problems');
  const shown = await shownTexts(target);
  assert(shown.includes('terlalu_besar.json') && shown.includes('berkas terlalu besar (5120 KB; maksimum 4 MB)'),
    `the refusal is not shown: ${shown.slice(0, 2000)}`);
  await clickItem(target, 'recap.tab.summary');
  await clickItem(target, 'recap.clear');
}

const broken = ['terpotong.json', 'level_di_luar_rentang.json', 'integritas_tidak_cocok.json'];
let app;

await runTests([
  ['the CLI generates the unit and writes its recap CSV', async () => {
    const g = cli('sample', '--unit', String(count), '--seed', '11', '--out', unitDir);
    assert(g.status === 0, `generate: ${g.status} ${g.stderr}`);
    for (const f of broken) {
      const source = path.join(data, 'malformed', f);
      assert(fs.existsSync(source), `fixture ${f} missing`);
      fs.copyFileSync(source, path.join(unitDir, `rusak_${f}`));
    }
    const r = cli('recap', unitDir, '--csv', path.join(work, 'cli.csv'));
    assert(r.status === 1, `recap exit ${r.status}: ${r.stderr}`);
    assert(r.stdout.includes(`${count + broken.length} berkas, ${count} sah, ${broken.length} tidak sah`), r.stdout);
  }],

  ['the example unit loads from the recap screen, marked CONTOH', async () => {
    app = await openApp({ dist });
    await clickItem(app, 'menu.file');
    await clickItem(app, 'menu.file.recap');
    assert((await state(app)).screen === 'recap', 'recap screen not shown');
    await clickItem(app, 'recap.example');
    await app.page.waitForFunction(() => !window.asnTest.state().recap.loading && window.asnTest.state().recap.valid > 0,
      null, { timeout: 60000 });
    const s = await state(app);
    assert(s.recap.example && s.recap.valid === 250 && s.recap.invalid === 0, JSON.stringify(s.recap));
    await clickItem(app, 'recap.clear');
    assert((await state(app)).recap.files === 0, 'clear did not empty the recap');
  }],

  ['files chosen in the file chooser load with progress while frames keep coming; the results follow once all are counted', async () => {
    const files = fs.readdirSync(unitDir).map((f) => path.join(unitDir, f));
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), clickItem(app, 'recap.pick_files')]);
    assert(chooser.isMultiple(), 'the recap picker must accept many files');
    const framesBefore = await app.page.evaluate(() => window.asnTest.frames());
    await chooser.setFiles(files);
    // While loading, the progress bar is drawn and frames advance (the page is not frozen).
    // Watched from inside the page until every file is counted, noting whether a progress bar was drawn.
    await app.page.waitForFunction((n) => {
      const st = window.asnTest.state();
      if (st.recap.loading && window.asnTest.rect('recap.progress')) window.asnTestSawProgress = true;
      if (st.recap.loading && window.asnTest.rect('recap.tab.summary')) window.asnTestSawResultsEarly = true;
      if (st.recap.loading && window.asnTest.rect('recap.results_pending')) window.asnTestSawPending = true;
      return !st.recap.loading && st.recap.files === n;
    }, files.length, { timeout: 240000, polling: 20 });
    const sawProgress = await app.page.evaluate(() => window.asnTestSawProgress === true);
    // The results are drawn once every file is counted, not while the figures still change.
    const [early, pending] = await app.page.evaluate(() => [window.asnTestSawResultsEarly === true, window.asnTestSawPending === true]);
    assert(!early && pending, `while loading: results drawn ${early}, the word that they follow ${pending}`);
    assert(await app.page.evaluate(() => window.asnTest.rect('recap.tab.summary') !== null), 'no results once loaded');
    const s = await state(app);
    assert(s.recap.files === files.length, `files ${s.recap.files} of ${files.length}`);
    assert(s.recap.valid === count && s.recap.invalid === broken.length, JSON.stringify(s.recap));
    assert(sawProgress, 'no progress bar was seen while loading');
    const frames = await app.page.evaluate(() => window.asnTest.frames()) - framesBefore;
    assert(frames > 5, `only ${frames} frames while loading ${files.length} files`);
    // Checked by the recap workers: their script and module were fetched.
    for (const file of ['/recap-worker.js', '/asn-recap.wasm']) {
      assert(app.server.requested.includes(file), `${file} was not fetched: ${app.server.requested.join(' ')}`);
    }
  }],

  ['invalid files are listed and the staff list filters', async () => {
    await clickItem(app, 'recap.tab.problems');
    await app.page.evaluate(() => window.asnTest.rect('recap.invalid'));
    await clickItem(app, 'recap.tab.staff');
    let s = await state(app);
    assert(s.recap.shown === count, `shown ${s.recap.shown}`);
    await typeInto(app, 'recap.filter', 'zzz-tidak-ada');
    s = await state(app);
    assert(s.recap.shown === 0, `filter matched ${s.recap.shown}`);
  }],

  ['the downloaded CSV is byte-identical to the CLI\'s', async () => {
    await clickItem(app, 'recap.tab.summary');
    const [download] = await Promise.all([app.page.waitForEvent('download'), clickItem(app, 'recap.export_csv')]);
    assert(/^rekap-unit_\d{4}-\d{2}-\d{2}\.csv$/.test(download.suggestedFilename()), download.suggestedFilename());
    const file = path.join(work, 'browser.csv');
    await download.saveAs(file);
    const browser = fs.readFileSync(file);
    const cliCsv = fs.readFileSync(path.join(work, 'cli.csv'));
    assert(browser.equals(cliCsv), `CSV differs: browser ${browser.length} bytes, CLI ${cliCsv.length} bytes`);
  }],

  ['Hentikan stops a large set part-way; the next set counts exactly its own files', async () => {
    // 12 copies of the unit (about 4,800 files): loading takes seconds, the click one frame.
    const big = path.join(work, 'besar');
    fs.mkdirSync(big);
    const names = fs.readdirSync(unitDir).filter((f) => !f.startsWith('rusak_'));
    for (let copy = 0; copy < 12; copy += 1) {
      for (const name of names) fs.copyFileSync(path.join(unitDir, name), path.join(big, `${copy}_${name}`));
    }
    const files = fs.readdirSync(big).map((f) => path.join(big, f));
    await clickItem(app, 'recap.clear');
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), clickItem(app, 'recap.pick_files')]);
    await chooser.setFiles(files);
    await app.page.waitForFunction(() => window.asnTest.state().recap.loading && window.asnTest.state().recap.files > 0,
      null, { timeout: 120000, polling: 20 });
    await clickItem(app, 'recap.cancel');
    await app.page.waitForFunction(() => !window.asnTest.state().recap.loading, null, { timeout: 120000 });
    const stopped = (await state(app)).recap;
    assert(stopped.files > 0 && stopped.files < files.length, `after Hentikan: ${stopped.files} of ${files.length} files`);
    assert(stopped.valid === stopped.files, JSON.stringify(stopped));
    // The next set counts its own files only.
    await clickItem(app, 'recap.clear');
    const ten = unitOf('setelah-henti', Array.from({ length: 10 }, () => ['sesuai', 'sesuai']));
    const [again] = await Promise.all([app.page.waitForEvent('filechooser'), clickItem(app, 'recap.pick_files')]);
    await again.setFiles(fs.readdirSync(ten).map((f) => path.join(ten, f)));
    await app.page.waitForFunction(() => !window.asnTest.state().recap.loading && window.asnTest.state().recap.files >= 10,
      null, { timeout: 60000 });
    const next = (await state(app)).recap;
    assert(next.files === 10 && next.valid === 10, `the next set: ${JSON.stringify(next)}`);
    await clickItem(app, 'recap.clear');
  }],

  ['a file over 4 MB among the chosen ones is refused by its name and size, and the others count', async () => {
    await refusesTooLargeFile(app);
  }],

  ['without recap workers (no worker script on the host) the page checks the files itself, with the same result and the same refusal of a file over 4 MB', async () => {
    // The site without the workers' script: a worker cannot start, as offline before its first download.
    const site = path.join(work, 'site-without-workers');
    fs.cpSync(dist, site, { recursive: true });
    fs.rmSync(path.join(site, 'recap-worker.js'));
    const subset = path.join(work, 'subset');
    fs.mkdirSync(subset);
    const names = fs.readdirSync(unitDir).sort().slice(0, 40);
    for (const name of names) fs.copyFileSync(path.join(unitDir, name), path.join(subset, name));
    const r = cli('recap', subset, '--csv', path.join(work, 'cli-subset.csv'));
    assert(r.status === 0 || r.status === 1, r.stderr);
    const other = await openApp({ dist: site });
    await clickItem(other, 'menu.file');
    await clickItem(other, 'menu.file.recap');
    const [chooser] = await Promise.all([other.page.waitForEvent('filechooser'), clickItem(other, 'recap.pick_files')]);
    await chooser.setFiles(names.map((n) => path.join(subset, n)));
    await other.page.waitForFunction((n) => !window.asnTest.state().recap.loading && window.asnTest.state().recap.files === n,
      names.length, { timeout: 120000 });
    assert(other.server.requested.includes('/recap-worker.js') && !other.server.requested.includes('/asn-recap.wasm'),
      `the page was to try the workers first: ${other.server.requested.join(' ')}`);
    await clickItem(other, 'recap.tab.summary');
    const [download] = await Promise.all([other.page.waitForEvent('download'), clickItem(other, 'recap.export_csv')]);
    const file = path.join(work, 'browser-subset.csv');
    await download.saveAs(file);
    assert(fs.readFileSync(file).equals(fs.readFileSync(path.join(work, 'cli-subset.csv'))), 'CSV differs from the CLI\'s');
    await refusesTooLargeFile(other);
    await closeApp(other);
  }],

  ['the distribution curve of the unit\'s capaian: a unit inside every bound, and one that breaks one bound', async () => {
    const baik = ['sesuai', 'sesuai'];
    const bp = ['di_bawah', 'sesuai'];
    const sb = ['di_atas', 'di_atas'];
    for (const [name, pairs, broken] of [
      ['sesuai', [baik, baik, baik, baik, baik, baik, baik, bp, sb, sb], []],
      ['lebih', [baik, baik, baik, baik, baik, baik, baik, baik, bp, sb],
        ['Baik 80 % dari 10 pegawai (8 orang); batas paling banyak 70 % (7): lebih 1 orang']],
    ]) {
      const dir = unitOf(name, pairs);
      await clickItem(app, 'recap.clear');
      const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), clickItem(app, 'recap.pick_files')]);
      await chooser.setFiles(fs.readdirSync(dir).map((f) => path.join(dir, f)));
      await app.page.waitForFunction(() => !window.asnTest.state().recap.loading && window.asnTest.state().recap.valid === 10,
        null, { timeout: 60000 });
      await clickItem(app, 'recap.tab.summary');
      // The unit's capaian is chosen on the screen (and remembered); until then nothing is checked.
      if ((await state(app)).recap.capaian !== 'baik') {
        assert((await scrollIntoView(app, 'recap.group.0.unchecked')).visible, 'no word that the bounds are not checked');
        await scrollIntoView(app, 'recap.capaian');
        await clickItem(app, 'recap.capaian');
        await clickItem(app, 'recap.capaian.baik');
      }
      const s = await state(app);
      assert(s.recap.capaian === 'baik', `capaian ${s.recap.capaian}`);
      // The verdicts as the screen writes them (the mirror); the broken ones among them.
      const verdicts = [];
      for (let i = 0; i < 2; i += 1) {
        assert((await scrollIntoView(app, `recap.group.0.bound.${i}`)).visible, `bound ${i} not drawn`);
        verdicts.push(await shownText(app, `recap.group.0.bound.${i}`));
      }
      const shownBroken = verdicts.filter((v) => !v.endsWith(': sesuai'));
      assert(JSON.stringify(shownBroken) === JSON.stringify(broken), `${name}: shown ${JSON.stringify(verdicts)}`);
      await screenshot(app, artifacts, `recap-kurva-${name}.png`);
      // The browser's CSV is the CLI's with --capaian (byte for byte).
      const [download] = await Promise.all([app.page.waitForEvent('download'), clickItem(app, 'recap.export_csv')]);
      const file = path.join(work, `browser-${name}.csv`);
      await download.saveAs(file);
      const r = cli('recap', dir, '--capaian', 'baik', '--csv', path.join(work, `cli-${name}.csv`));
      assert(r.status === 0, r.stderr);
      assert(fs.readFileSync(file).equals(fs.readFileSync(path.join(work, `cli-${name}.csv`))), `${name}: CSV differs from the CLI's`);
    }
    // Remembered across a reload.
    await app.page.reload();
    await app.page.waitForFunction(() => window.asnTest && window.asnTest.ready(), null, { timeout: 60000 });
    assert((await state(app)).recap.capaian === 'baik', 'the unit\'s capaian was not remembered');
    assert(app.errors.length === 0, app.errors.join('\n'));
    assertOnlyOwnOrigin(app);
    await closeApp(app);
  }],
]);
