// Minimal static file server for the built site (dist/), bound to loopback only.
// Used by `./emsdk-setup.sh serve` and by the end-to-end tests, so both see the same headers.
//   node tools/static-server.mjs --root DIR [--port N]   (port 0 = pick a free one)
import crypto from 'node:crypto';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.ttf': 'font/ttf', '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json', '.data': 'application/octet-stream',
};

export function startStaticServer(root, port = 0) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    let rel;
    try { rel = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname); }
    catch { res.writeHead(400).end(); return; }
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(base, '.' + rel);
    if (file !== base && !file.startsWith(base + path.sep)) { res.writeHead(403).end(); return; }
    server.requested.push(rel);
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
      // A validator, so revalidation (Cache-Control: no-cache, the service worker's precache)
      // costs a 304 instead of the whole file.
      const etag = `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
      const headers = {
        'Content-Type': MIME[path.extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-cache',
        ETag: etag,
      };
      // A page's own Content-Security-Policy (its <meta>) also as a header, plus what only a
      // header can say: no framing by other sites.
      if (path.extname(file) === '.html') {
        const meta = body.toString('utf8', 0, 8192).match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/);
        if (meta) headers['Content-Security-Policy'] = `${meta[1]}; frame-ancestors 'none'`;
      }
      if (req.headers['if-none-match'] === etag) { res.writeHead(304, headers).end(); return; }
      res.writeHead(200, headers);
      res.end(body);
    });
  });
  server.requested = [];  // every path asked for, found or not, in order (the tests read it)
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, def) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : def; };
  const root = arg('--root', 'dist');
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error(`Tidak ada ${root}/index.html — jalankan dulu: ./emsdk-setup.sh build`);
    process.exit(1);
  }
  const server = await startStaticServer(root, Number(arg('--port', '8080')));
  console.log(`Penilaian Kinerja ASN: http://127.0.0.1:${server.address().port}/`);
}
