// The admin imports people from an HR export: columns mapped, a bad row shown with its
// line number and nothing imported; the fixed file imports every row; export downloads
// the people as CSV.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startServer, launchBrowser, openApp, screenshot } from './harness.mjs';
import { click, findItem, hasText, isDisabled, status, waitFor, waitForText } from './imgui.mjs';
import { createJoinableProgram } from './participant.mjs';

const DOWNLOADS = path.join(ROOT, 'build', 'e2e-downloads');
const HEADER = 'Full name,E-mail,Job title,Dept,Level,Role\n';
const GOOD = 'Amara Okafor,amara@example.org,Engineer,Engineering,2,mentor\nGrace Liu,grace@example.org,COO,Operations,9,mentee\n';
const BAD_ROW = 'Noah Williams,not-an-email,Associate,Marketing,1,mentor\n';
const FIXED_ROW = 'Noah Williams,noah@example.org,Associate,Marketing,1,mentor\n';

let server;
let browser;
let page;
before(async () => {
  server = await startServer();
  mkdirSync(DOWNLOADS, { recursive: true });
  browser = await launchBrowser();
  page = await openApp(browser.context, server.url);
  await createJoinableProgram(page, 'Import Program');
  await click(page, { label: 'People', kind: 'widget' });
});
after(async () => {
  await browser.close();
  await server.stop();
});

async function chooseCsv(name, text) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Import people from CSV')]);
  await chooser.setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await findItem(page, { kind: 'text', label: 'Import people from CSV', window: 'Import people from CSV' });
}

test('a bad row shows its line number and nothing is imported', async () => {
  await chooseCsv('hr-export.csv', HEADER + GOOD + BAD_ROW);
  await waitForText(page, 'Line 4:');
  assert.ok(await hasText(page, 'nothing will be imported'));
  await findItem(page, { fullLabel: '##map-E-mail' });
  await screenshot(page, 'p08-csv-preview-error');
  const importButton = await findItem(page, { fullLabel: 'Import##commit' });
  assert.ok(importButton, 'the import button waits for a clean file');
  assert.equal(importButton.disabled, true, 'Import is disabled while a row is bad');
  await click(page, { fullLabel: 'Cancel##import' });
  assert.equal((await status(page)).people, 0);
});

test('the fixed file imports every row', async () => {
  await chooseCsv('hr-export-fixed.csv', HEADER + GOOD + FIXED_ROW);
  await waitForText(page, 'rows are ready');
  await screenshot(page, 'p09-csv-preview-ready');
  assert.equal(await isDisabled(page, { fullLabel: 'Import 3 people##commit' }), false, 'a clean file can be imported');
  await click(page, { fullLabel: 'Import 3 people##commit' });
  await waitFor(page, async () => (await status(page)).people === 3, { what: 'three people imported' });
  await waitForText(page, 'Imported 3 people');
});

test('export downloads the people as CSV', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Export people (CSV)')]);
  assert.match(download.suggestedFilename(), /^import-program-people-\d{4}-\d{2}-\d{2}\.csv$/);
  const file = path.join(DOWNLOADS, download.suggestedFilename());
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  assert.match(text, /^Name,Email/);
  assert.match(text, /noah@example\.org/);
});

test('a file without a role column takes the role chosen for everyone', async () => {
  await chooseCsv('no-roles.csv', 'Full name,E-mail\nLiam Chen,liam@example.org\nHana Suzuki,hana@example.org\n');
  await waitForText(page, 'Role for everyone in this file');
  assert.ok(await hasText(page, 'no role is chosen for everyone'), 'without a role the preview says what is missing');
  assert.equal(await isDisabled(page, { fullLabel: 'Import##commit' }), true, 'nothing can be imported without a role');
  await click(page, { label: 'Mentor', window: 'Import people from CSV' });
  await waitForText(page, 'rows are ready');
  await click(page, { fullLabel: 'Import 2 people##commit' });
  await waitFor(page, async () => (await status(page)).people === 5, { what: 'two more people imported' });
});
