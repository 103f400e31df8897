// Shrinks the site's scripts in dist/ for the download (web/ keeps the readable sources): terser
// compresses and shortens local names; global and property names are kept, as the scripts and the
// Emscripten runtime refer to each other through them (window.Module, window.asnMirror, …).
// Debian: node-terser (./emsdk-setup.sh installs it). Not sw.js: the offline test and the stamp
// read its build block as written (tools/build-offline.mjs).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const MARK = '/* minified: sources in web/ */\n';

export const MINIFIED_SCRIPTS = ['mirror.js', 'loader.js', 'offline.js', 'recap-worker.js', 'asn-kinerja.js', 'asn-recap.js'];

function loadTerser() {
  const require = createRequire(import.meta.url);
  try {
    return require('terser');  // NODE_PATH names the distribution's module folder (cmake/WebApp.cmake)
  } catch (err) {
    console.error(`minify-scripts: terser not found (Debian: apt install node-terser): ${err.message}`);
    process.exit(1);
  }
}

// Minifies each script of dist in place; a script already minified by an earlier run of the same
// build is left alone (the build copies the sources over dist/ only when they differ).
export async function minifyScripts(dist, names = MINIFIED_SCRIPTS) {
  const { minify } = loadTerser();
  let before = 0;
  let after = 0;
  for (const name of names) {
    const file = path.join(dist, name);
    const source = fs.readFileSync(file, 'utf8');
    if (source.startsWith(MARK)) continue;
    const result = await minify(source, { ecma: 2020, compress: { passes: 2 }, mangle: true, toplevel: false });
    if (!result.code) throw new Error(`${name}: terser returned nothing`);
    fs.writeFileSync(file, MARK + result.code);
    before += source.length;
    after += MARK.length + result.code.length;
  }
  return { before, after };
}

