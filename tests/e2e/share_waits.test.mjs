// "Share program" never hands out a file whose changes IndexedDB has not confirmed:
// while the save fails the page says it cannot, and why; once "Retry saving" is
// confirmed, the file downloads by itself, with the change in it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, allowStorageWrites, launchBrowser, openApp, refuseStorageWrites, screenshot, startServer } from './harness.mjs';
import { click, status, waitFor, waitForText } from './imgui.mjs';
import { addPerson, createProgram } from './flows.mjs';

const DOWNLOADS = path.join(ROOT, 'build', 'e2e-downloads', 'share-waits');
let server;
before(async () => {
  server = await startServer();
  mkdirSync(DOWNLOADS, { recursive: true });
});
after(async () => { await server.stop(); });

test('a share waits for a failed save and follows the retry by itself', async () => {
  const browser = await launchBrowser();
  try {
    const page = await openApp(browser.context, server.url);
    await createProgram(page, 'Waiting Share', '');
    await waitFor(page, async () => (await status(page)).saveState === 'saved', { what: 'first save' });
    await refuseStorageWrites(page);
    await addPerson(page, { name: 'Dana Park', email: 'dana@example.org', title: 'Analyst', department: 'Finance', role: 'Mentor', level: 'Associate' });
    await waitFor(page, async () => (await status(page)).saveState === 'failed', { what: 'save to fail', timeout: 25000 });

    let downloads = 0;
    page.on('download', () => { downloads += 1; });
    await click(page, 'Share program');
    await waitForText(page, 'Cannot share the program yet: saving failed');
    assert.equal(downloads, 0, 'no file while the change is not saved');
    await screenshot(page, '16-share-waits-for-save');

    await allowStorageWrites(page);
    const savesBefore = (await status(page)).savesCompleted;
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Retry saving')]);
    assert.equal(download.suggestedFilename(), 'waiting-share.json');
    const saved = path.join(DOWNLOADS, download.suggestedFilename());
    await download.saveAs(saved);
    assert.ok(readFileSync(saved, 'utf8').includes('Dana Park'), 'the file carries the change once it is saved');
    assert.ok((await status(page)).savesCompleted > savesBefore, 'the file followed a save IndexedDB confirmed');
    await waitForText(page, 'Shared');
  } finally {
    await browser.close();
  }
});
