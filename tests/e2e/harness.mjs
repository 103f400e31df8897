// Shared harness for the end-to-end tests: serves dist/ on loopback, launches Debian's headless
// Chromium through playwright-core, records console errors and every network request, and offers
// helpers that act through the real input path (mouse and keyboard at on-screen coordinates
// reported by the app's window.asnTest API).
import fs from 'node:fs';
import path from 'node:path';
import { browserOutput, chromiumPath, INPUT_PROBE, launchEngine } from './engines.mjs';
import { startStaticServer } from '../../tools/static-server.mjs';

export function parseArgs(argv) {
  const args = {};
  for (let i = 2; i < argv.length; i += 2) args[argv[i].replace(/^--/, '')] = argv[i + 1];
  return args;
}

export { chromiumPath };

// Opens the app in a fresh browser: headless Chromium by default, or `engine` 'firefox' / 'webkit'
// (see engines.mjs). By default serves `dist` on a loopback port of its own; `url` opens that
// address instead (a server the test runs itself, or a file:// page), and `server` is then closed
// with the app. Records console errors, page errors, Content-Security-Policy violations and every
// request of every page of the context. The first-visit walkthrough is dismissed beforehand (as a
// returning user has it) unless a test asks for a first visit with `walkthrough: true`.
export async function openApp({ engine = 'chromium', dist, url = null, server = null, scale = 1, width = 1280, height = 800,
  hasTouch = false, permissions = [], walkthrough = false }) {
  if (!url) {
    if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error(`${dist}/index.html tidak ada: bangun dulu`);
    server = await startStaticServer(dist, 0);
    url = `http://127.0.0.1:${server.address().port}/`;
  }
  const fileUrl = url.startsWith('file:') ? url.split('#')[0] : null;
  const origin = fileUrl ? 'file://' : new URL(url).origin;
  // A file:// page's own origin is that one file.
  const isOwn = fileUrl ? (u) => u.split('#')[0] === fileUrl : (u) => u.startsWith(`${origin}/`);
  const launched = await launchEngine(engine, { width, height, scale, hasTouch, permissions: fileUrl ? [] : permissions, origin });
  const app = { engine, server, origin, url, isOwn, browser: launched.browser, context: launched.context || null,
    page: null, errors: [], requests: [], close: launched.close };
  if (engine !== 'chromium') {
    app.page = launched.page;
    // The one tab also shows the test's probe pages (visitProbe); the browser's own request for
    // /favicon.ico of such a plain file is the probe's, never the app's (the app links favicon.svg).
    const probeFavicon = new URL('/favicon.ico', url).href;
    const record = (text) => { if (!(app.probeVisited && text.includes(probeFavicon))) app.errors.push(text); };
    app.page.on('pageerror', (err) => record(`pageerror: ${err.message}`));
    app.page.on('console', (msg) => { if (msg.type() === 'error') record(`console: ${msg.text()}`); });
    app.page.on('request', (req) => app.requests.push(req.url()));
    if (!walkthrough && !fileUrl) {
      // No init scripts over classic WebDriver: the returning user's settings are written from a
      // plain file of the same origin first, so the app itself loads once.
      await visitProbe(app);
      await app.page.evaluate(() => localStorage.setItem('asn-kinerja.v1.pengaturan', JSON.stringify({ panduan_selesai: true })));
    }
    await app.page.goto(url);
    await waitReady(app.page);
    return app;
  }
  const { context } = app;
  await context.addInitScript(INPUT_PROBE);
  if (!walkthrough) {
    await context.addInitScript(() => {
      try {
        const key = 'asn-kinerja.v1.pengaturan';
        if (localStorage.getItem(key) === null) localStorage.setItem(key, JSON.stringify({ panduan_selesai: true }));
      } catch (e) { /* storage disabled in this test */ }
    });
  }
  await trackContext(app);
  app.page = await context.newPage();
  app.page.on('pageerror', (err) => app.errors.push(`pageerror: ${err.message}`));
  await app.page.goto(url);
  await waitReady(app.page);
  return app;
}

// What the page itself recorded (window.asnPageErrors) and the resources it loaded (Resource
// Timing): the only view of errors and requests where the automation gives none (WebKit).
export async function collectPageRecords(app) {
  const seen = await app.page.evaluate(() => ({
    errors: window.asnPageErrors || [],
    resources: performance.getEntriesByType('resource').map((e) => e.name).concat([location.href]),
  }));
  for (const e of seen.errors) if (!app.errors.includes(`page: ${e}`)) app.errors.push(`page: ${e}`);
  for (const u of seen.resources) if (!app.requests.includes(u)) app.requests.push(u);
}

// Console errors, CSP violations and requests of every page of the context (report tabs too).
async function trackContext(app) {
  // A test's own probe pages (app.probes: plain files of the origin it reads storage from) are not the app.
  app.probes = new Set();
  app.context.on('console', (msg) => {
    if (msg.type() === 'error' && !app.probes.has(msg.page())) app.errors.push(`console: ${msg.text()}`);
  });
  app.context.on('request', (req) => app.requests.push(req.url()));
  await app.context.exposeBinding('asnTestCspViolation', (source, text) => app.errors.push(`csp: ${text}`));
  await app.context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.asnTestCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} in ${e.documentURI}`);
    });
  });
}

// Engines driven over WebDriver have one tab: a test reads or writes the origin's storage from a
// plain file of the origin (favicon.svg) shown in the app's own tab, then goes back to the app.
export async function visitProbe(app) {
  app.probeVisited = true;
  await app.page.goto(new URL('favicon.svg', app.url).href);
}

export async function waitReady(page) {
  await page.waitForFunction(() => window.asnTest && window.asnTest.ready(), null, { timeout: 60000 });
}

export async function closeApp(app) {
  await app.close();
  if (app.server) {
    app.server.closeAllConnections();
    app.server.close();
  }
}

const pageNow = (app) => app.page.evaluate(() => performance.now());

const inputSeen = (app) => app.page.evaluate(INPUT_PROBE);

// Waits until `count` frames have begun since page time `since` (the app draws only after
// input, at least a few frames each time, so this does not depend on frame speed).
export async function waitFramesSince(app, since, count = 1) {
  await app.page.waitForFunction(([t, n]) => window.asnTest.framesSince(t) >= n, [since, count], { timeout: 20000 });
}

// Performs an input action, waits until the page has received its events, then until `count`
// frames have begun after the last of them (so the app has processed them).
export async function act(app, action, count = 1) {
  const before = await inputSeen(app);
  await action();
  await app.page.waitForFunction(([b, n]) => {
    const seen = window.asnTestInput;
    // Every event reached the page, was taken from the app's input queue (a burst is handed over a
    // few events per frame), and n frames have begun since the last event arrived and since the
    // frame that took the last of them.
    const T = window.asnTest;
    return seen && seen.count > b && T.framesSince(seen.last) >= n && T.framesSinceInput() >= n;
  }, [before, count], { timeout: 20000 });
}

// Waits for `count` more frames after a state change the app itself keeps drawing for.
export async function waitFrames(app, count = 2) {
  await waitFramesSince(app, await pageNow(app) - 1, count);
}

export async function rectOf(app, id) {
  const rect = await app.page.evaluate((item) => window.asnTest.rect(item), id);
  if (!rect) throw new Error(`UI item '${id}' was not drawn in the last frame`);
  return rect;
}

// Moves the mouse onto the item, then clicks it (ImGui needs the hover frame before the press).
// An item of a window that is still appearing (popups take a frame or two) is waited for.
export async function clickItem(app, id) {
  // On a phone the screens are chosen from one menu (nav.menu): open it first.
  if (/^nav\.(?!menu$|prev$|next$)/.test(id)) {
    const [direct, menu] = await app.page.evaluate((i) => [window.asnTest.rect(i), window.asnTest.rect('nav.menu')], id);
    if (!direct && menu) await clickItem(app, 'nav.menu');
  }
  let r = await seekItem(app, id);
  // A window that is still appearing (popups take a frame or two to settle where they will stay) is
  // waited for; an item of a screen that is scrolled away (a long phone screen) is scrolled to.
  for (let i = 0; i < 6 && !(r.visible && r.settled); i += 1) {
    await act(app, () => app.page.mouse.move(2 + (i % 2), 2));
    r = await rectOf(app, id);
  }
  if (!r.visible) r = await scrollIntoView(app, id);
  // The pointer goes onto the item (nudged, so a move event happens even if it is already there),
  // and the item must then be where it was: a card that appears this frame takes its final size in
  // the next one and may push what follows it down.
  for (let i = 0; i < 10; i += 1) {
    const x = r.x + r.w / 2;
    const y = r.y + r.h / 2;
    await act(app, async () => { await app.page.mouse.move(x + 1, y); await app.page.mouse.move(x, y); });
    const now = await rectOf(app, id);
    if (now.x === r.x && now.y === r.y && now.w === r.w && now.h === r.h) break;
    // Pushed out of view (e.g. by a card growing above it): bring it back before aiming again.
    r = now.visible ? now : await scrollIntoView(app, id);
  }
  await act(app, () => app.page.mouse.down());
  await act(app, () => app.page.mouse.up(), 2);
  await waitStill(app, await app.page.evaluate(() => window.asnTestInput.last));
}

// Waits until what the click (or other input at page time `since`) caused has settled on screen:
// two frames in a row identical to the picture already drawn (a popup measures itself in one hidden
// frame, a modal's dimming fades in over a few). Bounded: a screen that keeps changing (a moving
// progress bar) ends the wait after 60 frames, and so does the frame loop pausing.
export async function waitStill(app, since) {
  await app.page.waitForFunction((t) => {
    const T = window.asnTest;
    const frames = T.framesSince(t);
    return T.stillFramesSince(t) >= 2 || frames >= 60 || (frames >= 2 && T.framesSince(performance.now() - 300) === 0);
  }, since, { timeout: 20000 });
}

// Scrolls with the mouse wheel until the item is inside the visible viewport (an item taller than
// the viewport: until its top is in the upper third).
// An item inside a card that is wholly scrolled out of view is not drawn at all (Dear ImGui skips a
// clipped child window), so it has no rectangle: the page is scrolled, down then up, a screen at a
// time, until the item is drawn — as a person looks for a button. Returns its rectangle.
async function seekItem(app, id) {
  const viewport = app.page.viewportSize();
  const find = () => app.page.evaluate((item) => window.asnTest.rect(item), id);
  let r = await find();
  for (const [direction, steps] of [[1, 30], [-1, 60]]) {
    for (let i = 0; i < steps && !r; i += 1) {
      await act(app, async () => {
        await app.page.mouse.move(viewport.width * 0.7, viewport.height * 0.6);
        await app.page.mouse.wheel(0, direction * viewport.height * 0.5);
      }, 2);
      r = await find();
    }
  }
  if (!r) {
    const screen = await app.page.evaluate(() => window.asnTest.state().screen);
    throw new Error(`UI item '${id}' was not drawn in the last frame (nor anywhere on the scrolled screen '${screen}')`);
  }
  return r;
}

export async function scrollIntoView(app, id) {
  await seekItem(app, id);
  const viewport = app.page.viewportSize();
  // Each time the item is overshot (the direction to go flips), the steps get smaller: browsers
  // scale wheel events differently, and an item must never be chased back and forth.
  let damping = 1;
  let lastDirection = 0;
  for (let i = 0; i < 80; i += 1) {
    const r = await rectOf(app, id);
    // r.visible: wholly inside its pane's clip rectangle (see src/ui/item_registry.cpp).
    const margin = 20;
    const fits = r.h <= viewport.height * 0.6;  // the pane is smaller than the page: leave room
    const inView = fits ? r.visible : r.y >= margin && r.y < viewport.height / 3;
    if (inView) {
      // In view and holding still one frame later (cards take their size a frame after appearing).
      const x = Math.max(5, Math.min(r.x + 10, viewport.width - 5));
      await act(app, async () => { await app.page.mouse.move(x + 1, 5); await app.page.mouse.move(x, 5); });
      const now = await rectOf(app, id);
      if (now.x === r.x && now.y === r.y && now.h === r.h) return now;
      continue;
    }
    // Wheel by about the distance still to go, so a long page is crossed quickly and an item
    // just outside the view is not overshot.
    const needed = !fits ? r.y - viewport.height / 4  // a tall item: bring its top to a quarter height
      : r.y < margin ? r.y - 2 * margin
        : r.y + r.h - (viewport.height - 2 * margin);
    if (lastDirection !== 0 && Math.sign(needed) !== lastDirection) damping *= 0.5;
    lastDirection = Math.sign(needed);
    const delta = Math.sign(needed) * Math.max(4, Math.min(600, Math.max(40, Math.abs(needed) * 0.8)) * damping);
    await act(app, async () => {
      await app.page.mouse.move(Math.max(5, Math.min(r.x + 10, viewport.width - 5)), viewport.height * 0.6);
      await app.page.mouse.wheel(0, delta);
    }, 2);
  }
  throw new Error(`could not scroll '${id}' into view`);
}

// Clicks a text field and types into it through the keyboard. `container` names the card the
// field sits in, when that card may be scrolled out of view (its content is then not drawn).
export async function typeInto(app, id, text, container = null) {
  if (container) await scrollIntoView(app, container);
  await scrollIntoView(app, id);
  await clickItem(app, id);
  await act(app, () => app.page.keyboard.type(text), 2);
}

// What the screen shows for an item, read from the accessibility mirror (web/mirror.js) by the
// item's test id: a field's value, otherwise its text; null when the item is not shown.
export function shownText(app, key) {
  return app.page.evaluate((k) => {
    const el = document.querySelector(`#mirror [data-k="${CSS.escape(k)}"]`);
    if (!el) return null;
    return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' ? el.value : el.textContent;
  }, key);
}

// The whole text the screen shows (the mirror's), for messages without an item of their own.
export function shownTexts(app) {
  return app.page.evaluate(() => document.getElementById('mirror').innerText);
}

// A JPM figure as the screen writes it ("92.31 %") as a number.
export const jpmFigure = (text) => (text && /^\d+[.,]\d\d %$/.test(text) ? Number(text.replace(',', '.').replace(' %', '')) : null);

export async function state(app) {
  return app.page.evaluate(() => window.asnTest.state());
}

// Waits until the open draft has been written to browser storage.
export async function waitSaved(app) {
  await app.page.waitForFunction(() => {
    const s = window.asnTest.state();
    return s.draft && !s.inputPending && !s.draft.dirty && s.draft.saveState === 'saved';
  }, null, { timeout: 20000 });
}

export async function screenshot(app, dir, name) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  await app.page.screenshot({ path: file });
  return file;
}

// Decodes a PNG in the browser itself (no extra npm package) and summarises its pixels:
// number of distinct colours, and the colour at given CSS-pixel points.
export async function analysePng(app, file, points = []) {
  const data = fs.readFileSync(file).toString('base64');
  return app.page.evaluate(async ({ data, points }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set();
    for (let i = 0; i < px.length; i += 4 * 7) colours.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
    const scale = img.width / window.innerWidth;
    const at = points.map(([x, y]) => {
      const o = (Math.floor(y * scale) * c.width + Math.floor(x * scale)) * 4;
      return [px[o], px[o + 1], px[o + 2]];
    });
    return { width: img.width, height: img.height, distinctColours: colours.size, at };
  }, { data, points });
}

// The app redraws only the part of the canvas a frame changes (src/platform/frame_damage.hpp). What
// those partial redraws left on the canvas must be, pixel for pixel, what a full redraw draws: the
// app reads its canvas at the end of a frame, redraws that same frame in full, reads it again and
// counts the pixels that differ (the same frame both times, so a blinking caret cannot intervene).
// `minPartial`: how many partial redraws must lie behind what the canvas held when it was read, so
// the check covers them (a full redraw, e.g. after the page was hidden, wipes out any earlier error).
// Returns that number.
export async function assertRedrawsExact(app, minPartial = 1) {
  await app.page.evaluate(() => window.asnTest.checkRedraw());
  await app.page.waitForFunction(() => window.asnTest.redrawCheck().done, null, { timeout: 20000 });
  const check = await app.page.evaluate(() => window.asnTest.redrawCheck());
  assert(check.pixels > 0, 'the canvas could not be read');
  assert(check.partialSinceFull >= minPartial,
    `the canvas held only ${check.partialSinceFull} partial redraws since the last full one (expected at least ${minPartial})`);
  assert(check.differing === 0, `${check.differing} of ${check.pixels} pixels differ between the partial redraws and ` +
    `a full redraw; the first at (${check.x}, ${check.y}) framebuffer pixels`);
  return check.partialSinceFull;
}

// Requests to anything but the app's own origin (data: and blob: URLs are local).
export function foreignRequests(app) {
  return app.requests.filter((u) => !app.isOwn(u) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

// Loading and using the app made no request outside its own origin, and broke no rule of its
// Content-Security-Policy.
export function assertOnlyOwnOrigin(app) {
  const foreign = foreignRequests(app);
  assert(foreign.length === 0, `requests outside ${app.origin}: ${foreign.join(', ')}`);
  const violations = app.errors.filter((e) => e.startsWith('csp: ') || /Content Security Policy/i.test(e));
  assert(violations.length === 0, `Content-Security-Policy violations:\n${violations.join('\n')}`);
}

// Minimal test runner output that ctest shows on failure.
export async function runTests(tests) {
  let passed = 0;
  let failed = 0;
  for (const [name, fn] of tests) {
    const started = Date.now();
    try {
      await fn();
      passed += 1;
      console.log(`ok   ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (err) {
      failed += 1;
      console.log(`FAIL ${name}\n     ${err && err.stack ? err.stack : err}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  // A browser that crashed or hung says why only in its own output.
  if (failed > 0 && browserOutput()) console.log(browserOutput());
  process.exit(failed === 0 ? 0 : 1);
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}
