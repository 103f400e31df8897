// Page loader for the WebAssembly app: checks what the browser supports, shows progress and
// clear errors, then starts the Emscripten module. Everything is loaded from this site only,
// with relative URLs, so the site works under any sub-path.
(function () {
  'use strict';

  // Errors of this page, kept for support and read by the tests in browsers whose automation has
  // no access to the console (WebKit under WebDriver).
  const pageErrors = [];
  window.asnPageErrors = pageErrors;
  window.addEventListener('error', (e) => { pageErrors.push(String(e.message || e.type)); });
  window.addEventListener('unhandledrejection', (e) => { pageErrors.push('unhandledrejection: ' + String(e.reason)); });

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

  if (!hasWebAssembly()) {
    showFatal('Peramban ini tidak mendukung WebAssembly. Gunakan versi terbaru Chrome, Edge, Firefox atau Safari.');
    return;
  }
  // The app's WebGL 2 context, made here so its drawing buffer is kept between frames (the app then
  // redraws only the part of the canvas a frame changes) and so an unsupported browser is told
  // before anything is downloaded. Opaque, no depth or stencil: Dear ImGui needs neither.
  const canvas = document.getElementById('canvas');
  let gl = null;
  try {
    gl = canvas.getContext('webgl2', { alpha: false, depth: false, stencil: false, antialias: false,
                                       preserveDrawingBuffer: true });
  } catch (e) { gl = null; }
  if (!gl) {
    showFatal('Peramban ini tidak mendukung WebGL 2 (atau akselerasi grafis dimatikan). ' +
              'Gunakan versi terbaru Chrome, Edge, Firefox atau Safari, atau aktifkan akselerasi perangkat keras.');
    return;
  }

  canvas.addEventListener('webglcontextlost', (e) => {
    e.preventDefault();
    showFatal('Konteks grafis WebGL hilang. Muat ulang halaman untuk melanjutkan.');
  });
  // Here rather than an inline handler: the Content-Security-Policy allows no inline script.
  canvas.addEventListener('contextmenu', (e) => e.preventDefault());
  // A click on the canvas would move the DOM focus from the hidden text field to the canvas; while a
  // field of the app is active, keep it where text arrives (the app lets go when the click ends
  // the editing).
  canvas.addEventListener('mousedown', (e) => {
    if (document.activeElement === document.getElementById('text-input')) e.preventDefault();
  });

  // The module is downloaded and compiled (as it arrives) from here on, while the rest of the page
  // loads — not only once asn-kinerja.js has been fetched and run — and handed to the runtime
  // through Module.instantiateWasm. Without compileStreaming, or when it fails (a server that does
  // not send application/wasm), the module is fetched again and compiled from its bytes. The
  // one-file edition carries its module in the page (tools/build-offline.mjs).
  const compiled = window.asnOneFile ? null
    : (typeof WebAssembly.compileStreaming === 'function'
      ? WebAssembly.compileStreaming(fetch('asn-kinerja.wasm', { credentials: 'same-origin' })).catch(() => null)
      : Promise.resolve(null));
  function instantiateCompiled(imports, receiveInstance) {
    compiled
      .then((module) => module ||
        fetch('asn-kinerja.wasm', { credentials: 'same-origin' }).then((response) => {
          if (!response.ok) throw new Error('HTTP ' + response.status);
          return response.arrayBuffer();
        }).then((bytes) => WebAssembly.compile(bytes)))
      .then((module) => WebAssembly.instantiate(module, imports).then((instance) => receiveInstance(instance, module)))
      .catch((err) => showFatal('Berkas aplikasi (asn-kinerja.wasm) tidak dapat dimuat: ' + err +
                                '. Periksa koneksi lalu muat ulang halaman.'));
    return {};  // the exports arrive through receiveInstance
  }

  window.Module = {
    canvas: canvas,
    instantiateWasm: compiled ? instantiateCompiled : undefined,
    preinitializedWebGLContext: gl,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    setStatus: (text) => { if (text) loadingText.textContent = text.replace(/Downloading data\.\.\./, 'Mengunduh…'); },
    onAbort: (what) => showFatal('Aplikasi berhenti karena kesalahan internal: ' + what),
    onRuntimeInitialized: () => {
      loading.hidden = true;
      // When the first frame is on screen: for the benchmark (bench/run.mjs), and for offline.js,
      // which installs the service worker only then.
      requestAnimationFrame(() => requestAnimationFrame(() => {
        window.asnFirstFrameAt = performance.now();
        call('asn_page_first_frame', [], []);  // the accessibility mirror, now that the frame is shown
        window.dispatchEvent(new Event('asn-first-frame'));
      }));
    },
  };

  // Test API for end-to-end tests (and handy for support): read-only views of the app state.
  // Rectangles are in CSS pixels of the page, so tests click through the real input path.
  window.asnTest = {
    // Ready once the first frame is on screen: the accessibility mirror is first published then
    // (asn_page_first_frame), so a test never reads a page that has drawn but not yet described itself.
    ready: () => window.asnFirstFrameAt !== undefined &&
      !!(window.Module.calledRun && window.Module.ccall('asn_test_ready', 'number', [], [])),
    frames: () => window.asnTest.ready() ? window.Module.ccall('asn_test_frame_count', 'number', [], []) : 0,
    presented: () => window.asnTest.ready() ? window.Module.ccall('asn_test_frames_presented', 'number', [], []) : 0,
    // Frames of which only the changed part was redrawn, and all pixels drawn: {partial, pixels}.
    redraws: () => window.asnTest.ready() ? JSON.parse(window.Module.ccall('asn_test_redraws', 'string', [], [])) : null,
    // At the end of the next frame, compare the canvas with a full redraw; then redrawCheck() has
    // {done, pixels, differing, x, y, partialSinceFull} (the partial redraws the canvas held then).
    checkRedraw: () => { window.Module.ccall('asn_test_check_redraw', null, [], []); window.Module._asn_page_wake(); },
    redrawCheck: () => JSON.parse(window.Module.ccall('asn_test_redraw_check', 'string', [], [])),
    stillFramesSince: (t) => window.asnTest.ready() ? window.Module.ccall('asn_test_still_frames_since', 'number', ['number'], [t]) : 0,
    setIdleLockSeconds: (s) => window.Module.ccall('asn_test_set_idle_lock_seconds', null, ['number'], [s]),
    framesSinceInput: () => window.asnTest.ready() ? window.Module.ccall('asn_test_frames_since_input', 'number', [], []) : -1,
    framesSince: (t) => window.asnTest.ready() ? window.Module.ccall('asn_test_frames_since', 'number', ['number'], [t]) : 0,
    rect: (id) => {
      if (!window.asnTest.ready()) return null;
      const json = window.Module.ccall('asn_test_item_rect', 'string', ['string'], [id]);
      return json ? JSON.parse(json) : null;
    },
    // Every UI item of the last frame with its rectangle (CSS pixels) and whether it is cut sideways.
    items: () => window.asnTest.ready() ? JSON.parse(window.Module.ccall('asn_test_items', 'string', [], [])) : [],
    state: () => window.asnTest.ready()
      ? JSON.parse(window.Module.ccall('asn_test_state', 'string', [], [])) : null,
    // For the benchmark (bench/run.mjs): {count, ms: [...]} of recent drawn frames / autosaves.
    frameTimes: () => window.asnTest.ready()
      ? JSON.parse(window.Module.ccall('asn_test_frame_times', 'string', [], [])) : null,
    mirrorTimes: () => window.asnTest.ready()
      ? JSON.parse(window.Module.ccall('asn_test_mirror_times', 'string', [], [])) : null,
    saveTimes: () => window.asnTest.ready()
      ? JSON.parse(window.Module.ccall('asn_test_save_times', 'string', [], [])) : null,
  };

  // ---- Page services the app calls (downloads, file picker) and page events it needs ----
  const MAX_IMPORT_BYTES = 4 * 1024 * 1024;  // same limit as the core (kMaxFileBytes)
  const call = (name, types, args) => window.Module.calledRun && window.Module.ccall(name, null, types, args);

  // Large strings (a file of up to 4 MB, a big paste) go through the heap: ccall's 'string'
  // arguments are copied onto the much smaller stack. The app frees them.
  function heapString(text) {
    const size = window.Module.lengthBytesUTF8(text) + 1;
    const ptr = window.Module._malloc(size);
    window.Module.stringToUTF8(text, ptr, size);
    return ptr;
  }
  // A file's bytes as they are on disk (as the command line reads them: the app's parser says what
  // is wrong with an encoding, and a NUL byte is not an end), copied into the heap; the app frees
  // them. Not decoded into a string and encoded again: a recap reads thousands of files.
  function heapBytes(bytes) {
    const ptr = window.Module._malloc(bytes.length + 1);
    window.Module.HEAPU8.set(bytes, ptr);
    window.Module.HEAPU8[ptr + bytes.length] = 0;
    return ptr;
  }
  const NO_BYTES = new Uint8Array(0);
  const TOO_LARGE = 'berkas terlalu besar ({kb} KB; maksimum 4 MB) — tidak dibaca';
  const UNREADABLE = 'berkas tidak dapat dibaca';
  const tooLarge = (file) => TOO_LARGE.replace('{kb}', Math.round(file.size / 1024));
  // {bytes, refusal} of a file the user chose or dropped.
  const readFile = (file) => {
    if (file.size > MAX_IMPORT_BYTES) return Promise.resolve({ bytes: NO_BYTES, refusal: tooLarge(file) });
    return file.arrayBuffer().then((buffer) => ({ bytes: new Uint8Array(buffer), refusal: '' }),
      () => ({ bytes: NO_BYTES, refusal: UNREADABLE }));
  };
  // A file of a recap, read without asking its size first (a chosen file's size is a synchronous
  // trip to the browser process: 1.3–1.8 s for 10,000 files here, on the page's thread), up to the
  // limit: a larger file is refused as soon as it passes it (only then is its size asked, for the
  // message). Its bytes are one whole buffer, as a worker is handed it.
  async function readCapped(file) {
    try {
      const reader = file.stream().getReader();
      const parts = [];
      let length = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        length += value.length;
        if (length > MAX_IMPORT_BYTES) {
          reader.cancel().catch(() => {});
          return { bytes: NO_BYTES, refusal: tooLarge(file) };
        }
        parts.push(value);
      }
      const whole = parts.length === 1 && parts[0].byteOffset === 0 && parts[0].byteLength === parts[0].buffer.byteLength;
      if (whole) return { bytes: parts[0], refusal: '' };
      const bytes = new Uint8Array(length);
      let at = 0;
      for (const part of parts) {
        bytes.set(part, at);
        at += part.length;
      }
      return { bytes, refusal: '' };
    } catch (e) {
      return { bytes: NO_BYTES, refusal: UNREADABLE };
    }
  }
  // Hands a file read by readFile to the app: for the open draft, or (recap) for the unit's recap.
  function handOverFile(entry, file, read) {
    window.Module.ccall(entry, null, ['string', 'number', 'number', 'string'],
      [file.name, heapBytes(read.bytes), read.bytes.length, read.refusal]);
  }

  function deliverFiles(files) {
    for (const file of files) {
      readFile(file).then((read) => {
        if (!window.Module.calledRun) return;
        handOverFile('asn_page_incoming_file', file, read);
        call('asn_page_redraw', [], []);
      });
    }
  }

  function makePicker(id, multiple, folder, onFiles) {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.hidden = true;
    input.id = id;
    input.multiple = multiple;
    if (folder) input.webkitdirectory = true;
    input.addEventListener('change', () => { onFiles(Array.from(input.files || [])); input.value = ''; });
    document.body.appendChild(input);
    return input;
  }
  const picker = makePicker('file-picker', false, false, deliverFiles);

  // ---- Rekap unit: sets of hundreds to ten thousand files ----
  // Files go a batch at a time (read in parallel, bounded in count and bytes) to the recap workers
  // below, or are read and handed over to the app on the page; either way they reach the app in
  // their order and it processes them right away for a slice of time; then the page yields, so it
  // keeps drawing the progress and answering input. The throughput is the work's, not the frame
  // rate's. A cancel takes effect between batches: a batch in flight is dropped, not delivered.
  const RECAP_BATCH_FILES = 64;
  const RECAP_BATCH_BYTES = 8 * 1024 * 1024;
  const RECAP_READ_LANES = 16;       // files of a batch read at once
  const RECAP_READ_AHEAD = 256;      // files handed over but not yet processed
  const RECAP_SLICE_MS = 40;         // processing per batch, between frames
  let recapFeeding = Promise.resolve();
  const appNumber = (name) => window.Module.ccall(name, 'number', [], []);
  const nextTick = () => new Promise((resolve) => setTimeout(resolve, 0));
  const recapCancelled = () => appNumber('asn_page_recap_cancelled') !== 0;
  // The next batch of the set, from file `start`: files read in order, several at once, until the
  // batch has RECAP_BATCH_FILES files or RECAP_BATCH_BYTES bytes (so memory stays bounded; a size is
  // known once its file is read). {files, read}: the files and, per file, readCapped's answer.
  async function readBatch(files, start) {
    const read = [];
    let next = start;
    let bytes = 0;
    const lane = async () => {
      while (next < files.length && next - start < RECAP_BATCH_FILES && bytes < RECAP_BATCH_BYTES) {
        const i = next;
        next += 1;
        read[i - start] = await readCapped(files[i]);
        bytes += read[i - start].bytes.length;
      }
    };
    await Promise.all(Array.from({ length: RECAP_READ_LANES }, lane));
    return { files: files.slice(start, next), read };
  }
  const processRecap = () => {
    call('asn_page_recap_process', ['number'], [RECAP_SLICE_MS]);
    call('asn_page_redraw', [], []);
    return nextTick();
  };
  // On the page: hand a batch's files over (read by readBatch), the app checks them in slices of time.
  async function checkOnPage(batch) {
    while (appNumber('asn_page_recap_backlog') > RECAP_READ_AHEAD) await processRecap();
    if (recapCancelled()) return;
    batch.files.forEach((file, i) => handOverFile('asn_page_recap_file', file, batch.read[i]));
    await processRecap();
  }

  // Recap workers (web/recap-worker.js), one per core up to four, started for the first set and
  // kept: each checks whole batches on its own core with the scoring core built for speed, and the
  // page only reads the files and adds up the workers' entries. Not in the one-file edition (no files beside
  // it) nor where a worker cannot start (e.g. offline before its first download, or a worker of
  // another version): the page checks the files itself, as before.
  let recapPool = null;
  function startRecapPool() {
    if (window.asnOneFile || typeof Worker !== 'function') return Promise.resolve([]);
    const version = appNumber('asn_page_recap_entry_version');
    const count = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
    const starting = Array.from({ length: count }, () => new Promise((resolve) => {
      let worker;
      try { worker = new Worker('recap-worker.js'); } catch (e) { resolve(null); return; }
      const refuse = () => { worker.terminate(); resolve(null); };
      worker.onerror = refuse;
      worker.onmessage = (event) => {
        if (event.data && event.data.type === 'ready' && event.data.version === version) resolve(worker);
        else refuse();
      };
    }));
    return Promise.all(starting).then((workers) => workers.filter(Boolean));
  }
  // The page reads the files (the browser's file reading is the same from a worker, and handing a
  // worker the files themselves costs the page more than their bytes) and hands each batch's bytes
  // over to an idle worker (transferred, not copied), reading ahead while the workers check, at
  // most two batches per worker. Entries are handed to the app in the files' order as they come.
  // A worker that stops takes its batch with it: that batch is read again and checked on the page,
  // as is everything once no worker is left.
  async function feedWithWorkers(pool, files) {
    const batches = [];  // per batch read so far: its files, in the set's order
    const entries = [];  // per batch: the workers' entries; null: to check on the page
    const onPage = [];   // per batch read while no worker was left: what was read
    const ready = [];    // batches read, waiting for a worker
    let wake = null;
    const changed = () => { if (wake) { const w = wake; wake = null; w(); } };
    const dispatch = () => {
      for (const worker of pool) {
        if (ready.length === 0) return;
        if (worker.asnBatch !== undefined) continue;
        const { index, read } = ready.shift();
        worker.asnBatch = index;
        const buffers = read.map((r) => r.bytes.buffer);
        worker.postMessage({ type: 'check', batch: index, names: batches[index].map((f) => f.name), buffers,
          refusals: read.map((r) => r.refusal) }, buffers.filter((buffer) => buffer.byteLength > 0));
      }
    };
    const lose = (worker) => {
      worker.terminate();
      pool.splice(pool.indexOf(worker), 1);
      if (worker.asnBatch !== undefined) entries[worker.asnBatch] = null;
      worker.asnBatch = undefined;
      changed();
    };
    for (const worker of pool) {
      worker.asnBatch = undefined;
      worker.onerror = () => lose(worker);
      worker.onmessage = (event) => {
        if (!event.data || event.data.type !== 'checked') { lose(worker); return; }
        entries[event.data.batch] = event.data.entries;
        worker.asnBatch = undefined;
        dispatch();
        changed();
      };
    }
    let reading = false;
    let readFrom = 0;  // the first file not read yet
    const readAhead = () => {
      reading = true;
      readBatch(files, readFrom).then((batch) => {
        reading = false;
        readFrom += batch.files.length;
        const index = batches.length;
        batches.push(batch.files);
        if (pool.length === 0) {
          onPage[index] = batch;
          entries[index] = null;
        } else if (!recapCancelled()) {
          ready.push({ index, read: batch.read });
          dispatch();
        }
        changed();
      });
    };
    let lastYield = performance.now();
    for (let b = 0; (b < batches.length || readFrom < files.length) && !recapCancelled();) {
      if (!reading && readFrom < files.length && batches.length - b < 2 * Math.max(1, pool.length)) readAhead();
      if (b < batches.length && entries[b] === undefined && pool.length === 0) entries[b] = null;
      if (b >= batches.length || entries[b] === undefined) {
        await new Promise((resolve) => { wake = resolve; });
        lastYield = performance.now();
        continue;
      }
      if (entries[b] === null) {
        const batch = onPage[b] || { files: batches[b], read: await Promise.all(batches[b].map(readCapped)) };
        await checkOnPage(batch);
      } else {
        for (const entry of entries[b]) window.Module.ccall('asn_page_recap_entry', null, ['string'], [entry]);
        call('asn_page_recap_process', ['number'], [RECAP_SLICE_MS]);
      }
      entries[b] = true;  // handed over: its text can go
      onPage[b] = undefined;
      b += 1;
      // A turn for the page after a slice of work, not per batch: a turn can wait behind a frame,
      // and the workers would wait with it. The app draws the progress at its own pace.
      if (performance.now() - lastYield > RECAP_SLICE_MS) {
        await nextTick();
        lastYield = performance.now();
      }
    }
    await processRecap();
    // A cancelled set: the read and the batches in flight are finished and dropped before the next set.
    while (reading || pool.some((w) => w.asnBatch !== undefined)) await new Promise((resolve) => { wake = resolve; });
    ready.length = 0;
  }

  async function feedRecap(files) {
    if (!window.Module.calledRun) return;
    window.Module.ccall('asn_page_recap_begin', null, ['number'], [files.length]);
    call('asn_page_redraw', [], []);
    try {
      if (!recapPool) recapPool = startRecapPool();
      const pool = await recapPool;
      if (pool.length > 0) {
        await feedWithWorkers(pool, files);
      } else {
        for (let start = 0; start < files.length && !recapCancelled();) {
          const batch = await readBatch(files, start);
          start += batch.files.length;
          await checkOnPage(batch);
        }
      }
    } finally {
      call('asn_page_recap_end', [], []);
      call('asn_page_redraw', [], []);
    }
  }
  // One set after another, never interleaved.
  const queueRecap = (files) => { recapFeeding = recapFeeding.then(() => feedRecap(files)); };
  const recapPicker = makePicker('recap-picker', true, false, queueRecap);
  // A folder: only its *.json files, like the command line's `recap FOLDER`.
  const recapFolderPicker = makePicker('recap-folder-picker', true, true,
    (files) => queueRecap(files.filter((f) => /\.json$/i.test(f.name))));

  // ---- Text: one path per character into the app's active field ----
  // While a field in the app is active, the hidden #text-input has the focus (asnPage.setTextInput),
  // so every way of entering text ends up in it: ordinary keys, input methods (compositions),
  // dictation, emoji panels and on-screen keyboards ('insertText'). Its content is handed to the app
  // and the field emptied in one step, so each character is delivered exactly once, whatever the
  // timing. GLFW's own keypress listener never delivers characters (it is stopped below); a key
  // typed before the hidden field has the focus (in the instant between a click on a field and the
  // app's next frame) goes straight to the app instead — a key's character takes one path or the
  // other, decided by where the focus is, never by a timer.
  const textInput = document.getElementById('text-input');
  const wake = () => { if (window.Module.calledRun) window.Module._asn_page_wake(); };
  function sendText(text) {
    if (!text || !window.Module.calledRun) return;
    window.Module.ccall('asn_page_text', null, ['string'], [text]);
    wake();
  }
  let composing = false;
  function handOver() {
    if (composing || !textInput.value) return;
    const text = textInput.value;
    textInput.value = '';
    sendText(text);
  }
  // Registered before the app's code loads, so it runs before GLFW's listener on the same target.
  window.addEventListener('keypress', (e) => {
    e.stopImmediatePropagation();
    if (document.activeElement === textInput) return;  // the field's 'input' event delivers it
    if ((e.ctrlKey && !e.altKey) || e.metaKey || e.charCode < 0x20 || e.charCode === 0x7F) return;  // AltGr = Ctrl+Alt
    sendText(String.fromCodePoint(e.charCode));
  }, true);
  textInput.addEventListener('compositionstart', () => { composing = true; });
  textInput.addEventListener('compositionend', () => { composing = false; handOver(); });
  textInput.addEventListener('input', (e) => { if (!e.isComposing) handOver(); });
  // Ctrl+V / Cmd+V / Shift+Insert paste inside the app (ImGui reads the clipboard the page hands it,
  // below); a paste from a menu or a phone's long-press has no such key and arrives as text.
  let pasteKey = false;
  window.addEventListener('keydown', (e) => {
    pasteKey = ((e.ctrlKey || e.metaKey) && (e.code === 'KeyV' || e.key === 'v' || e.key === 'V')) ||
      (e.shiftKey && e.key === 'Insert');
  }, true);

  // The app pauses its frame loop while idle; every event that can change what it shows wakes it.
  for (const type of ['mousemove', 'mousedown', 'mouseup', 'wheel', 'keydown', 'keyup', 'keypress', 'touchstart',
    'touchmove', 'touchend', 'touchcancel', 'resize', 'focus', 'blur', 'paste', 'input', 'pointerdown', 'pointermove']) {
    window.addEventListener(type, wake, { capture: true, passive: true });
  }
  // Zoom and moving to another screen change devicePixelRatio; follow it.
  (function watchPixelRatio() {
    const query = matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    query.addEventListener('change', () => { wake(); watchPixelRatio(); }, { once: true });
  })();

  // ---- Digital signatures (WebCrypto Ed25519) ----
  // The supervisor's signing key is made in this browser on first sign-off for a NIP: a
  // non-extractable private key kept in IndexedDB ("asn-kinerja-kunci", one record per NIP), so the
  // key can sign here and cannot be copied out. Only its public part ever leaves, inside signed
  // files (and the exported key list). Answers go back to the app by request id.
  const KEY_DB = 'asn-kinerja-kunci';
  const KEY_STORE = 'kunci';
  const bytesToBase64 = (bytes) => {
    let text = '';
    for (const b of new Uint8Array(bytes)) text += String.fromCharCode(b);
    return btoa(text);
  };
  const base64ToBytes = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  function openKeyDb() {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(KEY_DB, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(KEY_STORE, { keyPath: 'nip' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  function keyRecord(db, mode, action) {
    return new Promise((resolve, reject) => {
      const tx = db.transaction(KEY_STORE, mode);
      const request = action(tx.objectStore(KEY_STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  }
  // `doing`: 'dibuat' (signing) or 'diperiksa' (checking).
  function cryptoError(err, doing) {
    const name = err && err.name;
    if (name === 'NotSupportedError' || !(window.crypto && crypto.subtle)) {
      return 'peramban ini belum mendukung tanda tangan Ed25519 (WebCrypto); gunakan versi terbaru Chrome, Edge, Firefox atau Safari';
    }
    if (name === 'QuotaExceededError') return 'penyimpanan peramban penuh: kunci tanda tangan tidak dapat disimpan';
    if (name === 'InvalidStateError' || name === 'UnknownError') return 'penyimpanan kunci (IndexedDB) tidak tersedia di peramban ini (mode pribadi?)';
    return 'tanda tangan tidak dapat ' + doing + ' (' + String(name || err) + ')';
  }
  function deliverCrypto(result) {
    if (!window.Module.calledRun) return;
    window.Module.ccall('asn_page_crypto_result', null, ['string', 'number', 'string', 'string', 'number', 'string'],
      [result.id, result.ok ? 1 : 0, result.publicKey || '', result.signature || '', result.newKey ? 1 : 0, result.error || '']);
    call('asn_page_redraw', [], []);
  }
  async function signFor(id, nip, message) {
    try {
      const db = await openKeyDb();
      let record = await keyRecord(db, 'readonly', (store) => store.get(nip));
      let newKey = false;
      if (!record) {
        const pair = await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
        const publicRaw = await crypto.subtle.exportKey('raw', pair.publicKey);
        record = { nip, privateKey: pair.privateKey, publicKey: bytesToBase64(publicRaw), dibuat: new Date().toISOString() };
        await keyRecord(db, 'readwrite', (store) => store.put(record));
        newKey = true;
      }
      db.close();
      const signature = await crypto.subtle.sign({ name: 'Ed25519' }, record.privateKey, new TextEncoder().encode(message));
      deliverCrypto({ id, ok: true, publicKey: record.publicKey, signature: bytesToBase64(signature), newKey });
    } catch (err) {
      deliverCrypto({ id, ok: false, error: cryptoError(err, 'dibuat') });
    }
  }
  async function verifyFor(id, publicKey, message, signature) {
    try {
      const key = await crypto.subtle.importKey('raw', base64ToBytes(publicKey), { name: 'Ed25519' }, false, ['verify']);
      const ok = await crypto.subtle.verify({ name: 'Ed25519' }, key, base64ToBytes(signature), new TextEncoder().encode(message));
      deliverCrypto({ id, ok });
    } catch (err) {
      deliverCrypto({ id, ok: false, error: cryptoError(err, 'diperiksa') });
    }
  }

  // ---- The draft lock's key (WebCrypto PBKDF2-HMAC-SHA-256) ----
  // Derived off the frame (600,000 rounds take about a second on a phone) and handed to the app,
  // which keeps it in memory only while the lock is open; the passphrase is not kept here.
  async function deriveKey(id, passphrase, salt, iterations) {
    let reply = { ok: false, error: '' };
    try {
      const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveBits']);
      const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256);
      reply = { ok: true, key: new Uint8Array(bits) };
    } catch (err) {
      reply.error = (window.crypto && crypto.subtle) ? 'kunci tidak dapat dibuat (' + String((err && err.name) || err) + ')'
        : 'peramban ini tidak menyediakan WebCrypto (halaman harus dibuka dari https, localhost atau berkas)';
    }
    if (!window.Module.calledRun) return;
    // 'array': copied onto the module's stack for the call (the app copies and wipes it).
    const key = reply.ok ? reply.key : new Uint8Array(0);
    window.Module.ccall('asn_page_derived_key', null, ['string', 'array', 'number', 'string'], [id, key, key.length, reply.error]);
    key.fill(0);
    call('asn_page_redraw', [], []);
  }
  // The idle lock closes even while the frame loop is paused (nothing else would run then).
  setInterval(() => call('asn_page_idle_check', [], []), 1000);

  window.asnPage = {
    deriveKey(id, passphrase, salt, iterations) { deriveKey(id, passphrase, salt, iterations); },
    // Called by the app when a text field becomes active or inactive.
    setTextInput(active) {
      if (active && document.activeElement !== textInput) textInput.focus({ preventScroll: true });
      if (!active && document.activeElement === textInput) textInput.blur();
    },
    download(name, content) {
      const csv = /\.csv$/i.test(name);
      // The app writes CSV with a byte-order mark (spreadsheets then read UTF-8 names right), but
      // the UTF-8 decoding that brought the text here drops a leading one: put it back.
      const body = csv && !content.startsWith('\uFEFF') ? '\uFEFF' + content : content;
      const url = URL.createObjectURL(new Blob([body], { type: csv ? 'text/csv;charset=utf-8' : 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    },
    openFilePicker() { picker.click(); },
    sign(id, nip, message) { signFor(id, nip, message); },
    verify(id, publicKey, message, signature) { verifyFor(id, publicKey, message, signature); },
    openRecapPicker(folder) { (folder ? recapFolderPicker : recapPicker).click(); },
    // The printable report: a local page (blob URL) in a new tab; it carries its own CSP.
    openHtml(html) {
      const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
      const tab = window.open(url, '_blank');
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      return !!tab;
    },
  };

  document.addEventListener('dragover', (e) => { e.preventDefault(); });
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    if (!e.dataTransfer || !e.dataTransfer.files) return;
    const files = Array.from(e.dataTransfer.files);
    if (window.Module.calledRun && appNumber('asn_page_accepts_recap')) queueRecap(files);
    else deliverFiles(files);
  });
  document.addEventListener('paste', (e) => {
    const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    if (e.target === textInput) e.preventDefault();  // never into the hidden field: one path only
    if (!window.Module.calledRun) return;
    if (pasteKey || e.target !== textInput) {
      window.Module.ccall('asn_page_clipboard', null, ['number'], [heapString(text)]);
    } else {
      sendText(text);
    }
  });
  // Save before the page goes away (tab closed, switched away, browser shutting down).
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') call('asn_page_flush', [], []);
    else call('asn_page_shown', [], []);
  });
  window.addEventListener('pagehide', () => call('asn_page_flush', [], []));
  // Ask the browser not to evict the drafts under storage pressure.
  if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(() => {});

  function start() {
    // One-file edition (tools/build-offline.mjs): the app's code is already in the page.
    if (window.asnOneFile) { window.asnOneFile.start(window.Module, showFatal); return; }
    const script = document.createElement('script');
    script.src = 'asn-kinerja.js';
    script.onerror = () => showFatal('Berkas aplikasi (asn-kinerja.js) tidak dapat dimuat. Periksa koneksi lalu muat ulang halaman.');
    document.body.appendChild(script);
  }
  // offline.js (after this script) may first hand the page to a new version (window.asnBeforeStart).
  // The one-file edition has no service worker, and its runtime, inlined after this script, needs
  // the module's start-up code at once.
  const startWhenReady = () => (window.asnBeforeStart || Promise.resolve()).then(start, start);
  if (window.asnOneFile) start();
  else if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startWhenReady, { once: true });
  else startWhenReady();
})();
