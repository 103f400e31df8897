// Keyboard-only driving for the end-to-end tests: keys go to the page as a keyboard sends them (no
// pointer event at all), and where the focus is — what to do next — is read from the accessibility
// mirror (web/mirror.js): the element that has the DOM focus, with its role and accessible name, or
// the page's text input named after the field being edited. This is what a screen reader says.
import { act, assert, waitStill } from './harness.mjs';

// The focused item as assistive technology sees it: { role, name, value, key }.
export function focused(app) {
  return app.page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { role: '', name: '', value: '', key: '' };
    if (el.id === 'text-input') {
      return { role: 'textbox', name: el.getAttribute('aria-label') || '', value: '', key: window.asnMirror.focus().editing };
    }
    const mirror = el.closest('#mirror [data-k]');
    if (!mirror) return { role: el.tagName.toLowerCase(), name: '', value: '', key: '' };
    const role = mirror.getAttribute('role') || mirror.dataset.r;
    const name = (mirror.getAttribute('aria-label') || mirror.textContent || '').trim();
    const value = mirror.value !== undefined ? mirror.value : (mirror.getAttribute('aria-valuenow') || '');
    return { role, name, value, key: mirror.dataset.k };
  });
}

const describe = (f) => `${f.role} "${f.name}"`;

// Presses a key (with modifiers, e.g. 'Shift+Tab') and waits until the app has drawn what it did.
// (Settled: measured from the last input event, after which the app has drawn frames — never from
// a later moment, after which an idle app may draw none.)
export async function press(app, key) {
  await act(app, () => app.page.keyboard.press(key), 2);
  await waitStill(app, await app.page.evaluate(() => window.asnTestInput.last));
}

// Types text (into the field being edited).
export async function type(app, text) {
  await act(app, () => app.page.keyboard.type(text), 2);
  await waitStill(app, await app.page.evaluate(() => window.asnTestInput.last));
}

const matches = (f, role, name) => (!role || f.role === role) &&
  (name instanceof RegExp ? name.test(f.name) : f.name === name);

// Presses Tab (or Shift+Tab with `back`) until the focus is on an item of that role and name
// (a string, or a RegExp); fails with what the way went through. Returns the focused item.
export async function tabTo(app, role, name, { back = false, max = 120 } = {}) {
  const seen = [];
  let f = await focused(app);
  for (let i = 0; i < max && !matches(f, role, name); i += 1) {
    await press(app, back ? 'Shift+Tab' : 'Tab');
    f = await focused(app);
    seen.push(describe(f));
  }
  assert(matches(f, role, name), `Tab never reached ${role} "${name}"; it went through: ${seen.join(', ')}`);
  return f;
}

// The focus is where a step expects it.
export async function expectFocus(app, role, name) {
  const f = await focused(app);
  assert(matches(f, role, name), `the focus is on ${describe(f)}, expected ${role} "${name}"`);
  return f;
}

// In an open dropdown list: arrow down (and round) to the option, then Enter.
export async function chooseOption(app, name, max = 40) {
  const seen = [];
  let f = await focused(app);
  for (let i = 0; i < max && !matches(f, 'option', name); i += 1) {
    await press(app, 'ArrowDown');
    f = await focused(app);
    seen.push(describe(f));
  }
  assert(matches(f, 'option', name), `no option "${name}" in the list: ${seen.join(', ')}`);
  await press(app, 'Enter');
}

// Records every pointer, mouse and touch event the page receives (a keyboard-only test asserts none).
export const POINTER_PROBE = () => {
  window.asnPointerEvents = 0;
  for (const type of ['pointerdown', 'pointermove', 'mousedown', 'mousemove', 'mouseup', 'click', 'wheel', 'touchstart']) {
    window.addEventListener(type, (e) => { if (e.isTrusted && (type !== 'click' || e.detail > 0)) window.asnPointerEvents += 1; }, true);
  }
};
