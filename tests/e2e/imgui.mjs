// Drives the ImGui page like a person: finds widgets by their label through the item
// registry (window.turnabout.items()), moves the mouse there and clicks. Dear ImGui
// 1.86 samples buttons once per frame; the page queues input and gives ImGui a press
// and its release in different frames (src/web/input.cpp), so a step sends its events
// at once and then waits until the page has taken them all and drawn the result.
//
// Every call into the page waits for the frame being drawn (tens of milliseconds in
// software WebGL), so a step makes few of them: a click's press and release go out
// together, and the waiting for frames and for items happens inside the page, in one
// call, instead of in rounds of questions from here.

const TIMEOUT_MS = 8000;

export async function status(page) {
  return page.evaluate(() => window.turnabout.status());
}

export async function items(page) {
  return page.evaluate(() => window.turnabout.items());
}

// In the page: waits until the page has given ImGui every input event sent so far
// (when `input`), then until `count` more frames were drawn, asking for frames
// meanwhile (an idle page draws none). Gives up after about `timeout` ms.
async function framesInPage(page, { count, input, timeout = TIMEOUT_MS, what }) {
  const done = await page.evaluate(([n, waitForInput, polls]) => new Promise((resolve) => {
    const app = window.turnabout;
    let start = null;
    let left = polls;
    const poll = () => {
      const s = app.status();
      if (start === null && (!waitForInput || s.inputQueued === 0)) start = s.framesDrawn;
      if (start !== null && s.framesDrawn >= start + n) return resolve(true);
      if (--left < 0) return resolve(false);
      app.requestFrame();
      setTimeout(poll, 16);
    };
    poll();
  }), [count, input, Math.ceil(timeout / 16)]);
  if (!done) throw new Error(`timed out waiting for ${what}`);
}

// Waits until `count` more frames were drawn (asking for them: an idle page draws none).
export async function waitFrames(page, count = 2) {
  await framesInPage(page, { count, input: false, what: `${count} frames` });
}

// Waits until the page has given ImGui every input event sent so far, then for
// `count` more frames, so that what the input did is on screen.
export async function settle(page, count = 2) {
  await framesInPage(page, { count, input: true, what: 'the page to take its input' });
}

function matches(item, query) {
  if (query.kind && item.kind !== query.kind) return false;
  if (query.label !== undefined && item.label !== query.label) return false;
  if (query.fullLabel !== undefined && item.fullLabel !== query.fullLabel) return false;
  if (query.contains !== undefined && !item.label.toLowerCase().includes(query.contains.toLowerCase())) return false;
  if (query.window !== undefined && item.window !== query.window) return false;
  if (query.visible !== false && !item.visible) return false;
  if (query.row !== undefined) {
    const centre = item.y + item.height / 2;
    if (centre < query.row.y - 4 || centre > query.row.y + query.row.height + 24) return false;
  }
  return true;
}

function describe(query) {
  return JSON.stringify(query);
}

// query: a label string, or { label | fullLabel | contains, kind, window, row }.
// Looked for in the page, frame after frame, until it shows or `timeout` ms pass.
export async function findItem(page, query, { timeout = TIMEOUT_MS } = {}) {
  const q = typeof query === 'string' ? { label: query, kind: 'widget' } : query;
  const answer = await page.evaluate(([source, wanted, polls]) => new Promise((resolve) => {
    const app = window.turnabout;
    const matches = new Function(`return (${source});`)();
    let left = polls;
    const poll = () => {
      const all = app.items();
      const found = all.find((item) => matches(item, wanted));
      if (found || --left < 0) return resolve({ found, all });
      app.requestFrame();
      setTimeout(poll, 50);
    };
    poll();
  }), [matches.toString(), q, Math.ceil(timeout / 50)]);
  if (answer.found) return answer.found;
  const labels = answer.all.filter((i) => i.visible).map((i) => `${i.kind}:${i.fullLabel}@${i.window}`).join(' | ');
  throw new Error(`no item ${describe(q)} on screen; visible: ${labels}`);
}

export async function findText(page, contains, options) {
  return findItem(page, { kind: 'text', contains }, options);
}

export async function hasText(page, contains) {
  const all = await items(page);
  return all.some((item) => item.kind === 'text' && item.visible && item.label.toLowerCase().includes(contains.toLowerCase()));
}

// Whether the item is drawn disabled (greyed out, ImGui ignores the mouse on it).
export async function isDisabled(page, query, options) {
  const item = await findItem(page, query, options);
  if (item.kind !== 'widget') throw new Error(`${describe(query)} is text, which is never enabled or disabled`);
  return item.disabled === true;
}

// What an input field shows (the registry has it for the fields that report it).
export async function fieldValue(page, query, options) {
  const item = await findItem(page, typeof query === 'string' ? { fullLabel: query } : query, options);
  if (item.value === undefined) throw new Error(`${describe(query)} does not report what it shows`);
  return item.value;
}

// Clicks like a person, so never on a disabled item: a test that did would pass on a
// screen where nobody can act. A button enabled by the keystroke just typed is drawn
// enabled a frame later, so a disabled one is looked at again for a moment first.
export async function click(page, query, options) {
  let item = await findItem(page, query, options);
  const deadline = Date.now() + 1000;
  while (item.disabled && Date.now() < deadline) {
    await waitFrames(page, 1);
    item = await findItem(page, query, options);
  }
  if (item.disabled) {
    throw new Error(`refusing to click ${describe(typeof query === 'string' ? { label: query } : query)}: "${item.fullLabel}" in ${item.window} is disabled, so a person could not click it`);
  }
  const x = item.x + item.width / 2;
  const y = item.y + item.height / 2;
  // The hand rests on the item for a frame before it presses: ImGui takes a press on
  // an item that may overlap others (a table's header) only once it was hovered the
  // frame before. The press and the release then go out together; the page's queue
  // gives them frames of their own.
  await page.mouse.move(x, y);
  await settle(page, 0);
  await Promise.all([page.mouse.down(), page.mouse.up()]);
  await settle(page);
  return item;
}

// Clicks a button in the table row that shows `rowText` (e.g. "Edit" for "Ana Lima").
export async function clickInRow(page, rowText, label) {
  const row = await findItem(page, { kind: 'text', label: rowText });
  return click(page, { kind: 'widget', label, row });
}

export async function press(page, key) {
  await Promise.all([page.keyboard.down(key), page.keyboard.up(key)]);
  await settle(page);
}

// Types `text` as a fast typist would: every key's press is sent at once, each
// release after its own press, in order, without waiting for the page in between
// (one step each would wait for a frame per letter). The page's queue keeps the
// order; a letter typed on its own needs no frame of its own.
export async function typeText(page, text) {
  await Promise.all([...text].map((character) => page.keyboard.press(character)));
}

// Clicks into a field (found by its full label, e.g. "##name") and types, replacing
// what was there.
// Select all, delete and the text go out at once: the page's queue gives ImGui each
// key's press and release in frames of their own, in order.
export async function fill(page, fullLabel, text, { window } = {}) {
  await click(page, { fullLabel, window });
  const keyboard = page.keyboard;
  await Promise.all([
    keyboard.down('Control'), keyboard.down('a'), keyboard.up('a'), keyboard.up('Control'),
    keyboard.down('Backspace'), keyboard.up('Backspace'),
    ...[...text || ''].map((character) => keyboard.press(character)),
  ]);
  await settle(page);
}

export async function waitFor(page, predicate, { timeout = TIMEOUT_MS, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await page.evaluate(() => window.turnabout.requestFrame());
    await page.waitForTimeout(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

// Looked for in the page, as findItem does: any visible text containing `contains`.
export async function waitForText(page, contains, { timeout = TIMEOUT_MS } = {}) {
  await findItem(page, { kind: 'text', contains }, { timeout }).catch(() => {
    throw new Error(`timed out waiting for text "${contains}"`);
  });
}

export async function waitForSaved(page) {
  await waitFor(page, async () => (await status(page)).saveState === 'saved', { what: 'save to finish', timeout: 15000 });
}
