// End-to-end: every character typed reaches the active field exactly once, whatever the input path —
// ordinary keys, text delivered as 'insertText' (emoji panels, dictation, on-screen keyboards, many
// input-method commits) right after keys, an input-method composition committed right after keys,
// a mixed sentence with symbols and non-Latin script, a multi-line field — and, in Chromium, all of
// it again on a CPU slowed down four times. Each field's content is read back from what the app
// saved in the browser's storage and compared with exactly what was typed.
// Runs in each engine: node tests/e2e/typing.mjs --dist DIR --engine chromium|firefox|webkit
import path from 'node:path';
import {
  act, assert, assertOnlyOwnOrigin, clickItem, closeApp, collectPageRecords, openApp, parseArgs, runTests, scrollIntoView,
  waitSaved,
} from './harness.mjs';

const args = parseArgs(process.argv);
const engine = args.engine || 'chromium';
let app;
let cdp = null;  // Chromium only: input-method compositions and CPU throttling through CDP

// The open draft's document as stored (browser storage holds one envelope per draft).
async function stored() {
  await waitSaved(app);
  return app.page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('asn-kinerja.v2.draf.'));
    return JSON.parse(localStorage.getItem(key)).dokumen;
  });
}

// The click on a field started editing it (the page's text input has the keyboard focus and the
// mirror names the field): keys typed now reach it, not the canvas. Said apart from "the typed text
// was lost" when it fails.
async function editingStarted(id) {
  await app.page.waitForFunction((k) => window.asnMirror.focus().editing === k &&
    document.activeElement && document.activeElement.id === 'text-input', id, { timeout: 10000 })
    .catch(async () => assert(false, `clicking ${id} did not start editing it: ${JSON.stringify(await app.page.evaluate(
      () => ({ mirror: window.asnMirror.focus(), active: document.activeElement && document.activeElement.id })))}`));
}

// An input-method composition: the text grows while composing, then is committed. Where the
// engine's automation offers no input method (Firefox, WebKit), the committed text arrives the way
// those engines' input methods deliver it: as an insertText edit.
async function compose(text) {
  if (!cdp) {
    await app.page.keyboard.insertText(text);
    return;
  }
  for (let n = 1; n <= text.length; n += 2) {
    const part = text.slice(0, n);
    await cdp.send('Input.imeSetComposition', { text: part, selectionStart: part.length, selectionEnd: part.length });
  }
  await cdp.send('Input.insertText', { text });
}

// Clicks the field, empties it, then performs the steps with no pause between them; returns what
// they typed. A step is ['keys', text], ['insert', text] or ['compose', text].
async function enter(id, steps) {
  await scrollIntoView(app, id);
  await clickItem(app, id);
  await editingStarted(id);
  await act(app, () => app.page.keyboard.press('Control+A'));
  await act(app, () => app.page.keyboard.press('Backspace'));
  let expected = '';
  await act(app, async () => {
    for (const [how, text] of steps) {
      if (how === 'keys') await app.page.keyboard.type(text);
      else if (how === 'insert') await app.page.keyboard.insertText(text);
      else await compose(text);
      expected += text;
    }
  }, 2);
  return expected;
}

const sentences = {
  keys: [['keys', 'Ibu Siti Rahayu, S.Kom. umpan balik']],
  insertAfterKeys: [['keys', 'Nilai '], ['insert', '✓'], ['keys', ' dan '], ['insert', 'é—“日本”'], ['keys', ' ok']],
  composeAfterKeys: [['keys', 'Ibu '], ['compose', 'Kartini'], ['keys', ' dan '], ['compose', 'Dewi']],
  mixed: [['keys', 'Dinas #3 (50%) & [tim] "A" \'B\' ~ ^ ` | 1+1=2; '], ['insert', 'Ñandú 東京 ✓ — '],
    ['keys', 'Ruang 4.2, Jl. Kebon Sirih'], ['compose', 'ありがとう'], ['keys', '!']],
};

async function profileRound(label) {
  const typed = {};
  typed.nama = await enter('profile.nama', sentences.keys);
  typed.jabatan = await enter('profile.jabatan', sentences.insertAfterKeys);
  typed.unit_kerja = await enter('profile.unit_kerja', sentences.composeAfterKeys);
  typed.instansi = await enter('profile.instansi', sentences.mixed);
  const doc = await stored();
  for (const field of Object.keys(typed)) {
    const value = field === 'instansi' ? doc.instansi : doc.pegawai[field];  // the instansi is the document's
    assert(value === typed[field], `${label}: ${field} is ${JSON.stringify(value)}, typed ${JSON.stringify(typed[field])}`);
  }
}

await runTests([
  [`${engine}: keys, insertText after keys, a composition after keys, a mixed sentence — each exactly once`, async () => {
    app = await openApp({ engine, dist: path.resolve(args.dist) });
    if (engine === 'chromium') cdp = await app.context.newCDPSession(app.page);
    await clickItem(app, 'home.new');
    await profileRound('normal speed');
  }],

  [`${engine}: a multi-line field (Bukti) keeps every character and line break`, async () => {
    await clickItem(app, 'nav.competencies');
    await scrollIntoView(app, 'competency.bukti');
    await clickItem(app, 'competency.bukti');
    await editingStarted('competency.bukti');
    let expected = '';
    await act(app, async () => {
      for (const [how, text] of [['keys', 'Memimpin rapat '], ['insert', '✓'], ['keys', ' mingguan.'], ['enter'],
        ['keys', 'Baris kedua — '], ['compose', 'selesai'], ['keys', '.']]) {
        if (how === 'enter') { await app.page.keyboard.press('Enter'); expected += '\n'; continue; }
        if (how === 'keys') await app.page.keyboard.type(text);
        else if (how === 'insert') await app.page.keyboard.insertText(text);
        else await compose(text);
        expected += text;
      }
    }, 2);
    const doc = await stored();
    assert(doc.kompetensi[0].bukti === expected, `bukti is ${JSON.stringify(doc.kompetensi[0].bukti)}, typed ${JSON.stringify(expected)}`);
    await clickItem(app, 'nav.profile');
  }],

  ...(engine === 'chromium' ? [['chromium: the same on a CPU slowed down four times', async () => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    try {
      await profileRound('CPU ×4');
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
  }]] : []),

  ['no page errors, no request outside the app', async () => {
    await collectPageRecords(app);
    assert(app.errors.length === 0, `errors:\n${app.errors.join('\n')}`);
    assertOnlyOwnOrigin(app);
    await closeApp(app);
  }],
]);
