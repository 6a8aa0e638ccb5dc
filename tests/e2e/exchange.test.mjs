// Program files between browsers: "Share program" downloads a JSON file, a fresh
// browser opens it through the file picker or by dropping it on the page, and a
// corrupt file is refused with a specific message while nothing changes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startServer, launchBrowser, openApp, screenshot } from './harness.mjs';
import { click, findText, hasText, status, waitFor, waitForText } from './imgui.mjs';
import { createProgram, addPerson, PEOPLE } from './flows.mjs';

const DOWNLOADS = path.join(ROOT, 'build', 'e2e-downloads');
let server;
let exported; // path of the exported file
before(async () => {
  server = await startServer();
  mkdirSync(DOWNLOADS, { recursive: true });
});
after(async () => { await server.stop(); });

test('sharing downloads the program as a JSON file', async () => {
  const browser = await launchBrowser();
  try {
    const page = await openApp(browser.context, server.url);
    await createProgram(page, 'Exchange Program', 'Moves between browsers.');
    for (const person of PEOPLE) await addPerson(page, person);
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Share program')]);
    assert.equal(download.suggestedFilename(), 'exchange-program.json');
    exported = path.join(DOWNLOADS, download.suggestedFilename());
    await download.saveAs(exported);
    const parsed = JSON.parse(readFileSync(exported, 'utf8'));
    assert.ok(parsed && typeof parsed === 'object');
    await waitForText(page, 'Shared');
    await screenshot(page, '08-exported');
  } finally {
    await browser.close();
  }
});

test('a fresh browser opens the file through the file picker', async () => {
  const browser = await launchBrowser();
  try {
    const page = await openApp(browser.context, server.url);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Open a program file')]);
    await chooser.setFiles(exported);
    await waitFor(page, async () => (await status(page)).people === 3, { what: 'imported people' });
    assert.equal((await status(page)).programName, 'Exchange Program');
    // This browser does not run the program: its home, without anyone's details.
    await findText(page, 'Exchange Program');
    await findText(page, '3 members');
    for (const person of PEOPLE) assert.equal(await hasText(page, person.name), false);
    await waitForText(page, 'Opened');
    await screenshot(page, '09-imported');
    await click(page, { fullLabel: 'Close##merge_report' });

    // A truncated copy of the same file is refused; the people stay as they were.
    const bytes = readFileSync(exported);
    const truncated = bytes.subarray(0, Math.floor(bytes.length / 2));
    const [chooser2] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Open a program file')]);
    await chooser2.setFiles({ name: 'truncated.json', mimeType: 'application/json', buffer: truncated });
    await waitForText(page, 'Could not open');
    assert.ok(await hasText(page, 'Nothing was changed'));
    assert.ok(await hasText(page, 'truncated.json'));
    const s = await status(page);
    assert.equal(s.people, 3);
    assert.equal(s.programs, 1);
    await screenshot(page, '10-corrupt-file-refused');
  } finally {
    await browser.close();
  }
});

test('dropping the file onto the page opens it', async () => {
  const browser = await launchBrowser();
  try {
    const page = await openApp(browser.context, server.url);
    const text = readFileSync(exported, 'utf8');
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, text);
    await waitForText(page, 'Drop a program file', { timeout: 2000 }).catch(() => {}); // hint is drawn, not text
    await screenshot(page, '11-drop-hint');
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, text);
    await waitFor(page, async () => (await status(page)).people === 3, { what: 'dropped file imported' });
    assert.equal((await status(page)).programName, 'Exchange Program');
  } finally {
    await browser.close();
  }
});
