// One writing tab without Web Locks (an insecure origin, an old browser): a lease in
// localStorage keeps the second tab read-only until the first has gone, and a tab
// whose lease another tab took refuses to save rather than write over that tab.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, screenshot } from './harness.mjs';
import { click, findText, isDisabled, status, waitFor, waitForSaved } from './imgui.mjs';
import { openAsAdmin } from './flows.mjs';

const LEASE_KEY = 'turnabout-writer-lease';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

// Every page of this browser runs without navigator.locks.
async function launchWithoutLocks() {
  const browser = await launchBrowser();
  await browser.context.addInitScript(() => { delete Navigator.prototype.locks; });
  return browser;
}

function lease(page) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key)), LEASE_KEY);
}

test('without Web Locks the second tab is read-only until the first has gone', async () => {
  const browser = await launchWithoutLocks();
  try {
    const first = await openApp(browser.context, server.url);
    assert.equal(await first.evaluate(() => 'locks' in navigator), false, 'the browser has no Web Locks');
    const s1 = await status(first);
    assert.equal(s1.writer, true, 'the first tab writes');
    assert.equal(s1.readOnly, false);
    const held = await lease(first);
    assert.ok(held && held.expires > Date.now(), 'the first tab holds a lease that has not expired');

    await click(first, 'Try the demo program');
    await waitFor(first, async () => (await status(first)).people >= 40, { what: 'demo people' });
    await waitForSaved(first);

    const second = await browser.context.newPage();
    await openApp(browser.context, server.url, { page: second });
    const s2 = await status(second);
    assert.equal(s2.writer, false);
    assert.equal(s2.readOnly, true, 'the second tab is read-only');
    assert.ok(s2.people >= 40, 'the second tab reads what the first saved');
    await findText(second, 'Read-only: Turnabout is open in another tab');
    await openAsAdmin(second, s2.programName);
    assert.equal(await isDisabled(second, 'Add person'), true, 'Add person is disabled in the read-only tab');
    await screenshot(second, 't01-second-tab-without-locks-read-only');
    assert.equal((await lease(second)).tab, held.tab, 'the lease is still the first tab\'s');

    // Closing the first tab gives the lease back; the second, reloaded, takes over.
    await first.close();
    await waitFor(second, async () => (await lease(second)) === null, { what: 'the first tab to give the lease back' });
    await second.reload();
    await second.waitForFunction(() => window.turnabout && window.turnabout.status().phase === 'run');
    const after = await status(second);
    assert.equal(after.writer, true, 'the reloaded second tab writes now');
    assert.equal(after.readOnly, false);
    await openAsAdmin(second, after.programName);
    assert.equal(await isDisabled(second, 'Add person'), false, 'and can add people');
    assert.deepEqual(browser.errors, []);
  } finally {
    await browser.close();
  }
});

test('a tab whose lease another tab took refuses to save and turns read-only', async () => {
  const browser = await launchWithoutLocks();
  try {
    const page = await openApp(browser.context, server.url);
    assert.equal((await status(page)).writer, true);
    await waitForSaved(page);
    // Count what reaches IndexedDB from now on.
    await page.evaluate(() => {
      window.turnaboutTestPuts = 0;
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function(...args) {
        window.turnaboutTestPuts += 1;
        return put.apply(this, args);
      };
    });
    // While this tab slept past its lease, another tab took it (written here, so this
    // tab hears of it only when it next tries to save).
    await page.evaluate((key) => {
      localStorage.setItem(key, JSON.stringify({ tab: 'another-tab', expires: Date.now() + 30000 }));
    }, LEASE_KEY);
    await click(page, 'Try the demo program');
    await waitFor(page, async () => (await status(page)).readOnly === true, { what: 'the tab to turn read-only' });
    await findText(page, 'Another tab of this browser saves Turnabout\'s data now');
    // It re-reads what is saved: the demo it could not save is not there.
    await waitFor(page, async () => (await status(page)).programs === 0, { what: 'the tab to re-read the saved data' });
    const s = await status(page);
    assert.equal(s.writer, false);
    assert.equal(s.unsavedChanges, false, 'a read-only tab has nothing it could save');
    assert.equal(await page.evaluate(() => window.turnaboutTestPuts), 0, 'nothing was written over the other tab');
    assert.equal((await lease(page)).tab, 'another-tab', 'the lease stays the other tab\'s');
    await findText(page, 'Read-only: Turnabout is open in another tab');
    await screenshot(page, 't02-lease-lost-read-only');
  } finally {
    await browser.close();
  }
});

test('a writing tab hears at once when another tab takes its lease', async () => {
  const browser = await launchWithoutLocks();
  try {
    const first = await openApp(browser.context, server.url);
    await waitForSaved(first);
    const second = await browser.context.newPage();
    await openApp(browser.context, server.url, { page: second });
    assert.equal((await status(second)).readOnly, true);
    // Another tab writes the lease in its own name (as one does that found it expired):
    // the writer learns of it from the storage event, before its next heartbeat.
    await second.evaluate((key) => {
      localStorage.setItem(key, JSON.stringify({ tab: 'another-tab', expires: Date.now() + 30000 }));
    }, LEASE_KEY);
    await waitFor(first, async () => (await status(first)).readOnly === true, { what: 'the first tab to turn read-only', timeout: 3000 });
    assert.equal((await status(first)).writer, false);
    await findText(first, 'Another tab of this browser saves Turnabout\'s data now');
    assert.equal((await lease(first)).tab, 'another-tab', 'the first tab leaves the lease alone');
  } finally {
    await browser.close();
  }
});
