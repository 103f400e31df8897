// End-to-end: the supervisor's review through real clicks — import a submitted file, give a level
// and feedback per competency (a two-level difference stands out), see the predikat change with
// the ratings, draft the development plan from the gaps, sign off, export (schema-valid, and the
// CLI gives the same predikat), open the printable report; a signed review is read-only.
//   node tests/e2e/review.mjs --dist DIR --artifacts DIR --cli CLI [--runner "node ..."]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import {
  act, assert, clickItem, assertOnlyOwnOrigin, closeApp, openApp, parseArgs, rectOf, runTests, screenshot,
  scrollIntoView, shownText, state, typeInto, waitSaved,
} from './harness.mjs';

const args = parseArgs(process.argv);
const artifacts = path.resolve(args.artifacts || 'build/test-artifacts');
const runner = (args.runner || '').split(' ').filter(Boolean);
let app;

function cli(...cliArgs) {
  const command = runner.length ? runner[0] : args.cli;
  const full = runner.length ? [...runner.slice(1), args.cli, ...cliArgs] : cliArgs;
  return spawnSync(command, full, { encoding: 'utf8' });
}

async function chooseRating(which, key) {
  await scrollIntoView(app, 'review.ratings');
  await clickItem(app, `review.rating.${which}`);
  await clickItem(app, `review.rating.${which}.${key}`);
}

await runTests([
  ['the supervisor rates every competency; a two-level difference stands out', async () => {
    app = await openApp({ dist: path.resolve(args.dist) });
    await clickItem(app, 'home.import');
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), clickItem(app, 'import.pick')]);
    await chooser.setFiles(path.resolve('tests/data/valid/diajukan_belum_dinilai.json'));
    await app.page.waitForFunction(() => window.asnTest.state().drafts === 1, null, { timeout: 20000 });
    await clickItem(app, 'nav.review');
    const levels = { 'M.1': 3, 'M.2': 1, 'M.3': 3, 'M.4': 2, 'M.5': 2, 'M.6': 2, 'M.7': 2, 'M.8': 2, 'SK.1': 2, 'T.1': 2 };
    for (const [kode, level] of Object.entries(levels)) {
      await scrollIntoView(app, `review.competency.${kode}`);
      await scrollIntoView(app, `review.level.${kode}.${level}`);
      await clickItem(app, `review.level.${kode}.${level}`);
    }
    await scrollIntoView(app, 'review.competency.M.2');
    const diff = await scrollIntoView(app, 'review.diff.M.2');
    assert(diff.visible, 'the two-level difference is not shown');
    await typeInto(app, 'review.feedback.M.2', 'Perlu lebih banyak memimpin kerja tim', 'review.competency.M.2');
    // The same level cards as the employee's, unfolded on demand; choosing one sets the level.
    await scrollIntoView(app, 'review.competency.SK.1');
    await scrollIntoView(app, 'review.cards.SK.1');
    await clickItem(app, 'review.cards.SK.1');
    await scrollIntoView(app, 'review.card.SK.1.level.3');
    await scrollIntoView(app, 'review.card.SK.1.choose.3');
    await clickItem(app, 'review.card.SK.1.choose.3');
    await waitSaved(app);
    const id = (await state(app)).draft.id;
    const stored = await app.page.evaluate((key) => JSON.parse(localStorage.getItem(key)), `asn-kinerja.v2.draf.${id}`);
    const sk1 = stored.dokumen.kompetensi.find((c) => c.kode === 'SK.1');
    assert(sk1.level_atasan === 3, `choosing a level card set ${sk1.level_atasan}`);
    await scrollIntoView(app, 'review.card.SK.1.choose.2');
    await clickItem(app, 'review.card.SK.1.choose.2');
    await screenshot(app, artifacts, 'review-competency.png');
  }],

  ['the predikat follows the PermenPANRB 6/2022 matrix as the ratings change', async () => {
    const pairs = [['di_atas', 'di_atas', 'Sangat Baik'], ['sesuai', 'di_bawah', 'Kurang/Misconduct'],
      ['di_bawah', 'sesuai', 'Butuh Perbaikan'], ['di_bawah', 'di_bawah', 'Sangat Kurang'], ['sesuai', 'di_atas', 'Baik']];
    for (const [hasil, perilaku, expected] of pairs) {
      await chooseRating('hasil', hasil);
      await chooseRating('perilaku', perilaku);
      // What the screen says (the mirror), not a second computation.
      const shown = await shownText(app, 'review.predikat');
      assert(shown === `Predikat: ${expected}`, `${hasil}/${perilaku}: the screen says "${shown}", expected ${expected}`);
    }
    await screenshot(app, artifacts, 'review-predikat.png');
  }],

  ['the plan is drafted from the gaps, the review is signed, and the export scores the same', async () => {
    await scrollIntoView(app, 'review.plan');
    await scrollIntoView(app, 'review.plan.generate');
    await clickItem(app, 'review.plan.generate');
    await typeInto(app, 'review.overall', 'Kinerja baik; fokus pada kerja sama tim.', 'review.plan');
    await scrollIntoView(app, 'review.signoff_card');
    await scrollIntoView(app, 'review.signoff');
    assert((await state(app)).draft.reviewMissing === 0, 'review not complete');
    await clickItem(app, 'review.signoff');
    // Signing asks first, stating the predikat; nothing is signed until confirmed.
    assert((await rectOf(app, 'signoff.predikat')).visible, 'the confirmation does not state the predikat');
    assert((await state(app)).draft.stage === 1, 'signed before the confirmation');
    await clickItem(app, 'signoff.confirm');
    await waitSaved(app);
    assert((await state(app)).draft.stage === 2, 'status is not dinilai');
    await scrollIntoView(app, 'review.signoff_card');
    await scrollIntoView(app, 'review.export');
    const [download] = await Promise.all([app.page.waitForEvent('download'), clickItem(app, 'review.export')]);
    const file = path.join(artifacts, 'review-export.json');
    await download.saveAs(file);
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    const schema = JSON.parse(fs.readFileSync('assets/schema/asn-kinerja-v2.schema.json', 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    assert(validate(doc), `schema: ${JSON.stringify(validate.errors)}`);
    assert(doc.status.tahap === 'dinilai' && /Z$/.test(doc.status.dinilai), `status ${JSON.stringify(doc.status)}`);
    assert(doc.kompetensi[1].level_atasan === 1 && doc.kompetensi[1].umpan_balik.includes('kerja tim'), 'M.2 review lost');
    assert(doc.rencana_pengembangan.length >= 2, `plan: ${doc.rencana_pengembangan.length} items`);
    const scored = cli('score', file);
    assert(scored.status === 0, `CLI: ${scored.stderr}`);
    assert(JSON.parse(scored.stdout).predikat === 'Baik', `CLI predikat ${JSON.parse(scored.stdout).predikat}`);
  }],

  ['the printable report opens in a new tab with the review in it', async () => {
    await scrollIntoView(app, 'review.report');
    const [report] = await Promise.all([app.context.waitForEvent('page'), clickItem(app, 'review.report')]);
    await report.waitForLoadState();
    const text = await report.evaluate(() => document.body.innerText);
    assert(text.includes('Predikat kinerja: Baik') && text.includes('Rina Oktaviani'), 'report content missing');
    assert(await report.evaluate(() => document.querySelectorAll('script').length) === 0, 'the report has a script');
    // The tab inherits the app's Content-Security-Policy: the report's own <style> must still apply.
    assert(await report.evaluate(() => getComputedStyle(document.querySelector('h2')).borderBottomStyle) === 'solid',
      'the report\'s style was blocked');
    await report.screenshot({ path: path.join(artifacts, 'review-report.png'), fullPage: true });
    await report.close();
  }],

  ['a signed review is read-only for the employee', async () => {
    await clickItem(app, 'nav.profile');
    assert((await rectOf(app, 'banner.signed')).visible, 'no read-only notice');
    const before = (await state(app)).draft.nama;
    await clickItem(app, 'profile.nama');
    await act(app, () => app.page.keyboard.type('XYZ'), 2);
    assert((await state(app)).draft.nama === before, 'a signed review was edited');
    await clickItem(app, 'nav.competencies');
    assert((await scrollIntoView(app, 'competency.supervisor')).visible, 'the supervisor feedback is not shown');
    await screenshot(app, artifacts, 'review-readonly.png');
  }],

  ['no console errors, no foreign requests, no CSP violation', async () => {
    assert(app.errors.length === 0, `console errors:\n${app.errors.join('\n')}`);
    assertOnlyOwnOrigin(app);
    await closeApp(app);
  }],
]);
