// The three browser engines the app is tested in, behind one small page interface (the subset of
// Playwright's Page that the tests use), so a test script runs unchanged in each:
//   chromium — Debian's Chromium, headless, through playwright-core (CDP);
//   firefox  — Debian's Firefox ESR, headed under Xvfb (headless Firefox has no WebGL here), through
//              puppeteer-core over WebDriver BiDi;
//   webkit   — WebKitGTK's MiniBrowser (Safari's engine), under Xvfb, through selenium-webdriver and
//              WebKitWebDriver (classic WebDriver: no console events, so page errors are read from
//              the page's own record, window.asnPageErrors).
// A browser that cannot start is an error naming the package to install, never a silent skip.
// Each launch uses fresh temporary profile and HOME folders and writes nothing into the user's home.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { chromium } from 'playwright-core';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const FIREFOX = '/usr/bin/firefox-esr';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';

function need(file, pkg) {
  if (!fs.existsSync(file)) throw new Error(`${file} tidak ditemukan: paket Debian '${pkg}' belum terpasang (./emsdk-setup.sh setup)`);
  return file;
}

export function chromiumPath() {
  for (const p of CHROMIUM) if (fs.existsSync(p)) return p;
  throw new Error('Chromium tidak ditemukan (/usr/bin/chromium): paket Debian \'chromium\' belum terpasang');
}

// An X server of our own on a free display (Xvfb picks it and tells us through -displayfd).
async function startXvfb() {
  need('/usr/bin/Xvfb', 'xvfb');
  const proc = spawn('/usr/bin/Xvfb', ['-displayfd', '1', '-screen', '0', '2560x1600x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  const display = await new Promise((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    proc.on('exit', (code) => reject(new Error(`Xvfb berhenti (kode ${code}) sebelum siap`)));
  });
  return { display, stop: () => proc.kill('SIGTERM') };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

// Resolves once something accepts connections on `port`; rejects when `proc` exits first, or when
// nothing listens within `limitMs` (a driver that started but never listens). A driver just spawned
// needs a moment before it listens: connecting at once was refused once under load.
function listening(port, proc, limitMs = 20000) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const exited = () => reject(new Error(`driver berhenti (kode ${proc.exitCode}) sebelum menerima sambungan`));
    if (proc.exitCode !== null) { exited(); return; }
    proc.once('exit', exited);
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.destroy(); proc.off('exit', exited); resolve(); });
      socket.once('error', () => {
        socket.destroy();
        if (proc.exitCode !== null) return;  // 'exit' rejected already
        if (Date.now() - started > limitMs) {
          proc.off('exit', exited);
          reject(new Error(`driver tidak menerima sambungan di port ${port} dalam ${limitMs / 1000} detik`));
          return;
        }
        setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

// Temporary HOME and XDG folders, so the browser writes nothing into the user's home.
function privateEnv(extra = {}) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'asn-browser-home-'));
  const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'), XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_RUNTIME_DIR: home,
    // Mesa's shader cache is written by helper processes that may outlive the browser's quit (a
    // WebKit run once failed on the cache folder still filling while it was removed): none is kept.
    MESA_SHADER_CACHE_DISABLE: 'true', MESA_GLSL_CACHE_DISABLE: 'true', ...extra };
  return { env, home };
}

// The processes still running with this private HOME: a browser's helpers (WebKit's web and network
// processes, Firefox's content processes) may outlive its quit for a moment.
function processesOf(home) {
  const mark = `HOME=${home}`;
  const pids = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^[0-9]+$/.test(name) || Number(name) === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${name}/environ`, 'latin1').split('\0').includes(mark)) pids.push(Number(name));
    } catch { /* exited meanwhile, or not ours to read */ }
  }
  return pids;
}

// Ends what is left of a browser (asked first, then forced) and removes its private home once
// nothing can write into it any more. Bounded: a process that will not die is reported, not waited
// for forever, and a home that cannot be removed is left in the temporary folder with a warning (a
// leftover temporary folder is not a failure of the app under test).
async function removeHome(home) {
  const started = Date.now();
  for (let pids = processesOf(home); pids.length > 0; pids = processesOf(home)) {
    const waited = Date.now() - started;
    if (waited > 15000) {
      console.error(`peringatan: proses peramban ${pids.join(', ')} tidak berhenti; ${home} dibiarkan`);
      return;
    }
    for (const pid of pids) {
      try { process.kill(pid, waited > 5000 ? 'SIGKILL' : 'SIGTERM'); } catch { /* already gone */ }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  try {
    fs.rmSync(home, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
  } catch (err) {
    console.error(`peringatan: ${home} tidak dapat dihapus: ${err.message}`);
  }
}

// What a browser's driver and its processes printed (stdout and stderr), the last 64 KB of it, kept
// for a failing test to show (a WebKit web process that crashes says why only there).
const engineLogs = [];
function keepLog(engine, child) {
  const log = { engine, text: '' };
  engineLogs.push(log);
  const add = (chunk) => {
    log.text += chunk.toString('utf8');
    if (log.text.length > 65536) log.text = log.text.slice(-65536);
  };
  if (child.stdout) child.stdout.on('data', add);
  if (child.stderr) child.stderr.on('data', add);
}

// The browsers' own output, for a test run that failed.
export function browserOutput() {
  return engineLogs.filter((l) => l.text.trim()).map((l) => `--- ${l.engine}: keluaran peramban (akhir) ---\n${l.text.slice(-8192)}`).join('\n');
}

// Ends a child process and resolves once it has exited.
function endProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  return exited;
}

// A record the page keeps of the input events it received (count, time of the last one), so a test
// waits for what the page has seen rather than for what the automation says it sent. Installed
// before the app's scripts where the automation allows (Chromium), else on first use.
export const INPUT_PROBE = () => {
  if (window.asnTestInput) return window.asnTestInput.count;
  const seen = { count: 0, last: 0 };
  window.asnTestInput = seen;
  const note = () => { seen.count += 1; seen.last = performance.now(); };
  for (const type of ['mousedown', 'mouseup', 'mousemove', 'wheel', 'keydown', 'keyup', 'input', 'compositionstart',
    'compositionupdate', 'compositionend', 'paste', 'touchstart', 'touchmove', 'touchend', 'drop', 'resize']) {
    window.addEventListener(type, note, { capture: true, passive: true });
  }
  return 0;
};

const source = (fn) => (typeof fn === 'function' ? fn.toString() : `() => (${fn})`);

// ---------------------------------------------------------------------------------------------
// Chromium: Playwright's own Page is the interface; the launch is the one all tests share.
async function launchChromium({ width, height, scale, hasTouch, permissions, origin }) {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale, hasTouch });
  if (permissions && permissions.length && origin) await context.grantPermissions(permissions, { origin });
  return { engine: 'chromium', browser, context, close: () => browser.close() };
}

// ---------------------------------------------------------------------------------------------
// Firefox ESR through puppeteer-core (WebDriver BiDi).
async function launchFirefox({ width, height, scale }) {
  const { default: puppeteer } = await import('puppeteer-core');
  need(FIREFOX, 'firefox-esr');
  const x = await startXvfb();
  const { env, home } = privateEnv({ DISPLAY: x.display, MOZ_CRASHREPORTER_DISABLE: '1' });
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: false,
      env,
      userDataDir: path.join(home, 'profile'),
      args: [`--width=${width + 50}`, `--height=${height + 200}`],
      extraPrefsFirefox: {
        // Nothing but the page under test goes to the network.
        'app.update.enabled': false, 'browser.shell.checkDefaultBrowser': false, 'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false, 'network.captive-portal-service.enabled': false, 'network.connectivity-service.enabled': false,
        'browser.safebrowsing.malware.enabled': false, 'browser.safebrowsing.phishing.enabled': false, 'extensions.update.enabled': false,
        'browser.aboutwelcome.enabled': false, 'browser.startup.homepage_override.mstone': 'ignore', 'media.autoplay.default': 0,
        'webgl.force-enabled': true, 'layout.css.devPixelsPerPx': String(scale),
      },
    });
  } catch (err) {
    x.stop();
    throw new Error(`Firefox ESR tidak dapat dijalankan: ${err.message}`);
  }
  if (browser.process()) keepLog('firefox', browser.process());
  const page = (await browser.pages())[0] || await browser.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: scale });
  const adapter = firefoxPage(page, { width, height });
  return {
    engine: 'firefox', browser, page: adapter,
    close: async () => { await browser.close().catch(() => {}); x.stop(); await removeHome(home); },
  };
}

function firefoxPage(page, viewport) {
  return {
    raw: page,
    goto: (url) => page.goto(url),
    reload: () => page.reload(),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    waitForFunction: (fn, arg, { timeout = 30000 } = {}) => page.waitForFunction(fn, { timeout, polling: 50 }, arg),
    viewportSize: () => viewport,
    mouse: {
      move: (x, y) => page.mouse.move(x, y),
      down: () => page.mouse.down(),
      up: () => page.mouse.up(),
      wheel: (dx, dy) => page.mouse.wheel({ deltaX: Math.round(dx), deltaY: Math.round(dy) }),
    },
    keyboard: {
      type: (text) => page.keyboard.type(text),
      press: (key) => pressChord(page.keyboard, key),
      // Firefox has no insertText command over BiDi: the editing command that input methods use.
      insertText: (text) => page.evaluate((t) => document.execCommand('insertText', false, t), text),
    },
    screenshot: ({ path: file }) => page.screenshot({ path: file }),
    on: (event, handler) => page.on(event, handler),
  };
}

async function pressChord(keyboard, chord) {
  const keys = chord.split('+');
  for (const k of keys.slice(0, -1)) await keyboard.down(k);
  await keyboard.press(keys[keys.length - 1]);
  for (const k of keys.slice(0, -1).reverse()) await keyboard.up(k);
}

// ---------------------------------------------------------------------------------------------
// WebKitGTK through selenium-webdriver and WebKitWebDriver.
async function launchWebkit({ width, height, scale }) {
  const { Builder, Origin } = await import('selenium-webdriver');
  need(MINIBROWSER, 'libwebkit2gtk-4.1-0');
  need(WEBKIT_DRIVER, 'webkit2gtk-driver');
  const x = await startXvfb();
  const { env, home } = privateEnv({ DISPLAY: x.display, GDK_SCALE: String(scale), GDK_BACKEND: 'x11',
    WEBKIT_DISABLE_SANDBOX_THIS_IS_DANGEROUS: '1' });
  const port = await freePort();
  const driverProc = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  keepLog('webkit', driverProc);
  const stop = async () => { await endProcess(driverProc); x.stop(); await removeHome(home); };
  let driver;
  try {
    await listening(port, driverProc);
    driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    }).build();
  } catch (err) {
    await stop();
    throw new Error(`WebKitGTK (MiniBrowser) tidak dapat dijalankan: ${err.message}`);
  }
  // The window's outer size so the page gets the wanted viewport (the window has a frame).
  await driver.manage().window().setRect({ width, height });
  const inner = await driver.executeScript('return [innerWidth, innerHeight]');
  await driver.manage().window().setRect({ width: width * 2 - inner[0], height: height * 2 - inner[1] });
  const adapter = webkitPage(driver, Origin, { width, height });
  return { engine: 'webkit', browser: driver, page: adapter, close: async () => { await driver.quit().catch(() => {}); await stop(); } };
}

function webkitPage(driver, Origin, viewport) {
  const run = (fn, arg) => driver.executeAsyncScript(
    `const done = arguments[arguments.length - 1];
     Promise.resolve((${source(fn)})(arguments[0])).then((v) => done({ ok: true, v }), (e) => done({ ok: false, e: String(e && e.stack || e) }));`,
    arg === undefined ? null : arg).then((r) => {
    if (!r.ok) throw new Error(r.e);
    return r.v;
  });
  let pos = { x: -1, y: -1 };
  let wheelTotal = { x: 0, y: 0 };  // see mouse.wheel
  // WebKitWebDriver may return from an action before the page has its events: each action waits
  // until the page has received at least one more input event (see INPUT_PROBE).
  const perform = async (build) => {
    const before = await run(INPUT_PROBE);
    await build(driver.actions({ async: true })).perform();
    const end = Date.now() + 10000;
    while (await run(() => window.asnTestInput.count) <= before) {
      if (Date.now() > end) throw new Error('WebKit: the page received no input event from the action');
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  return {
    raw: driver,
    goto: (url) => driver.get(url),
    reload: () => driver.navigate().refresh(),
    evaluate: run,
    // Polls the condition in the page until it holds (classic WebDriver has no waitForFunction).
    waitForFunction: async (fn, arg, { timeout = 30000 } = {}) => {
      const end = Date.now() + timeout;
      for (;;) {
        let value = null;
        try { value = await run(fn, arg); } catch (e) { if (Date.now() > end) throw e; }
        if (value) return value;
        if (Date.now() > end) throw new Error(`waitForFunction: timeout ${timeout} ms: ${source(fn).slice(0, 120)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    viewportSize: () => viewport,
    mouse: {
      move: async (x, y) => {
        const to = { x: Math.round(x), y: Math.round(y) };
        if (to.x === pos.x && to.y === pos.y) return;  // no move, no event
        pos = to;
        await perform((a) => a.move({ x: pos.x, y: pos.y, origin: Origin.VIEWPORT }));
      },
      down: () => perform((a) => a.press()),
      up: () => perform((a) => a.release()),
      // WebKitWebDriver scrolls by the difference between this scroll action's delta and the
      // previous one's (seen here: deltas 422, 136, 330 scrolled by +358, -242, +163 px), so the
      // running total is sent to scroll by (dx, dy).
      wheel: (dx, dy) => {
        wheelTotal = { x: wheelTotal.x + Math.round(dx), y: wheelTotal.y + Math.round(dy) };
        return perform((a) => a.scroll(pos.x, pos.y, wheelTotal.x, wheelTotal.y, Origin.VIEWPORT));
      },
    },
    keyboard: {
      type: async (text) => { for (const ch of text) await perform((a) => a.sendKeys(ch)); },
      press: async (chord) => {
        const { Key } = await import('selenium-webdriver');
        const names = { Control: Key.CONTROL, Shift: Key.SHIFT, Alt: Key.ALT, Meta: Key.META, Enter: Key.ENTER,
          Tab: Key.TAB, Backspace: Key.BACK_SPACE, Escape: Key.ESCAPE, PageDown: Key.PAGE_DOWN, PageUp: Key.PAGE_UP,
          ArrowDown: Key.ARROW_DOWN, ArrowUp: Key.ARROW_UP, ArrowLeft: Key.ARROW_LEFT, ArrowRight: Key.ARROW_RIGHT,
          F9: Key.F9, Space: Key.SPACE };
        const keys = chord.split('+').map((k) => names[k] || (k.length === 1 ? k.toLowerCase() : k));
        await perform((a) => {
          for (const k of keys.slice(0, -1)) a = a.keyDown(k);
          a = a.sendKeys(keys[keys.length - 1]);
          for (const k of keys.slice(0, -1).reverse()) a = a.keyUp(k);
          return a;
        });
      },
      insertText: (text) => run((t) => document.execCommand('insertText', false, t), text),
    },
    screenshot: async ({ path: file }) => fs.writeFileSync(file, Buffer.from(await driver.takeScreenshot(), 'base64')),
    on: () => {},
  };
}

// Launches `engine` and returns { engine, page|context, close }. For Chromium the caller makes its
// pages from `context` (Playwright); the other engines have exactly one page.
export async function launchEngine(engine, options) {
  if (engine === 'chromium') return launchChromium(options);
  if (engine === 'firefox') return launchFirefox(options);
  if (engine === 'webkit') return launchWebkit(options);
  throw new Error(`mesin peramban tidak dikenal: ${engine} (${ENGINES.join(', ')})`);
}
