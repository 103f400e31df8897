// Rekap Unit in a real browser: a generated unit (plus broken files) chosen through the real file
// chooser loads with a progress bar while the page keeps drawing, invalid files are listed, the
// staff list filters, and the downloaded CSV is byte-identical to `asn-kinerja recap --csv`.
//   node tests/e2e/recap.mjs --dist DIST --cli CLI [--runner "node ..."] --data DIR --artifacts DIR [--count N]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  assert, assertOnlyOwnOrigin, clickItem, closeApp, openApp, parseArgs, runTests, state, typeInto,
} from './harness.mjs';

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

function cli(...cliArgs) {
  const command = runner.length ? runner[0] : args.cli;
  const full = runner.length ? [...runner.slice(1), args.cli, ...cliArgs] : cliArgs;
  return spawnSync(command, full, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
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

  ['files chosen in the file chooser load with progress while frames keep coming', async () => {
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
      return !st.recap.loading && st.recap.files === n;
    }, files.length, { timeout: 240000, polling: 20 });
    const sawProgress = await app.page.evaluate(() => window.asnTestSawProgress === true);
    const s = await state(app);
    assert(s.recap.files === files.length, `files ${s.recap.files} of ${files.length}`);
    assert(s.recap.valid === count && s.recap.invalid === broken.length, JSON.stringify(s.recap));
    assert(sawProgress, 'no progress bar was seen while loading');
    const frames = await app.page.evaluate(() => window.asnTest.frames()) - framesBefore;
    assert(frames > 5, `only ${frames} frames while loading ${files.length} files`);
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
    assert(app.errors.length === 0, app.errors.join('\n'));
    assertOnlyOwnOrigin(app);
    await closeApp(app);
  }],
]);
