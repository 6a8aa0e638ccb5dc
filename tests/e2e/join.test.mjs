// People join a program on one shared browser: the person picker, the join form with
// the registration questionnaire, a refused submission naming the missing answer,
// awaiting approval, the admin's decision in the inbox, one's own profile with its
// completeness, and a reload that keeps everything.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, screenshot } from './harness.mjs';
import {
  click, fill, findItem, findText, hasText, status, waitFor, waitForSaved, waitForText, waitFrames,
} from './imgui.mjs';
import {
  answerRequired, chooseAdmin, choosePerson, clickScrolled, createJoinableProgram, fillDetails, openPicker, scrollTo,
} from './participant.mjs';

const PROGRAM = 'Northwind Reverse Mentoring';
const JOINERS = [
  { name: 'Amara Okafor', email: 'amara@northwind.example', title: 'Software Engineer', department: 'Engineering', role: 'Mentor' },
  { name: 'Grace Liu', email: 'grace@northwind.example', title: 'Chief Operating Officer', department: 'Operations', role: 'Mentee' },
  { name: 'Tomas Berg', email: 'tomas@northwind.example', title: 'Product Lead', department: 'Product', role: 'Mentor and mentee' },
];

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

async function startJoining() {
  await openPicker(page);
  await screenshot(page, 'p01-person-picker');
  await click(page, "I'm new: join this program");
  await findText(page, `Join ${PROGRAM}`);
}

async function submit() {
  await clickScrolled(page, { label: 'Submit registration', kind: 'widget' });
}

test('an admin sets up the program', async () => {
  await createJoinableProgram(page, PROGRAM);
  assert.equal((await status(page)).programName, PROGRAM);
});

test('a required answer left empty is refused, naming the question', async () => {
  await startJoining();
  const amara = JOINERS[0];
  await click(page, { label: amara.role, kind: 'widget' });
  await fillDetails(page, amara);
  await findText(page, 'Registration questions');
  await screenshot(page, 'p02-join-form');
  await submit();
  await waitForText(page, 'an answer is required');
  assert.ok(await hasText(page, 'How long have you been with the organisation?'));
  await scrollTo(page, { kind: 'text', contains: 'an answer is required' });
  await screenshot(page, 'p03-join-refused');
});

test('the first person joins and awaits approval', async () => {
  const amara = JOINERS[0];
  await answerRequired(page, amara);
  await submit();
  await waitForText(page, 'Awaiting approval');
  await screenshot(page, 'p04-awaiting-approval');
  assert.equal((await status(page)).people, 1);
});

test('two more people join with other roles through the picker', async () => {
  for (const person of JOINERS.slice(1)) {
    await startJoining();
    await click(page, { label: person.role, kind: 'widget' });
    await fillDetails(page, person);
    await answerRequired(page, person);
    await submit();
    await waitForText(page, 'Awaiting approval');
  }
  assert.equal((await status(page)).people, 3);
  await openPicker(page);
  for (const person of JOINERS) await findItem(page, { label: person.name, kind: 'widget', window: 'Who is using Turnabout?' });
  await screenshot(page, 'p05-picker-three-people');
  await click(page, { fullLabel: 'Cancel##picker' });
});

async function completeness() {
  const item = await findText(page, '% complete');
  return Number(item.label.match(/(\d+)% complete/)[1]);
}

test('a person edits their profile and its completeness rises', async () => {
  await choosePerson(page, 'Grace Liu');
  await findText(page, 'Profile');
  const before = await completeness();
  await fillScrolledLocal('##location', 'Lisbon');
  await fillScrolledLocal('##time_zone', 'Europe/Lisbon');
  await fillScrolledLocal('##skills_wanted', 'Social media, Data tools');
  await fillScrolledLocal('##availability', 'Tuesday afternoons');
  await clickScrolled(page, { label: 'Save profile', kind: 'widget' });
  await waitForText(page, 'Profile saved.');
  await scrollTo(page, { kind: 'text', contains: '% complete' });
  const after = await completeness();
  assert.ok(after > before, `completeness rose from ${before} to ${after}`);
  await screenshot(page, 'p06-profile');
});

async function fillScrolledLocal(fullLabel, text) {
  await scrollTo(page, { fullLabel });
  await fill(page, fullLabel, text);
}

test('the inbox says when nothing was decided yet', async () => {
  await click(page, { label: 'Inbox', kind: 'widget' });
  await waitForText(page, 'Nothing yet.');
  await screenshot(page, 'p07-inbox-empty');
});

test('reload keeps the people, their registrations and profiles', async () => {
  await waitForSaved(page);
  await page.reload();
  await page.waitForFunction(() => window.turnabout && window.turnabout.status().phase === 'run');
  await waitFrames(page, 3);
  assert.equal((await status(page)).people, 3);
  await click(page, { label: PROGRAM, kind: 'widget' });
  await choosePerson(page, 'Grace Liu');
  await findText(page, 'Profile');
  await scrollTo(page, { fullLabel: '##location' });
  await waitForText(page, 'Social media');
});
