// A recap worker (started by web/loader.js, one per core): checks the files of a Rekap unit the page
// read, a batch at a time, with the scoring core (asn-recap.wasm, built for speed:
// src/app/recap_worker_main.cpp) and answers with one entry per file, in the batch's order. The
// page only adds the entries up, so it keeps drawing and answering while thousands of files are
// checked on the other cores.
//
// Page → worker: {type: 'check', batch, names, buffers, refusals}: per file its name, its bytes (an
//                ArrayBuffer, transferred) and the page's refusal ('' when it was read).
// Worker → page: {type: 'ready', version} once the module runs; {type: 'checked', batch, entries};
//                {type: 'failed', reason} when the module cannot start or stops (the page then
//                checks the files itself).
'use strict';

let checkFile = null;

function fail(reason) {
  self.postMessage({ type: 'failed', reason: String(reason) });
}

function check(message) {
  const entries = message.names.map((name, i) => (message.refusals[i] ? checkFile(name, null, message.refusals[i])
    : checkFile(name, new Uint8Array(message.buffers[i]), '')));
  self.postMessage({ type: 'checked', batch: message.batch, entries });
}

self.Module = {
  print() {},
  printErr() {},
  onAbort: fail,
  onRuntimeInitialized() {
    const M = self.Module;
    checkFile = (name, bytes, refusal) => {
      let ptr = 0;
      if (bytes) {
        ptr = M._malloc(bytes.length + 1);
        M.HEAPU8.set(bytes, ptr);
      }
      return M.ccall('asn_recap_check', 'string', ['string', 'number', 'number', 'string'],
        [name, ptr, bytes ? bytes.length : 0, refusal || '']);
    };
    self.postMessage({ type: 'ready', version: M.ccall('asn_recap_entry_version', 'number', [], []) });
  },
};

self.onmessage = (event) => {
  if (!event.data || event.data.type !== 'check' || !checkFile) return;
  try {
    check(event.data);
  } catch (err) {
    fail(err);
  }
};

try {
  importScripts('asn-recap.js');
} catch (err) {
  fail(err);
}
