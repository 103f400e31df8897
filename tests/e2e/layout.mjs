// End-to-end: every screen on a 390×844 phone (touch, device scale 2), scrolled from top to bottom:
// no item of the app is cut at the left or right edge or lies outside the screen, and each screen is
// photographed. Also at 1366×768 (a government laptop) and in presenter view at 1920×1080, the
// screens are photographed and checked the same way.
//   node tests/e2e/layout.mjs --dist DIR --artifacts DIR [--size 390x844x2|1366x768x1|1920x1080x1p]
import path from 'node:path';
import {
  act, assert, assertOnlyOwnOrigin, clickItem, closeApp, openApp, parseArgs, rectOf, runTests, screenshot, state,
  waitSaved,
} from './harness.mjs';

const args = parseArgs(process.argv);
const artifacts = path.resolve(args.artifacts || 'build/test-artifacts');
const [w, h, s] = (args.size || '390x844x2').split('x');
const width = Number(w);
const height = Number(h);
const scale = Number(s.replace('p', ''));
const presenter = s.endsWith('p');
const phone = width < 500;
const tag = phone ? 'phone' : presenter ? 'presenter' : `laptop`;
let app;

// Items of the last frame that are cut sideways or stick out of the window, and on a touch screen
// controls smaller than a fingertip (44 CSS px each way).
async function misplaced() {
  const items = await app.page.evaluate(() => window.asnTest.items());
  const out = items.filter((i) => i.w > 0 && (i.clippedSideways || i.x < -0.5 || i.x + i.w > width + 0.5))
    .map((i) => `${i.id} x=${i.x.toFixed(1)} w=${i.w.toFixed(1)}${i.clippedSideways ? ' (cut)' : ''}`);
  if (phone) {
    for (const i of items) {
      if (i.interactive && i.visible && (i.h < 43.5 || i.w < 43.5)) out.push(`${i.id} ${i.w.toFixed(1)}×${i.h.toFixed(1)} px (touch target < 44)`);
    }
  }
  return out;
}

// Checks the screen from its top to its bottom, photographing the top.
async function checkScreen(name) {
  await screenshot(app, artifacts, `${tag}-${name}.png`);
  const problems = new Set();
  let previous = '';
  for (let page = 0; page < 60; page += 1) {
    for (const p of await misplaced()) problems.add(p);
    const signature = JSON.stringify((await app.page.evaluate(() => window.asnTest.items()))
      .filter((i) => i.visible).map((i) => [i.id, Math.round(i.y)]).sort());
    if (signature === previous) break;  // the wheel no longer moves anything: the bottom
    previous = signature;
    await act(app, async () => {
      await app.page.mouse.move(width / 2, height * 0.6);
      await app.page.mouse.wheel(0, height * 0.7);
    }, 2);
  }
  // Back to the top for what comes next.
  for (let page = 0; page < 60; page += 1) {
    const top = await app.page.evaluate(() => window.asnTest.items().filter((i) => i.visible).map((i) => Math.round(i.y)).join());
    await act(app, async () => {
      await app.page.mouse.move(width / 2, height * 0.6);
      await app.page.mouse.wheel(0, -height * 2);
    }, 2);
    if (await app.page.evaluate(() => window.asnTest.items().filter((i) => i.visible).map((i) => Math.round(i.y)).join()) === top) break;
  }
  assert(problems.size === 0, `${name}: items cut or outside the ${width}-px screen:\n  ${[...problems].join('\n  ')}`);
}

const screens = ['home', 'profile', 'competencies', 'results', 'behaviour', 'feedback', 'summary', 'review', 'recap'];

await runTests([
  [`${tag} ${width}×${height}: every screen of a complete assessment, top to bottom`, async () => {
    app = await openApp({ dist: path.resolve(args.dist), width, height, scale, hasTouch: phone });
    if (presenter) {
      await clickItem(app, 'menu.view');
      await clickItem(app, 'menu.view.presenter');
      assert((await state(app)).presenter, 'presenter view is not on');
    }
    await checkScreen('home-empty');
    await clickItem(app, 'home.new');
    await waitSaved(app);
    await clickItem(app, 'nav.home');
    await clickItem(app, 'workshop.load.analis');
    await waitSaved(app);
    for (const screen of screens) {
      await clickItem(app, `nav.${screen}`);
      assert((await state(app)).screen === screen, `not on ${screen}`);
      await checkScreen(screen);
    }
  }],

  [`${tag}: the competency list view, the recap with the example unit, and the dialogs`, async () => {
    await clickItem(app, 'nav.competencies');
    await clickItem(app, 'competency.toggle_view');
    await checkScreen('competencies-list');
    await clickItem(app, 'competency.toggle_view');
    await clickItem(app, 'nav.recap');
    await clickItem(app, 'recap.example');
    await app.page.waitForFunction(() => !window.asnTest.state().recap.loading, null, { timeout: 60000 });
    await checkScreen('recap-unit');
    for (const tab of ['heatmap', 'staff']) {
      await clickItem(app, `recap.tab.${tab}`);
      await checkScreen(`recap-${tab}`);
    }
    await clickItem(app, 'nav.home');
    await clickItem(app, 'home.import');
    await checkScreen('import-dialog');
    await clickItem(app, 'import.close');
  }],

  ['no console errors, no foreign requests', async () => {
    assert(app.errors.length === 0, app.errors.join('\n'));
    assertOnlyOwnOrigin(app);
    await closeApp(app);
  }],
]);
