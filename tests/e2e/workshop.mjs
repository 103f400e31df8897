// Workshop (sosialisasi) mode in a real browser: the first-visit walkthrough (stepped, dismissed,
// never shown again), personas loaded as CONTOH drafts with their designed predikat, Penjelasan
// panels, presenter view at 200 % (screenshot), keyboard shortcuts, a CONTOH export, and the demo
// reset that removes only the example drafts.
//   node tests/e2e/workshop.mjs --dist DIST --artifacts DIR
import fs from 'node:fs';
import path from 'node:path';
import {
  act, assert, assertOnlyOwnOrigin, clickItem, closeApp, openApp, parseArgs, rectOf, runTests, screenshot, scrollIntoView,
  shownText, state,
  waitSaved,
} from './harness.mjs';

const args = parseArgs(process.argv);
const dist = path.resolve(args.dist || 'dist');
const artifacts = path.resolve(args.artifacts || 'build/test-artifacts');
let app;

const reload = async () => {
  await app.page.reload();
  await app.page.waitForFunction(() => window.asnTest && window.asnTest.ready(), null, { timeout: 60000 });
};
const until = (predicate, arg) => app.page.waitForFunction(predicate, arg, { timeout: 20000 });

await runTests([
  ['a first visit shows the walkthrough; it steps, and once skipped never returns', async () => {
    app = await openApp({ dist, width: 1920, height: 1080, walkthrough: true });
    await act(app, () => app.page.mouse.move(5, 5), 2);
    let s = await state(app);
    assert(s.walkthrough.open && s.walkthrough.step === 0, `walkthrough ${JSON.stringify(s.walkthrough)}`);
    await clickItem(app, 'walkthrough.next');
    await clickItem(app, 'walkthrough.next');
    s = await state(app);
    assert(s.walkthrough.step === 2, `step after two nexts: ${s.walkthrough.step}`);
    await clickItem(app, 'walkthrough.back');
    assert((await state(app)).walkthrough.step === 1, 'back did not go back');
    await clickItem(app, 'walkthrough.skip');
    assert(!(await state(app)).walkthrough.open, 'skip did not close the walkthrough');
    await reload();
    await act(app, () => app.page.mouse.move(6, 6), 2);
    assert(!(await state(app)).walkthrough.open, 'the walkthrough came back after a reload');
    // It can be reopened on purpose from the Help menu, and finished.
    await clickItem(app, 'menu.help');
    await clickItem(app, 'menu.help.walkthrough');
    for (let i = 0; i < 4; i += 1) await clickItem(app, 'walkthrough.next');
    await clickItem(app, 'walkthrough.done');
    assert(!(await state(app)).walkthrough.open, 'done did not close the walkthrough');
  }],

  ['a persona loads as a new CONTOH draft with its designed predikat; real drafts stay', async () => {
    await clickItem(app, 'home.new');
    await waitSaved(app);
    const real = await state(app);
    app.realDraftId = real.draft.id;
    app.realDraftValue = await app.page.evaluate((k) => localStorage.getItem(k), `asn-kinerja.v2.draf.${real.draft.id}`);
    await clickItem(app, 'nav.home');
    await clickItem(app, 'workshop.load.guru');
    await waitSaved(app);
    const s = await state(app);
    assert(s.screen === 'summary', `screen ${s.screen}`);
    assert(s.draft.nama === 'Dewi Lestari (CONTOH)', `nama ${s.draft.nama}`);
    assert(s.draft.stage === 1, `a persona opens as submitted (diajukan), stage ${s.draft.stage}`);
    assert(s.contohDrafts === 1 && s.drafts === 2, `drafts ${s.drafts}, contoh ${s.contohDrafts}`);
    await clickItem(app, 'nav.review');
    await scrollIntoView(app, 'review.predikat');  // its card out of view is not drawn
    assert(await shownText(app, 'review.predikat') === 'Predikat: Sangat Baik', `predikat ${await shownText(app, 'review.predikat')}`);
    await clickItem(app, 'nav.summary');
  }],

  ['Penjelasan panels open beside the figures and show the rule with the numbers', async () => {
    await clickItem(app, 'explain.summary.jpm');
    let s = await state(app);
    assert(s.explainOpen.includes('summary.jpm'), `open panels ${JSON.stringify(s.explainOpen)}`);
    await rectOf(app, 'explain.summary.jpm.text');
    await clickItem(app, 'explain.summary.jpm.category');
    await rectOf(app, 'explain.summary.jpm.category.text');
    await clickItem(app, 'nav.review');
    await scrollIntoView(app, 'review.ratings');
    await clickItem(app, 'explain.review.predikat');
    await rectOf(app, 'explain.review.predikat.text');
    await clickItem(app, 'explain.review.predikat');
    s = await state(app);
    assert(!s.explainOpen.includes('review.predikat'), 'a second click must close the panel');
    await clickItem(app, 'nav.summary');
  }],

  ['presenter view scales the whole UI to 200 % in high contrast (screenshot)', async () => {
    const before = await rectOf(app, 'summary.title');
    await act(app, () => app.page.keyboard.press('F9'), 3);
    let s = await state(app);
    assert(s.presenter && s.presenterZoom === 200, `presenter ${s.presenter} zoom ${s.presenterZoom}`);
    const after = await rectOf(app, 'summary.title');
    const ratio = after.h / before.h;
    assert(ratio > 1.8 && ratio < 2.2, `title height ratio ${ratio.toFixed(2)} (expected about 2)`);
    await screenshot(app, artifacts, 'presenter-200.png');
    // The menu picks another scale; the setting survives a reload.
    await clickItem(app, 'menu.view');
    await clickItem(app, 'menu.view.zoom.250');
    s = await state(app);
    assert(s.presenterZoom === 250, `zoom ${s.presenterZoom}`);
    await reload();
    s = await state(app);
    assert(s.presenter && s.presenterZoom === 250, 'presenter view was not kept across a reload');
    await act(app, () => app.page.keyboard.press('Minus'), 3);
    assert((await state(app)).presenterZoom === 225, 'the minus key did not reduce the scale');
  }],

  ['PageDown / PageUp step through the screens; F9 leaves presenter view', async () => {
    await clickItem(app, 'home.drafts');  // focus the page, no text field active
    let s = await state(app);
    assert(s.screen === 'home', `screen ${s.screen}`);
    await act(app, () => app.page.keyboard.press('PageDown'), 2);
    s = await state(app);
    assert(s.screen === 'recap', `without a draft PageDown goes to the recap, got ${s.screen}`);
    await act(app, () => app.page.keyboard.press('PageUp'), 2);
    assert((await state(app)).screen === 'home', 'PageUp did not go back');
    await act(app, () => app.page.keyboard.press('F9'), 3);
    assert(!(await state(app)).presenter, 'F9 did not leave presenter view');
  }],

  ['a persona exports as CONTOH_<NIP>_<periode>.json marked contoh', async () => {
    await clickItem(app, 'workshop.load.kadis');
    await waitSaved(app);
    await clickItem(app, 'nav.review');
    await scrollIntoView(app, 'review.predikat');  // its card out of view is not drawn
    assert(await shownText(app, 'review.predikat') === 'Predikat: Sangat Kurang', `kadis ${await shownText(app, 'review.predikat')}`);
    await clickItem(app, 'nav.summary');
    await scrollIntoView(app, 'summary.missing');  // a card out of view is not drawn at all
    const [download] = await Promise.all([app.page.waitForEvent('download'), clickItem(app, 'summary.export')]);
    assert(/^CONTOH_\d{18}_2025-TW4\.json$/.test(download.suggestedFilename()), download.suggestedFilename());
    const file = path.join(artifacts, 'persona-kadis.json');
    fs.mkdirSync(artifacts, { recursive: true });
    await download.saveAs(file);
    assert(JSON.parse(fs.readFileSync(file, 'utf8')).contoh === true, 'export not marked contoh');
    await scrollIntoView(app, 'summary.notice');
    const notice = await shownText(app, 'summary.notice');
    assert(notice === `Berkas diekspor: ${download.suggestedFilename()}`, `notice: ${notice}`);
    // The same notice in English: the application layer names it, the UI words it.
    await clickItem(app, 'menu.language');
    await clickItem(app, 'menu.language.en');
    assert((await scrollIntoView(app, 'summary.notice')).visible, 'the notice is not on screen');
    const english = await shownText(app, 'summary.notice');
    assert(english === `File exported: ${download.suggestedFilename()}`, `English notice: ${english}`);
    await clickItem(app, 'menu.language');
    await clickItem(app, 'menu.language.id');
  }],

  ['reset removes the CONTOH drafts only; the real draft is byte-identical', async () => {
    await clickItem(app, 'nav.home');
    assert((await state(app)).contohDrafts === 2, 'two persona drafts expected before the reset');
    await clickItem(app, 'workshop.reset');
    await clickItem(app, 'reset.cancel');
    assert((await state(app)).contohDrafts === 2, 'cancel must not delete anything');
    await clickItem(app, 'workshop.reset');
    await clickItem(app, 'reset.confirm');
    const s = await state(app);
    assert(s.contohDrafts === 0 && s.drafts === 1, `after reset: drafts ${s.drafts}, contoh ${s.contohDrafts}`);
    const value = await app.page.evaluate((k) => localStorage.getItem(k), `asn-kinerja.v2.draf.${app.realDraftId}`);
    assert(value === app.realDraftValue, 'the real draft changed');
    assert(app.errors.length === 0, app.errors.join('\n'));
    assertOnlyOwnOrigin(app);
    await closeApp(app);
  }],
]);
