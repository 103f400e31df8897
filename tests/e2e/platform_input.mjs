// End-to-end: the browser-platform bridges — text from input methods (no keypress), copy and
// paste through the system clipboard, files dropped on the page, touch scrolling, and a canvas
// that follows window resizes.
import path from 'node:path';
import fs from 'node:fs';
import {
  act, assert, assertOnlyOwnOrigin, clickItem, closeApp, openApp, parseArgs, rectOf, runTests, scrollIntoView, state, typeInto, waitSaved,
} from './harness.mjs';

const args = parseArgs(process.argv);
const data = path.resolve('tests/data');
let app;

await runTests([
  ['text from an input method (no keypress) reaches the active field', async () => {
    app = await openApp({ dist: path.resolve(args.dist), hasTouch: true,
      permissions: ['clipboard-read', 'clipboard-write'] });
    await clickItem(app, 'home.new');
    await typeInto(app, 'profile.nama', 'Siti ');
    // insertText sends an 'input' event without keydown/keypress, as virtual keyboards and
    // accent input methods do.
    await act(app, () => app.page.keyboard.insertText('Nurhaliza é'), 2);
    await waitSaved(app);
    const s = await state(app);
    assert(s.draft.nama === 'Siti Nurhaliza é', `name is '${s.draft.nama}'`);
  }],

  ['copy and paste work with the system clipboard', async () => {
    // Copy out of the app: select the name field's text and press Ctrl+C.
    await clickItem(app, 'profile.nama');
    await act(app, () => app.page.keyboard.press('Control+A'));
    await act(app, () => app.page.keyboard.press('Control+C'));
    await app.page.waitForFunction(async () => (await navigator.clipboard.readText()) === 'Siti Nurhaliza é',
      null, { timeout: 5000 });
    // Paste into the app from "another application".
    await app.page.evaluate(() => navigator.clipboard.writeText('Dari aplikasi lain'));
    await act(app, () => app.page.keyboard.press('Control+A'));
    await act(app, () => app.page.keyboard.press('Control+V'), 2);
    await waitSaved(app);
    const s = await state(app);
    assert(s.draft.nama === 'Dari aplikasi lain', `name after paste is '${s.draft.nama}'`);
  }],

  ['pasted JSON is imported: every problem shown for a bad one, a new draft for a good one', async () => {
    const before = (await state(app)).drafts;
    await clickItem(app, 'menu.file');
    await clickItem(app, 'menu.file.import');
    await clickItem(app, 'import.text');
    await app.page.evaluate(() => navigator.clipboard.writeText('{"format": "asn-kinerja", "versi": 1, "pegawai": 5}'));
    await act(app, () => app.page.keyboard.press('Control+V'), 2);
    await clickItem(app, 'import.paste');
    const bad = await state(app);
    assert(bad.importProblems >= 5 && bad.drafts === before, `problems ${bad.importProblems}, drafts ${bad.drafts}`);
    const text = fs.readFileSync(path.join(data, 'valid', 'triwulan_unicode.json'), 'utf8');
    await clickItem(app, 'import.text');
    await app.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await act(app, () => app.page.keyboard.press('Control+A'));
    await act(app, () => app.page.keyboard.press('Control+V'), 2);
    await clickItem(app, 'import.paste');
    const good = await state(app);
    assert(good.drafts === before + 1 && !good.importOpen, `drafts ${good.drafts}, dialog open ${good.importOpen}`);
    assert(good.draft.nama.includes('<script>'), `imported name ${good.draft.nama}`);
  }],

  ['a file dropped on the page is imported as a new draft', async () => {
    const before = (await state(app)).drafts;
    const text = fs.readFileSync(path.join(data, 'valid', 'diajukan_belum_dinilai.json'), 'utf8');
    await app.page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'diajukan_belum_dinilai.json', { type: 'application/json' }));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, text);
    await app.page.waitForFunction((n) => window.asnTest.state().drafts === n + 1, before, { timeout: 10000 });
    assert((await state(app)).draft.nama.includes('CONTOH'), 'the dropped sample is not the open draft');
  }],

  ['a dropped file is read byte for byte, as the command line reads it: a NUL byte after the document and a byte that is not UTF-8 are refused, saying where', async () => {
    const before = (await state(app)).drafts;
    const bytes = fs.readFileSync(path.join(data, 'valid', 'diajukan_belum_dinilai.json'));
    const drop = (content, name) => app.page.evaluate(([list, n]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(list)], n, { type: 'application/json' }));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, [Array.from(content), name]);
    const refused = async (name, pattern) => {
      await app.page.waitForFunction(([n, p]) => {
        const shown = document.getElementById('mirror').innerText;
        return shown.includes(n) && new RegExp(p).test(shown);
      }, [name, pattern], { timeout: 10000 });
      await clickItem(app, 'import.close');
    };
    // Read as text, the document would have ended at the NUL byte and been imported.
    await drop(Buffer.concat([bytes, Buffer.from([0]), Buffer.from('{"lain": 1}')]), 'dengan_nul.json');
    await refused('dengan_nul.json', '\\$ \\(baris \\d+\\): ada isi lain setelah akhir data JSON .*byte NUL');
    // Read as text, the byte would have become U+FFFD in the name, and the file been imported.
    const at = bytes.indexOf(Buffer.from('"nama"'));
    const broken = Buffer.from(bytes);
    broken[bytes.indexOf(Buffer.from('"'), at + 6) + 1] = 0xff;  // the name's first character
    await drop(broken, 'bukan_utf8.json');
    await refused('bukan_utf8.json', '\\(baris \\d+\\): .*\\\\xFF .*bukan UTF-8 sah');
    assert((await state(app)).drafts === before, 'a refused file made a draft');
  }],

  ['a kompetensi teknis can be added, named and described, and is saved', async () => {
    await clickItem(app, 'nav.profile');
    await scrollIntoView(app, 'profile.standard');  // a card out of view is not drawn at all
    await scrollIntoView(app, 'profile.add_teknis');
    await clickItem(app, 'profile.add_teknis');
    await typeInto(app, 'profile.teknis.T.2.nama', 'Pengelolaan Arsip Digital');
    await clickItem(app, 'nav.competencies');
    await scrollIntoView(app, 'competency.select.T.2');
    await clickItem(app, 'competency.select.T.2');
    await typeInto(app, 'competency.teknis.level.3', 'Menata arsip unit sesuai pedoman', 'competency.level.3');
    await waitSaved(app);
    const id = (await state(app)).draft.id;
    const stored = await app.page.evaluate((key) => JSON.parse(localStorage.getItem(key)), `asn-kinerja.v2.draf.${id}`);
    const t2 = stored.dokumen.kompetensi.find((c) => c.kode === 'T.2');
    assert(t2 && t2.jenis === 'teknis' && t2.nama === 'Pengelolaan Arsip Digital', `stored T.2: ${JSON.stringify(t2)}`);
    assert(t2.deskripsi_level.length === 5 && t2.deskripsi_level[2] === 'Menata arsip unit sesuai pedoman',
      `level descriptions: ${JSON.stringify(t2.deskripsi_level)}`);
  }],

  ['deleting a draft asks first; cancel keeps it, confirm removes only that one', async () => {
    await clickItem(app, 'nav.home');
    const before = (await state(app)).drafts;
    await clickItem(app, 'home.draft.0.delete');
    await clickItem(app, 'delete.cancel');
    assert((await state(app)).drafts === before, 'cancel removed a draft');
    await clickItem(app, 'home.draft.0.delete');
    await clickItem(app, 'delete.confirm');
    assert((await state(app)).drafts === before - 1, 'confirm did not remove exactly one draft');
    await clickItem(app, 'home.draft.0.open');
  }],

  ['a tap on a touch screen clicks where the finger is', async () => {
    const target = await rectOf(app, 'nav.behaviour');
    await act(app, () => app.page.touchscreen.tap(target.x + target.w / 2, target.y + target.h / 2), 3);
    await app.page.waitForFunction(() => window.asnTest.state().screen === 'behaviour', null, { timeout: 5000 });
  }],

  ['a one-finger drag scrolls the screen', async () => {
    await clickItem(app, 'nav.competencies');
    const before = await rectOf(app, 'competency.bukti');
    const cdp = await app.context.newCDPSession(app.page);
    const x = before.x + 40;
    await act(app, async () => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: 600 }] });
      for (let y = 590; y >= 300; y -= 10) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    }, 2);
    const after = await rectOf(app, 'competency.bukti');
    assert(after.y < before.y - 100, `content did not scroll: ${before.y} → ${after.y}`);
  }],

  ['the canvas follows window resizes, down to a phone-sized window', async () => {
    await act(app, () => app.page.setViewportSize({ width: 390, height: 700 }), 2);
    const size = await app.page.evaluate(() => ({ w: document.getElementById('canvas').width, h: document.getElementById('canvas').height }));
    assert(size.w === 390 && size.h === 700, `canvas ${size.w}x${size.h}`);
    // Narrow layout: navigation becomes one row above the screen (previous, the screen menu, next).
    const nav = await rectOf(app, 'nav.menu');
    assert(nav.y < 250 && nav.h < 700 / 3, `navigation not a short row on top in a narrow window: ${JSON.stringify(nav)}`);
    fs.mkdirSync(path.resolve(args.artifacts), { recursive: true });
    await app.page.screenshot({ path: path.join(path.resolve(args.artifacts), 'platform-phone.png') });
    assert(app.errors.length === 0, `console errors:\n${app.errors.join('\n')}`);
    assertOnlyOwnOrigin(app);
    await closeApp(app);
  }],
]);
