// Saving with a clock that stands still: IndexedDB receives a file only when its
// modification time changed, so every change made while the page's clock is frozen
// must still be there after a reload (a device whose clock stalls or goes back).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp } from './harness.mjs';
import { status, waitFor, waitForSaved, waitFrames } from './imgui.mjs';
import { PEOPLE, addPerson, createProgram } from './flows.mjs';

let server;
let browser;
let page;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = browser.context.pages()[0] || (await browser.context.newPage());
  await page.clock.setFixedTime(new Date('2027-03-01T09:00:00Z'));
  page = await openApp(browser.context, server.url, { page });
});
after(async () => {
  await browser.close();
  await server.stop();
});

test('changes made while the clock stands still survive a reload', async () => {
  await createProgram(page, 'Frozen Clock Pilot');
  // Each person rewrites the program's log file at the same frozen moment.
  for (const person of PEOPLE) await addPerson(page, person);
  await waitForSaved(page);
  await page.reload();
  await page.waitForFunction(() => window.turnabout && window.turnabout.status().phase === 'run');
  await waitFrames(page, 3);
  await waitFor(page, async () => (await status(page)).people === PEOPLE.length, { what: 'every person after the reload' });
  assert.equal((await status(page)).people, PEOPLE.length);
  assert.deepEqual(browser.errors, []);
});
