// The trust root survives the admin's browser: the admin backs up the admin key with a
// passphrase; a fresh browser profile opens the program and restores the admin from
// that backup (a wrong passphrase first, which changes nothing); the restored browser
// approves a registration, and the participant's and the old admin's browsers accept
// its file, listing both admin keys.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startServer, launchBrowser, openApp, screenshot } from './harness.mjs';
import {
  click, fill, findItem, findText, hasText, items, waitFor, waitForText, waitFrames,
} from './imgui.mjs';
import {
  answerRequired, clickScrolled, createJoinableProgram, fillDetails, openPicker, scrollTo,
} from './participant.mjs';

const PROGRAM = 'Backup Program';
const PASSPHRASE = 'river stone lantern';
const MENTEE = { name: 'Grace Liu', email: 'grace@example.org', title: 'Chief Operating Officer', department: 'Operations', role: 'Mentee' };
const DOWNLOADS = path.join(ROOT, 'build', 'e2e-downloads', 'admin-backup');
const REPORT = 'Merge report';

let server;
const browsers = {}; // admin, participant, restored: { browser, page }
const files = {};
let adminKey; // the first admin key's fingerprint

before(async () => {
  server = await startServer();
  mkdirSync(DOWNLOADS, { recursive: true });
  for (const side of ['admin', 'participant', 'restored']) {
    const browser = await launchBrowser({ height: 900 });
    browsers[side] = { browser, page: await openApp(browser.context, server.url) };
  }
});
after(async () => {
  for (const side of Object.values(browsers)) await side.browser.close();
  await server.stop();
});

async function nav(page, label) {
  await click(page, { label, kind: 'widget', window: 'Turnabout' });
  await waitFrames(page, 2);
}

async function snap(page, name) {
  await waitFrames(page, 10);
  await screenshot(page, name);
}

async function reach(page, query) {
  const item = await findItem(page, query);
  if (item.y > 64) await scrollTo(page, query);
}

async function download(page, query, key) {
  await scrollTo(page, query);
  const [file] = await Promise.all([page.waitForEvent('download'), click(page, query)]);
  const saved = path.join(DOWNLOADS, `${key}-${file.suggestedFilename()}`);
  await file.saveAs(saved);
  files[key] = saved;
  return file.suggestedFilename();
}

async function chooseFiles(page, query, chosen) {
  await scrollTo(page, query);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, query)]);
  await chooser.setFiles(chosen);
}

async function openFiles(page, label, chosen) {
  await reach(page, label);
  await chooseFiles(page, label, chosen);
  await findItem(page, { kind: 'text', label: REPORT, window: REPORT });
}

async function reportTexts(page) {
  return (await items(page)).filter((i) => i.kind === 'text' && i.visible && i.window === REPORT).map((i) => i.label);
}

async function closeReport(page) {
  // A modal sizes itself to its contents over its first frames: the button is where a
  // person sees it only once the report has settled.
  await waitFrames(page, 3);
  await click(page, { fullLabel: 'Close##merge_report', window: REPORT });
  await waitFor(page, async () => !(await items(page)).some((i) => i.window === REPORT && i.visible), { what: 'the merge report to close' });
}

const SHARE = { fullLabel: 'Share program##sharing' };

test('the admin backs up the admin key with a passphrase typed twice', async () => {
  const { page } = browsers.admin;
  await createJoinableProgram(page, PROGRAM);
  await nav(page, 'Sharing');
  adminKey = (await findText(page, "Program admin's key: ")).label.replace("Program admin's key: ", '');
  await scrollTo(page, { fullLabel: '##backup-passphrase' });
  await findText(page, 'Whoever holds the file and its passphrase can act as the admin');
  await fill(page, '##backup-passphrase', PASSPHRASE);
  await fill(page, '##backup-repeated', 'river stone');
  await findText(page, 'The two passphrases differ.');
  assert.equal((await scrollTo(page, 'Back up admin key')).disabled, true, 'no backup while the passphrases differ');
  await fill(page, '##backup-repeated', PASSPHRASE);
  await snap(page, 'b01-admin-backup-form');
  assert.equal(await download(page, { label: 'Back up admin key', kind: 'widget' }, 'backup'), 'backup-program-admin-backup.json');
  await waitForText(page, 'Whoever holds it and its passphrase can act as the admin');
  const backup = JSON.parse(readFileSync(files.backup, 'utf8'));
  assert.equal(backup.format, 'turnabout.admin-backup');
  assert.equal(backup.program_name, PROGRAM);
  assert.ok(!readFileSync(files.backup, 'utf8').includes(PASSPHRASE), 'the passphrase is not in the file');
  await download(page, SHARE, 'program');
});

test('a participant joins and sends the registration', async () => {
  const { page } = browsers.participant;
  await openFiles(page, 'Open a program file', files.program);
  await closeReport(page);
  await openPicker(page);
  await click(page, "I'm new: join this program");
  await findText(page, `Join ${PROGRAM}`);
  await click(page, { label: MENTEE.role, kind: 'widget' });
  await fillDetails(page, MENTEE);
  await answerRequired(page, MENTEE);
  await clickScrolled(page, { label: 'Submit registration', kind: 'widget' });
  await waitForText(page, 'Awaiting approval');
  await nav(page, 'Sharing');
  await download(page, { label: 'Send my changes', kind: 'widget' }, 'registration');
});

test('a fresh browser restores the admin from the backup; a wrong passphrase changes nothing', async () => {
  const { page } = browsers.restored;
  await openFiles(page, 'Open a program file', files.program);
  await closeReport(page);
  await nav(page, 'Sharing');
  await chooseFiles(page, { label: 'Restore admin from a backup', kind: 'widget' }, files.backup);
  await scrollTo(page, { fullLabel: '##restore-passphrase' });
  await findText(page, `This backup is the admin key ${adminKey}`);
  await fill(page, '##restore-passphrase', 'not the passphrase');
  await clickScrolled(page, 'Restore admin');
  await waitForText(page, 'Not restored: the passphrase does not open this backup');
  await snap(page, 'b02-restore-wrong-passphrase');
  assert.equal(await hasText(page, 'Admin keys (2):'), false, 'nothing was restored');
  await fill(page, '##restore-passphrase', PASSPHRASE);
  await clickScrolled(page, 'Restore admin');
  await waitForText(page, "This browser is now one of the admin's");
  await scrollTo(page, { kind: 'text', label: 'Admin keys (2):' });
  await findText(page, `${adminKey}  (created the program)`);
  await findText(page, '(added later)  this browser');
  await snap(page, 'b03-restored-admin-keys');
});

test('the restored admin approves the registration and shares the program', async () => {
  const { page } = browsers.restored;
  await openFiles(page, 'Open change files', files.registration);
  await closeReport(page);
  await nav(page, 'Approvals');
  await click(page, { label: 'Approve', kind: 'widget', row: await findItem(page, { kind: 'text', label: MENTEE.name }) });
  await waitForText(page, `Approved ${MENTEE.name}`);
  await nav(page, 'Sharing');
  await download(page, SHARE, 'approved');
});

test('the participant and the old admin browser accept the restored admin\'s file', async () => {
  for (const side of ['participant', 'admin']) {
    const { page } = browsers[side];
    await openFiles(page, side === 'admin' ? 'Open change files' : 'Open change files', files.approved);
    const texts = await reportTexts(page);
    assert.ok(!texts.some((t) => t.startsWith('Refused')), texts.join(' | '));
    assert.ok(texts.some((t) => /registration approved/.test(t)), texts.join(' | '));
    assert.ok(texts.some((t) => t.includes("An admin key was added. Program admin's keys:")), texts.join(' | '));
    assert.ok(texts.some((t) => t.trim() === adminKey), texts.join(' | '));
    await snap(page, `b04-${side}-accepted`);
    await closeReport(page);
  }
  const { page } = browsers.participant;
  await waitFor(page, async () => !(await hasText(page, 'Awaiting approval')), { what: 'the registration to be approved' });
  await nav(page, 'Sharing');
  await findText(page, "Program admin's keys:");
});
