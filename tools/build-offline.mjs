// Build step for offline use, run by cmake/WebApp.cmake once the site is assembled in dist/:
//   0. the page's scripts and the runtimes minified in place (tools/minify-scripts.mjs);
//   1. dist/sw.js — the service worker of web/sw.js with this build's version (a hash of the content
//      of every file of the site) and the exact file list, each file with its SHA-256;
//   2. dist/asn-kinerja.html — the one-file edition: the page with its CSS, scripts and the
//      WebAssembly module (gzip, base64) inlined, a hash-based Content-Security-Policy, no service
//      worker; it opens from the file system (file://);
//   3. a check that the site's Content-Security-Policy still allows the printable report's <style>
//      (its blob: tab inherits the page's policy).
//
//   node tools/build-offline.mjs --dist DIR --sw web/sw.js --report-source src/core/report_html.cpp
//
// Files are rewritten only when their content changes.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { minifyScripts } from './minify-scripts.mjs';

const ONE_FILE = 'asn-kinerja.html';
const SERVICE_WORKER = 'sw.js';
const NOT_PRECACHED = new Set([ONE_FILE, SERVICE_WORKER]);
// Files the service worker does not fetch on install but keeps once the page first fetches them:
// the recap workers' script and module (a first visit does not download them; web/sw.js).
const ON_FIRST_USE = new Set(['recap-worker.js', 'asn-recap.js', 'asn-recap.wasm']);
// Scripts of the site that the one-file edition leaves out.
const SITE_ONLY_SCRIPTS = new Set(['offline.js']);

function fail(message) {
  console.error(`build-offline: ${message}`);
  process.exit(1);
}

function arg(name) {
  const i = process.argv.indexOf(name);
  if (i < 0 || i + 1 >= process.argv.length) fail(`missing ${name}`);
  return process.argv[i + 1];
}

const sha256 = (data, encoding = 'hex') => crypto.createHash('sha256').update(data).digest(encoding);
const cspHash = (text) => `'sha256-${sha256(Buffer.from(text, 'utf8'), 'base64')}'`;

function writeIfChanged(file, content) {
  if (fs.existsSync(file) && fs.readFileSync(file).equals(Buffer.from(content))) return false;
  fs.writeFileSync(file, content);
  return true;
}

// Every file of the site (recursively, '/' separated, sorted), except the worker itself and the
// one-file edition (a download, not part of the running site).
function siteFiles(dist) {
  const out = [];
  const walk = (dir, prefix) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const rel = prefix + entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), `${rel}/`);
      else if (entry.isFile() && !NOT_PRECACHED.has(rel)) out.push(rel);
    }
  };
  walk(dist, '');
  return out.sort();
}

// ---- 1. The versioned service worker ----
export function stampServiceWorker(dist, template) {
  const all = siteFiles(dist).map((p) => ({ path: p, sha256: sha256(fs.readFileSync(path.join(dist, p))) }));
  if (!all.some((f) => f.path === 'index.html')) fail(`${dist}/index.html not found`);
  for (const name of ON_FIRST_USE) {
    if (!all.some((f) => f.path === name)) fail(`${dist}/${name} not found`);
  }
  const files = all.filter((f) => !ON_FIRST_USE.has(f.path));
  const onFirstUse = all.filter((f) => ON_FIRST_USE.has(f.path));
  const source = fs.readFileSync(template, 'utf8');
  // The worker's own code counts too: a changed worker is a new version with a cache of its own.
  const version = sha256(all.map((f) => `${f.sha256}  ${f.path}\n`).join('') + sha256(source)).slice(0, 16);
  const block = /\/\* ASN-BUILD \*\/[\s\S]*?\/\* ASN-BUILD-END \*\//;
  if (!block.test(source)) fail(`${template}: the /* ASN-BUILD */ … /* ASN-BUILD-END */ block is missing`);
  const build = `/* ASN-BUILD */\nconst BUILD = ${JSON.stringify({ version, files, onFirstUse }, null, 2)};\n/* ASN-BUILD-END */`;
  writeIfChanged(path.join(dist, SERVICE_WORKER), source.replace(block, () => build));
  return version;
}

// ---- 2. The one-file edition ----
// Text that must not end the element it is inlined into.
function inlineScript(text, name) {
  const safe = text.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
  if (/<\/script|<!--/i.test(safe)) fail(`${name}: cannot be inlined safely`);
  return safe;
}

function replaceOnce(html, pattern, replacement, what) {
  const matches = html.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) || [];
  if (matches.length !== 1) fail(`index.html: expected exactly one ${what}, found ${matches.length}`);
  return html.replace(pattern, replacement);
}

// The module is decompressed with the browser's own DecompressionStream (about half the size of
// plain base64) and handed to the Emscripten runtime through Module.instantiateWasm.
const PRELUDE = `
// One-file edition: the WebAssembly module is in this page (gzip, base64); no network, no service worker.
window.asnOneFile = {
  start(Module, showFatal) {
    if (typeof DecompressionStream !== 'function') {
      showFatal('Peramban ini terlalu lama untuk edisi satu berkas. Gunakan versi terbaru Chrome, Edge, Firefox atau Safari.');
      Module.instantiateWasm = () => ({});
      return;
    }
    Module.instantiateWasm = (imports, receiveInstance) => {
      const text = document.getElementById('asn-wasm').textContent.trim();
      const packed = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
      new Response(new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()
        .then((bytes) => WebAssembly.instantiate(bytes, imports))
        .then((result) => receiveInstance(result.instance, result.module))
        .catch((err) => showFatal('Aplikasi tidak dapat dimulai: ' + err));
      return {};
    };
  },
};
`;

export function buildOneFile(dist, reportStyleHash) {
  const read = (name) => {
    const file = path.join(dist, name);
    if (!fs.existsSync(file)) fail(`${file} not found`);
    return fs.readFileSync(file);
  };
  let html = read('index.html').toString('utf8');
  const scriptHashes = [];
  const styleHashes = [];

  // Stylesheets inline.
  html = html.replace(/<link rel="stylesheet" href="([^"]+)">/g, (_, href) => {
    const css = read(href).toString('utf8');
    if (/<\/style/i.test(css)) fail(`${href}: cannot be inlined safely`);
    styleHashes.push(cspHash(css));
    return `<style>${css}</style>`;
  });
  // Icon as a data: URL; no manifest (nothing to install from a file).
  html = replaceOnce(html, /<link rel="icon" href="([^"]+)" type="image\/svg\+xml">/,
    (_, href) => `<link rel="icon" href="data:image/svg+xml;base64,${read(href).toString('base64')}" type="image/svg+xml">`, 'SVG icon link');
  html = replaceOnce(html, /\n?[ \t]*<link rel="manifest" href="[^"]+">/, '', 'manifest link');
  // Nothing to download ahead: the module and its runtime are in the page.
  html = replaceOnce(html, /\n?[ \t]*<!-- Everything the start needs downloads[\s\S]*?-->/, '', 'preload comment');
  html = html.replace(/\n?[ \t]*<link rel="preload" [^>]*>/g, '');
  if (/<link rel="preload"/.test(html)) fail('index.html: a preload link was left in the one-file edition');

  // Scripts inline, the site-only ones (service worker registration) left out; the module data
  // and its start-up code before the first, the Emscripten runtime after the last.
  const scripts = [...html.matchAll(/<script src="([^"]+)"><\/script>/g)].map((m) => m[1]);
  if (!scripts.includes('loader.js')) fail('index.html: <script src="loader.js"></script> not found');
  const wasm = zlib.gzipSync(read('asn-kinerja.wasm'), { level: 9 }).toString('base64');
  const runtime = inlineScript(read('asn-kinerja.js').toString('utf8'), 'asn-kinerja.js');
  const inlined = (text) => { scriptHashes.push(cspHash(text)); return `<script>${text}</script>`; };
  let first = true;
  html = html.replace(/([ \t]*)<script src="([^"]+)"><\/script>\n?/g, (_, indent, src) => {
    if (SITE_ONLY_SCRIPTS.has(src)) return '';
    let out = '';
    if (first) {
      first = false;
      out += `${indent}<script type="application/octet-stream" id="asn-wasm">\n${wasm.replace(/.{1,120}/g, '$&\n')}</script>\n`;
      out += `${indent}${inlined(PRELUDE)}\n`;
    }
    out += `${indent}${inlined(inlineScript(read(src).toString('utf8'), src))}\n`;
    if (src === scripts.filter((s) => !SITE_ONLY_SCRIPTS.has(s)).at(-1)) out += `${indent}${inlined(runtime)}\n`;
    return out;
  });

  // A policy of hashes: exactly these scripts and styles, nothing from anywhere else.
  const csp = [
    "default-src 'none'",
    `script-src ${scriptHashes.join(' ')} 'wasm-unsafe-eval'`,
    `style-src ${styleHashes.join(' ')} ${reportStyleHash}`,
    'img-src data: blob:',
    "base-uri 'none'", "form-action 'none'", "object-src 'none'", "frame-src 'none'", "worker-src 'none'",
  ].join('; ');
  html = replaceOnce(html, /<meta http-equiv="Content-Security-Policy" content="[^"]*">/,
    () => `<meta http-equiv="Content-Security-Policy" content="${csp}">`, 'Content-Security-Policy meta');
  html = html.replace(/<!-- Nothing but this site's own files[\s\S]*?-->\n\s*/, '');
  // The update notice belongs to the service worker: none here.
  html = html.replace(/[ \t]*<!-- Shown by offline\.js[^>]*-->\n[ \t]*<div id="update-notice"[\s\S]*?<\/div>\n\n?/, '');
  html = html.replace('<html lang="id">', '<html lang="id">\n<!-- Penilaian Kinerja ASN, edisi satu berkas: buka berkas ini langsung di peramban (tanpa server). -->');
  writeIfChanged(path.join(dist, ONE_FILE), html);
  return html.length;
}

// ---- 3. The printable report's <style> under the site's policy ----
export function reportStyleHash(reportSource) {
  const match = fs.readFileSync(reportSource, 'utf8').match(/<style>([\s\S]*?)<\/style>/);
  if (!match) fail(`${reportSource}: the report's <style> element was not found`);
  return cspHash(match[1]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = path.resolve(arg('--dist'));
  const reportHash = reportStyleHash(arg('--report-source'));
  const index = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const policy = (index.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/) || [])[1];
  if (!policy) fail('index.html has no Content-Security-Policy meta element');
  const styleSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('style-src ')) || '';
  if (!styleSrc.split(/\s+/).includes(reportHash)) {
    fail(`web/index.html: the Content-Security-Policy style-src must list ${reportHash}, the hash of the printable ` +
         "report's <style> (src/core/report_html.cpp): its tab inherits the page's policy");
  }
  const minified = await minifyScripts(dist);
  const version = stampServiceWorker(dist, path.resolve(arg('--sw')));
  const size = buildOneFile(dist, reportHash);
  console.log(`build-offline: scripts ${Math.round(minified.before / 1024)} -> ${Math.round(minified.after / 1024)} KB; ` +
              `sw.js versi ${version}; ${ONE_FILE} ${Math.round(size / 1024)} KB`);
}
