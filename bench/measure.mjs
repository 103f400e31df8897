// Measures what a first visit costs and what the app costs while idle, and prints a table.
//   node bench/measure.mjs [--dist dist] [--loads 10] [--idle-seconds 10]
// Speed is reported here, never asserted in tests (figures depend on the machine).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { closeApp, openApp, parseArgs } from '../tests/e2e/harness.mjs';

const args = parseArgs(process.argv);
const dist = path.resolve(args.dist || 'dist');
const loads = Number(args.loads || 10);
const idleSeconds = Number(args['idle-seconds'] || 10);

const rows = [];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// ---- Transfer size of a first visit: every file of the site ----
let raw = 0, gz = 0, br = 0;
for (const f of fs.readdirSync(dist)) {
  if (f === 'asn-kinerja.html') continue;  // the one-file edition: a download, not part of a visit
  const body = fs.readFileSync(path.join(dist, f));
  raw += body.length;
  gz += zlib.gzipSync(body, { level: 9 }).length;
  br += zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}
rows.push(['First visit transfer (raw / gzip -9 / brotli 11)', `${kb(raw)} / ${kb(gz)} / ${kb(br)}`]);

// ---- Start-up: navigation start to the first rendered frame, median of N loads ----
const times = [];
for (let i = 0; i < loads; i += 1) {
  const app = await openApp({ dist });
  times.push(await app.page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return window.asnFirstFrameAt - (nav ? nav.startTime : 0);
  }));
  await closeApp(app);
}
times.sort((a, b) => a - b);
rows.push([`Start-up to first frame, headless Chromium, loopback (median of ${loads})`, `${times[Math.floor(times.length / 2)].toFixed(0)} ms`]);

// ---- Idle cost: renderer main-thread task time over N seconds on the home screen ----
{
  const app = await openApp({ dist });
  const cdp = await app.context.newCDPSession(app.page);
  await cdp.send('Performance.enable');
  await app.page.waitForTimeout(1500);  // let the start-up frames settle
  const metric = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const framesBefore = await app.page.evaluate(() => window.asnTest.frames());
  const before = await metric();
  await app.page.waitForTimeout(idleSeconds * 1000);
  const busy = await metric() - before;
  const framesAfter = await app.page.evaluate(() => window.asnTest.frames());
  rows.push([`Idle on the home screen, ${idleSeconds} s: main-thread busy time (share of one core)`,
    `${(busy * 1000).toFixed(0)} ms (${(100 * busy / idleSeconds).toFixed(2)} %), ${framesAfter - framesBefore} frames drawn`]);
  await closeApp(app);
}

const width = Math.max(...rows.map((r) => r[0].length));
for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
