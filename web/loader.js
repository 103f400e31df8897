// Page loader for the WebAssembly app: checks what the browser supports, shows progress and
// clear errors, then starts the Emscripten module. Everything is loaded from this site only,
// with relative URLs, so the site works under any sub-path.
(function () {
  'use strict';

  const loading = document.getElementById('loading');
  const loadingText = document.getElementById('loading-text');
  const fatal = document.getElementById('fatal');
  const fatalText = document.getElementById('fatal-text');

  function showFatal(message) {
    loading.hidden = true;
    fatalText.textContent = message;
    fatal.hidden = false;
  }

  function hasWebAssembly() {
    try {
      return typeof WebAssembly === 'object' &&
        WebAssembly.validate(new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
    } catch (e) { return false; }
  }

  function hasWebGL2() {
    try { return !!document.createElement('canvas').getContext('webgl2'); } catch (e) { return false; }
  }

  if (!hasWebAssembly()) {
    showFatal('Peramban ini tidak mendukung WebAssembly. Gunakan versi terbaru Chrome, Edge, Firefox atau Safari.');
    return;
  }
  if (!hasWebGL2()) {
    showFatal('Peramban ini tidak mendukung WebGL 2 (atau akselerasi grafis dimatikan). ' +
              'Gunakan versi terbaru Chrome, Edge, Firefox atau Safari, atau aktifkan akselerasi perangkat keras.');
    return;
  }

  const canvas = document.getElementById('canvas');
  canvas.addEventListener('webglcontextlost', (e) => {
    e.preventDefault();
    showFatal('Konteks grafis WebGL hilang. Muat ulang halaman untuk melanjutkan.');
  });

  window.Module = {
    canvas: canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    setStatus: (text) => { if (text) loadingText.textContent = text.replace(/Downloading data\.\.\./, 'Mengunduh…'); },
    onAbort: (what) => showFatal('Aplikasi berhenti karena kesalahan internal: ' + what),
    onRuntimeInitialized: () => { loading.hidden = true; },
  };

  // Test API for end-to-end tests (and handy for support): read-only views of the app state.
  // Rectangles are in CSS pixels of the page, so tests click through the real input path.
  window.asnTest = {
    ready: () => !!(window.Module.calledRun && window.Module.ccall('asn_test_ready', 'number', [], [])),
    frames: () => window.asnTest.ready() ? window.Module.ccall('asn_test_frame_count', 'number', [], []) : 0,
    rect: (id) => {
      if (!window.asnTest.ready()) return null;
      const json = window.Module.ccall('asn_test_item_rect', 'string', ['string'], [id]);
      return json ? JSON.parse(json) : null;
    },
    state: () => window.asnTest.ready()
      ? JSON.parse(window.Module.ccall('asn_test_state', 'string', [], [])) : null,
  };

  const script = document.createElement('script');
  script.src = 'asn-kinerja.js';
  script.onerror = () => showFatal('Berkas aplikasi (asn-kinerja.js) tidak dapat dimuat. Periksa koneksi lalu muat ulang halaman.');
  document.body.appendChild(script);
})();
