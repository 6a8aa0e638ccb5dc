// An admin sets a program up end to end: the creation wizard with the reverse-mentoring
// template, "mentors can request mentees" refused for a Group program, settings changed
// later, the questionnaire edited, two people joining through the participant screens,
// terminology renamed and shown everywhere, the approvals queue, and a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, screenshot } from './harness.mjs';
import {
  click, fill, findItem, findText, hasText, items, status, waitFor, waitForSaved, waitForText,
} from './imgui.mjs';
import { openAsAdmin } from './flows.mjs';
import {
  REQUIRED_TEXT, chooseAdmin, choosePerson, clickScrolled, fillDetails, fillScrolled, openPicker, scrollTo,
} from './participant.mjs';

const PROGRAM = 'Harbour Reverse Mentoring';
let questionCount; // the questionnaire's length once edited
let server;
let browser;
let page;
before(async () => {
  server = await startServer();
  browser = await launchBrowser({ height: 900 });
  page = await openApp(browser.context, server.url);
});
after(async () => {
  await browser.close();
  await server.stop();
});

test('the wizard creates a reverse-mentoring program, step by step', async () => {
  await click(page, 'Create a program');
  await fill(page, '##program_name', PROGRAM);
  await fillScrolled(page, '##start_date', '2027-01-04');
  await fillScrolled(page, '##support_contact', 'mentoring@harbour.example');
  await waitFor(page, () => hasText(page, '4 January 2027 – 4 January 2028, one year'), { what: 'end follows start' });
  await screenshot(page, 's01-wizard-basics');
  await click(page, 'Next');

  await click(page, { label: 'Reverse mentorship (1:1)', kind: 'widget' });
  await click(page, 'Use the reverse-mentoring template');
  await waitForText(page, 'The reverse-mentoring template filled in');
  await screenshot(page, 's02-wizard-type');
  await click(page, 'Next');

  await findText(page, 'Matching process');
  const reverse = await findItem(page, { fullLabel: 'Mentors can request mentees###mentors_request' });
  assert.equal(reverse.checked, true, 'reverse mentoring lets mentors request mentees by default');
  await screenshot(page, 's03-wizard-matching');
  await click(page, 'Next');

  await findText(page, 'Word for mentor');
  await screenshot(page, 's04-wizard-registration');
  await click(page, 'Next');

  await findText(page, 'Everything on one page');
  assert.ok(await hasText(page, 'Help senior members gain insights'), 'the template purpose is reviewed');
  assert.ok(await hasText(page, 'Timeframe: 4 January 2027'), 'the timeframe is reviewed');
  await screenshot(page, 's05-wizard-review');
  await click(page, 'Create program');
  await waitFor(page, async () => (await status(page)).programName === PROGRAM, { what: 'program created' });

  await findText(page, 'Reverse mentoring flips the usual relationship');
  await findText(page, '4 January 2027 – 4 January 2028, one year');
  await findText(page, 'Empower junior members');
  await screenshot(page, 's06-program-home');
});

test('"Mentors can request mentees" is refused for a Group program', async () => {
  // In the wizard: disabled, with the reason beside it.
  await click(page, { fullLabel: 'Turnabout##home' });
  await findText(page, 'Programs');
  await screenshot(page, 's07-directory');
  await click(page, 'Create a program');
  await fill(page, '##program_name', 'Group trial');
  await click(page, 'Next');
  await click(page, { label: 'Group', kind: 'widget' });
  await click(page, 'Next');
  await waitForText(page, 'Not available: In a Group program');
  const box = await findItem(page, { fullLabel: 'Mentors can request mentees###mentors_request' });
  assert.equal(box.checked, false);
  await screenshot(page, 's08-wizard-group-refused');
  await click(page, { fullLabel: 'Cancel##wizard' });

  // After creation: the core refuses the type change while a match type allows it.
  await click(page, { label: PROGRAM, kind: 'widget' });
  await click(page, { fullLabel: '##who' });
  await click(page, { fullLabel: 'Program admin##who' });
  await click(page, { label: 'Settings', kind: 'widget' });
  await click(page, { fullLabel: 'Edit', row: await findItem(page, { kind: 'text', label: 'Program type' }) });
  await click(page, { label: 'Group', kind: 'widget' });
  await clickScrolled(page, 'Save type');
  await waitForText(page, 'Turn that off first');
  await screenshot(page, 's09-settings-type-refused');
  await clickScrolled(page, 'Cancel');
});

test('settings change later and show on the home page', async () => {
  await scrollTo(page, { kind: 'text', label: 'Match type: Reverse mentorship' });
  await click(page, { fullLabel: 'Edit', row: await findItem(page, { kind: 'text', label: 'Match type: Reverse mentorship' }) });
  await clickScrolled(page, { label: 'Admin-led', kind: 'widget' });
  await waitForText(page, 'Changing the process to Admin-led stops people from sending requests');
  await screenshot(page, 's10-settings-edit');
  await clickScrolled(page, 'Save match type');
  await waitForText(page, 'Match type saved');
  await click(page, { label: 'Home', kind: 'widget' });
  await waitForText(page, 'You make every match');
});

test('the questionnaire: add a choice question, move it, remove one', async () => {
  await click(page, { label: 'Questionnaire', kind: 'widget' });
  const before = (await items(page)).filter((i) => i.kind === 'text' && /^\d+\. /.test(i.label)).length;
  await click(page, 'Add question');
  await fill(page, '##q_text', 'Which office are you in?');
  await fill(page, '##q_section', 'Your position');
  await click(page, { fullLabel: '##q_type' });
  await click(page, { label: 'Single choice', kind: 'widget' });
  for (const office of ['Lisbon', 'Oslo']) {
    await fill(page, '##new_option', office);
    await click(page, 'Add choice');
  }
  await click(page, { fullLabel: 'Matching criterion##q_criterion' });
  await screenshot(page, 's11-question-dialog');
  await click(page, { fullLabel: 'Add question##submit' });
  await waitForText(page, 'Question added');

  const added = await scrollTo(page, { kind: 'text', contains: 'Which office are you in?' });
  const number = Number(added.label.split('.')[0]);
  await click(page, { label: 'Up', kind: 'widget', row: added });
  await waitForText(page, `${number - 1}. Which office are you in?`);
  await scrollTo(page, { kind: 'text', contains: 'Which office are you in?' });
  await screenshot(page, 's12-questionnaire');

  const first = await scrollTo(page, { kind: 'text', contains: 'Date started in this position' });
  await click(page, { label: 'Remove', kind: 'widget', row: first });
  await findText(page, 'Remove this question?');
  await click(page, { fullLabel: 'Remove question##confirm' });
  await waitForText(page, 'Question removed');
  assert.equal(await hasText(page, 'Date started in this position'), false);
  const after = (await items(page)).filter((i) => i.kind === 'text' && /^\d+\. /.test(i.label));
  assert.ok(after.length > 0);
  assert.equal(after.length, before, 'one question added and one removed: as many as before');
  assert.deepEqual(after.map((i) => Number(i.label.split('.')[0])), after.map((_, n) => n + 1), 'numbered 1 to n without a gap');
  questionCount = before; // and checked again after the reload below
});

const JOINERS = [
  { name: 'Ines Duarte', email: 'ines@harbour.example', title: 'Data Analyst', department: 'Finance', role: 'Mentor' },
  { name: 'Robert Hale', email: 'robert@harbour.example', title: 'Chief Financial Officer', department: 'Finance', role: 'Mentee' },
];

test('two people register through the join screen', async () => {
  for (const person of JOINERS) {
    await openPicker(page);
    await click(page, "I'm new: join this program");
    await click(page, { label: person.role, kind: 'widget' });
    await fillDetails(page, person);
    await clickScrolled(page, { fullLabel: '1 to 3 years##option' });
    await clickScrolled(page, { fullLabel: 'Email##option' });
    for (const id of REQUIRED_TEXT) await fillScrolled(page, `##answer-${id}`, `${person.name.split(' ')[0]}: ${id.slice(2)} answer`);
    await clickScrolled(page, 'Submit registration');
    await waitForText(page, 'Awaiting approval').catch(async (error) => {
      await screenshot(page, 'dbg-join');
      throw error;
    });
  }
  assert.equal((await status(page)).people, 2);
});

test('terminology renamed shows on home, people and approvals', async () => {
  await click(page, { fullLabel: '##who' });
  await click(page, { fullLabel: 'Program admin##who' });
  await click(page, { label: 'Settings', kind: 'widget' });
  const heading = await scrollTo(page, { kind: 'text', label: 'Terminology' });
  await click(page, { fullLabel: 'Edit', row: heading });
  await fillScrolled(page, '##term_mentor', 'guide');
  await fillScrolled(page, '##term_mentors', 'guides');
  await clickScrolled(page, 'Save terminology');
  await waitForText(page, 'Terminology saved');

  await click(page, { label: 'Approvals', kind: 'widget' });
  await waitForText(page, 'Wants to join as Guide');
  await screenshot(page, 's13-approvals');
});

test('the approvals queue approves one and declines one with a reason', async () => {
  await click(page, { label: 'Approve', kind: 'widget', row: await findItem(page, { kind: 'text', label: 'Ines Duarte' }) });
  await waitForText(page, 'Approved Ines Duarte');
  await click(page, { label: 'Decline', kind: 'widget', row: await findItem(page, { kind: 'text', label: 'Robert Hale' }) });
  await findText(page, 'Decline Robert Hale?');
  await click(page, { fullLabel: 'Decline registration##confirm' });
  await waitForText(page, 'say why');
  await screenshot(page, 's14-decline-needs-reason');
  await fill(page, '##decline_reason', 'This round is for the finance leadership team only; please join in autumn.');
  await click(page, { fullLabel: 'Decline registration##confirm' });
  await waitForText(page, 'Declined Robert Hale');
  await waitForText(page, 'No one is waiting');

  await click(page, { label: 'Home', kind: 'widget' });
  await waitForText(page, '1 guide');
  await click(page, { label: 'People', kind: 'widget' });
  await waitForText(page, 'Guide');
  await screenshot(page, 's15-people-guides');
});

test('the declined person reads the reason in their inbox; the approved one is welcomed', async () => {
  await choosePerson(page, 'Robert Hale');
  await click(page, { label: 'Inbox', kind: 'widget' });
  await waitForText(page, 'Your registration was declined');
  await findText(page, 'This round is for the finance leadership team only; please join in autumn.');
  await screenshot(page, 's16-inbox-declined');
  await choosePerson(page, 'Ines Duarte');
  await click(page, { label: 'Inbox', kind: 'widget' });
  await waitForText(page, 'Your registration was approved');
  assert.equal(await hasText(page, 'This round is for the finance leadership team only; please join in autumn.'), false, "one person's inbox never shows another's");
  await chooseAdmin(page);
});

test('a reload keeps everything', async () => {
  await waitForSaved(page);
  await page.reload();
  page = await openApp(browser.context, server.url, { page });
  await openAsAdmin(page, PROGRAM, 'Home');
  await waitForText(page, 'You make every match');
  await findText(page, '1 guide');
  await click(page, { label: 'Questionnaire', kind: 'widget' });
  await scrollTo(page, { kind: 'text', contains: 'Which office are you in?' });
  assert.equal(await hasText(page, 'Date started in this position'), false);
  const questions = (await items(page)).filter((i) => i.kind === 'text' && /^\d+\. /.test(i.label));
  assert.equal(questions.length, questionCount, 'the questionnaire has as many questions as before the reload');
  await click(page, { label: 'Settings', kind: 'widget' });
  await scrollTo(page, { kind: 'text', contains: 'Guide / guides' });
  assert.deepEqual(browser.errors, []);
});
