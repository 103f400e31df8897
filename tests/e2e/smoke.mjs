// End-to-end smoke test: the built site loads in headless Chromium with no console errors and no
// foreign requests, the first ImGui frame renders, real clicks through the menu switch the theme,
// and the app stops drawing when idle (and, in Chromium, listens for no gamepad); a recap of dropped
// files runs in the recap workers. Run once per device scale factor, and in each browser engine
// (--engine chromium|firefox|webkit; see engines.mjs).
import fs from 'node:fs';
import path from 'node:path';
import {
  act, analysePng, assert, assertRedrawsExact, clickItem, assertOnlyOwnOrigin, closeApp, collectPageRecords, openApp, parseArgs, rectOf, runTests,
  screenshot,
} from './harness.mjs';

const args = parseArgs(process.argv);
const scale = Number(args.scale || 1);
const engine = args.engine || 'chromium';
// Screenshot names: the Chromium ones as they always were, the other engines' with their name.
const shotName = (what) => (engine === 'chromium' ? `smoke-${what}-dpr${scale}.png` : `smoke-${what}-${engine}-dpr${scale}.png`);
const artifacts = path.resolve(args.artifacts || 'build/test-artifacts');
let app;

await runTests([
  [`${engine}: loads and renders the home screen (device scale ${scale})`, async () => {
    app = await openApp({ engine, dist: path.resolve(args.dist), scale });
    const state = await app.page.evaluate(() => window.asnTest.state());
    assert(state.pixelRatio === scale, `pixel ratio ${state.pixelRatio}, expected ${scale}`);
    assert(state.language === 'id' && state.theme === 'light', `unexpected start state ${JSON.stringify(state)}`);
    // The canvas backing store follows CSS size × devicePixelRatio (crisp text on HiDPI).
    const size = await app.page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight };
    });
    assert(size.w === Math.round(size.cssW * scale) && size.h === Math.round(size.cssH * scale),
      `canvas backing store ${size.w}x${size.h} for CSS ${size.cssW}x${size.cssH} at ${scale}x`);
    const title = await rectOf(app, 'home.title');
    assert(title.visible && title.w > 50 && title.h > 10, `home title rect ${JSON.stringify(title)}`);
    // The first frame is drawn; a loaded machine may composite it onto the page a little later
    // (WebKit once captured a blank page right after it): look again, a frame at a time, bounded.
    let png;
    for (let i = 0; i < 20; i += 1) {
      png = await analysePng(app, await screenshot(app, artifacts, shotName('home')), [[5, 400]]);
      if (png.distinctColours > 20) break;
      await act(app, () => app.page.mouse.move(3 + (i % 2), 3));
    }
    assert(png.width === 1280 * scale, `screenshot width ${png.width}`);
    assert(png.distinctColours > 20, `canvas looks blank: ${png.distinctColours} colours`);
    const [r, g, b] = png.at[0];
    assert(r > 200 && g > 200 && b > 200, `light theme background expected, got ${png.at[0]}`);
  }],
  ['switches to the dark theme through real clicks on the menu', async () => {
    await clickItem(app, 'menu.view');
    await clickItem(app, 'menu.view.dark');
    const state = await app.page.evaluate(() => window.asnTest.state());
    assert(state.theme === 'dark', `theme is ${state.theme}`);
    const shot = await screenshot(app, artifacts, shotName('dark'));
    const png = await analysePng(app, shot, [[5, 400]]);
    const [r, g, b] = png.at[0];
    assert(r < 60 && g < 60 && b < 60, `dark background expected, got ${png.at[0]}`);
  }],
  ['switches the language to English and back through the menu', async () => {
    await clickItem(app, 'menu.language');
    await clickItem(app, 'menu.language.en');
    let state = await app.page.evaluate(() => window.asnTest.state());
    assert(state.language === 'en', `language is ${state.language}`);
    await clickItem(app, 'menu.language');
    await clickItem(app, 'menu.language.id');
    state = await app.page.evaluate(() => window.asnTest.state());
    assert(state.language === 'id', `language is ${state.language}`);
  }],
  ['redraws the canvas only when what it shows changes', async () => {
    // Moving over an empty part of the page: frames are begun (ImGui settles) but none looks any
    // different, so none is drawn, and the canvas keeps showing the screen.
    await act(app, () => app.page.mouse.move(4, 500));
    const [frames0, presented0] = await app.page.evaluate(() => [window.asnTest.frames(), window.asnTest.presented()]);
    for (let i = 0; i < 4; i += 1) await act(app, () => app.page.mouse.move(5 + (i % 2), 500));
    const [frames1, presented1] = await app.page.evaluate(() => [window.asnTest.frames(), window.asnTest.presented()]);
    assert(frames1 - frames0 >= 4, `only ${frames1 - frames0} frames begun for four moves`);
    assert(presented1 === presented0, `${presented1 - presented0} unchanged frames were redrawn`);
    const png = await analysePng(app, await screenshot(app, artifacts, shotName('unchanged')), [[5, 400]]);
    assert(png.distinctColours > 20, `the canvas lost its picture: ${png.distinctColours} colours`);
    // Hovering a button changes its colour: that frame is drawn.
    const button = await rectOf(app, 'home.new');
    await act(app, () => app.page.mouse.move(button.x + button.w / 2, button.y + button.h / 2), 2);
    const presented2 = await app.page.evaluate(() => window.asnTest.presented());
    assert(presented2 > presented1, 'the hovered button was not drawn');
  }],
  ['redraws only what changed, exactly as a full redraw would draw it', async () => {
    // Buttons hovered one after another: the hover colours are small changes, drawn again in part,
    // and the canvas must still hold what a full redraw draws.
    const { partial: before, pixels: pixels0 } = await app.page.evaluate(() => window.asnTest.redraws());
    const presented0 = await app.page.evaluate(() => window.asnTest.presented());
    for (const id of ['home.title', 'home.new', 'menu.view', 'home.new', 'home.title']) {  // each a move elsewhere
      const r = await rectOf(app, id);
      await act(app, () => app.page.mouse.move(r.x + r.w / 2, r.y + r.h / 2), 2);
    }
    const { partial, pixels } = await app.page.evaluate(() => window.asnTest.redraws());
    const presented = await app.page.evaluate(() => window.asnTest.presented()) - presented0;
    const canvas = await app.page.evaluate(() => document.getElementById('canvas').width * document.getElementById('canvas').height);
    assert(partial - before >= 3, `${partial - before} of ${presented} frames drawn were partial redraws`);
    assert(pixels - pixels0 < presented * canvas, `${pixels - pixels0} pixels drawn for ${presented} frames of ${canvas}`);
    await assertRedrawsExact(app, 3);
    // A menu that opens over the screen (a window that appears: the pixels it covers), then closes.
    // Either may also be drawn in full (Dear ImGui may add glyphs to its font texture as the menu
    // opens): between them, the two checks must have covered a partial redraw.
    await clickItem(app, 'menu.view');
    let covered = await assertRedrawsExact(app, 0);
    await act(app, () => app.page.keyboard.press('Escape'), 2);
    covered += await assertRedrawsExact(app, 0);
    assert(covered >= 1, 'neither the menu opening nor its closing was redrawn in part');
  }],
  ['draws nothing while idle', async () => {
    await app.page.mouse.move(2, 2);
    // The app settles for under a second after the last input (see WebWindow::RequestRedraw); then
    // a whole second passes without a single frame, and frames stay where they are.
    await app.page.waitForFunction(() => window.asnTest.framesSince(performance.now() - 1000) === 0, null,
      { timeout: 15000 });
    // Idleness is about time: watch one more second of the page's clock.
    const [before, t0] = await app.page.evaluate(() => [window.asnTest.frames(), performance.now()]);
    await app.page.waitForFunction((t) => performance.now() - t >= 1000, t0, { timeout: 15000 });
    const after = await app.page.evaluate(() => window.asnTest.frames());
    assert(after === before, `frames kept being drawn while idle: ${before} → ${after}`);
  }],
  ['listens for no gamepad (a page that does makes Chromium poll gamepads 60 times a second)', async () => {
    // Chromium only: the page's event listeners as the DevTools protocol lists them.
    if (engine !== 'chromium') return;
    const cdp = await app.page.context().newCDPSession(app.page);
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    const types = listeners.map((l) => l.type);
    assert(types.includes('keydown'), `the window's listeners were not read: ${types.join(' ')}`);
    const gamepad = types.filter((t) => t.startsWith('gamepad'));
    assert(gamepad.length === 0, `the page listens for ${gamepad.join(', ')}`);
    await cdp.detach();
  }],
  ['after a pause the canvas still holds its picture: the next change is drawn in part, exactly', async () => {
    // The loop stopped while idle (above); hovering a button wakes it, and only the button is drawn
    // again on what the canvas kept.
    const button = await rectOf(app, 'home.new');
    await act(app, () => app.page.mouse.move(button.x + button.w / 2, button.y + button.h / 2), 2);
    await assertRedrawsExact(app, 1);
  }],
  [`${engine}: a recap of dropped files is checked by the recap workers (Web Workers)`, async () => {
    // The valid fixtures (all six count as valid submissions, as `asn-kinerja recap` says).
    const dir = path.resolve('tests/data/valid');
    const files = fs.readdirSync(dir).map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]);
    await clickItem(app, 'menu.file');
    await clickItem(app, 'menu.file.recap');
    await app.page.evaluate((list) => {
      const transfer = new DataTransfer();
      for (const [name, text] of list) transfer.items.add(new File([text], name, { type: 'application/json' }));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, files);
    await app.page.waitForFunction((n) => !window.asnTest.state().recap.loading && window.asnTest.state().recap.files === n,
      files.length, { timeout: 60000 });
    const recap = (await app.page.evaluate(() => window.asnTest.state())).recap;
    assert(recap.valid === files.length && recap.invalid === 0, `recap ${JSON.stringify(recap)}`);
    assert(app.server.requested.includes('/asn-recap.wasm'), 'the recap workers did not run (their module was not fetched)');
  }],

  ['made no console errors and no request outside its own origin', async () => {
    await collectPageRecords(app);
    assert(app.errors.length === 0, `console errors:\n${app.errors.join('\n')}`);
    assertOnlyOwnOrigin(app);
    assert(app.requests.some((u) => u.endsWith('/asn-kinerja.wasm')), 'the wasm file was not requested');
    await closeApp(app);
  }],
]);
