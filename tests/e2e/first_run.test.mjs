// A fresh browser opens Turnabout on its first-run screen with the three ways to start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, screenshot } from './harness.mjs';
import { findItem, findText, status } from './imgui.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

test('first run shows the welcome screen and three buttons', async () => {
  const browser = await launchBrowser();
  try {
    const page = await openApp(browser.context, server.url);
    const s = await status(page);
    assert.equal(s.phase, 'run', `app did not start: ${s.fatalReason}`);
    assert.equal(s.programs, 0);
    await findText(page, 'Welcome to Turnabout');
    for (const label of ['Create a program', 'Open a program file', 'Try the demo program']) {
      const button = await findItem(page, label);
      assert.ok(button.width >= 200 && button.height >= 40, `${label} is a big button`);
    }
    assert.equal(await page.title(), 'Turnabout');
    await screenshot(page, '01-first-run');
    assert.deepEqual(browser.errors, []);
  } finally {
    await browser.close();
  }
});
