// A program whose saved file is damaged in IndexedDB: after a reload it is listed in
// the directory with its id, the reason and the way back instead of vanishing; opening
// a good file of it through "Open a program file to restore it" makes it readable
// again, and the damaged file is kept aside, not deleted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startServer, launchBrowser, openApp, screenshot } from './harness.mjs';
import {
  click, findItem, findText, hasText, isDisabled, status, waitFor, waitForSaved, waitForText,
} from './imgui.mjs';
import { PEOPLE, addPerson, createProgram, openAsAdmin } from './flows.mjs';

const DOWNLOADS = path.join(ROOT, 'build', 'e2e-downloads');
const PROGRAM = 'Riverside Mentoring';

let server;
let browser;
let page;
let exported; // a good file of the program, shared before the damage
let programId;
let damagedLength;
before(async () => {
  server = await startServer();
  mkdirSync(DOWNLOADS, { recursive: true });
  browser = await launchBrowser();
  page = await openApp(browser.context, server.url);
});
after(async () => {
  await browser.close();
  await server.stop();
});

// The page's saved files as IndexedDB holds them (Emscripten's IDBFS: database "/data",
// store FILE_DATA, one entry per file keyed by its path).
async function savedFiles() {
  return page.evaluate(async () => {
    const request = (r) => new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const db = await request(indexedDB.open('/data'));
    try {
      const store = db.transaction('FILE_DATA', 'readonly').objectStore('FILE_DATA');
      const keys = await request(store.getAllKeys());
      const files = {};
      for (const key of keys) {
        const entry = await request(store.get(key));
        if (entry.contents) files[key] = new TextDecoder().decode(entry.contents);
      }
      return files;
    } finally {
      db.close();
    }
  });
}

async function reload() {
  await page.reload();
  page = await openApp(browser.context, server.url, { page });
}

test('a program with two people is shared, then its saved log is damaged', async () => {
  await createProgram(page, PROGRAM, 'Pairs new colleagues with someone who knows the river sites.');
  await addPerson(page, PEOPLE[0]);
  await addPerson(page, PEOPLE[1]);
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Share program')]);
  exported = path.join(DOWNLOADS, `damaged-test-${download.suggestedFilename()}`);
  await download.saveAs(exported);
  assert.equal(JSON.parse(readFileSync(exported, 'utf8')).program_name, PROGRAM);
  await waitForSaved(page);

  // Cut the log segment in half, the way an interrupted write or a disk fault might;
  // its date stays, so the page never writes its own copy over it.
  const damage = await page.evaluate(async () => {
    const request = (r) => new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const db = await request(indexedDB.open('/data'));
    try {
      const transaction = db.transaction('FILE_DATA', 'readwrite');
      const store = transaction.objectStore('FILE_DATA');
      const keys = await request(store.getAllKeys());
      const key = keys.find((k) => /^\/data\/programs\/[^/]+\/seg-000001\.json$/.test(k));
      const entry = await request(store.get(key));
      entry.contents = entry.contents.slice(0, Math.floor(entry.contents.length / 2));
      await request(store.put(entry, key));
      await new Promise((resolve, reject) => {
        transaction.oncomplete = resolve;
        transaction.onabort = () => reject(transaction.error);
      });
      return { key, length: entry.contents.length };
    } finally {
      db.close();
    }
  });
  programId = damage.key.split('/')[3];
  damagedLength = damage.length;
  assert.match(programId, /^p-/);
});

test('after a reload the damaged program is listed with its id, the reason and the way back', async () => {
  await reload();
  assert.equal((await status(page)).programs, 0, 'no program could be opened');
  await findText(page, 'Cannot be read');
  // No part of it still reads, so its id is what names it.
  await findText(page, `Program ${programId}`);
  await findText(page, 'Its saved file seg-000001.json is damaged and cannot be read');
  await findText(page, 'Its files are left untouched in this browser: nothing was deleted.');
  assert.equal(await isDisabled(page, 'Open a program file to restore it'), false);
  await screenshot(page, 'd01-damaged-program-listed');

  // Reading it changed nothing: the damaged file is still there as it was.
  const files = await savedFiles();
  assert.equal(files[`/data/programs/${programId}/seg-000001.json`].length, damagedLength);
});

test('opening the good file restores the program and keeps the damaged file aside', async () => {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Open a program file to restore it')]);
  await chooser.setFiles(exported);
  await waitFor(page, async () => (await status(page)).programName === PROGRAM, { what: 'the program restored' });
  await waitForText(page, `Restored \u201C${PROGRAM}\u201D`);
  assert.ok(await hasText(page, 'Its damaged files are kept aside in this browser, not deleted.'));
  assert.equal((await status(page)).people, 2);
  await screenshot(page, 'd02-program-restored');
  await click(page, { fullLabel: 'Close##merge_report' });

  await click(page, { fullLabel: 'Turnabout##home' });
  await findItem(page, { label: PROGRAM, kind: 'widget' });
  await findText(page, `Its damaged files are kept aside in this browser as damaged-seg-000001.json, not deleted.`);
  assert.equal(await hasText(page, 'Cannot be read'), false, 'nothing is listed as unreadable any more');
  await screenshot(page, 'd03-directory-after-restore');

  await waitForSaved(page);
  const files = await savedFiles();
  const folder = `/data/programs/${programId}`;
  assert.equal(files[`${folder}/damaged-seg-000001.json`].length, damagedLength, 'the damaged file is kept, byte for byte');
  assert.equal(JSON.parse(files[`${folder}/seg-000001.json`]).program_name, PROGRAM, 'the log is whole again');
});

test('the restored program opens after another reload and takes changes', async () => {
  await reload();
  assert.equal((await status(page)).programs, 1);
  assert.equal(await hasText(page, 'Cannot be read'), false);
  await openAsAdmin(page, PROGRAM, 'People');
  assert.equal((await status(page)).people, 2);
  await findText(page, PEOPLE[0].name);
  await addPerson(page, PEOPLE[2]);
  await waitForSaved(page);
  await reload();
  await openAsAdmin(page, PROGRAM, 'People');
  assert.equal((await status(page)).people, 3);
  assert.deepEqual(browser.errors, []);
});
