// One program administrator's day: create a program, add people, find and sort them,
// edit and remove one, then reload the page and find everything still there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, screenshot } from './harness.mjs';
import {
  click, clickInRow, fill, findItem, findText, hasText, items, status, waitFor, waitForSaved, waitForText,
} from './imgui.mjs';
import { createProgram, addPerson, openAsAdmin, PEOPLE } from './flows.mjs';

let server;
let browser;
let page;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await openApp(browser.context, server.url);
});
after(async () => {
  await browser.close();
  await server.stop();
});

test('create a program', async () => {
  await click(page, 'Create a program');
  await findItem(page, { fullLabel: '##program_name' });
  await screenshot(page, '02-create-program-wizard');
  await createProgram(page, 'Platform Guild 2025', 'Junior engineers mentor directors on the tools they use every day.');
  const s = await status(page);
  assert.equal(s.programName, 'Platform Guild 2025');
  await findText(page, 'Platform Guild 2025');
});

test('a refused person keeps the dialog open with the reason', async () => {
  await click(page, 'Add person');
  await fill(page, '##name', 'No Email');
  await click(page, { fullLabel: 'Add person##submit' });
  await waitForText(page, 'email');
  assert.ok(await hasText(page, 'an email address is required'), 'the core error is shown inline');
  await screenshot(page, '03-add-person-error');
  const field = (await items(page)).find((i) => i.fullLabel === '##name');
  assert.ok(field, 'the dialog is still open');
  await click(page, 'Cancel');
  assert.equal((await status(page)).people, 0);
});

test('add three people', async () => {
  for (const person of PEOPLE) await addPerson(page, person);
  await waitFor(page, async () => (await status(page)).people === 3, { what: 'three people' });
  for (const person of PEOPLE) await findText(page, person.name);
  await screenshot(page, '04-people-list');
});

test('search narrows the list', async () => {
  await fill(page, '##search', 'design');
  await waitFor(page, async () => !(await hasText(page, 'Ana Lima')), { what: 'search to hide Ana' });
  await findText(page, 'Bruno Costa');
  assert.equal(await hasText(page, 'Chloe Martin'), false);
  await screenshot(page, '05-search');
  await fill(page, '##search', '');
  await waitForText(page, 'Ana Lima');
});

async function namesInOrder() {
  const all = await items(page);
  const names = PEOPLE.map((p) => p.name);
  return all.filter((i) => i.kind === 'text' && names.includes(i.label)).sort((a, b) => a.y - b.y).map((i) => i.label);
}

test('sort by name and by department', async () => {
  assert.deepEqual(await namesInOrder(), ['Ana Lima', 'Bruno Costa', 'Chloe Martin']);
  await click(page, { kind: 'widget', label: 'Name', window: 'Turnabout' });
  await waitFor(page, async () => (await namesInOrder())[0] === 'Chloe Martin', { what: 'descending names' });
  await click(page, { kind: 'widget', label: 'Department', window: 'Turnabout' });
  // Departments: Design (Bruno), Engineering (Ana), Finance (Chloé).
  await waitFor(page, async () => (await namesInOrder()).join() === 'Bruno Costa,Ana Lima,Chloe Martin', { what: 'sorted by department' });
});

test('edit a person', async () => {
  await clickInRow(page, 'Ana Lima', 'Edit');
  await findText(page, 'Edit person');
  await fill(page, '##job_title', 'Staff Engineer');
  await click(page, { fullLabel: 'Save changes##submit' });
  await waitForText(page, 'Staff Engineer');
});

test('remove a person after confirming', async () => {
  await clickInRow(page, 'Bruno Costa', 'Remove');
  await findText(page, 'Remove Bruno Costa?');
  await screenshot(page, '06-remove-confirmation');
  await click(page, { fullLabel: 'Remove person##confirm' });
  await waitFor(page, async () => (await status(page)).people === 2, { what: 'two people' });
  assert.equal(await hasText(page, 'Bruno Costa'), false);
});

test('saved only once IndexedDB has it, and a reload shows everything', async () => {
  await waitForSaved(page);
  await findText(page, 'Saved');
  // IndexedDB itself holds the files now.
  const stored = await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('/data');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('FILE_DATA').objectStore('FILE_DATA').getAllKeys();
      request.onsuccess = () => resolve(request.result);
    };
  }));
  assert.ok(stored.length > 2, `IndexedDB holds the data folder (${stored.join(', ')})`);
  await screenshot(page, '07-saved');

  await page.reload();
  page = await openApp(browser.context, server.url, { page });
  const s = await status(page);
  assert.equal(s.programName, 'Platform Guild 2025');
  assert.equal(s.people, 2);
  // A reload asks again who is using Turnabout: nothing personal until then.
  assert.equal(await hasText(page, 'Ana Lima'), false);
  await openAsAdmin(page, 'Platform Guild 2025');
  await findText(page, 'Ana Lima');
  await findText(page, 'Staff Engineer');
  await findText(page, 'Chloe Martin');
  assert.deepEqual(browser.errors, []);
});
