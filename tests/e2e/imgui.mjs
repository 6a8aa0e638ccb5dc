// Drives the ImGui page like a person: finds widgets by their label through the item
// registry (window.turnabout.items()), moves the mouse there and clicks. Dear ImGui
// 1.86 samples buttons once per frame; the page queues input and gives ImGui a press
// and its release in different frames (src/web/input.cpp), so a step sends its events
// at once and then waits until the page has taken them all and drawn the result.

const TIMEOUT_MS = 8000;

export async function status(page) {
  return page.evaluate(() => window.turnabout.status());
}

export async function items(page) {
  return page.evaluate(() => window.turnabout.items());
}

// Waits until `count` more frames were drawn (asking for them: an idle page draws none).
export async function waitFrames(page, count = 2) {
  const start = (await status(page)).framesDrawn;
  await page.evaluate(() => window.turnabout.requestFrame());
  await page.waitForFunction(
    ([from, n]) => {
      if (window.turnabout.status().framesDrawn >= from + n) return true;
      window.turnabout.requestFrame();
      return false;
    },
    [start, count],
    { timeout: TIMEOUT_MS, polling: 16 },
  );
}

// Waits until the page has given ImGui every input event sent so far, then for
// `count` more frames, so that what the input did is on screen.
export async function settle(page, count = 2) {
  await page.waitForFunction(
    () => {
      if (window.turnabout.status().inputQueued === 0) return true;
      window.turnabout.requestFrame();
      return false;
    },
    null,
    { timeout: TIMEOUT_MS, polling: 16 },
  );
  await waitFrames(page, count);
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
export async function findItem(page, query, { timeout = TIMEOUT_MS } = {}) {
  const q = typeof query === 'string' ? { label: query, kind: 'widget' } : query;
  const deadline = Date.now() + timeout;
  let last = [];
  while (Date.now() < deadline) {
    last = await items(page);
    const found = last.find((item) => matches(item, q));
    if (found) return found;
    await page.evaluate(() => window.turnabout.requestFrame());
    await page.waitForTimeout(50);
  }
  const labels = last.filter((i) => i.visible).map((i) => `${i.kind}:${i.fullLabel}@${i.window}`).join(' | ');
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
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.up();
  await settle(page);
  return item;
}

// Clicks a button in the table row that shows `rowText` (e.g. "Edit" for "Ana Lima").
export async function clickInRow(page, rowText, label) {
  const row = await findItem(page, { kind: 'text', label: rowText });
  return click(page, { kind: 'widget', label, row });
}

export async function press(page, key) {
  await page.keyboard.down(key);
  await page.keyboard.up(key);
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
  await page.keyboard.down('Control');
  await page.keyboard.down('a');
  await page.keyboard.up('a');
  await page.keyboard.up('Control');
  await page.keyboard.down('Backspace');
  await page.keyboard.up('Backspace');
  if (text) await typeText(page, text);
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

export async function waitForText(page, contains, options) {
  await waitFor(page, () => hasText(page, contains), { what: `text "${contains}"`, ...options });
}

export async function waitForSaved(page) {
  await waitFor(page, async () => (await status(page)).saveState === 'saved', { what: 'save to finish', timeout: 15000 });
}
