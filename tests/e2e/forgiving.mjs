// End-to-end on a 390×844 phone (touch, device scale 2), by real taps and keys: choosing the jabatan
// type applies its job standard (and asks before replacing levels the user set); the next
// competency opens at its title; a deleted RHK row comes back with Batalkan; signing asks first and
// states the predikat; English mode words the missing items and the notices in English.
//   node tests/e2e/forgiving.mjs --dist DIR --artifacts DIR
import path from 'node:path';
import {
  act, assert, assertOnlyOwnOrigin, clickItem, closeApp, openApp, parseArgs, rectOf, runTests, screenshot,
  scrollIntoView, shownTexts, state, typeInto, waitSaved,
} from './harness.mjs';

const args = parseArgs(process.argv);
const artifacts = path.resolve(args.artifacts || 'build/test-artifacts');
let app;

// The open draft's document as stored in the browser.
async function stored() {
  await waitSaved(app);
  return app.page.evaluate(() => {
    const id = window.asnTest.state().draft.id;
    return JSON.parse(localStorage.getItem(`asn-kinerja.v2.draf.${id}`)).dokumen;
  });
}

// The missing items the summary screen lists (its links, as the screen shows them), read from the
// mirror; the screen shown before is shown again afterwards.
async function missingShown(back) {
  await clickItem(app, 'nav.summary');
  await scrollIntoView(app, 'summary.missing');
  const items = await app.page.evaluate(() => [...document.querySelectorAll('#mirror [data-k^="summary.missing."]')]
    .map((el) => el.textContent));
  await clickItem(app, back);
  return items;
}

const level = (doc, kode) => doc.kompetensi.find((c) => c.kode === kode).level_standar;

await runTests([
  ['choosing the jabatan type fills the required levels; levels the user set are kept unless they agree', async () => {
    app = await openApp({ dist: path.resolve(args.dist), width: 390, height: 844, scale: 2, hasTouch: true });
    await clickItem(app, 'home.new');
    let missing = await missingShown('nav.profile');
    assert(missing.some((m) => m.startsWith('Standar kompetensi jabatan belum ditetapkan')), `no missing-standard item: ${missing}`);
    await clickItem(app, 'profile.jenis_jabatan');
    await clickItem(app, 'profile.jenis_jabatan.administrator');
    let doc = await stored();
    assert(doc.pegawai.jenis_jabatan === 'administrator', `type ${doc.pegawai.jenis_jabatan}`);
    assert(level(doc, 'M.1') > 1 && level(doc, 'M.8') > 1, `levels not applied: M.1 ${level(doc, 'M.1')}`);
    missing = await missingShown('nav.profile');
    assert(missing.length > 0 && !missing.some((m) => m.startsWith('Standar kompetensi')), `the standard is still listed as missing: ${missing}`);
    // The user sets M.1 by tapping the far right of its slider (level 5).
    await scrollIntoView(app, 'profile.standard');  // a card out of view is not drawn at all
    const slider = await scrollIntoView(app, 'profile.required.M.1');
    await act(app, async () => {
      await app.page.mouse.move(slider.x + slider.w - 4, slider.y + slider.h / 2);
      await app.page.mouse.down();
      await app.page.mouse.up();
    }, 2);
    assert(level(await stored(), 'M.1') === 5, 'the slider did not set level 5');
    // Another type now asks; "keep" keeps level 5, "use" replaces it.
    await scrollIntoView(app, 'profile.employee');
    await clickItem(app, 'profile.jenis_jabatan');
    await clickItem(app, 'profile.jenis_jabatan.pelaksana');
    assert((await rectOf(app, 'jobstandard.message')).visible, 'no question before replacing the levels');
    await screenshot(app, artifacts, 'forgiving-jobstandard-question.png');
    await clickItem(app, 'jobstandard.keep');
    doc = await stored();
    assert(doc.pegawai.jenis_jabatan === 'pelaksana' && level(doc, 'M.1') === 5, `kept: ${level(doc, 'M.1')}`);
    await scrollIntoView(app, 'profile.employee');
    await clickItem(app, 'profile.jenis_jabatan');
    await clickItem(app, 'profile.jenis_jabatan.administrator');
    await clickItem(app, 'jobstandard.apply');
    doc = await stored();
    assert(level(doc, 'M.1') !== 5 && doc.pegawai.jenis_jabatan === 'administrator', `replaced: ${level(doc, 'M.1')}`);
  }],

  ['Berikutnya opens the next competency at its title, not at the bottom', async () => {
    await clickItem(app, 'nav.competencies');
    await scrollIntoView(app, 'competency.next');
    assert(!(await rectOf(app, 'competency.current')).visible, 'the title should be scrolled away at the bottom');
    await clickItem(app, 'competency.next');
    assert((await state(app)).draft.selectedCompetency === 1, 'not on the second competency');
    assert((await rectOf(app, 'competency.current')).visible, 'the next competency did not open at its title');
    await screenshot(app, artifacts, 'forgiving-next-competency.png');
  }],

  ['a deleted RHK row comes back with Batalkan', async () => {
    await clickItem(app, 'nav.results');
    await clickItem(app, 'results.add');
    await typeInto(app, 'results.row.0.rhk', 'Menyusun laporan triwulan', 'results.row.0');
    const saved = await stored();
    assert(saved.skp.rhk.length === 1 && saved.skp.rhk[0].rhk === 'Menyusun laporan triwulan',
      `the row was not saved: ${JSON.stringify(saved.skp)}`);
    await clickItem(app, 'results.row.0.remove');
    assert((await stored()).skp.rhk.length === 0, 'the row was not removed');
    assert((await rectOf(app, 'undo.button')).visible, 'no Batalkan after the removal');
    await screenshot(app, artifacts, 'forgiving-undo.png');
    await clickItem(app, 'undo.button');
    const doc = await stored();
    assert(doc.skp.rhk.length === 1 && doc.skp.rhk[0].rhk === 'Menyusun laporan triwulan', 'the row did not come back');
  }],

  ['signing asks first and states the predikat; cancel signs nothing', async () => {
    await clickItem(app, 'nav.home');
    await clickItem(app, 'workshop.load.guru');
    await waitSaved(app);
    await clickItem(app, 'nav.review');
    await scrollIntoView(app, 'review.signoff_card');
    await clickItem(app, 'review.signoff');
    assert((await rectOf(app, 'signoff.predikat')).visible && (await rectOf(app, 'signoff.message')).visible,
      'the confirmation does not state the predikat and what signing means');
    await screenshot(app, artifacts, 'forgiving-signoff-question.png');
    await clickItem(app, 'signoff.cancel');
    assert((await state(app)).draft.stage === 1, 'cancel signed the review');
    await scrollIntoView(app, 'review.signoff_card');
    await clickItem(app, 'review.signoff');
    await clickItem(app, 'signoff.confirm');
    await waitSaved(app);
    const s = await state(app);
    assert(s.draft.stage === 2 && (await stored()).status.tahap === 'dinilai', 'not signed after confirming');
    assert((await rectOf(app, 'review.signed')).visible, 'the signature date is not shown');
  }],

  ['English mode: the missing items and the notices are English', async () => {
    await clickItem(app, 'menu.language');
    await clickItem(app, 'menu.language.en');
    await clickItem(app, 'menu.file');
    await clickItem(app, 'menu.file.new');
    await clickItem(app, 'nav.summary');
    await scrollIntoView(app, 'summary.missing');
    const shown = await shownTexts(app);
    assert(shown.includes("Employee's name not filled in"), `missing items: ${shown}`);
    assert(!/belum/.test(shown), `Indonesian left: ${shown.match(/.*belum.*/g)}`);
    await screenshot(app, artifacts, 'forgiving-english-summary.png');
    await clickItem(app, 'menu.language');
    await clickItem(app, 'menu.language.id');
  }],

  ['no console errors, no foreign requests', async () => {
    assert(app.errors.length === 0, app.errors.join('\n'));
    assertOnlyOwnOrigin(app);
    await closeApp(app);
  }],
]);
