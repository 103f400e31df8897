// The benchmark: builds what it needs, then measures the app against a baseline built in the same
// run with the same Dear ImGui library and flags (bench/baseline: one window, one button), and
// prints one table with the targets.
//
//   node bench/run.mjs [--quick] [--no-build] [--loads N] [--idle-seconds S] [--files N] [--saves N]
//
//   --quick       1 load, 1 s idle, 200 recap files, 3 saves, a short interaction script
//                 (checks that everything runs; the figures mean little)
//   --no-build    use the existing build (build/native, build/web, dist/)
//
// Speed is reported here, never asserted in tests (figures depend on the machine and its load).
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumPath, clickItem, scrollIntoView, waitSaved } from '../tests/e2e/harness.mjs';
import { startStaticServer } from '../tools/static-server.mjs';

// ---- Options ----
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, def) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : def;
};
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const quick = flag('quick');
const loads = Number(option('loads', quick ? 1 : 20));
const idleSeconds = Number(option('idle-seconds', quick ? 1 : 10));
const unitFiles = Number(option('files', quick ? 200 : 10000));
const saves = Number(option('saves', quick ? 3 : 20));
const recapRuns = quick ? 1 : 3;
const recapRounds = quick ? 1 : 5;
const dist = path.resolve(option('dist', path.join(root, 'dist')));
const webBuild = path.resolve(option('web-build', path.join(root, 'build/web')));
const nativeBuild = path.resolve(option('native-build', path.join(root, 'build/native')));
const baselineSite = path.join(webBuild, 'bench-baseline/site');
const nativeCli = path.join(nativeBuild, 'src/asn-kinerja');
const wasmCli = path.join(webBuild, 'src/asn-kinerja.js');
const work = path.join(root, 'build/bench');

const log = (text) => process.stderr.write(`bench: ${text}\n`);
const loadAverage = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const loadAtStart = loadAverage();

if (!flag('no-build')) {
  log('building (./emsdk-setup.sh build)');
  execFileSync(path.join(root, 'emsdk-setup.sh'), ['build'], { stdio: ['ignore', process.stderr, process.stderr] });
}
for (const f of [path.join(dist, 'index.html'), path.join(baselineSite, 'index.html'), nativeCli, wasmCli]) {
  if (!fs.existsSync(f)) throw new Error(`${f} is missing: build first (./emsdk-setup.sh build)`);
}
fs.mkdirSync(work, { recursive: true });

// ---- Small statistics helpers ----
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const quantile = (xs, q) => {
  if (xs.length === 0) return NaN;
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
const median = (xs) => {
  const s = sorted(xs);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const ms = (x, digits = 1) => `${x.toFixed(digits)} ms`;

// ---- Browser pages ----
// Every page gets its own Chromium (a first visit: empty profile and cache), with the flags the
// end-to-end tests use. A marker argument identifies the browser process, so its whole process
// tree (renderer, GPU process with SwiftShader, ...) can be found in /proc.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader'];

async function openPage(site, { kind, returningUser = true, width = 1280, height = 800 }) {
  const marker = `--asn-bench-marker=${crypto.randomUUID()}`;
  const server = await startStaticServer(site, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS, marker] });
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  if (kind === 'app' && returningUser) {
    // As a returning user: the first-visit walkthrough was dismissed before (see tests/e2e/harness.mjs).
    await context.addInitScript(() => {
      localStorage.setItem('asn-kinerja.v1.pengaturan', JSON.stringify({ panduan_selesai: true }));
    });
  }
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (req) => requests.push(req.url()));
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`${origin}/`);
  const ready = kind === 'app' ? () => window.asnTest && window.asnTest.ready()
    : () => window.baselineTest && window.baselineTest.ready();
  await page.waitForFunction(ready, null, { timeout: 60000 });
  await page.waitForFunction(() => window.asnFirstFrameAt !== undefined, null, { timeout: 60000 });
  return { kind, server, origin, browser, context, page, requests, errors, marker };
}

async function closePage(p) {
  await p.browser.close();
  p.server.close();
}

// ---- CPU time of a browser's processes, from /proc (Linux) ----
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

// A /proc stat file (of a process or a thread): {name, ppid, cpu} (cpu: utime + stime, seconds).
function readStat(file) {
  const stat = fs.readFileSync(file, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15.
  return { name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), ppid: Number(fields[1]),
    cpu: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS };
}

function processTable() {
  const table = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const { ppid, cpu } = readStat(`/proc/${entry}/stat`);
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ');
      table.set(Number(entry), { ppid, cpu, cmdline });
    } catch { /* the process ended meanwhile */ }
  }
  return table;
}

// The processes of the browser of page p: the table and the pids of its tree.
function browserTree(p) {
  const table = processTable();
  const rootPid = [...table.entries()].find(([, v]) => v.cmdline.includes(p.marker) && !v.cmdline.includes('--type='));
  if (!rootPid) throw new Error('browser process not found in /proc');
  const tree = new Set([rootPid[0]]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, v] of table) if (!tree.has(pid) && tree.has(v.ppid)) { tree.add(pid); grew = true; }
  }
  return { table, tree };
}

// CPU seconds used so far by the browser of page p: {renderer, gpu, all} (all = the whole tree).
function browserCpu(p) {
  const { table, tree } = browserTree(p);
  const out = { renderer: 0, gpu: 0, all: 0 };
  for (const pid of tree) {
    const v = table.get(pid);
    out.all += v.cpu;
    if (v.cmdline.includes('--type=renderer')) out.renderer += v.cpu;
    if (v.cmdline.includes('--type=gpu-process')) out.gpu += v.cpu;
  }
  return out;
}

async function idleCost(p, seconds) {
  const cdp = await p.context.newCDPSession(p.page);
  await cdp.send('Performance.enable');
  const task = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const frames = () => p.page.evaluate(() => (window.asnTest || window.baselineTest).frames());
  await p.page.mouse.move(2, 2);  // the pointer rests in a corner, outside any item
  await p.page.waitForTimeout(1500);  // let the last input's settling frames end
  const f0 = await frames();
  const t0 = await task();
  const c0 = browserCpu(p);
  await p.page.waitForTimeout(seconds * 1000);
  const c1 = browserCpu(p);
  const t1 = await task();
  const f1 = await frames();
  return {
    renderer: (c1.renderer - c0.renderer) / seconds, gpu: (c1.gpu - c0.gpu) / seconds, all: (c1.all - c0.all) / seconds,
    mainThread: (t1 - t0) / seconds, frames: f1 - f0,
  };
}
const pct = (share) => `${(100 * share).toFixed(2)} %`;

// CPU seconds used so far by the parts of page p's browser that a recap keeps busy: the browser
// process (it reads the chosen files), the page's main thread, its Web Workers (the recap
// workers), the GPU process (SwiftShader draws the progress), the rest.
function recapCpuParts(p) {
  const { table, tree } = browserTree(p);
  const out = { browser: 0, page: 0, workers: 0, gpu: 0, other: 0 };
  for (const pid of tree) {
    const v = table.get(pid);
    if (!v.cmdline.includes('--type=')) out.browser += v.cpu;
    else if (v.cmdline.includes('--type=gpu-process')) out.gpu += v.cpu;
    else if (!v.cmdline.includes('--type=renderer')) out.other += v.cpu;
    else {
      for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
        try {
          const { name, cpu } = readStat(`/proc/${pid}/task/${tid}/stat`);
          if (Number(tid) === pid) out.page += cpu;
          else if (name.startsWith('DedicatedWorker')) out.workers += cpu;
          else out.other += cpu;
        } catch { /* the thread ended meanwhile */ }
      }
    }
  }
  return out;
}

// Frame durations recorded by the page since the last call (the page keeps the last 512).
function frameCollector(p) {
  const get = () => p.page.evaluate(() => (window.asnTest || window.baselineTest).frameTimes());
  let seen = null;
  const values = [];
  let lost = 0;
  return {
    async start() { seen = (await get()).count; values.length = 0; lost = 0; },
    async poll() {
      const { count, ms: recent } = await get();
      const fresh = count - seen;
      const take = Math.min(fresh, recent.length);
      lost += fresh - take;
      values.push(...recent.slice(recent.length - take));
      seen = count;
    },
    values, get lost() { return lost; },
  };
}

// ---- 1. Transfer size of a first visit ----
// Everything the page requests on its first load (read from the site folder), compressed as a
// static host would serve it.
async function transferSize(site, kind) {
  const p = await openPage(site, { kind });
  await p.page.waitForTimeout(500);
  const files = [...new Set(p.requests.filter((u) => u.startsWith(p.origin + '/')).map((u) => {
    const rel = decodeURIComponent(new URL(u).pathname);
    return rel.endsWith('/') ? rel + 'index.html' : rel;
  }))];
  await closePage(p);
  let raw = 0, gz = 0, br = 0;
  for (const rel of files) {
    const file = path.join(site, rel);
    if (!fs.existsSync(file)) continue;
    const body = fs.readFileSync(file);
    raw += body.length;
    gz += zlib.gzipSync(body, { level: 9 }).length;
    br += zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { files: files.map((f) => path.basename(f)), raw, gz, br };
}

// ---- 2. Start-up: navigation start to the first frame on screen ----
async function startupOnce(site, kind) {
  const p = await openPage(site, { kind, returningUser: false });
  const t = await p.page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return window.asnFirstFrameAt - (nav ? nav.startTime : 0);
  });
  await closePage(p);
  return t;
}

// ---- The large draft for the autosave figure ----
// A generated, sealed submission: the CLI's sample with 50 RHK rows whose texts run to a few
// thousand characters each, and 100 continuous-feedback notes. Sealed here with the format's digest (SHA-256 over the key-sorted,
// whitespace-free JSON without `integritas`), then checked with `asn-kinerja validate`.
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function largeDraft() {
  const doc = JSON.parse(execFileSync(nativeCli, ['sample'], { encoding: 'utf8' }));
  delete doc.tanda_tangan;  // enlarged below: the CONTOH signature would no longer match
  const words = ('pelayanan administrasi kependudukan dilaksanakan tepat waktu sesuai standar operasional prosedur ' +
    'dengan dukungan data yang akurat serta koordinasi lintas unit kerja untuk meningkatkan kepuasan masyarakat').split(' ');
  const text = (seed, chars) => {
    let out = '';
    for (let i = 0; out.length < chars; i += 1) out += (out ? ' ' : '') + words[(seed * 7 + i * 3) % words.length];
    return out.slice(0, chars);
  };
  doc.skp.rhk = Array.from({ length: 50 }, (_, i) => ({
    id: `rhk-${i + 1}`,
    jenis: i < 40 ? 'utama' : 'tambahan',
    rhk_pimpinan: text(i, 1500),
    rhk: text(i + 1, 3000),
    aspek: ['kuantitas', 'kualitas', 'waktu', 'biaya'][i % 4],
    perspektif: null,
    iki: text(i + 2, 2000),
    target: '100',
    realisasi: '98',
    satuan: 'persen',
    bukti_dukung: text(i + 3, 3000),
    umpan_balik: text(i + 4, 2000),
  }));
  // A year of continuous feedback: two notes a week, about the RHK rows and the values in turn.
  const values = ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif'];
  doc.umpan_balik_berkelanjutan = Array.from({ length: 100 }, (_, i) => ({
    tanggal: new Date(Date.UTC(2025, 0, 2 + i * 3)).toISOString().slice(0, 10),
    rhk_id: i % 3 === 2 ? null : `rhk-${(i % 50) + 1}`,
    perilaku: i % 3 === 2 ? values[i % 7] : null,
    umpan_balik: text(i + 5, 600),
    tanggapan_pegawai: text(i + 6, 300),
  }));
  // An open draft (the sample is already assessed, and an assessed file is read-only in the app).
  doc.status = { ...doc.status, tahap: 'draf', diajukan: null, dinilai: null };
  delete doc.integritas;
  doc.integritas = { algoritma: 'sha256', nilai: crypto.createHash('sha256').update(canonical(doc)).digest('hex') };
  const file = path.join(work, 'draf-besar.json');
  fs.writeFileSync(file, JSON.stringify(doc, null, 2));
  const check = spawnSync(nativeCli, ['validate', file], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`generated large draft is not valid:\n${check.stdout}${check.stderr}`);
  return file;
}

// Drops a file on the page, as a user dragging it from the desktop (see tests/e2e/platform_input.mjs).
async function dropFile(p, file) {
  const content = fs.readFileSync(file, 'utf8');
  await p.page.evaluate(([name, text]) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type: 'application/json' }));
    document.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, [path.basename(file), content]);
}

// ---- 4. Frame time while interacting ----
const appState = (p) => p.page.evaluate(() => window.asnTest.state());
const TYPING_DELAY_MS = 40;  // about 25 characters a second

async function wheel(p, steps, delta) {
  for (let i = 0; i < steps; i += 1) {
    await p.page.mouse.move(640, 480);
    await p.page.mouse.wheel(0, delta);
    await p.page.waitForTimeout(120);
  }
}

// Scrolls and types through a full assessment (a workshop persona), screen by screen.
async function interactApp(p, collector) {
  const typeIn = async (id, text, container) => {
    if (container) await scrollIntoView(p, container);
    await scrollIntoView(p, id);
    await clickItem(p, id);
    await p.page.keyboard.type(text, { delay: TYPING_DELAY_MS });
    await collector.poll();
  };
  const screens = quick ? ['competencies', 'results'] : ['profile', 'competencies', 'results', 'behaviour', 'review', 'summary'];
  for (const screen of screens) {
    await clickItem(p, `nav.${screen}`);
    await collector.poll();
    await wheel(p, quick ? 3 : 12, 240);
    await collector.poll();
    await wheel(p, quick ? 3 : 12, -240);
    await collector.poll();
    if (screen === 'profile') await typeIn('profile.jabatan', ' dan Pelayanan Publik');
    if (screen === 'competencies') await typeIn('competency.bukti', ' Ditambah bukti baru dari kegiatan bulan ini.');
    if (screen === 'results') await typeIn('results.row.0.rhk', ' serta pelaporan bulanan');
    if (screen === 'behaviour') {
      await typeIn('behaviour.berorientasi_pelayanan.refleksi', ' Saya menanggapi keluhan warga hari itu juga.',
        'behaviour.berorientasi_pelayanan');
    }
  }
}

// The baseline has nothing to scroll or fill in: the same kind of input (pointer moves, wheel,
// typing) for about as long, while it draws every frame.
async function interactBaseline(p, collector, seconds) {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    await p.page.mouse.move(100 + Math.random() * 400, 100 + Math.random() * 300);
    await wheel(p, 3, 240);
    await p.page.keyboard.type('hello baseline', { delay: TYPING_DELAY_MS });
    await collector.poll();
  }
}

// ---- 6. Recap throughput ----
function unitFolder(count) {
  const dir = path.join(work, `unit-${count}`);
  const stamp = path.join(dir, '.complete');
  if (!fs.existsSync(stamp)) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    execFileSync(nativeCli, ['sample', '--unit', String(count), '--seed', '1', '--out', dir], { stdio: 'ignore' });
    fs.writeFileSync(stamp, '');
  }
  return dir;
}

// CPU seconds (user + system) of this process's finished children, from /proc/self/stat.
function childrenCpu() {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;  // cutime, cstime (fields 16, 17)
}

// Wall and CPU time of each command, run in turns (one run of each per round, `recapRounds` rounds),
// so that the figures compared share the machine's state of the moment: on this shared machine one
// command's runs taken back to back, then the other's, differed by a quarter with the load of the
// moment. Per command: median wall and CPU; `walls`, per round, for ratios taken round by round.
function timeRecapRounds(commands) {
  const out = commands.map(() => ({ walls: [], cpus: [] }));
  for (let round = 0; round < recapRounds; round += 1) {
    commands.forEach(([command, args], k) => {
      const c0 = childrenCpu();
      const t0 = process.hrtime.bigint();
      const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      out[k].walls.push(Number(process.hrtime.bigint() - t0) / 1e9);
      out[k].cpus.push(childrenCpu() - c0);
      if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${run.status}):\n${run.stderr}`);
    });
  }
  return out.map((r) => ({ ...r, wall: median(r.walls), cpu: median(r.cpus) }));
}

// Median over the rounds of a's time / b's time in the same round.
function roundRatio(a, b) {
  return median(a.walls.map((w, i) => w / b.walls[i]));
}

// The browser recap as a BKD officer runs it: Berkas → Rekap unit…, every file of the folder chosen in
// the file chooser; seconds from choosing to the last file counted (median of the runs). A fresh
// browser each time: the recap workers' module is downloaded and compiled within the time.
async function timeBrowserRecap(dir) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f));
  const times = [];
  const afterChange = [];
  const cpu = [];  // per run: recapCpuParts' difference
  for (let i = 0; i < recapRuns; i += 1) {
    const p = await openPage(dist, { kind: 'app' });
    await clickItem(p, 'menu.file');
    await clickItem(p, 'menu.file.recap');
    // When the page has the files (the change event), by the page's clock.
    await p.page.evaluate(() => document.getElementById('recap-picker').addEventListener('change', () => {
      window.benchChosenAt = performance.now();
    }, true));
    const [chooser] = await Promise.all([p.page.waitForEvent('filechooser'), clickItem(p, 'recap.pick_files')]);
    const c0 = recapCpuParts(p);
    const t0 = Date.now();
    await chooser.setFiles(files);
    const fromChange = await p.page.waitForFunction((n) => {
      const r = window.asnTest.state().recap;
      return !r.loading && r.files === n && performance.now() - window.benchChosenAt;
    }, files.length, { timeout: 600000, polling: 50 });
    times.push((Date.now() - t0) / 1000);
    afterChange.push(await fromChange.jsonValue() / 1000);
    const c1 = recapCpuParts(p);
    cpu.push(Object.fromEntries(Object.keys(c1).map((k) => [k, c1[k] - c0[k]])));
    if (p.errors.length) throw new Error(`page errors: ${p.errors.join('; ')}`);
    if (!p.server.requested.includes('/asn-recap.wasm')) throw new Error('the recap workers did not run (their module was not fetched)');
    await closePage(p);
  }
  const parts = Object.fromEntries(Object.keys(cpu[0]).map((k) => [k, median(cpu.map((c) => c[k]))]));
  return { total: median(times), afterChange: median(afterChange), cpu: parts };
}

// The floor: a page that only reads the same files chosen in its file chooser (bench/read_floor).
async function timeBrowserReading(dir) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f));
  const times = [];
  const afterChange = [];
  for (let i = 0; i < recapRuns; i += 1) {
    const server = await startStaticServer(path.join(root, 'bench/read_floor'), 0);
    const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#files')]);
    const t0 = Date.now();
    await chooser.setFiles(files);
    await page.waitForFunction((n) => window.readResult && window.readResult.files === n, files.length, { timeout: 600000, polling: 50 });
    times.push((Date.now() - t0) / 1000);
    afterChange.push(await page.evaluate(() => window.readResult.ms) / 1000);
    await browser.close();
    server.close();
  }
  return { total: median(times), afterChange: median(afterChange) };
}

// ====================================================================================
const rows = [];  // [figure, app, baseline, ratio/comparison, target, met]
const verdict = (ok) => (ok ? 'yes' : 'NO');

// 1. Transfer size
log('transfer size');
const appSize = await transferSize(dist, 'app');
const baseSize = await transferSize(baselineSite, 'baseline');
rows.push(['1. First-visit transfer, gzip -9', kb(appSize.gz), kb(baseSize.gz), `${(appSize.gz / baseSize.gz).toFixed(2)}×`,
  '≤ 450 KB', verdict(appSize.gz <= 450 * 1024)]);
rows.push(['   brotli 11', kb(appSize.br), kb(baseSize.br), `${(appSize.br / baseSize.br).toFixed(2)}×`, '', '']);
rows.push(['   raw', kb(appSize.raw), kb(baseSize.raw), `${(appSize.raw / baseSize.raw).toFixed(2)}×`, '', '']);
// Not part of a first visit: the recap workers' files, fetched the first time a recap runs.
const gzipOf = (names) => names.reduce((sum, name) => sum + zlib.gzipSync(fs.readFileSync(path.join(dist, name)), { level: 9 }).length, 0);
const recapWorkerFiles = ['recap-worker.js', 'asn-recap.js', 'asn-recap.wasm'];
rows.push(['   recap workers, fetched on the first recap (not in a first visit)', kb(gzipOf(recapWorkerFiles)), '—',
  appSize.files.some((f) => recapWorkerFiles.includes(f)) ? 'FETCHED ON FIRST VISIT' : 'not fetched on first visit', '', '']);

// 2. Start-up. App and baseline load in pairs, one straight after the other (which one first
// alternates), and the figure is the median of the pairs' ratios: the machine's load drifts over a
// run (the baseline's median alone moved 174-292 ms between runs), but hardly within a pair. Both
// pages draw their content in their first frame (bench/baseline/main.cpp gives its window a size).
log(`start-up, ${loads} loads each`);
const startApp = [];
const startBase = [];
const startPairs = [];
for (let i = 0; i < loads; i += 1) {
  const appFirst = i % 2 === 0;
  const first = await startupOnce(appFirst ? dist : baselineSite, appFirst ? 'app' : 'baseline');
  const second = await startupOnce(appFirst ? baselineSite : dist, appFirst ? 'baseline' : 'app');
  const [app, base] = appFirst ? [first, second] : [second, first];
  startApp.push(app);
  startBase.push(base);
  startPairs.push(app / base);
}
const startRatio = median(startPairs);
rows.push([`2. Start-up to the first frame showing the page (median of ${loads} pairs)`, ms(median(startApp), 0), ms(median(startBase), 0),
  `${startRatio.toFixed(2)}× (pairs ${quantile(startPairs, 0.25).toFixed(2)}–${quantile(startPairs, 0.75).toFixed(2)})`, '≤ 1.5× baseline',
  verdict(startRatio <= 1.5)]);

// 3. Idle cost, 4. frame time (persona), 5. autosave (large draft)
log(`idle ${idleSeconds} s, interaction, autosave`);
let idleHome, idleFull, idleBase, framesApp, framesBase, framesLarge, saveTimes, lockedSaveTimes, personaSaves, personaKb, lostFrames = 0;
let mirrorTimes;
let redrawFigures;
{
  const p = await openPage(dist, { kind: 'app' });
  idleHome = await idleCost(p, idleSeconds);
  await clickItem(p, 'workshop.load.guru');
  await waitSaved(p);
  idleFull = await idleCost(p, idleSeconds);
  const collector = frameCollector(p);
  await collector.start();
  const personaSavesBefore = (await p.page.evaluate(() => window.asnTest.saveTimes())).count;
  const personaSize = (await p.page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('asn-kinerja.v2.draf.'));
    return key ? localStorage.getItem(key).length : 0;
  }));
  const mirrorBefore = (await p.page.evaluate(() => window.asnTest.mirrorTimes())).count;
  const redrawsBefore = await p.page.evaluate(() => [window.asnTest.redraws(), window.asnTest.presented()]);
  const gpuBefore = browserCpu(p).gpu;
  const t0 = Date.now();
  await interactApp(p, collector);
  await p.page.waitForTimeout(1000);
  await collector.poll();
  // How much of the canvas the drawn frames redrew (only the part a frame changes is drawn again),
  // and the GPU process's CPU time (SwiftShader shades every pixel drawn).
  const [redrawsAfter, presentedAfter] = await p.page.evaluate(() => [window.asnTest.redraws(), window.asnTest.presented()]);
  const canvasPixels = await p.page.evaluate(() => document.getElementById('canvas').width * document.getElementById('canvas').height);
  redrawFigures = {
    presented: presentedAfter - redrawsBefore[1], partial: redrawsAfter.partial - redrawsBefore[0].partial,
    share: (redrawsAfter.pixels - redrawsBefore[0].pixels) / canvasPixels, gpu: browserCpu(p).gpu - gpuBefore,
  };
  // The accessibility mirror's publications in those frames (only frames whose picture changed publish).
  const mirrored = await p.page.evaluate(() => window.asnTest.mirrorTimes());
  mirrorTimes = mirrored.ms.slice(mirrored.ms.length - Math.min(mirrored.ms.length, mirrored.count - mirrorBefore));
  const interactSeconds = (Date.now() - t0) / 1000;
  framesApp = [...collector.values];
  lostFrames += collector.lost;
  const personaSaved = await p.page.evaluate(() => window.asnTest.saveTimes());
  personaSaves = personaSaved.ms.slice(personaSaved.ms.length - Math.min(personaSaved.ms.length, personaSaved.count - personaSavesBefore));
  personaKb = personaSize / 1024;

  // 5. Autosave of a large draft: import it, then edit a long text field; every edit is saved
  // about 0.4 s after the last keystroke.
  const large = largeDraft();
  const drafts = (await appState(p)).drafts;
  await dropFile(p, large);
  await p.page.waitForFunction((n) => window.asnTest.state().drafts === n + 1, drafts, { timeout: 30000 });
  await waitSaved(p);
  await clickItem(p, 'nav.results');
  await scrollIntoView(p, 'results.row.0.rhk');
  await clickItem(p, 'results.row.0.rhk');
  await waitSaved(p);
  const savesBefore = (await p.page.evaluate(() => window.asnTest.saveTimes())).count;
  await collector.start();
  for (let i = 0; i < saves; i += 1) {
    await p.page.keyboard.type('x', { delay: TYPING_DELAY_MS });
    await p.page.waitForFunction((n) => window.asnTest.saveTimes().count > n, savesBefore + i, { timeout: 20000 });
    await collector.poll();
  }
  const saved = await p.page.evaluate(() => window.asnTest.saveTimes());
  saveTimes = saved.ms.slice(saved.ms.length - Math.min(saves, saved.count - savesBefore));
  framesLarge = [...collector.values];

  // 5b. The same draft with the draft lock on: every save sealed (AES-256-GCM) in the same write.
  await clickItem(p, 'nav.home');
  await scrollIntoView(p, 'home.lock');
  await clickItem(p, 'lock.open_form');
  for (const id of ['lock.new', 'lock.repeat']) {
    await clickItem(p, id);
    await p.page.keyboard.type('kata sandi tolok ukur');
  }
  await clickItem(p, 'lock.turn_on');
  await p.page.waitForFunction(() => window.asnTest.state().lock.state === 'unlocked', null, { timeout: 60000 });
  await clickItem(p, 'home.draft.0.open');
  await clickItem(p, 'nav.results');
  await scrollIntoView(p, 'results.row.0.rhk');
  await clickItem(p, 'results.row.0.rhk');
  const lockedBefore = (await p.page.evaluate(() => window.asnTest.saveTimes())).count;
  for (let i = 0; i < saves; i += 1) {
    await p.page.keyboard.type('y', { delay: TYPING_DELAY_MS });
    await p.page.waitForFunction((n) => window.asnTest.saveTimes().count > n, lockedBefore + i, { timeout: 20000 });
  }
  const lockedSaved = await p.page.evaluate(() => window.asnTest.saveTimes());
  lockedSaveTimes = lockedSaved.ms.slice(lockedSaved.ms.length - Math.min(saves, lockedSaved.count - lockedBefore));
  if (p.errors.length) throw new Error(`page errors: ${p.errors.join('; ')}`);
  await closePage(p);

  const b = await openPage(baselineSite, { kind: 'baseline' });
  idleBase = await idleCost(b, idleSeconds);
  const bc = frameCollector(b);
  await bc.start();
  await interactBaseline(b, bc, Math.min(interactSeconds, quick ? 2 : 30));
  framesBase = [...bc.values];
  lostFrames += bc.lost;
  await closePage(b);
}
const idleRow = (label, r) => [label, `${pct(r.renderer)} (all ${pct(r.all)})`, `${pct(idleBase.renderer)} (all ${pct(idleBase.all)})`,
  `${r.frames} vs ${idleBase.frames} frames`, '≤ 1 % of a core', verdict(r.all <= 0.01)];
rows.push(idleRow(`3. Idle ${idleSeconds} s, home screen: CPU renderer (all processes)`, idleHome));
rows.push(idleRow(`   Idle ${idleSeconds} s, full assessment open`, idleFull));
rows.push(['   (renderer main thread, CDP TaskDuration)', `${pct(idleHome.mainThread)} / ${pct(idleFull.mainThread)}`,
  pct(idleBase.mainThread), 'home / full', '', '']);
const p95App = quantile(framesApp, 0.95);
rows.push([`4. Frame CPU time while scrolling + typing (${framesApp.length} / ${framesBase.length} frames): median`,
  ms(median(framesApp), 2), ms(median(framesBase), 2), `${(median(framesApp) / median(framesBase)).toFixed(1)}×`, '', '']);
rows.push(['   p95', ms(p95App, 2), ms(quantile(framesBase, 0.95), 2),
  `${(p95App / quantile(framesBase, 0.95)).toFixed(1)}×`, '≤ 4 ms', verdict(p95App <= 4)]);
rows.push([`   of which the accessibility mirror's publication (tree → JSON → DOM), ${mirrorTimes.length} changed frames: median / p95`,
  `${ms(median(mirrorTimes), 2)} / ${ms(quantile(mirrorTimes, 0.95), 2)}`, '—', '', '', '']);
rows.push([`   canvas redrawn in those ${redrawFigures.presented} drawn frames (${redrawFigures.partial} only in part): pixels per drawn frame; GPU process CPU`,
  `${pct(redrawFigures.share / Math.max(1, redrawFigures.presented))} of the canvas; ${redrawFigures.gpu.toFixed(1)} s`, '—', '', '', '']);
const slowLarge = framesLarge.filter((t) => t > 16).length;
rows.push([`   large draft (50 RHK, 100 notes, long texts), typing: median / p95 / slowest (${framesLarge.length} frames, ${slowLarge} over 16 ms)`,
  `${ms(median(framesLarge), 2)} / ${ms(quantile(framesLarge, 0.95), 2)} / ${ms(Math.max(0, ...framesLarge), 1)}`, '—', '',
  'no frame over 16 ms', verdict(slowLarge === 0)]);
const saveP95 = quantile(saveTimes, 0.95);
rows.push([`5. Autosave, full assessment (persona, ${personaKb.toFixed(0)} KB stored), ${personaSaves.length} saves: median / p95`,
  `${ms(median(personaSaves), 1)} / ${ms(quantile(personaSaves, 0.95), 1)}`, '—', '', '≤ 5 ms p95',
  verdict(quantile(personaSaves, 0.95) <= 5)]);
rows.push([`   Autosave, large draft (${(fs.statSync(path.join(work, 'draf-besar.json')).size / 1024).toFixed(0)} KB file), ${saveTimes.length} saves: median / p95`,
  `${ms(median(saveTimes), 1)} / ${ms(saveP95, 1)}`, '—', '', '≤ 5 ms p95', verdict(saveP95 <= 5)]);
rows.push([`   Autosave, the same draft with the draft lock on (sealed, AES-256-GCM), ${lockedSaveTimes.length} saves: median / p95`,
  `${ms(median(lockedSaveTimes), 1)} / ${ms(quantile(lockedSaveTimes, 0.95), 1)}`, `${ms(median(saveTimes), 1)} plain`,
  `${(median(lockedSaveTimes) / median(saveTimes)).toFixed(1)}×`, '', '']);

// 6. Recap throughput, natively and as WebAssembly under Node (the same command on the same files)
log(`recap of ${unitFiles} generated submissions`);
const unit = unitFolder(unitFiles);
const node = process.execPath;
// The reference: a short Python script doing the least a recap must (read, digest, predikat). It must
// agree with the CLI on the files before its time means anything.
const reference = path.join(root, 'bench', 'reference_recap.py');
const referenceRun = spawnSync('python3', [reference, unit], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
const referenceSeen = referenceRun.status === 0 ? JSON.parse(referenceRun.stdout) : null;
if (!referenceSeen || referenceSeen.files !== unitFiles || referenceSeen.digest_ok !== unitFiles) {
  throw new Error(`reference script: ${referenceRun.stdout}${referenceRun.stderr}`);
}
const [recapNative, recapWasm, recapPython] = timeRecapRounds([
  [nativeCli, ['recap', unit]],
  [node, ['--no-experimental-fetch', wasmCli, 'recap', unit]],
  ['python3', [reference, unit]],
]);
const recapRatio = roundRatio(recapWasm, recapNative);
const nativeToScript = roundRatio(recapNative, recapPython);
const at10k = unitFiles === 10000;
rows.push([`6. Recap of ${unitFiles} submissions (asn-kinerja recap): native, wall (CPU)`,
  `${recapNative.wall.toFixed(2)} s (${recapNative.cpu.toFixed(2)} s)`, '—', '',
  at10k ? '≤ 2 s' : '(≤ 2 s at 10,000)', at10k ? verdict(recapNative.wall <= 2) : '']);
rows.push(['   WebAssembly under Node, wall (CPU)', `${recapWasm.wall.toFixed(2)} s (${recapWasm.cpu.toFixed(2)} s)`, '—',
  `${recapRatio.toFixed(2)}× native (CPU ${(recapWasm.cpu / recapNative.cpu).toFixed(2)}×)`, '≤ 2× native',
  verdict(recapRatio <= 2)]);
rows.push(['   reference script (Python 3: read, SHA-256 digest, predikat), wall (CPU)',
  `${recapPython.wall.toFixed(2)} s (${recapPython.cpu.toFixed(2)} s)`, '—',
  `native ${nativeToScript.toFixed(2)}×, WebAssembly ${roundRatio(recapWasm, recapPython).toFixed(2)}× the script ` +
    `(rounds ${recapNative.walls.map((w, i) => (w / recapPython.walls[i]).toFixed(2)).join(', ')})`,
  'native ≤ 0.5× script', verdict(nativeToScript <= 0.5)]);
log(`browser recap of ${unitFiles} files through the file chooser`);
const recapBrowser = await timeBrowserRecap(unit);
const readFloor = await timeBrowserReading(unit);
rows.push(['   browser (Chromium, files chosen in the file chooser), choosing → last file counted', `${recapBrowser.total.toFixed(2)} s`,
  '—', `${(recapBrowser.total / recapNative.wall).toFixed(2)}× native`, '≤ 3× native', verdict(recapBrowser.total / recapNative.wall <= 3)]);
rows.push(['   the same, from the page having the files (change event) → last file counted', `${recapBrowser.afterChange.toFixed(2)} s`,
  '—', `${(recapBrowser.afterChange / recapNative.wall).toFixed(2)}× native`, '', '']);
{
  const c = recapBrowser.cpu;
  const total = c.browser + c.page + c.workers + c.gpu + c.other;
  rows.push(['   its CPU (choosing → last counted, medians): browser process / page thread / recap workers / GPU process / rest',
    [c.browser, c.page, c.workers, c.gpu, c.other].map((x) => `${x.toFixed(1)}`).join(' / ') + ' s', '—',
    `${total.toFixed(1)} s on ${os.cpus().length} cores`, '', '']);
}
rows.push(['   floor: a page only reading the same chosen files (bench/read_floor), choosing → read (from change)',
  `${readFloor.total.toFixed(2)} s (${readFloor.afterChange.toFixed(2)} s)`, '—',
  `${(readFloor.total / recapNative.wall).toFixed(2)}× native (${(readFloor.afterChange / recapNative.wall).toFixed(2)}×)`, '', '']);

// ---- The table ----
const header = ['Figure', 'App', 'Baseline', 'Ratio / note', 'Target', 'Met'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd();
console.log(`Benchmark ${quick ? '(--quick: figures not meaningful) ' : ''}on ${os.cpus().length} cores, ` +
  `${new Date().toISOString().slice(0, 16)}Z; load average (1/5/15 min) at start ${loadAtStart}, at end ${loadAverage()}`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
console.log(`App files: ${appSize.files.join(', ')}; baseline files: ${baseSize.files.join(', ')}.`);
console.log('Idle CPU: utime+stime from /proc of the renderer process(es) and of the whole browser process tree ' +
  '(browser, GPU process with SwiftShader, utilities), per second of wall time.');
if (lostFrames) console.log(`Note: ${lostFrames} frame times were overwritten before they were read (not counted).`);
