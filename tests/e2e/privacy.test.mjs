// Who reads what, across three people's browsers: the admin shares a reverse-mentoring
// program; a junior (reverse mentor) and a senior (senior mentee) join from their own
// browsers and see under each field and question who reads it. Their emails and
// answers for partners never travel in plain text: not in the admin's shared file, not
// in their changes files, and the other participant's browser does not show them. Once
// the senior's request is accepted and each browser has opened the other's file, each
// sees the partner's email and answers for partners on "My connections", and the
// junior's "Who sees what" names the senior as a reader.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startServer, launchBrowser, openApp, screenshot } from './harness.mjs';
import {
  click, fill, findItem, findText, hasText, items, status, waitFor, waitForText, waitFrames,
} from './imgui.mjs';
import {
  clickScrolled, fillDetails, fillScrolled, openPicker, scrollTo,
} from './participant.mjs';

const PROGRAM = 'Privacy Reverse Program';
const DOWNLOADS = path.join(ROOT, 'build', 'e2e-downloads', 'privacy');
const REPORT = 'Merge report';

const EVERYONE = 'Everyone in the program sees this';
const PARTNER = "Only your match partner (once matched) and the program's admin see this";
const ADMIN_ONLY = "Only the program's admin sees this";
const SENTENCES = [EVERYONE, PARTNER, ADMIN_ONLY];

const STRENGTHS = 'What are your greatest strengths?';
const COMMUNICATION = 'What is your preferred method of communication?';
const DESCRIBE = 'Describe yourself';

// The template's required questions; the partner-only ones carry distinctive texts.
const JUNIOR = {
  name: 'Jun Park', email: 'junior.mentor@example.org', title: 'Data Analyst', department: 'Analytics', role: 'Mentor', level: 'Professional',
  skillsOffered: 'Data dashboards',
  answers: {
    'q-responsibilities': 'Builds weekly reports for the sales team',
    'q-strengths': 'Sketching dashboards in an afternoon',
    'q-develop': 'Speaking up in leadership meetings',
    'q-describe': 'Curious tinkerer who bakes sourdough',
    'q-time': 'Two lunch hours a month around sprint planning',
    'q-meaning': 'Trading fresh eyes for hard won judgement',
  },
};
const SENIOR = {
  name: 'Helena Brandt', email: 'senior.mentee@example.org', title: 'Chief Financial Officer', department: 'Finance', role: 'Mentee', level: 'Vice president',
  skillsWanted: 'Data dashboards',
  answers: {
    'q-responsibilities': 'Runs the finance function and its audits',
    'q-strengths': 'Steering budgets through rough quarters',
    'q-develop': 'Understanding the tools our analysts love',
    'q-describe': 'Patient listener fond of correspondence chess',
    'q-time': 'One early morning call every fortnight',
    'q-meaning': 'Learning humbly from colleagues I rarely meet',
  },
};
const PRIVATE_IDS = ['q-strengths', 'q-develop', 'q-describe', 'q-time', 'q-meaning'];
const privateAnswers = (person) => PRIVATE_IDS.map((id) => person.answers[id]);
const MESSAGE = 'Hello Jun, I would love to learn how you build your reports so quickly.';

let server;
const side = {}; // admin, junior, senior: { browser, page }
const files = {}; // downloaded files by step

before(async () => {
  server = await startServer();
  rmSync(DOWNLOADS, { recursive: true, force: true });
  mkdirSync(DOWNLOADS, { recursive: true });
  for (const who of ['admin', 'junior', 'senior']) {
    const browser = await launchBrowser();
    side[who] = { browser, page: await openApp(browser.context, server.url) };
  }
});
after(async () => {
  for (const who of Object.values(side)) await who.browser.close();
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

async function reach(page, query) {
  const item = await findItem(page, query);
  if (item.y > 64) await scrollTo(page, query);
}

const SHARE = { fullLabel: 'Share program##sharing' };

// Clicks `label` and keeps the download it starts under build/e2e-downloads/privacy.
async function download(page, label, key) {
  await reach(page, label);
  const [file] = await Promise.all([page.waitForEvent('download'), click(page, label)]);
  const saved = path.join(DOWNLOADS, `${key}-${file.suggestedFilename()}`);
  await file.saveAs(saved);
  files[key] = saved;
  return file.suggestedFilename();
}

async function openFiles(page, label, chosen) {
  await reach(page, label);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, label)]);
  await chooser.setFiles(chosen);
  await findItem(page, { kind: 'text', label: REPORT, window: REPORT });
}

async function reportTexts(page) {
  return (await items(page)).filter((i) => i.kind === 'text' && i.visible && i.window === REPORT).map((i) => i.label);
}

async function closeReport(page) {
  await waitFrames(page, 3);
  await click(page, { fullLabel: 'Close##merge_report', window: REPORT });
  await waitFor(page, async () => !(await items(page)).some((i) => i.window === REPORT && i.visible), { what: 'the merge report to close' });
}

// Opens files and checks that the report refused and held nothing.
async function openAndMerge(page, label, chosen) {
  await openFiles(page, label, chosen);
  const texts = await reportTexts(page);
  assert.ok(!texts.some((t) => t.startsWith('Refused') || t.startsWith('Held')), texts.join(' | '));
  await closeReport(page);
  return texts;
}

// Any item the page has named, on screen or scrolled away, that shows `text`.
async function anywhere(page, text) {
  const needle = text.toLowerCase();
  return (await items(page)).filter((i) => `${i.label} ${i.fullLabel}`.toLowerCase().includes(needle));
}

// The readers sentence drawn nearest below the item, in its column.
async function readersBelow(page, query) {
  const anchor = await scrollTo(page, query);
  await waitFrames(page, 2);
  const all = await items(page);
  const now = all.find((i) => i.fullLabel === anchor.fullLabel && i.label === anchor.label && i.kind === anchor.kind) || anchor;
  const lines = all
    .filter((i) => i.kind === 'text' && SENTENCES.includes(i.label) && i.y > now.y && Math.abs(i.x - now.x) < 40)
    .sort((a, b) => a.y - b.y);
  assert.ok(lines.length > 0, `a readers line below ${JSON.stringify(query)}`);
  assert.ok(lines[0].y - now.y < 110, `the readers line sits right below ${JSON.stringify(query)} (${lines[0].y - now.y} px)`);
  return lines[0].label;
}

// The file's bytes, as a person opening it in a text editor would read them.
function bytesOf(key) {
  return readFileSync(files[key], 'utf8');
}

function assertSealed(key, people) {
  const text = bytesOf(key);
  for (const person of people) {
    assert.ok(!text.includes(person.email), `${key}: ${person.email} is not in plain text`);
    for (const answer of privateAnswers(person)) assert.ok(!text.includes(answer), `${key}: "${answer}" is not in plain text`);
  }
}

async function createReverseProgram(page, name) {
  await click(page, 'Create a program');
  await fill(page, '##program_name', name);
  await click(page, 'Next');
  await click(page, { label: 'Reverse mentorship (1:1)', kind: 'widget' });
  await clickScrolled(page, 'Use the reverse-mentoring template');
  await scrollTo(page, { kind: 'text', contains: 'The reverse-mentoring template filled in' });
  await snap(page, 'pv01-wizard-reverse-template');
  for (let step = 0; step < 3; step += 1) await click(page, 'Next');
  await click(page, 'Create program');
  await waitFor(page, async () => (await status(page)).programName === name, { what: `program ${name}` });
}

test('the admin creates a reverse-mentoring program and shares it', async () => {
  const { page } = side.admin;
  await createReverseProgram(page, PROGRAM);
  await nav(page, 'Sharing');
  assert.equal(await download(page, SHARE, 'program'), 'privacy-reverse-program.json');
  await waitForText(page, 'Shared');
});

// The questionnaire's answers: two choices, then each required text.
async function answerQuestionnaire(page, person) {
  await clickScrolled(page, { fullLabel: '1 to 3 years##option' });
  await clickScrolled(page, { fullLabel: 'Email##option' });
  for (const [id, text] of Object.entries(person.answers)) await fillScrolled(page, `##answer-${id}`, text);
}

async function join(who, person, shot) {
  const { page } = side[who];
  await openAndMerge(page, 'Open a program file', files.program);
  assert.equal((await status(page)).programName, PROGRAM);
  await nav(page, 'Sharing');
  await openPicker(page);
  await click(page, "I'm new: join this program");
  await findText(page, `Join ${PROGRAM}`);
  await click(page, { label: person.role, kind: 'widget' });
  await fillDetails(page, person);
  // The level decides who may mentor whom in reverse mentoring; only the admin reads it.
  await click(page, { fullLabel: '##join_level' });
  await click(page, person.level);

  // Under each field, who reads it.
  assert.equal(await readersBelow(page, { fullLabel: '##join_email' }), PARTNER, 'email: partner and admin');
  assert.equal(await readersBelow(page, { fullLabel: '##join_name' }), EVERYONE, 'name: everyone');
  assert.equal(await readersBelow(page, { fullLabel: '##join_job_title' }), EVERYONE, 'job title: everyone');
  assert.equal(await readersBelow(page, { fullLabel: '##join_department' }), EVERYONE, 'department: everyone');
  assert.equal(await readersBelow(page, { fullLabel: '##join_level' }), ADMIN_ONLY, 'level: the admin only');
  await scrollTo(page, { fullLabel: '##join_email' });
  await snap(page, `${shot}a-join-details`);

  await answerQuestionnaire(page, person);
  // Under each question, who reads its answers.
  assert.equal(await readersBelow(page, { kind: 'text', label: STRENGTHS }), PARTNER, 'strengths: partner and admin');
  await snap(page, `${shot}b-join-strengths`);
  assert.equal(await readersBelow(page, { kind: 'text', label: DESCRIBE }), PARTNER, 'describe yourself: partner and admin');
  assert.equal(await readersBelow(page, { kind: 'text', label: COMMUNICATION }), EVERYONE, 'communication: everyone');
  assert.equal(await readersBelow(page, { kind: 'text', label: 'Role and responsibilities' }), EVERYONE, 'responsibilities: everyone');
  assert.equal(await readersBelow(page, { kind: 'text', label: 'How long have you been with the organisation?' }), EVERYONE, 'tenure: everyone');
  await snap(page, `${shot}c-join-communication`);
  await clickScrolled(page, { label: 'Submit registration', kind: 'widget' });
  await waitForText(page, 'Awaiting approval');

  // Skills in "My profile": the profile says who reads each field too.
  await nav(page, 'My profile');
  assert.equal(await readersBelow(page, { fullLabel: '##profile_email' }), PARTNER, 'profile email: partner and admin');
  assert.equal(await readersBelow(page, { fullLabel: '##profile_level' }), ADMIN_ONLY, 'profile level: the admin only');
  assert.equal(await readersBelow(page, { fullLabel: '##manager' }), ADMIN_ONLY, 'profile manager: the admin only');
  assert.equal(await readersBelow(page, { fullLabel: '##location' }), EVERYONE, 'profile location: everyone');
  assert.equal(await readersBelow(page, { fullLabel: '##skills_offered' }), EVERYONE, 'skills offered: everyone');
  await snap(page, `${shot}d-profile`);

  await nav(page, 'Sharing');
  const unsent = await findText(page, 'Changes made in this browser and not sent yet: ');
  assert.match(unsent.label, /: [1-9]\d*$/, unsent.label);
  await download(page, 'Send my changes', `${who}-registration`);
  await waitForText(page, 'Saved your changes');
}

// Skills in "My profile", once approved: a registration awaiting approval cannot
// change the profile from the participant's browser.
async function saveSkills(page, person) {
  await nav(page, 'My profile');
  const tags = person.skillsOffered ? '##skills_offered' : '##skills_wanted';
  assert.equal(await readersBelow(page, { fullLabel: tags }), EVERYONE, 'skills: everyone');
  await fillScrolled(page, tags, person.skillsOffered || person.skillsWanted);
  await clickScrolled(page, { label: 'Save profile', kind: 'widget' });
  await waitFor(page, async () => (await hasText(page, 'Profile saved.')) || (await hasText(page, 'Not saved: ')), { what: 'the profile to be saved or refused' });
  const refused = (await items(page)).find((i) => i.kind === 'text' && i.label.includes('Not saved: '));
  assert.equal(refused, undefined, `the profile is saved: ${refused && refused.label}`);
}

test('1. both participants open the share, join from their own browsers and see who reads each field', async () => {
  await join('junior', JUNIOR, 'pv02');
  await join('senior', SENIOR, 'pv03');
  // What each participant sent: their own email and answers for partners are sealed.
  assertSealed('junior-registration', [JUNIOR]);
  assertSealed('senior-registration', [SENIOR]);
});

test('1. the admin opens both registrations, approves both and shares again', async () => {
  const { page } = side.admin;
  const texts = await openAndMerge(page, 'Open change files', [files['junior-registration'], files['senior-registration']]);
  assert.ok(texts.includes('2 files merged.'), texts.join(' | '));
  assert.equal(texts.filter((t) => t.startsWith('Added: ') && t.includes('registration')).length, 2, texts.join(' | '));
  await nav(page, 'Approvals');
  for (const person of [JUNIOR, SENIOR]) {
    // Each registration shows its answers: the second one sits below the fold.
    await scrollTo(page, { kind: 'text', label: person.name });
    await click(page, { label: 'Approve', kind: 'widget', row: await findItem(page, { kind: 'text', label: person.name }) });
    await waitForText(page, `Approved ${person.name}`);
  }
  await nav(page, 'Sharing');
  await download(page, SHARE, 'approved');
  await waitForText(page, 'Shared');
  for (const [who, person] of [['junior', JUNIOR], ['senior', SENIOR]]) {
    const participant = side[who].page;
    const seen = await openAndMerge(participant, 'Open change files', files.approved);
    assert.ok(seen.some((t) => /^Added: .*approved/.test(t)), seen.join(' | '));
    await nav(participant, 'Home');
    assert.equal(await hasText(participant, 'Awaiting approval'), false, `${person.name} is approved`);
  }
});

test('2. the admin\'s shared file carries names and job titles, never emails nor answers for partners', () => {
  for (const key of ['program', 'approved']) assertSealed(key, [JUNIOR, SENIOR]);
  const shared = bytesOf('approved');
  for (const person of [JUNIOR, SENIOR]) {
    assert.ok(shared.includes(person.name), `the share carries ${person.name}`);
    assert.ok(shared.includes(person.title), `the share carries ${person.title}`);
    // An answer for everyone travels as typed.
    assert.ok(shared.includes(person.answers['q-responsibilities']), `the share carries "${person.answers['q-responsibilities']}"`);
  }
});

test('3. the senior\'s browser shows the junior\'s name and skills, never their email nor private answers', async () => {
  const { page } = side.senior;
  // The junior adds a skill and sends it; the senior wants it.
  const junior = side.junior.page;
  await saveSkills(junior, JUNIOR);
  await nav(junior, 'Sharing');
  await download(junior, 'Send my changes', 'junior-profile');
  assertSealed('junior-profile', [JUNIOR]);
  await saveSkills(page, SENIOR);
  await nav(page, 'Sharing');
  await openAndMerge(page, 'Open change files', files['junior-profile']);
  await nav(page, 'Browse mentors');
  await fill(page, '##browse_search', 'Jun');
  await findText(page, JUNIOR.name);
  await findText(page, JUNIOR.title);
  await click(page, 'Why this match');
  await findText(page, `${JUNIOR.name} and ${SENIOR.name}`, { window: 'Why this match' });
  const skill = await findText(page, JUNIOR.skillsOffered, { window: 'Why this match' });
  assert.match(skill.label, new RegExp(`${JUNIOR.name} offers`), skill.label);
  for (const hidden of [JUNIOR.email, ...privateAnswers(JUNIOR)]) {
    assert.equal(await hasText(page, hidden), false, `"${hidden}" is not on screen`);
    assert.deepEqual(await anywhere(page, hidden), [], `"${hidden}" is in no item`);
  }
  await snap(page, 'pv04-senior-why-this-match');
  await click(page, { fullLabel: 'Close##why' });
  await snap(page, 'pv05-senior-browse');
  for (const screen of ['Home', 'Browse mentors']) {
    await nav(page, screen);
    for (const hidden of [JUNIOR.email, ...privateAnswers(JUNIOR)]) {
      assert.deepEqual(await anywhere(page, hidden), [], `"${hidden}" is in no item on ${screen}`);
    }
  }
});

test('4. the senior asks the junior; the junior accepts; each browser opens the other\'s changes', async () => {
  const senior = side.senior.page;
  const junior = side.junior.page;
  await nav(senior, 'Browse mentors');
  await fill(senior, '##browse_search', 'Jun');
  await findText(senior, JUNIOR.name);
  await click(senior, 'Request');
  await fill(senior, '##request_message', MESSAGE, { window: 'Request' });
  await click(senior, { label: 'Send request', kind: 'widget', window: 'Request' });
  await waitForText(senior, `Request sent to ${JUNIOR.name}`);
  await nav(senior, 'Sharing');
  await download(senior, 'Send my changes', 'request');

  // The junior opens the request straight from the senior and accepts.
  await openAndMerge(junior, 'Open change files', files.request);
  await nav(junior, 'Requests');
  await findText(junior, 'how you build your reports');
  await click(junior, { label: 'Accept', kind: 'widget', window: 'Turnabout' });
  await waitForText(junior, `You and ${SENIOR.name} are now matched`);
  await nav(junior, 'My connections');
  await findText(junior, SENIOR.name);
  // The senior's browser has not sealed anything for the junior yet.
  await scrollTo(junior, { kind: 'text', contains: `${SENIOR.name}'s email and answers for their match partner reach you with their next changes` });
  assert.equal(await hasText(junior, `Email: ${SENIOR.email}`), false);
  assert.deepEqual(await anywhere(junior, SENIOR.answers['q-strengths']), []);
  await snap(junior, 'pv06-junior-matched-waiting');
  await nav(junior, 'Sharing');
  await download(junior, 'Send my changes', 'accepted');

  // The senior opens the acceptance: the junior's sealing opens here, and this
  // browser seals the senior's fields for the junior.
  await openAndMerge(senior, 'Open change files', files.accepted);
  await nav(senior, 'My connections');
  await findText(senior, JUNIOR.name);
  await scrollTo(senior, { kind: 'text', label: `Email: ${JUNIOR.email}` });
  await scrollTo(senior, { kind: 'text', label: STRENGTHS });
  await scrollTo(senior, { kind: 'text', label: JUNIOR.answers['q-strengths'] });
  await snap(senior, 'pv07-senior-my-connections');
  for (const id of PRIVATE_IDS) await scrollTo(senior, { kind: 'text', label: JUNIOR.answers[id] });
  assert.equal(await hasText(senior, 'answers for their match partner reach you'), false, 'nothing waits any more');
  await nav(senior, 'Sharing');
  await download(senior, 'Send my changes', 'senior-sealing');

  await openAndMerge(junior, 'Open change files', files['senior-sealing']);
  await nav(junior, 'My connections');
  await scrollTo(junior, { kind: 'text', label: `Email: ${SENIOR.email}` });
  await scrollTo(junior, { kind: 'text', label: SENIOR.answers['q-strengths'] });
  await snap(junior, 'pv08-junior-my-connections');
  for (const id of PRIVATE_IDS) await scrollTo(junior, { kind: 'text', label: SENIOR.answers[id] });
  assert.equal(await hasText(junior, 'answers for their match partner reach you'), false, 'nothing waits any more');

  // None of the files that went between them carries an email or answer in plain text.
  for (const key of ['request', 'accepted', 'senior-sealing']) assertSealed(key, [JUNIOR, SENIOR]);
});

test('5. the junior\'s "Who sees what" names the senior as a reader of what is for partners', async () => {
  const { page } = side.junior;
  await nav(page, 'Who sees what');
  await findText(page, 'What others can see about me');
  const partnerWording = `${SENIOR.name} (your match partner) and the program's admin`;
  const email = await findItem(page, { kind: 'text', label: 'Email', window: 'Turnabout' });
  await findItem(page, { kind: 'text', label: partnerWording, row: { y: email.y, height: email.height } });
  await findItem(page, { kind: 'text', label: JUNIOR.email, row: { y: email.y, height: email.height } });
  const level = await findItem(page, { kind: 'text', label: 'Level', window: 'Turnabout' });
  await findItem(page, { kind: 'text', label: "The program's admin", row: { y: level.y, height: level.height } });
  const title = await findItem(page, { kind: 'text', label: 'Job title', window: 'Turnabout' });
  await findItem(page, { kind: 'text', label: 'Everyone in the program', row: { y: title.y, height: title.height } });
  assert.equal(await hasText(page, 'your match partner once you are matched'), false, 'the partner is named, not promised');
  await snap(page, 'pv09-junior-who-sees-what');
  const strengths = await scrollTo(page, { kind: 'text', label: STRENGTHS });
  await findItem(page, { kind: 'text', label: partnerWording, row: { y: strengths.y, height: strengths.height } });
  await snap(page, 'pv10-junior-who-sees-what-answers');
  for (const who of Object.values(side)) assert.deepEqual(who.browser.errors, []);
});
