// End-to-end: the accessibility mirror as Firefox's and WebKit's own accessibility trees expose it
// (Chromium's is checked in accessibility.mjs). On each screen, every interactive item and heading of
// the mirror must be what the engine's accessibility service computes for it: the role the mirror
// gives it and its non-empty name in the current language, read through the engine's automation —
//   firefox: WebDriver BiDi browsingContext.locateNodes with an accessibility locator (role, name),
//            which Firefox answers from its accessibility service (puppeteer's ::-p-aria selector);
//   webkit:  WebDriver's Get Computed Role / Get Computed Label, which WebKit answers from its
//            accessibility objects (selenium getAriaRole / getAccessibleName).
// Data tables must be tables of rows and cells there too.
//   node tests/e2e/accessibility_trees.mjs --dist DIR --engine firefox|webkit --artifacts DIR
import path from 'node:path';
import { assert, assertOnlyOwnOrigin, clickItem, closeApp, collectPageRecords, openApp, parseArgs, runTests, screenshot, waitSaved } from './harness.mjs';

const args = parseArgs(process.argv);
const engine = args.engine || 'firefox';
const artifacts = path.resolve(args.artifacts || 'build/test-artifacts');
let app;

// The mirror's elements an assistive technology user reaches by role, with the role and name the
// page gave them (ARIA's implicit roles for the native elements). Passphrase fields have no role
// (ARIA gives a password input none) and are left out.
const mirrorItems = () => app.page.evaluate(() => {
  const implicit = (el) => {
    switch (el.tagName) {
      case 'BUTTON': return 'button';
      case 'A': return 'link';
      case 'TEXTAREA': return 'textbox';
      case 'INPUT': return { checkbox: 'checkbox', radio: 'radio', text: 'textbox' }[el.type] || null;
      case 'H1': case 'H2': case 'H3': return 'heading';
      default: return null;
    }
  };
  const out = [];
  const tables = [...document.querySelectorAll('#mirror [role=table]')];
  for (const el of document.querySelectorAll('#mirror [data-k], #mirror [role=table]')) {
    if (el.closest('[inert]')) continue;  // behind a modal dialog: out of reach, as on the screen
    const role = el.getAttribute('role') || implicit(el);
    if (!role || ['status', 'alert', 'img'].includes(role)) continue;
    out.push({ key: el.dataset.k || null, table: el.dataset.k ? -1 : tables.indexOf(el), role,
      // Accessible names collapse runs of white space.
      name: (el.getAttribute('aria-label') || el.textContent).replace(/\s+/g, ' ').trim() });
  }
  return out;
});

// Every item as the engine's accessibility service sees it: the same role, the same non-empty name.
// Returns how many were checked.
// A screen still settling (a card taking its size, a notice appearing) publishes new trees: the
// check is made again until a whole pass saw one and the same tree (bounded).
async function checkScreen(label) {
  let items;
  let wrong;
  for (let pass = 0; pass < 5; pass += 1) {
    // Settled: the app drew nothing in the last 0.3 s, or its last two frames changed nothing.
    await app.page.waitForFunction(() => {
      const T = window.asnTest;
      const t = performance.now() - 300;
      return T.framesSince(t) === 0 || T.stillFramesSince(t) >= 2;
    }, null, { timeout: 20000 });
    const version = await app.page.evaluate(() => window.asnMirror.version());
    items = await mirrorItems();
    wrong = [];
    // Firefox answers each question slowly but several at once; WebDriver classic one at a time.
    const lanes = engine === 'firefox' ? 12 : 1;
    const queue = [...items];
    await Promise.all(Array.from({ length: lanes }, async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        const seen = await engineSees(item);
        if (!seen.ok || !item.name) wrong.push({ ...item, seen: seen.text });
      }
    }));
    if (version === await app.page.evaluate(() => window.asnMirror.version())) break;
  }
  const interactive = items.filter((i) => i.role !== 'heading' && i.role !== 'table');
  assert(interactive.length >= 3, `${label}: only ${interactive.length} interactive items in the mirror`);
  assert(wrong.length === 0, `${label}: ${engine} sees ${wrong.length} of ${items.length} items otherwise: ${JSON.stringify(wrong.slice(0, 6))}`);
  return items.length;
}

const selectorFor = (item) => (item.key ? `#mirror [data-k="${item.key.replace(/["\\]/g, '\\$&')}"]` : null);

async function engineSees(item) {
  if (engine === 'webkit') {
    const { By } = await import('selenium-webdriver');
    const els = await app.page.raw.findElements(By.css(item.key ? selectorFor(item) : '#mirror [role=table]'));
    const el = els[item.key ? 0 : item.table];
    if (!el) return { ok: false, text: 'no such element any more' };
    const role = await el.getAriaRole();
    const name = (await el.getAccessibleName()).trim();
    return { ok: role === item.role && name === item.name, text: `${role} "${name}"` };
  }
  // Firefox: whether its accessibility service finds this element with this role and name (the
  // search starts at the element itself, so it looks at the element and what it holds).
  const handles = await app.page.raw.$$(item.key ? selectorFor(item) : '#mirror [role=table]');
  const handle = handles[item.key ? 0 : item.table];
  if (!handle) return { ok: false, text: 'no such element any more' };
  const found = await handle.$$(`::-p-aria([name=${JSON.stringify(item.name)}][role=${JSON.stringify(item.role)}])`);
  const itself = await Promise.all(found.map((h) => h.evaluate((el, own) => el === own, handle)));
  return { ok: itself.includes(true), text: `${found.length} found by role and name, not the element itself` };
}

// Rows hold cells and column headers, and tables hold rows, in the engine's tree too.
async function checkTableStructure(label) {
  const cells = await app.page.evaluate(() => [...document.querySelectorAll('#mirror [role=columnheader], #mirror [role=cell]')]
    .slice(0, 6).map((el) => ({ role: el.getAttribute('role'), row: el.parentElement.getAttribute('role'),
      table: el.parentElement.parentElement.getAttribute('role'), text: el.textContent.trim() })));
  assert(cells.length >= 2 && cells.some((c) => c.role === 'columnheader'), `${label}: no table cells in the mirror`);
  assert(cells.every((c) => c.row === 'row' && c.table === 'table'), `${label}: cells not in rows of a table`);
  if (engine === 'webkit') {
    const { By } = await import('selenium-webdriver');
    const els = await app.page.raw.findElements(By.css('#mirror [role=columnheader]'));
    const role = await els[0].getAriaRole();
    assert(role === 'columnheader', `${label}: WebKit sees a column header as ${role}`);
  } else {
    const header = cells.find((c) => c.role === 'columnheader');
    const found = await app.page.raw.$$(`::-p-aria([name=${JSON.stringify(header.text)}][role="columnheader"])`);
    assert(found.length >= 1, `${label}: Firefox finds no column header "${header.text}"`);
  }
}

const screens = ['home', 'profile', 'competencies', 'results', 'behaviour', 'feedback', 'summary', 'review', 'recap'];

await runTests([
  [`${engine}: every screen's items have the mirror's role and name in the engine's accessibility tree`, async () => {
    app = await openApp({ engine, dist: path.resolve(args.dist) });
    let checked = await checkScreen('home-empty');
    await clickItem(app, 'workshop.load.analis');
    await waitSaved(app);
    for (const screen of screens) {
      await clickItem(app, `nav.${screen}`);
      checked += await checkScreen(screen);
    }
    // The unit recap of the example files: its staff list is a table.
    await clickItem(app, 'recap.example');
    await app.page.waitForFunction(() => !window.asnTest.state().recap.loading, null, { timeout: 60000 });
    await clickItem(app, 'nav.recap');
    await clickItem(app, 'recap.tab.staff');
    checked += await checkScreen('recap-staff');
    await checkTableStructure('recap-staff');
    await clickItem(app, 'recap.tab.summary');
    await clickItem(app, 'nav.home');
    await checkTableStructure('home');
    await clickItem(app, 'menu.language');
    checked += await checkScreen('language-menu');
    await clickItem(app, 'menu.language.en');
    checked += await checkScreen('home-english');
    const english = await mirrorItems();
    assert(english.some((i) => i.role === 'link' && i.name === 'Home'), 'the navigation is not named in English');
    await clickItem(app, 'menu.language');
    await clickItem(app, 'menu.language.id');
    await screenshot(app, artifacts, `accessibility-trees-${engine}.png`);
    console.log(`     ${checked} items checked in ${engine}'s accessibility tree`);
  }],

  ['no page errors, no foreign requests', async () => {
    await collectPageRecords(app);
    assert(app.errors.length === 0, app.errors.join('\n'));
    assertOnlyOwnOrigin(app);
    await closeApp(app);
  }],
]);
