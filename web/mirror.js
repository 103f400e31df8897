// The accessibility mirror: an off-screen DOM, with ARIA roles, names, values and states, of what the
// app draws in its canvas, so that screen readers (and tests) read what the screen shows.
//
// The app pushes its tree (src/ui/access_tree.hpp) whenever what it shows changed — never while
// idle — through window.asnMirror.update(json): the whole tree, or only what changed since the tree
// the page holds (the reading order as keys unless it was kept, and the changed items). Elements are
// kept by the item's key and touched only when that item changed. Focus follows both ways: when keyboard navigation in the app moves its
// focus, the matching element takes the DOM focus (a screen reader announces it); when assistive
// technology focuses or activates an element, the app does what Enter/Space on that item would do
// (asn_mirror_action). Text is typed through the page's one text path: a mirrored text field that
// gets the focus starts editing in the app, which then hands the focus to #text-input, named after
// the field.
(function () {
  'use strict';

  const root = document.createElement('div');
  root.id = 'mirror';
  document.body.insertBefore(root, document.body.firstChild);
  // Changes worth saying (the save state, the predikat, a JPM figure) are said here, politely: once
  // per change, never per frame.
  const live = document.createElement('div');
  live.id = 'mirror-live';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  document.body.insertBefore(live, root.nextSibling);

  const items = new Map();   // key -> { el, sig, node }
  let readingOrder = [];     // the keys of the tree held, in reading order
  const holders = new Map(); // key of a group or of a run (tab list, menu bar, list) -> element
  let tree = { version: 0, lang: 'id', focus: '', editing: '', groups: [], items: [] };
  let syncingFocus = false;
  const announced = [];  // the last announcements, oldest first
  let lastNews = '';
  let focusedKey = '';

  function act(activate, key) {
    const M = window.Module;
    if (!M || !M.calledRun) return;
    M.ccall('asn_mirror_action', 'number', ['number', 'string'], [activate ? 1 : 0, key]);
  }

  const TEXT_ROLES = new Set(['textbox', 'textarea']);
  const TAGS = {
    text: 'p', status: 'p', alert: 'p', button: 'button', link: 'a', textbox: 'input', textarea: 'textarea',
    checkbox: 'input', radio: 'input', combobox: 'button', option: 'div', tab: 'div', menuitem: 'div',
    slider: 'div', progressbar: 'div', img: 'div',
  };

  function tagFor(node) {
    if (node.r === 'heading') return 'h' + Math.min(Math.max(node.l || 2, 1), 3);
    return TAGS[node.r] || 'p';
  }

  function has(node, state) { return !!node.s && node.s.includes(state); }

  function setAttr(el, name, value) {
    if (value === null || value === undefined || value === false) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
    } else if (el.getAttribute(name) !== String(value)) {
      el.setAttribute(name, String(value));
    }
  }

  function create(node) {
    const el = document.createElement(tagFor(node));
    el.dataset.k = node.k;
    el.dataset.r = node.r;
    if (el.tagName === 'INPUT') el.type = node.r !== 'textbox' ? node.r : has(node, 'protected') ? 'password' : 'text';
    if (el.tagName === 'BUTTON') el.type = 'button';
    if (el.tagName === 'A') el.href = '#';
    return el;
  }

  // Puts a node's name, value and states on its element.
  function apply(el, node) {
    const interactive = !['text', 'heading', 'status', 'alert', 'img'].includes(node.r);
    setAttr(el, 'tabindex', interactive ? '-1' : null);  // focusable by assistive technology and the app, not by Tab
    const disabled = has(node, 'disabled');
    setAttr(el, 'aria-disabled', disabled ? 'true' : null);
    const expandable = has(node, 'expanded') || has(node, 'collapsed');
    switch (node.r) {
      case 'text': case 'heading': case 'button': case 'link':
        if (el.textContent !== node.n) el.textContent = node.n;
        break;
      case 'status': case 'alert':
        setAttr(el, 'role', node.r);
        if (el.textContent !== node.n) el.textContent = node.n;
        break;
      case 'textbox': case 'textarea':
        setAttr(el, 'aria-label', node.n);
        if (el.value !== (node.v || '')) el.value = node.v || '';
        setAttr(el, 'aria-invalid', has(node, 'invalid') ? 'true' : null);
        setAttr(el, 'aria-description', node.d || null);
        break;
      case 'checkbox': case 'radio':
        setAttr(el, 'aria-label', node.n);
        el.checked = has(node, 'checked');
        break;
      case 'combobox':
        setAttr(el, 'aria-haspopup', 'listbox');
        el.textContent = node.v ? `${node.n}: ${node.v}` : node.n;
        break;
      case 'option': case 'tab':
        setAttr(el, 'role', node.r);
        setAttr(el, 'aria-selected', has(node, 'selected') ? 'true' : 'false');
        if (el.textContent !== node.n) el.textContent = node.n;
        break;
      case 'menuitem':
        // A chosen menu entry is a checked one; the others are plain commands.
        setAttr(el, 'role', has(node, 'checked') ? 'menuitemcheckbox' : 'menuitem');
        setAttr(el, 'aria-checked', has(node, 'checked') ? 'true' : null);
        if (el.textContent !== node.n) el.textContent = node.n;
        break;
      case 'slider': {
        setAttr(el, 'role', 'slider');
        setAttr(el, 'aria-label', node.n);
        const number = Number.parseInt(node.v, 10);
        setAttr(el, 'aria-valuenow', Number.isFinite(number) ? number : 0);
        setAttr(el, 'aria-valuetext', Number.isFinite(number) && number > 0 ? null : '—');
        setAttr(el, 'aria-valuemin', 0);
        setAttr(el, 'aria-valuemax', 5);
        break;
      }
      case 'img':
        setAttr(el, 'role', 'img');
        setAttr(el, 'aria-label', node.n);
        break;
      default:
        if (el.textContent !== node.n) el.textContent = node.n;
    }
    if (node.r === 'button' || node.r === 'combobox' || node.r === 'menuitem') {
      setAttr(el, 'aria-expanded', expandable ? (has(node, 'expanded') ? 'true' : 'false') : null);
    }
    if (node.r === 'link') setAttr(el, 'aria-current', has(node, 'selected') ? 'page' : null);
    const style = el.style;
    style.left = `${node.x}px`;
    style.top = `${node.y}px`;
    style.width = `${Math.max(node.w, 1)}px`;
    style.height = `${Math.max(node.h, 1)}px`;
  }

  // A group (top-level window of the app): the screen, a dialog, a dropdown's list or a menu.
  function groupHolder(group, index, nodes) {
    const key = 'group:' + group.k;
    let el = holders.get(key);
    // A dropdown's list holds only options and a menu only entries (as ARIA requires); a popup with
    // anything else in it is a (non-modal) dialog.
    const roles = new Set(nodes.filter((n) => n.g === index).map((n) => n.r));
    const only = (role) => roles.size === 1 && roles.has(role);
    const kind = group.kind !== 'menu' ? group.kind : only('option') ? 'listbox' : only('menuitem') ? 'menu' : 'dialog';
    if (!el || el.dataset.kind !== kind) {
      if (el) el.remove();
      el = document.createElement('div');
      el.dataset.kind = kind;
      holders.set(key, el);
    }
    if (kind === 'main') setAttr(el, 'role', index === 0 ? 'main' : 'region');
    else if (kind === 'dialog') setAttr(el, 'role', 'dialog');
    else setAttr(el, 'role', kind);
    setAttr(el, 'aria-modal', kind === 'dialog' && group.modal ? 'true' : null);
    // The screen needs no name; a dialog is named by its title, a list by what it offers.
    const fallback = kind === 'listbox' || kind === 'menu' ? (tree.lang === 'en' ? 'Choices' : 'Pilihan') : 'Panel';
    setAttr(el, 'aria-label', index === 0 && kind === 'main' ? null : (group.n || fallback));
    return el;
  }

  // Tabs, menu-bar entries and options outside a list sit in a run of their kind (ARIA wants a
  // tab in a tab list, an option in a list box).
  const RUNS = { tab: 'tablist', menuitem: 'menubar', option: 'listbox' };

  // A holder element kept by key between trees (a run, a table, a row, a cell).
  function holder(key, role, seen) {
    let el = holders.get(key);
    if (!el) {
      el = document.createElement('div');
      setAttr(el, 'role', role);
      holders.set(key, el);
    }
    seen.add(key);
    return el;
  }

  // A cell of a data table (node.t): the item goes into its cell, in its row, in its table; the
  // holders are opened as the reading order reaches them. `at` is the group's current table place.
  function placeInTable(node, group, at, name, order, seen) {
    if (!at.table || at.table.t !== node.t) {
      const el = holder(`table:${node.t}`, 'table', seen);
      setAttr(el, 'aria-label', name);
      at.table = { t: node.t, el };
      at.row = null;
      order.push([group, el]);
    }
    if (!at.row || at.row.r !== node.tr) {
      const el = holder(`row:${node.t}:${node.tr}`, 'row', seen);
      setAttr(el, 'aria-rowindex', node.tr + 1);
      at.row = { r: node.tr, el };
      at.cell = null;
      order.push([at.table.el, el]);
    }
    if (!at.cell || at.cell.c !== node.tc) {
      const role = node.th ? 'columnheader' : 'cell';
      const key = `cell:${node.t}:${node.tr}:${node.tc}`;
      let el = holder(key, role, seen);
      if (el.getAttribute('role') !== role) setAttr(el, 'role', role);
      at.cell = { c: node.tc, el };
      order.push([at.row.el, el]);
    }
    return at.cell.el;
  }

  // The nodes of a tree in reading order: all of them (base 0), or — for a change set on the tree of
  // version `base` — the changed ones sent and the others as they were (in the order sent, or the
  // order held when it was kept). Null when the page does not hold that tree (the app then sends the
  // whole tree).
  function nodesOf(next) {
    if (!next.base) return next.items;
    if (next.base !== tree.version) return null;
    const sent = new Map(next.items.map((n) => [n.k, n]));
    const nodes = [];
    for (const key of next.kept ? readingOrder : next.order) {
      const node = sent.get(key) || (items.has(key) ? items.get(key).node : null);
      if (!node) return null;
      nodes.push(node);
    }
    return nodes;
  }

  // Brings an item's element up to date with its node; a live item that now says something else is
  // announced (into `said`).
  function refresh(entry, node, said) {
    // A node carried over from the tree before is the same object: nothing to do for it.
    const sig = entry.node === node ? entry.sig : JSON.stringify(node);
    if (entry.sig !== sig) {
      // A live item that was shown before and now says something else is announced.
      // A message (news) is said when it appears too — once, not again on every screen it follows to.
      const news = has(node, 'news') && node.n !== lastNews;
      if (news) lastNews = node.n;
      if (news || (entry.node && has(node, 'live') && (entry.node.n !== node.n || entry.node.v !== node.v))) {
        say(node.k, node.v ? `${node.n}: ${node.v}` : node.n, said);
      }
      apply(entry.el, node);
      entry.sig = sig;
    }
    entry.node = node;
  }

  // A change set whose items keep their places (the same keys in the same order, "kept"): each
  // changed item is brought up to date where it is, without walking the whole screen — typing in a
  // long draft changes one field. False (nothing done) when a change reaches beyond its element: a
  // new role or group, a heading (it names the lists under it), a table cell.
  function updateInPlace(next) {
    if (!next.kept || next.base !== tree.version) return false;
    for (const node of next.items) {
      const entry = items.get(node.k);
      const old = entry && entry.node;
      if (!old || old.r !== node.r || old.g !== node.g || node.r === 'heading' || node.t || old.t ||
          entry.el.tagName.toLowerCase() !== tagFor(node)) return false;
    }
    tree = next;
    const said = [];
    for (const node of next.items) refresh(items.get(node.k), node, said);
    followFocus();
    nameTextInput();
    speak(said);
    return true;
  }

  // Takes a tree from the app; false when it is a change set on a tree the page does not hold.
  function update(json) {
    const next = JSON.parse(json);
    if (updateInPlace(next)) return true;
    const nodes = nodesOf(next);
    if (!nodes) return false;
    tree = next;
    readingOrder = nodes.map((n) => n.k);
    if (document.documentElement.lang !== next.lang) document.documentElement.lang = next.lang;
    const seen = new Set();
    const said = [];
    const order = [];  // [holder element, child element] in reading order
    const groupEls = next.groups.map((g, i) => groupHolder(g, i, nodes));
    let run = null;
    const lastHeading = new Map();  // group -> the text of its last heading so far
    const tablePlace = new Map();   // group -> where in a table its reading order is
    for (const node of nodes) {
      seen.add(node.k);
      if (node.r === 'heading') lastHeading.set(node.g, node.n);
      let entry = items.get(node.k);
      if (entry && (entry.el.dataset.r !== node.r || entry.el.tagName.toLowerCase() !== tagFor(node))) {
        entry.el.remove();
        entry = null;
      }
      if (!entry) {
        entry = { el: create(node), sig: '' };
        items.set(node.k, entry);
      }
      refresh(entry, node, said);
      const group = groupEls[node.g];
      const groupKind = group.dataset.kind;
      const runRole = RUNS[node.r];
      const needsRun = runRole && !(runRole === 'listbox' && groupKind === 'listbox') &&
        !(node.r === 'menuitem' && groupKind === 'menu');
      if (!tablePlace.has(node.g)) tablePlace.set(node.g, {});
      const place = tablePlace.get(node.g);
      const fallbackName = next.lang === 'en' ? 'Choices' : 'Pilihan';
      if (node.t) {
        run = null;
        // Named after the heading it comes under, like a list.
        const cell = placeInTable(node, group, place, lastHeading.get(node.g) || fallbackName, order, seen);
        order.push([cell, entry.el]);
        continue;
      }
      place.table = null;
      if (needsRun) {
        if (!run || run.role !== runRole || run.group !== group) {
          const el = holder(`run:${node.k}`, runRole, seen);
          // Named after the heading it comes under (a list box must have a name).
          setAttr(el, 'aria-label', runRole === 'menubar' ? null : (lastHeading.get(node.g) || fallbackName));
          run = { role: runRole, group, el };
          order.push([group, el]);
        }
        order.push([run.el, entry.el]);
      } else {
        run = null;
        order.push([group, entry.el]);
      }
    }
    // What is no longer drawn goes first, so that what stays rarely moves (a moved element loses
    // the DOM focus).
    const focused = document.activeElement;
    for (const [key, entry] of items) {
      if (!seen.has(key)) { entry.el.remove(); items.delete(key); }
    }
    for (const [key, el] of holders) {
      if (!seen.has(key) && !key.startsWith('group:')) { el.remove(); holders.delete(key); }
    }
    // Groups in order under the root, then every element in order under its holder. While a modal
    // dialog is open, what lies behind it cannot be reached (as on the screen).
    const modal = next.groups.findIndex((g) => g.kind === 'dialog' && g.modal);
    groupEls.forEach((el, i) => {
      el.inert = modal >= 0 && i < modal;  // a list opened inside the dialog comes after it
      seen.add('group:' + next.groups[i].k);
      const before = root.children[i] || null;
      if (before !== el) root.insertBefore(el, before);
    });
    const position = new Map();
    const placed = new Set();  // a table left and entered again (a card inside a cell) keeps its first place
    for (const [holder, el] of order) {
      if (placed.has(el)) continue;
      placed.add(el);
      const index = position.get(holder) || 0;
      const before = holder.children[index] || null;
      if (before !== el) holder.insertBefore(el, before);
      position.set(holder, index + 1);
    }
    for (const [key, el] of holders) {
      if (!seen.has(key)) { el.remove(); holders.delete(key); }
    }
    for (const [holder, count] of position) {
      while (holder.children.length > count) holder.lastElementChild.remove();
    }
    while (root.children.length > groupEls.length) root.lastElementChild.remove();
    // An element that had to move took the focus with it: it gets it back.
    if (focused && focused !== document.activeElement && focused.isConnected && root.contains(focused)) {
      syncingFocus = true;
      try { focused.focus({ preventScroll: true }); } finally { syncingFocus = false; }
    }
    followFocus();
    nameTextInput();
    speak(said);
    return true;
  }

  function speak(said) {
    if (!said.length) return;
    live.textContent = said.join('. ');
    announced.push(...said);
    if (announced.length > 20) announced.splice(0, announced.length - 20);
  }

  // An item that keeps changing (the recap's count while files are read) is said at most once a
  // second; its latest text is said when the second is over.
  const SAY_EVERY_MS = 1000;
  const lastSaid = new Map();  // key -> { at, timer, text }
  function say(key, text, said) {
    const now = performance.now();
    let entry = lastSaid.get(key);
    if (!entry) lastSaid.set(key, entry = { at: -Infinity, timer: 0, text: '' });
    entry.text = text;
    if (now - entry.at >= SAY_EVERY_MS) {
      entry.at = now;
      said.push(text);
    } else if (!entry.timer) {
      entry.timer = setTimeout(() => {
        entry.timer = 0;
        entry.at = performance.now();
        speak([entry.text]);
      }, SAY_EVERY_MS - (now - entry.at));
    }
  }

  // The app's keyboard focus moved: the DOM focus follows (unless a field is being edited, when the
  // page's text input has it).
  function followFocus() {
    if (tree.editing || tree.focus === focusedKey) return;
    focusedKey = tree.focus;
    const entry = items.get(tree.focus);
    if (!entry) return;
    const active = document.activeElement;
    // The DOM focus is taken only from the page itself, the app's canvas and text input and the mirror.
    if (active && active !== document.body && active.id !== 'canvas' && active.id !== 'text-input' &&
        !root.contains(active)) return;
    syncingFocus = true;
    try { entry.el.focus({ preventScroll: true }); } finally { syncingFocus = false; }
  }

  // While a field is edited, the page's hidden text input receives the text: it carries the field's
  // name for assistive technology.
  function nameTextInput() {
    const input = document.getElementById('text-input');
    if (!input) return;
    const entry = tree.editing ? items.get(tree.editing) : null;
    if (entry) {
      setAttr(input, 'aria-label', entry.node.n);
      setAttr(input, 'aria-hidden', null);
    } else {
      setAttr(input, 'aria-label', null);
      setAttr(input, 'aria-hidden', 'true');
    }
  }

  function keyOf(target) {
    const el = target && target.closest ? target.closest('[data-k]') : null;
    return el && root.contains(el) ? el.dataset.k : null;
  }

  // Assistive technology activates an element (a click without a pointer on it; the mirror takes no
  // pointer events): the app does what Enter or Space on the item does.
  root.addEventListener('click', (e) => {
    const key = keyOf(e.target);
    e.preventDefault();
    if (key) act(true, key);
  });
  // Keys pressed while a mirror element has the focus belong to the app (its keyboard navigation):
  // the element's own reaction (a button's click on Enter, a radio's on an arrow) is stopped, so
  // nothing happens twice. Typing is not stopped: characters take the page's one text path.
  const APP_KEYS = new Set(['Enter', ' ', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);
  root.addEventListener('keydown', (e) => {
    if (APP_KEYS.has(e.key)) e.preventDefault();
  });
  // A mirrored field keeps the app's content (text reaches the app through its text path only).
  root.addEventListener('input', (e) => {
    const entry = items.get(keyOf(e.target));
    if (entry && TEXT_ROLES.has(entry.node.r)) e.target.value = entry.node.v || '';
  });
  root.addEventListener('focusin', (e) => {
    if (syncingFocus) return;
    const key = keyOf(e.target);
    const entry = key ? items.get(key) : null;
    if (!entry) return;
    focusedKey = key;
    // A text field focused by assistive technology starts editing, as a tap on it does.
    act(TEXT_ROLES.has(entry.node.r), key);
  });

  window.asnMirror = {
    update,
    // The tree last received (tests read what the screen shows from the DOM, this is for timing).
    version() { return tree.version; },
    // The key of the item the app's keyboard focus is on, and of the field being edited.
    focus() { return { focus: tree.focus, editing: tree.editing }; },
    // What the live region said lately (the region itself holds only the last change).
    announced() { return [...announced]; },
    root,
  };
})();
