// The admin side of requests on the demo program, with the page's clock set by the
// test so that requests have ages: the requests console's figures after requests
// made, accepted, declined, closed and reminded through the UI, and one expiring; a
// confidential request to be reassigned, which the admin ends and re-pairs from the
// console while the other person learns only that it ended; an admin-routed ranked list assigned by the admin; the admin's match
// actions; and the request rules in the matching settings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, screenshot } from './harness.mjs';
import {
  click, fill, findItem, findText, hasText, items, status, waitFor, waitForSaved, waitForText, waitFrames,
} from './imgui.mjs';
import { chooseAdmin, choosePerson, reopenOn, scrollTo, visibleTexts } from './participant.mjs';

// Day 0 of the story, inside the demo program's year (it starts on 4 January 2027).
const DAY0 = new Date('2027-02-01T10:00:00');
const day = (n) => new Date(DAY0.getTime() + n * 24 * 3600 * 1000);

let server;
let browser;
let page;
let program;
before(async () => {
  server = await startServer();
  browser = await launchBrowser({ height: 900 });
  page = await openApp(browser.context, server.url, { clock: DAY0 });
});
after(async () => {
  await browser.close();
  await server.stop();
});

// Another day, as a person opening the program again.
async function openOnDay(n) {
  await reopenOn(page, day(n), program);
}

async function nav(label) {
  await click(page, { label, kind: 'widget' });
  await waitFrames(page, 2);
}

// The texts that start on the same line as `item` (a table row's first line), left
// to right; wrapped cells count by their first line.
async function rowTexts(item) {
  await waitFrames(page, 2);
  const all = await items(page);
  return all
    .filter((i) => i.kind === 'text' && i.visible && i.y >= item.y - 10 && i.y < item.y + Math.max(item.height, 19) - 2)
    .sort((a, b) => a.x - b.x)
    .map((i) => i.label);
}

// The table row of `label` (a requester in the console, a person in Matches) whose
// first line also shows `including`, scrolled into view.
async function rowOf(label, including) {
  await scrollTo(page, { kind: 'text', label });
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const named = (await items(page)).filter((i) => i.kind === 'text' && i.visible && i.label === label);
    for (const item of named) {
      const texts = await rowTexts(item);
      if (!including || texts.includes(including)) return { item, texts };
    }
    await page.mouse.wheel(0, 150);
    await waitFrames(page, 3);
  }
  throw new Error(`no row of ${label} showing ${including}`);
}

const consoleRow = (requester) => rowOf(requester);

async function browseTo(mentor) {
  await nav('Browse mentors');
  await fill(page, '##browse_search', mentor);
  await waitFor(page, async () => /^1 of/.test((await findText(page, 'who could be matched with you')).label), { what: `only ${mentor} shown` });
  await findText(page, mentor);
}

// A mentee asks a mentor from the browse page, with a message.
async function sendRequest(mentee, mentor) {
  await choosePerson(page, mentee);
  await browseTo(mentor);
  await click(page, 'Request');
  await findItem(page, { fullLabel: '##request_message', window: 'Request' });
  await fill(page, '##request_message', `Hello ${mentor.split(' ')[0]}, I would love to learn how your team uses new tools.`, { window: 'Request' });
  await click(page, { label: 'Send request', kind: 'widget', window: 'Request' });
  await waitForText(page, `Request sent to ${mentor}`);
}

async function openReceived(mentor, from) {
  await choosePerson(page, mentor);
  await nav('Requests');
  await findText(page, 'Waiting for your answer');
  await findText(page, from);
}

async function figureTexts() {
  await nav('Requests');
  await findText(page, 'Pending: ');
  return visibleTexts(page);
}

function assertHas(texts, expected) {
  for (const text of expected) assert.ok(texts.includes(text), `"${text}" is shown; seen: ${texts.join(' | ')}`);
}

test('the demo program loads on day 0', async () => {
  await click(page, 'Try the demo program');
  await waitFor(page, async () => (await status(page)).people >= 40, { what: 'demo people' });
  program = (await status(page)).programName;
  await nav('Requests');
  await findText(page, 'No requests yet.');
  await findText(page, 'Pending: 0');
});

test('the console\'s figures follow requests accepted, declined, closed, reminded and expired', async () => {
  // Day 0: two requests.
  await sendRequest('Angela Russo', 'Aisha Khan');
  await sendRequest('Anna Kowalska', 'Noah Williams');

  // Day 2: two more; Aisha accepts Angela.
  await openOnDay(2);
  await sendRequest('Catherine Dupont', 'Liam Chen');
  await sendRequest('David Kim', 'Amara Okafor');
  await openReceived('Aisha Khan', 'Angela Russo');
  await click(page, 'Accept');
  await waitForText(page, 'You and Angela Russo are now matched');

  // Day 7: Noah declines, too busy; the admin closes Catherine's and reminds Amara.
  await openOnDay(7);
  await openReceived('Noah Williams', 'Anna Kowalska');
  await click(page, 'Decline');
  await click(page, { label: 'Too busy right now', kind: 'widget', window: 'Decline request' });
  await click(page, { label: 'Decline request', kind: 'widget', window: 'Decline request' });
  await waitForText(page, 'Declined Anna Kowalska\'s request');

  await chooseAdmin(page);
  await nav('Requests');
  await findText(page, 'All requests (4)');
  // Only pending requests have a checkbox: the accepted and declined ones none.
  const accepted = await consoleRow('Angela Russo');
  assert.ok(accepted.texts.includes('Accepted'), `Angela's request is accepted: ${accepted.texts.join(' | ')}`);
  const declined = await consoleRow('Anna Kowalska');
  assertHas(declined.texts, ['Declined', 'Too busy right now', '7 days']);
  const boxes = (await items(page)).filter((i) => i.fullLabel === '##select');
  assert.equal(boxes.length, 2, 'a checkbox for each of the two pending requests');

  const catherine = await consoleRow('Catherine Dupont');
  assertHas(catherine.texts, ['Pending', '5 days', '0']);
  await click(page, { fullLabel: '##select', row: { y: catherine.item.y - 8, height: catherine.item.height } });
  await findText(page, '1 request selected');
  await click(page, 'Close selected');
  await findText(page, 'Close 1 request?', { window: 'Close requests' });
  await fill(page, '##close_note', 'Liam is on leave until spring: please ask another mentor.', { window: 'Close requests' });
  await screenshot(page, 'ra01-close-dialog');
  await click(page, { label: 'Close requests', kind: 'widget', window: 'Close requests' });
  await waitForText(page, 'Closed 1 request');
  const closed = await consoleRow('Catherine Dupont');
  assertHas(closed.texts, ['Closed', 'Liam is on leave until spring: please ask another mentor.']);

  const david = await consoleRow('David Kim');
  await click(page, { fullLabel: '##select', row: { y: david.item.y - 8, height: david.item.height } });
  await click(page, 'Remind selected');
  await waitForText(page, 'Sent 1 reminder');
  const reminded = await consoleRow('David Kim');
  assert.equal(reminded.texts[reminded.texts.length - 1], '1', `one reminder sent: ${reminded.texts.join(' | ')}`);

  // Sent 0 and 0, answered on day 2 and 7; sent 2 and 2, closed on 7 and pending on 7:
  // pending 2, 7, 5, 5 days.
  await scrollTo(page, { kind: 'text', label: 'Pending: 1' });
  const figures = await visibleTexts(page);
  assertHas(figures, [
    'Pending: 1', 'Average time pending: 4.8 days', 'Median time pending: 5 days',
    'Acceptance rate: 50%', 'Decline rate: 50%', 'Expired: 0%',
    'Too busy right now: 1', 'Not a good match: 0', 'Reached my limit: 0', 'Other: 0',
  ]);
  await screenshot(page, 'ra02-console-figures');
  // Idle once drawn: the console computes its rows and figures only when a frame is drawn.
  await page.waitForTimeout(300);
  const framesBefore = (await status(page)).framesDrawn;
  await page.waitForTimeout(1000);
  assert.ok((await status(page)).framesDrawn - framesBefore <= 2, 'the console is idle');

  // Amara, reminded, finds it in her inbox.
  await choosePerson(page, 'Amara Okafor');
  await nav('Inbox');
  await waitFor(page, async () => (await visibleTexts(page)).some((t) => /remind/i.test(t) && t.includes('David Kim')),
    { what: 'the reminder about David Kim in Amara\'s inbox' });
  await screenshot(page, 'ra03-inbox-reminder');

  // Day 23: David's request, sent on day 2, closed by itself after the program's 21 days.
  await openOnDay(23);
  await chooseAdmin(page);
  const later = await figureTexts();
  assertHas(later, ['Pending: 0', 'Expired: 25%', 'Average time pending: 8.8 days', 'Median time pending: 6 days', 'Acceptance rate: 50%']);
  const expired = await consoleRow('David Kim');
  assertHas(expired.texts, ['Expired', 'No answer within 21 days']);
  // The status filter shows only the expired one.
  await click(page, { fullLabel: '##status_filter' });
  await click(page, { label: 'Expired', kind: 'widget' });
  await waitFor(page, async () => !(await hasText(page, 'Anna Kowalska')), { what: 'the filter hides the others' });
  await findText(page, 'David Kim');
  await click(page, { fullLabel: '##status_filter' });
  await click(page, { label: 'All', kind: 'widget' });
  await findText(page, 'Anna Kowalska');
});

let best; // Angela's new mentor
const NOTE = 'We never found a shared rhythm; I would like someone closer to my time zone.';

// Aisha, on every screen of hers: nothing says who asked, why, or the word; on My
// connections, whether it is still on or `ended`.
async function aishaSeesNothingOfIt(ended, shot) {
  await choosePerson(page, 'Aisha Khan');
  // Two general texts name the option to everyone: the demo program's description
  // and the hint on My connections. Nothing else may.
  const general = [/^A one-year reverse-mentoring program: .*ask to be reassigned without blame\.$/,
    /^Active first\. .*ask confidentially to be reassigned\.$/];
  for (const screen of ['Home', 'Inbox', 'Requests', 'My connections']) {
    await nav(screen);
    await waitFrames(page, 3);
    const texts = (await items(page)).filter((i) => i.kind === 'text').map((i) => i.label);
    const leaks = texts.filter((t) => !general.some((g) => g.test(t)) && (/reassign/i.test(t) || t.includes(NOTE) || t.includes('time zone')));
    assert.deepEqual(leaks, [], `nothing on Aisha's ${screen} says who asked or why`);
    if (screen === 'My connections') {
      if (ended) await findText(page, 'Ended on ');
      else await findItem(page, { kind: 'text', label: 'Active' });
      await screenshot(page, shot);
    }
  }
}

test('a confidential reassignment: the asker writes the admin, the admin ends it and re-pairs, the mentor sees only that it ended', async () => {
  await choosePerson(page, 'Angela Russo');
  await nav('My connections');
  await findText(page, 'Aisha Khan');
  await click(page, 'Ask to be reassigned');
  await fill(page, '##reassign_note', NOTE, { window: 'Ask to be reassigned' });
  await click(page, { label: 'Ask confidentially', kind: 'widget', window: 'Ask to be reassigned' });
  await waitForText(page, 'Your request is for the program\'s admin');
  // Until the admin ends it, the match goes on, and only Angela is reminded she asked.
  await findText(page, 'to be reassigned; until the admin ends it');
  await aishaSeesNothingOfIt(false, 'ra03-mentor-sees-active');

  // The note reaches the admin (here, the same browser: the people use it as a kiosk).
  await chooseAdmin(page);
  await nav('Requests');
  assert.ok(await hasText(page, 'Requests: 1'), 'the navigation counts the waiting request');
  await scrollTo(page, { kind: 'text', label: 'Angela Russo asks to be reassigned' });
  await findText(page, NOTE);
  await screenshot(page, 'ra04-console-request');
  await scrollTo(page, 'End and reassign');
  await click(page, 'End and reassign');
  await waitForText(page, 'both read only that it ended');

  await aishaSeesNothingOfIt(true, 'ra04-mentor-sees-ended');

  await chooseAdmin(page);
  await nav('Requests');
  assert.ok(await hasText(page, 'Requests: 1'), 'the navigation counts the reassignment still to re-pair');
  await scrollTo(page, { kind: 'text', label: 'Angela Russo asked to be reassigned' });
  await findText(page, NOTE);
  await findText(page, 'Angela Russo (mentee)');
  await screenshot(page, 'ra05-console-reassignment');
  await click(page, 'Find a new match'); // Angela's line comes first
  await findText(page, 'Check a pair');
  await findText(page, 'Best mentors for Angela Russo');
  await screenshot(page, 'ra06-check-pair-preselected');
  const choose = await scrollTo(page, 'Choose');
  best = (await rowTexts(choose))[0];
  assert.notEqual(best, 'Aisha Khan', 'the previous partner is not proposed again');
  await click(page, { label: 'Choose', kind: 'widget', row: { y: choose.y, height: choose.height - 20 } });
  await scrollTo(page, 'Create this match');
  await click(page, 'Create this match');
  await waitForText(page, `Matched ${best} and Angela Russo`);

  await nav('Requests');
  await scrollTo(page, { kind: 'text', contains: `Re-paired with ${best}` });
  await findText(page, 'Reassignment requests (1 open)'); // Aisha still waits for someone new
  await choosePerson(page, 'Angela Russo');
  await nav('My connections');
  await findText(page, best);
});

test('an admin-routed match type: the mentee ranks two mentors, the admin assigns the second', async () => {
  await chooseAdmin(page);
  await nav('Settings');
  const section = await scrollTo(page, { kind: 'text', label: 'Match type: Reverse mentorship' });
  await click(page, { label: 'Edit', kind: 'widget', row: { y: section.y - 8, height: section.height } });
  const routed = await scrollTo(page, { label: 'Admin-routed', kind: 'widget' });
  await click(page, routed);
  await scrollTo(page, 'Save match type');
  await click(page, 'Save match type');
  await waitForText(page, 'Match type saved');

  await choosePerson(page, 'Susan Clarke');
  await browseTo('Diego Alvarez');
  await click(page, 'Add to my list');
  await browseTo('Sofia Mart');
  await click(page, 'Add to my list');
  await nav('Requests');
  await scrollTo(page, { kind: 'text', label: 'My ranked list' });
  await fill(page, '##ranked_note_1', 'Diego runs the analytics guild I want to learn from.');
  await fill(page, '##ranked_note_2', 'Sofia knows our customers\' social channels.');
  await fill(page, '##ranked_message', 'Either would be wonderful; thank you!');
  await scrollTo(page, 'Send my list to the admin');
  await click(page, 'Send my list to the admin');
  await waitForText(page, 'Your list went to the program\'s admin');

  await chooseAdmin(page);
  await nav('Requests');
  assert.ok(await hasText(page, 'Requests: 2'), 'the list and the open reassignment wait for the admin');
  await findText(page, 'Ranked lists to assign (1)');
  await findText(page, 'Susan Clarke\'s ranked list');
  await findText(page, '\u201CDiego runs the analytics guild I want to learn from.\u201D');
  await findText(page, '\u201CSofia knows our customers\' social channels.\u201D');
  await findText(page, '1. Diego Alvarez');
  await findText(page, '2. Sofia Martínez');
  await screenshot(page, 'ra07-ranked-list');
  await click(page, 'Assign Sofia Martínez');
  await waitForText(page, 'Assigned Sofia Martínez to Susan Clarke');
  await waitFor(page, async () => !(await hasText(page, 'Susan Clarke\'s ranked list')), { what: 'the list leaves the queue' });
  const row = await consoleRow('Susan Clarke');
  assertHas(row.texts, ['Admin', 'Accepted']);

  await choosePerson(page, 'Susan Clarke');
  await nav('My connections');
  await findText(page, 'Sofia Martínez');
  await screenshot(page, 'ra08-mentee-assigned');
});

test('the admin proposes an extension and ends a match early, on the Matches screen', async () => {
  await chooseAdmin(page);
  await nav('Matches');
  const sofia = await scrollTo(page, { kind: 'text', label: 'Sofia Martínez' });
  await click(page, { label: 'Propose an extension', kind: 'widget', row: { y: sofia.y - 8, height: sofia.height } });
  await fill(page, '##admin_extension_end', '2028-03-31', { window: 'Propose an extension' });
  await fill(page, '##admin_extension_note', 'The program runs a quarter longer this year.', { window: 'Propose an extension' });
  await click(page, { label: 'Send proposal', kind: 'widget', window: 'Propose an extension' });
  await waitForText(page, 'Proposed to extend Sofia Martínez and Susan Clarke');
  await scrollTo(page, { kind: 'text', contains: 'Extensions waiting for agreement (1)' });
  await findText(page, '\u201CThe program runs a quarter longer this year.\u201D');
  await screenshot(page, 'ra09-matches-extension');

  // Her first match reads "Reassigned" to the admin, with who asked below; the new one is active.
  await rowOf('Angela Russo', 'Reassigned');
  await scrollTo(page, { kind: 'text', label: 'Reassigned on request (1)' });
  await findText(page, 'Angela Russo asked on 24 February 2027; only you read who asked.');
  const { item: angela } = await rowOf('Angela Russo', 'Active');
  await click(page, { label: 'End early', kind: 'widget', row: { y: angela.y - 8, height: angela.height } });
  await fill(page, '##admin_end_reason', 'Angela moves to the Singapore office.', { window: 'End early' });
  await click(page, { label: 'End connection', kind: 'widget', window: 'End early' });
  await waitForText(page, `Ended ${best} and Angela Russo's connection`);
  await scrollTo(page, { kind: 'text', contains: 'Connections ended early (1)' });
  assert.ok((await visibleTexts(page)).some((t) => t.endsWith('by you: Angela moves to the Singapore office.')), 'the reason is kept for the admin');
  await screenshot(page, 'ra10-matches-ended');

  await choosePerson(page, 'Susan Clarke');
  await nav('My connections');
  await findItem(page, 'Agree to extend');
});

test('the request rules are set in matching settings and checked by the core', async () => {
  await chooseAdmin(page);
  await nav('Matching settings');
  await scrollTo(page, { fullLabel: 'Remind after (days)##remind_days' });
  await fill(page, 'Remind after (days)##remind_days', '30');
  await fill(page, 'Close after (days)##close_days', '20');
  await scrollTo(page, 'Save matching settings');
  await click(page, 'Save matching settings');
  await waitForText(page, 'reminder: it must come before requests close (20 days)');
  await scrollTo(page, { fullLabel: 'Remind after (days)##remind_days' });
  await fill(page, 'Remind after (days)##remind_days', '5');
  await scrollTo(page, { fullLabel: 'Remind after (days)##remind_days' });
  await screenshot(page, 'ra11-request-rules');
  await scrollTo(page, 'Save matching settings');
  await click(page, 'Save matching settings');
  await waitForText(page, 'Matching settings saved');
  await nav('Requests');
  await findText(page, 'reminded after 5 days without an answer; requests close by themselves after 20 days.');
  assert.deepEqual(browser.errors, []);
});
