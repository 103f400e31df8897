// End-to-end: the accessibility mirror (web/mirror.js) in headless Chromium, read as assistive
// technology reads it — Chromium's own accessibility tree (CDP Accessibility.getFullAXTree) — and
// checked with axe-core:
//   - on every screen and dialog, every interactive item has a role and a name in the current
//     language, and axe-core reports no serious or critical violation;
//   - data tables (the drafts, the recap's staff list) are tables of rows, cells and column headers;
//   - the controls of a card scrolled out of view are in the tree too;
//   - the predikat, the JPM and the save state are text in that tree;
//   - focus follows both ways: keyboard navigation in the app moves the DOM focus to the matching
//     element; activating or focusing an element (as a screen reader does: no pointer) makes the
//     app act on the item, and text typed into a mirrored field reaches the app once.
//   node tests/e2e/accessibility.mjs --dist DIR --artifacts DIR
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  act, assert, assertOnlyOwnOrigin, clickItem, closeApp, openApp, parseArgs, runTests, screenshot, waitSaved,
  waitStill,
} from './harness.mjs';

const args = parseArgs(process.argv);
const artifacts = path.resolve(args.artifacts || 'build/test-artifacts');
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let app;
let cdp;

const INTERACTIVE = new Set(['button', 'link', 'textbox', 'checkbox', 'radio', 'combobox', 'option', 'tab',
  'menuitem', 'menuitemcheckbox', 'slider', 'searchbox', 'spinbutton', 'switch', 'listbox']);

// The accessibility tree Chromium gives assistive technology (ignored nodes left out).
async function axTree() {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const role = (n) => (n && n.role ? n.role.value : '');
  return nodes.filter((n) => !n.ignored).map((n) => ({
    role: role(n),
    name: n.name ? String(n.name.value || '').trim() : '',
    value: n.value ? String(n.value.value || '') : '',
    focused: (n.properties || []).some((p) => p.name === 'focused' && p.value.value),
    parent: role(byId.get(n.parentId)),  // a status's text is its child's (a status takes no name from content)
  }));
}

// A data table is a table to assistive technology: rows in the table, cells and column headers in
// rows, the named column among the headers, and at least one row of data under them.
function checkTable(nodes, label, column) {
  const tables = nodes.filter((n) => n.role === 'table');
  assert(tables.length >= 1, `${label}: no table in the tree`);
  const rows = nodes.filter((n) => n.role === 'row');
  assert(rows.length >= 2 && rows.every((n) => n.parent === 'table'), `${label}: ${rows.length} rows, not all in a table`);
  const cells = nodes.filter((n) => n.role === 'cell' || n.role === 'columnheader');
  assert(cells.every((n) => n.parent === 'row'), `${label}: a cell outside a row`);
  assert(cells.some((n) => n.role === 'columnheader' && n.name === column), `${label}: no column header '${column}'`);
  assert(cells.some((n) => n.role === 'cell' && n.name), `${label}: no cell with content`);
}

// The whole screen is in the tree, not only the part in view: the mirror's controls whose item is out
// of view (a card scrolled away) are in the accessibility tree with their names. Returns how many.
async function checkOutOfView(nodes, label) {
  const out = await app.page.evaluate(() => {
    const rects = new Map(window.asnTest.items().map((i) => [i.id, i]));
    return [...document.querySelectorAll('#mirror [data-k][tabindex="-1"]')]
      .filter((el) => rects.has(el.dataset.k) && !rects.get(el.dataset.k).visible)
      .map((el) => ({ id: el.dataset.k, name: (el.getAttribute('aria-label') || el.textContent).replace(/\s+/g, ' ').trim() }));
  });
  const missing = out.filter((o) => !o.name || !nodes.some((n) => INTERACTIVE.has(n.role) && n.name === o.name));
  assert(missing.length === 0, `${label}: controls out of view missing from the tree: ${JSON.stringify(missing)}`);
  return out.length;
}

const texts = (nodes) => nodes.filter((n) => n.role === 'StaticText').map((n) => n.name);

// Every interactive item has a role and a name; axe-core finds nothing serious. Returns the tree.
async function checkScreen(label) {
  const nodes = await axTree();
  const controls = nodes.filter((n) => INTERACTIVE.has(n.role));
  assert(controls.length >= 3, `${label}: only ${controls.length} interactive items in the accessibility tree`);
  const unnamed = controls.filter((n) => n.role !== 'listbox' && !n.name);
  assert(unnamed.length === 0, `${label}: items without a name: ${JSON.stringify(unnamed.slice(0, 5))}`);
  await app.page.evaluate(axeSource);
  const result = await app.page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.html) }));
  });
  const serious = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert(serious.length === 0, `${label}: axe-core: ${JSON.stringify(serious, null, 1)}`);
  return nodes;
}

// A screen reader's activation (a click event without a pointer) or focus on a mirror element.
async function viaMirror(key, how) {
  const since = await app.page.evaluate(([k, h]) => {
    const el = document.querySelector(`#mirror [data-k="${CSS.escape(k)}"]`);
    if (!el) throw new Error(`no mirror element for ${k}`);
    const t = performance.now();
    if (h === 'click') el.click(); else el.focus();
    return t;
  }, [key, how]);
  await waitStill(app, since);
}

const mirrorValue = (key) => app.page.evaluate((k) => {
  const el = document.querySelector(`#mirror [data-k="${CSS.escape(k)}"]`);
  return el ? (el.value !== undefined ? el.value : el.textContent) : null;
}, key);

const screens = ['home', 'profile', 'competencies', 'results', 'behaviour', 'feedback', 'summary', 'review', 'recap'];

await runTests([
  ['every screen and dialog: every interactive item has a role and a name; axe-core finds nothing serious', async () => {
    app = await openApp({ dist: path.resolve(args.dist) });
    cdp = await app.context.newCDPSession(app.page);
    const empty = await checkScreen('home-empty');
    assert(empty.some((n) => n.role === 'button' && n.name === 'Draf baru'), 'the button Draf baru is not in the tree');
    await clickItem(app, 'home.new');
    await waitSaved(app);
    await clickItem(app, 'nav.home');
    await clickItem(app, 'workshop.load.analis');
    await waitSaved(app);
    let outOfView = 0;
    for (const screen of screens) {
      await clickItem(app, `nav.${screen}`);
      const nodes = await checkScreen(screen);
      if (screen === 'home') checkTable(nodes, 'home', 'Nama');
      outOfView += await checkOutOfView(nodes, screen);
      if (screen === 'home') assert(nodes.some((n) => n.role === 'link' && n.name === 'Beranda'), 'the navigation link Beranda is not in the tree');
    }
    assert(outOfView >= 5, `only ${outOfView} controls out of view were found in the tree on the persona's screens`);
    console.log(`     ${outOfView} controls out of view found in the tree on the persona's screens`);
    await clickItem(app, 'recap.example');
    await app.page.waitForFunction(() => !window.asnTest.state().recap.loading, null, { timeout: 60000 });
    await clickItem(app, 'nav.recap');
    const recap = await checkScreen('recap-unit');
    await clickItem(app, 'recap.tab.staff');
    checkTable(await checkScreen('recap-staff'), 'recap-staff', 'Predikat');
    await clickItem(app, 'recap.tab.summary');
    assert(recap.some((n) => n.role === 'tab' && n.name === 'Ringkasan'), 'the recap tabs are not tabs');
    await clickItem(app, 'nav.home');
    await clickItem(app, 'home.import');
    const dialog = await checkScreen('import-dialog');
    assert(dialog.some((n) => n.role === 'dialog'), 'the import dialog is not a dialog in the tree');
    await clickItem(app, 'import.close');
    await clickItem(app, 'menu.language');
    const menu = await checkScreen('language-menu');
    assert(menu.some((n) => n.role === 'menuitemcheckbox' && n.name === 'Bahasa Indonesia'), 'the chosen language is not a checked menu entry');
    await clickItem(app, 'menu.language.en');
    const english = await checkScreen('home-english');
    assert(english.some((n) => n.role === 'link' && n.name === 'Home'), 'the navigation is not named in English');
    assert(!english.some((n) => n.role === 'link' && n.name === 'Beranda'), 'an Indonesian name stayed after switching to English');
    await clickItem(app, 'menu.language');
    await clickItem(app, 'menu.language.id');
  }],

  ['the predikat and the JPM are text in the accessibility tree; a new predikat is announced', async () => {
    // The example persona (signed off, read-only) still open: its figures.
    await clickItem(app, 'nav.summary');
    const summary = await axTree();
    const jpm = texts(summary).find((t) => /^\d+[.,]\d\d %$/.test(t));
    const shownJpm = await mirrorValue('summary.jpm.value');
    assert(jpm && jpm === shownJpm, `the JPM figure is not in the tree (${jpm}, mirror ${shownJpm})`);
    assert(texts(summary).some((t) => /^(Optimal|Cukup Optimal|Kurang Optimal)$/.test(t)), 'the JPM category is not in the tree');
    // A submitted file, imported as a supervisor does, rated: the predikat appears and changes.
    await clickItem(app, 'nav.home');
    await clickItem(app, 'home.import');
    const drafts = (await app.page.evaluate(() => window.asnTest.state().drafts));
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), clickItem(app, 'import.pick')]);
    await chooser.setFiles(path.resolve('tests/data/valid/diajukan_belum_dinilai.json'));
    await app.page.waitForFunction((n) => window.asnTest.state().drafts === n + 1, drafts, { timeout: 20000 });
    await clickItem(app, 'nav.review');
    // Baik first, then Sangat Baik: whatever the example's ratings were, the predikat changes.
    for (const [which, key] of [['hasil', 'sesuai'], ['perilaku', 'sesuai'], ['hasil', 'di_atas'], ['perilaku', 'di_atas']]) {
      await clickItem(app, `review.rating.${which}`);
      await clickItem(app, `review.rating.${which}.${key}`);
    }
    const review = await axTree();
    assert(review.some((n) => n.role === 'heading' && n.name === 'Predikat: Sangat Baik'),
      `the predikat is not a heading in the tree: ${texts(review).filter((t) => /Predikat/.test(t))}`);
    // Said through the live region (a figure that changed within a second is said when it is over).
    await app.page.waitForFunction(() => window.asnMirror.announced().includes('Predikat: Sangat Baik'), null, { timeout: 5000 })
      .catch(() => {});
    const said = await app.page.evaluate(() => window.asnMirror.announced());
    assert(said.includes('Predikat: Sangat Baik'), `the new predikat was not announced (live region said: ${JSON.stringify(said)})`);
    assert(!said.includes('Menyimpan…'), 'every save is announced');
  }],

  ['focus follows both ways; a screen reader activates, focuses and types through the mirror; the save state is a status', async () => {
    await clickItem(app, 'nav.home');
    await act(app, () => app.page.mouse.move(2, 2));
    // Keyboard navigation in the app: the DOM focus follows onto the element of the item.
    for (let i = 0; i < 3; i += 1) {
      await act(app, () => app.page.keyboard.press('Tab'), 2);
      await waitStill(app, await app.page.evaluate(() => window.asnTestInput.last));
      const focus = await app.page.evaluate(() => {
        const el = document.activeElement;
        return el && el.closest('#mirror') ? { key: el.dataset.k, text: el.textContent || el.getAttribute('aria-label') } : null;
      });
      assert(focus && focus.key && focus.text, `after Tab ${i + 1} the DOM focus is not on a mirror element`);
      const focused = (await axTree()).filter((n) => n.focused && n.role !== 'RootWebArea');
      assert(focused.length === 1 && focused[0].name === focus.text.trim(),
        `assistive technology sees ${JSON.stringify(focused)} focused, the app ${focus.text}`);
    }
    // A new draft (editable); activation without a pointer: the app goes to the screen.
    await clickItem(app, 'menu.file');
    await clickItem(app, 'menu.file.new');
    await waitSaved(app);
    await viaMirror('nav.profile', 'click');
    assert((await axTree()).some((n) => n.role === 'heading' && n.name === 'Profil & Jabatan'), 'activating the link did not open Profil & Jabatan');
    // A mirrored field focused by a screen reader starts editing; the page's text input carries its name.
    await viaMirror('profile.nama', 'focus');
    const input = await app.page.evaluate(() => ({
      focused: document.activeElement && document.activeElement.id === 'text-input',
      label: document.getElementById('text-input').getAttribute('aria-label'),
    }));
    assert(input.focused && input.label === 'Nama', `the field is not being edited: ${JSON.stringify(input)}`);
    await act(app, () => app.page.keyboard.type('Siti Rahayu'), 2);
    await act(app, () => app.page.keyboard.press('Enter'), 2);
    await waitStill(app, await app.page.evaluate(() => window.asnTestInput.last));
    const after = await mirrorValue('profile.nama');
    assert(after === 'Siti Rahayu', `the field holds "${after}"`);
    await waitSaved(app);
    // The frame that shows the save state (drawn after the save) has reached the mirror.
    await app.page.waitForFunction(() => [...document.querySelectorAll('#mirror [role=status]')]
      .some((el) => /^tersimpan \d\d[.:]\d\d/.test(el.textContent)), null, { timeout: 20000 });
    const tree = await axTree();
    assert(tree.some((n) => n.role === 'textbox' && n.name === 'Nama' && n.value === after),
      'the accessibility tree does not hold the typed name');
    assert(tree.some((n) => n.parent === 'status' && n.role === 'StaticText' && /^tersimpan \d\d[.:]\d\d/.test(n.name)),
      `the save state is not a status: ${JSON.stringify(tree.filter((n) => n.parent === 'status'))}`);
    await screenshot(app, artifacts, 'accessibility-profile.png');
  }],

  ['no console errors, no foreign requests', async () => {
    assert(app.errors.length === 0, app.errors.join('\n'));
    assertOnlyOwnOrigin(app);
    await closeApp(app);
  }],
]);
