// The demo program, the one-writing-tab rule, and a save that IndexedDB refuses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, screenshot } from './harness.mjs';
import { click, findItem, findText, hasText, isDisabled, status, waitFor, waitForText } from './imgui.mjs';
import { addPerson } from './flows.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

test('the demo program loads at least 40 people', async () => {
  const browser = await launchBrowser();
  try {
    const page = await openApp(browser.context, server.url);
    await click(page, 'Try the demo program');
    await waitFor(page, async () => (await status(page)).people >= 40, { what: 'demo people' });
    await waitForText(page, 'Loaded the demo program');
    await screenshot(page, '12-demo-program');
    assert.equal(await isDisabled(page, 'Add person'), false, 'the tab that writes can add people');

    // A second tab of the same browser is read-only and says so.
    const second = await browser.context.newPage();
    await openApp(browser.context, server.url, { page: second });
    const s = await status(second);
    assert.equal(s.readOnly, true);
    assert.ok(s.people >= 40, 'the second tab reads the saved data');
    await findText(second, 'Read-only: Turnabout is open in another tab');
    const { openAsAdmin } = await import('./flows.mjs');
    await openAsAdmin(second, s.programName);
    const add = await findItem(second, 'Add person');
    assert.ok(add, 'the button is there, disabled');
    assert.equal(add.disabled, true, 'Add person is disabled in the read-only tab');
    assert.equal(await isDisabled(second, 'Import people from CSV'), true, 'so is the CSV import');
    await assert.rejects(click(second, 'Add person'), /disabled, so a person could not click it/);
    await screenshot(second, '13-second-tab-read-only');
    await second.close();
  } finally {
    await browser.close();
  }
});

test('a save IndexedDB refuses shows "Save failed" plainly', async () => {
  const browser = await launchBrowser();
  try {
    const page = await openApp(browser.context, server.url);
    const { createProgram } = await import('./flows.mjs');
    await createProgram(page, 'Quota Program', '');
    await waitFor(page, async () => (await status(page)).saveState === 'saved', { what: 'first save' });
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await addPerson(page, { name: 'Dana Park', email: 'dana@example.org', title: 'Analyst', department: 'Finance', role: 'Mentor', level: 'Associate' });
    await waitFor(page, async () => (await status(page)).saveState === 'failed', { what: 'save to fail', timeout: 25000 });
    await findText(page, 'Save failed');
    assert.ok(await hasText(page, 'no storage space left'), 'the reason is named');
    await screenshot(page, '14-save-failed');
  } finally {
    await browser.close();
  }
});
