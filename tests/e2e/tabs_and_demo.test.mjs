// The demo program, the one-writing-tab rule, a save that IndexedDB refuses, and
// leaving the page before a change was saved.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { allowStorageWrites, launchBrowser, openApp, refuseStorageWrites, screenshot, startServer } from './harness.mjs';
import { click, findItem, findText, hasText, isDisabled, status, waitFor, waitForSaved, waitForText } from './imgui.mjs';
import { addPerson, openAsAdmin } from './flows.mjs';

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
    await refuseStorageWrites(page);
    await addPerson(page, { name: 'Dana Park', email: 'dana@example.org', title: 'Analyst', department: 'Finance', role: 'Mentor', level: 'Associate' });
    await waitFor(page, async () => (await status(page)).saveState === 'failed', { what: 'save to fail', timeout: 25000 });
    await findText(page, 'Save failed');
    assert.ok(await hasText(page, 'no storage space left'), 'the reason is named');
    await screenshot(page, '14-save-failed');
  } finally {
    await browser.close();
  }
});

async function reload(page) {
  await page.reload();
  await page.waitForFunction(() => window.turnabout && window.turnabout.status().phase === 'run');
}

test('leaving the page with a change not yet saved asks first; once saved, it does not', async () => {
  const browser = await launchBrowser();
  try {
    const page = await openApp(browser.context, server.url);
    const dialogs = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.type());
      // "Stay on this page": the change is still here to be saved.
      await dialog.dismiss();
    });
    const { createProgram } = await import('./flows.mjs');
    await createProgram(page, 'Leaving Program', '');
    await waitForSaved(page);
    assert.equal((await status(page)).unsavedChanges, false, 'everything saved: nothing to ask about');
    await reload(page);
    assert.deepEqual(dialogs, [], 'a saved program lets the page go without asking');

    // IndexedDB refuses the next save: the change is only in this tab.
    await openAsAdmin(page, 'Leaving Program');
    await refuseStorageWrites(page);
    await addPerson(page, { name: 'Dana Park', email: 'dana@example.org', title: 'Analyst', department: 'Finance', role: 'Mentor', level: 'Associate' });
    await waitFor(page, async () => (await status(page)).saveState === 'failed', { what: 'save to fail', timeout: 25000 });
    assert.equal((await status(page)).unsavedChanges, true, 'the page knows the change is not saved');
    const framesBefore = (await status(page)).framesDrawn;
    await page.evaluate(() => { setTimeout(() => location.reload(), 0); });
    await waitFor(page, async () => dialogs.length > 0, { what: 'the browser to ask before leaving' });
    assert.deepEqual(dialogs, ['beforeunload']);
    // The person stayed: the same page runs on with the change in it.
    await page.evaluate(() => window.turnabout.requestFrame());
    await waitFor(page, async () => (await status(page)).framesDrawn > framesBefore, { what: 'the page to draw on' });
    assert.equal((await status(page)).people, 1, 'the change is still in the tab');

    // Saving works again: the page lets go without asking, and the change is there.
    await allowStorageWrites(page);
    await click(page, 'Retry saving');
    await waitForSaved(page);
    assert.equal((await status(page)).unsavedChanges, false);
    await reload(page);
    assert.deepEqual(dialogs, ['beforeunload'], 'no second question once saved');
    await openAsAdmin(page, 'Leaving Program');
    assert.equal((await status(page)).people, 1, 'the change was saved');
  } finally {
    await browser.close();
  }
});
