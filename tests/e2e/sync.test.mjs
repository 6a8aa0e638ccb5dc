// Two people's browsers keep one program in step through signed files: the admin
// shares the program, the participant checks the admin's key, joins and sends their
// changes back; the admin approves and shares again; the participant's request
// reaches the admin's console once, however often its file is opened; and a changes
// file altered by one character is refused for its signature, changing nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startServer, launchBrowser, openApp, screenshot } from './harness.mjs';
import {
  click, fill, findItem, findText, hasText, items, status, waitFor, waitForText, waitFrames,
} from './imgui.mjs';
import { addPerson, createProgram } from './flows.mjs';
import {
  answerRequired, clickScrolled, fillDetails, openPicker, scrollTo,
} from './participant.mjs';

const PROGRAM = 'Sync Program';
const MENTOR = {
  name: 'Ana Lima', email: 'ana.lima@example.org', title: 'Software Engineer', department: 'Engineering', role: 'Mentor', level: 'Professional',
};
const MENTEE = { name: 'Grace Liu', email: 'grace@example.org', title: 'Chief Operating Officer', department: 'Operations', role: 'Mentee' };
const MESSAGE = 'Hello Ana, I would love to learn how your team ships every week.';
const DOWNLOADS = path.join(ROOT, 'build', 'e2e-downloads', 'sync');
const REPORT = 'Merge report';

let server;
let admin; // { browser, page }
let participant;
let adminKey; // "Program admin's key: XXXX XXXX XXXX XXXX" as the admin's Sharing screen shows it
const files = {}; // downloaded files by step

before(async () => {
  server = await startServer();
  mkdirSync(DOWNLOADS, { recursive: true });
  for (const side of ['admin', 'participant']) {
    const browser = await launchBrowser({ height: 900 });
    const page = await openApp(browser.context, server.url);
    if (side === 'admin') admin = { browser, page };
    else participant = { browser, page };
  }
});
after(async () => {
  for (const side of [admin, participant]) if (side) await side.browser.close();
  await server.stop();
});

async function nav(page, label) {
  await click(page, { label, kind: 'widget', window: 'Turnabout' });
  await waitFrames(page, 2);
}

// Typed keys and new screens settle over a few frames: let them land before a picture.
async function snap(page, name) {
  await waitFrames(page, 10);
  await screenshot(page, name);
}

// Brings the item into view: the page scrolls, the top bar stays.
async function reach(page, query) {
  const item = await findItem(page, query);
  if (item.y > 64) await scrollTo(page, query);
}

// The Sharing screen's button, apart from the top bar's of the same name.
const SHARE = { fullLabel: 'Share program##sharing' };

// Clicks `label` and keeps the download it starts under build/e2e-downloads/sync.
async function download(page, label, key) {
  await reach(page, label);
  const [file] = await Promise.all([page.waitForEvent('download'), click(page, label)]);
  // Two changes files of one day share a name: keep both.
  const saved = path.join(DOWNLOADS, `${key}-${file.suggestedFilename()}`);
  await file.saveAs(saved);
  files[key] = saved;
  return file.suggestedFilename();
}

// Opens files through the picker `label` starts; the merge report then lists them.
async function openFiles(page, label, chosen) {
  await reach(page, label);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, label)]);
  assert.ok(chooser.isMultiple(), 'the picker takes several files at once');
  await chooser.setFiles(chosen);
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

test('the admin creates the program, adds a mentor and shares it', async () => {
  const { page } = admin;
  await createProgram(page, PROGRAM, 'Kept in step by files.');
  await addPerson(page, MENTOR);
  await nav(page, 'Sharing');
  adminKey = (await findText(page, "Program admin's key: ")).label;
  assert.match(adminKey, /^Program admin's key: \S+( \S+)+$/);
  await findText(page, "This browser's key: ");
  await findText(page, 'Last export: never');
  await snap(page, 's01-admin-sharing');
  assert.equal(await download(page, SHARE, 'program'), 'sync-program.json');
  await waitForText(page, 'Shared');
  await waitFor(page, async () => !(await hasText(page, 'Last export: never')), { what: 'the share to be recorded as an export' });
  await findText(page, 'Last export: ');
});

test('the participant opens the file and sees the same admin key', async () => {
  const { page } = participant;
  await openFiles(page, 'Open a program file', files.program);
  const texts = await reportTexts(page);
  assert.ok(texts.includes(`Opened the new program \u201c${PROGRAM}\u201d.`), texts.join(' | '));
  assert.ok(texts.includes(adminKey), `the report shows ${adminKey}; seen: ${texts.join(' | ')}`);
  await findItem(page, { kind: 'text', contains: 'Compare it with your admin out loud', window: REPORT });
  await snap(page, 's02-participant-opened');
  await closeReport(page);
  assert.equal((await status(page)).programName, PROGRAM);
  await nav(page, 'Sharing');
  await findText(page, adminKey);

  // People the admin added act from the admin's browser: not offered here.
  await openPicker(page);
  await findItem(page, { kind: 'text', label: 'People who joined on another browser act from there.', window: 'Who is using Turnabout?' });
  assert.equal(await hasText(page, MENTOR.name), false, 'the mentor is not offered in the participant\'s browser');
  await snap(page, 's03-participant-picker');
  await click(page, "I'm new: join this program");
});

test('the participant joins and sends the registration as a changes file', async () => {
  const { page } = participant;
  await findText(page, `Join ${PROGRAM}`);
  await click(page, { label: MENTEE.role, kind: 'widget' });
  await fillDetails(page, MENTEE);
  await answerRequired(page, MENTEE);
  await clickScrolled(page, { label: 'Submit registration', kind: 'widget' });
  await waitForText(page, 'Awaiting approval');
  await nav(page, 'Sharing');
  await findText(page, 'Changes made in this browser and not sent yet: 1');
  const name = await download(page, 'Send my changes', 'registration');
  assert.match(name, /^sync-program-changes-\d{4}-\d{2}-\d{2}\.json$/);
  await waitForText(page, 'Saved your changes');
  await snap(page, 's04-participant-sent-registration');
});

test('the admin opens the registration, approves it and shares again', async () => {
  const { page } = admin;
  await openFiles(page, 'Open change files', files.registration);
  const texts = await reportTexts(page);
  assert.ok(texts.includes(`Updated \u201c${PROGRAM}\u201d.`), texts.join(' | '));
  assert.ok(texts.includes('Added: 1 registration.'), texts.join(' | '));
  await snap(page, 's05-admin-merged-registration');
  await closeReport(page);
  await nav(page, 'Approvals');
  await click(page, { label: 'Approve', kind: 'widget', row: await findItem(page, { kind: 'text', label: MENTEE.name }) });
  await waitForText(page, `Approved ${MENTEE.name}`);
  await nav(page, 'Sharing');
  await download(page, SHARE, 'approved');
});

test('the participant, approved, asks the mentor and sends the request', async () => {
  const { page } = participant;
  await openFiles(page, 'Open change files', files.approved);
  const texts = await reportTexts(page);
  assert.ok(texts.includes('Added: 1 registration approved.'), texts.join(' | '));
  await closeReport(page);
  await nav(page, 'Browse mentors');
  await fill(page, '##browse_search', 'Ana');
  await findText(page, MENTOR.name);
  await click(page, 'Request');
  await fill(page, '##request_message', MESSAGE, { window: 'Request' });
  await click(page, { label: 'Send request', kind: 'widget', window: 'Request' });
  await waitForText(page, `Request sent to ${MENTOR.name}`);
  await nav(page, 'Sharing');
  await download(page, 'Send my changes', 'request');
  await snap(page, 's06-participant-sent-request');
});

// The admin's requests console holds exactly one request, pending, from the mentee.
async function assertOnePendingRequest(page) {
  await nav(page, 'Requests');
  await findText(page, 'All requests (1)');
  await findText(page, 'Pending: 1');
  const rows = (await items(page)).filter((i) => i.kind === 'text' && i.window === 'Turnabout' && i.label === MENTEE.name);
  assert.equal(rows.length, 1, 'one row names the mentee');
}

test('the admin opens the request: listed in the report, pending in the console', async () => {
  const { page } = admin;
  await openFiles(page, 'Open a program file', files.request);
  const texts = await reportTexts(page);
  assert.ok(texts.some((t) => /^Added: .*\b1 request sent\b/.test(t)), texts.join(' | '));
  await snap(page, 's07-admin-merged-request');
  await closeReport(page);
  await assertOnePendingRequest(page);
  await snap(page, 's08-admin-console');
});

test('opening the same changes files again, together, adds nothing', async () => {
  const { page } = admin;
  await openFiles(page, 'Open a program file', [files.registration, files.request]);
  const texts = await reportTexts(page);
  assert.ok(texts.includes('2 files merged.'), texts.join(' | '));
  assert.equal(texts.filter((t) => t === 'Added: nothing new.').length, 2, texts.join(' | '));
  assert.equal(texts.filter((t) => /^Already here: \d+ changes?\.$/.test(t)).length, 2, texts.join(' | '));
  await snap(page, 's09-admin-same-files-again');
  await closeReport(page);
  await assertOnePendingRequest(page);
});

test('a changes file altered by one character is refused for its signature', async () => {
  const { page } = admin;
  // One character of the request's message, as it stands in the file.
  const original = readFileSync(files.request, 'utf8');
  const line = original.split('\n').find((l) => l.includes('"RequestSent"'));
  assert.ok(line, 'the file holds the request');
  const message = line.match(/"message":"([^"\\]{8,})"/);
  assert.ok(message, 'the request carries its message');
  // Its middle: whether the message is stored as typed or sealed for its readers.
  const at = original.indexOf(line) + line.indexOf(message[0]) + '"message":"'.length + Math.floor(message[1].length / 2);
  const swapped = original[at] === 'A' ? 'B' : 'A';
  const tampered = `${original.slice(0, at)}${swapped}${original.slice(at + 1)}`;
  const tamperedPath = path.join(DOWNLOADS, 'tampered.json');
  writeFileSync(tamperedPath, tampered);
  const revision = (await status(page)).revision;
  await openFiles(page, 'Open a program file', tamperedPath);
  const refusal = await findItem(page, { kind: 'text', contains: 'Refused: ', window: REPORT });
  assert.match(refusal.label, /signature/i);
  assert.match(refusal.label, /Nothing was changed\.$/);
  await snap(page, 's10-admin-tampered-refused');
  await closeReport(page);
  assert.equal((await status(page)).revision, revision, 'nothing was recorded');
  await assertOnePendingRequest(page);
});
