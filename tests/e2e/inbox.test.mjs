// The inbox: an approved registration arrives unread (the navigation's count and a
// "New" mark), opening the inbox reads it for good (still read after a reload), and
// "Copy as email" makes a ready-to-send mailto: link of the item.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, screenshot } from './harness.mjs';
import {
  click, findItem, findText, hasText, items, waitFor, waitForSaved, waitForText, waitFrames,
} from './imgui.mjs';
import {
  answerRequired, chooseAdmin, choosePerson, clickScrolled, createJoinableProgram, fillDetails, openPicker,
} from './participant.mjs';

const PROGRAM = 'Harbour Reverse Mentoring';
const JOINER = { name: 'Lena Park', email: 'lena@harbour.example', title: 'Data Analyst', department: 'Finance', role: 'Mentor' };

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

test('a person joins and the admin approves them', async () => {
  await createJoinableProgram(page, PROGRAM);
  await openPicker(page);
  await click(page, "I'm new: join this program");
  await click(page, { label: JOINER.role, kind: 'widget' });
  await fillDetails(page, JOINER);
  await answerRequired(page, JOINER);
  await clickScrolled(page, { label: 'Submit registration', kind: 'widget' });
  await waitForText(page, 'Awaiting approval');
  await chooseAdmin(page);
  await click(page, { label: 'Approvals', kind: 'widget' });
  await click(page, { label: 'Approve', kind: 'widget', row: await findItem(page, { kind: 'text', label: JOINER.name }) });
  await waitForText(page, `Approved ${JOINER.name}`);
});

test('the approval arrives unread, and opening the inbox reads it for good', async () => {
  await choosePerson(page, JOINER.name);
  await findText(page, 'Inbox: 1');
  await screenshot(page, 'i01-inbox-unread-count');
  await click(page, { label: 'Inbox', kind: 'widget' });
  await waitForText(page, 'Your registration was approved');
  await findText(page, '1 message, 1 new');
  await findItem(page, { kind: 'text', label: 'New' });
  await screenshot(page, 'i02-inbox-new');
  await click(page, { label: 'Home', kind: 'widget' });
  await waitFor(page, async () => !(await hasText(page, 'Inbox: 1')), { what: 'the unread count to go' });

  await waitForSaved(page);
  await page.reload();
  await page.waitForFunction(() => window.turnabout && window.turnabout.status().phase === 'run');
  await waitFrames(page, 3);
  await click(page, { label: PROGRAM, kind: 'widget' });
  await choosePerson(page, JOINER.name);
  await findItem(page, { label: 'My profile', kind: 'widget' });
  assert.equal(await hasText(page, 'Inbox: 1'), false, 'read before the reload, read after it');
  await click(page, { label: 'Inbox', kind: 'widget' });
  await findText(page, '1 message');
  assert.equal((await items(page)).some((i) => i.kind === 'text' && i.visible && i.label === 'New'), false, 'nothing is marked new');
});

test('Copy as email makes a mailto: link to the person with the item as subject and body', async () => {
  await click(page, { label: 'Copy as email', kind: 'widget' });
  const link = await findText(page, 'mailto:');
  assert.ok(link.label.startsWith('mailto:lena@harbour.example?subject=Your%20registration%20was%20approved'), link.label);
  assert.ok(link.label.includes('&body=Welcome%20to%20Harbour%20Reverse%20Mentoring'), link.label);
  await findItem(page, { label: 'Open in email program', kind: 'widget' });
  await screenshot(page, 'i03-copy-as-email');
  await click(page, { label: 'Close', kind: 'widget' });
  await waitFor(page, async () => !(await hasText(page, 'Open in email program')), { what: 'the dialog to close' });
  assert.deepEqual(browser.errors, []);
});
