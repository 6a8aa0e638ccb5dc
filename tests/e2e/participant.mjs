// Steps the participant tests share: a reverse-mentoring program from the wizard,
// scrolling long pages, answering the questionnaire, choosing who is using Turnabout.
import {
  click, fill, findItem, items, status, waitFor, waitForSaved, waitFrames,
} from './imgui.mjs';

// Scrolls the page under the mouse until the item's centre is well inside the viewport.
// ImGui names a clipped widget only once it is on screen, so an item not found yet is
// looked for by scrolling down, then up.
export async function scrollTo(page, query) {
  const q = typeof query === 'string' ? { label: query, kind: 'widget' } : query;
  const viewport = page.viewportSize();
  let direction = 250;
  for (let i = 0; i < 40; i += 1) {
    const item = await findItem(page, { ...q, visible: false }, { timeout: 150 }).catch(() => null);
    let delta = direction;
    if (item) {
      const centre = item.y + item.height / 2;
      // Wholly inside the page area, which ends 20 px above the window's bottom edge.
      if (item.visible && item.y > 96 && item.y + item.height < viewport.height - 22) return item;
      delta = Math.max(-300, Math.min(300, centre - viewport.height / 2));
    } else if (i === 14) {
      direction = -250;
    }
    await page.mouse.move(viewport.width / 2 + 100, viewport.height / 2);
    await page.mouse.wheel(0, delta);
    await waitFrames(page, 3);
  }
  throw new Error(`could not scroll to ${JSON.stringify(q)}`);
}

// A label given as a string clicks the widget on the row scrolled to, so the nearest
// of several same-named buttons ("Edit") is never the wrong one.
export async function clickScrolled(page, query) {
  const item = await scrollTo(page, query);
  return click(page, typeof query === 'string' ? { label: query, kind: 'widget', row: { y: item.y, height: item.height - 20 } } : query);
}

export async function fillScrolled(page, fullLabel, text) {
  await scrollTo(page, { fullLabel });
  await fill(page, fullLabel, text);
}

// A program from the wizard with its defaults (the template's questionnaire);
// approval required unless told otherwise.
export async function createJoinableProgram(page, name, { approval = true } = {}) {
  await click(page, 'Create a program');
  await fill(page, '##program_name', name);
  for (let step = 0; step < 3; step += 1) await click(page, 'Next');
  if (!approval) await click(page, { fullLabel: 'Approval required##approval_required' });
  await click(page, 'Next');
  await click(page, 'Create program');
  await waitFor(page, async () => (await status(page)).programName === name, { what: `program ${name}` });
}

// Who is using Turnabout? -> a participant -> the picker dialog.
export async function openPicker(page) {
  await click(page, { fullLabel: '##who' });
  await click(page, { contains: 'A participant', kind: 'widget' });
  await findItem(page, { kind: 'text', label: 'Who is using Turnabout?', window: 'Who is using Turnabout?' });
}

// The page's keyboard types ASCII only: "Chloé Martin" becomes "Chloe Martin".
export function ascii(text) {
  return text.normalize('NFD').replace(/[^\x20-\x7E]/g, '');
}

export async function choosePerson(page, name) {
  await openPicker(page);
  // A long list scrolls and has a search field: narrow it by a word of the name that
  // the keyboard can type.
  const search = await findItem(page, { fullLabel: '##picker_search', window: 'Who is using Turnabout?' }, { timeout: 300 }).catch(() => null);
  if (search) {
    const word = name.split(' ').find((w) => ascii(w) === w) || ascii(name);
    await fill(page, '##picker_search', word, { window: 'Who is using Turnabout?' });
    await waitFrames(page, 3);
  }
  // Click once the list has settled, and again if a busy machine drew the click on a
  // list still moving.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await click(page, { label: name, kind: 'widget', window: 'Who is using Turnabout?' });
    await waitFrames(page, 3);
    if (!(await items(page)).some((i) => i.window === 'Who is using Turnabout?' && i.visible)) return;
  }
  throw new Error(`could not choose ${name} in the picker`);
}

// Another day: the page's clock moves to `time` and the page reloads, as a person
// opening the program again; then the program is opened from the directory.
export async function reopenOn(page, time, program) {
  await waitForSaved(page);
  await page.clock.setSystemTime(time);
  await page.reload();
  await page.waitForFunction(() => window.turnabout && window.turnabout.status().phase === 'run');
  await waitFrames(page, 3);
  await click(page, { label: program, kind: 'widget' });
}

export async function chooseAdmin(page) {
  await click(page, { fullLabel: '##who' });
  await click(page, { fullLabel: 'Program admin##who' });
  await waitFrames(page, 3);
}

// The required answers of the default questionnaire.
export const REQUIRED_TEXT = ['q-responsibilities', 'q-strengths', 'q-develop', 'q-describe', 'q-time', 'q-meaning'];

export async function fillDetails(page, person) {
  await fillScrolled(page, '##join_name', person.name);
  await fillScrolled(page, '##join_email', person.email);
  await fillScrolled(page, '##join_job_title', person.title);
  await fillScrolled(page, '##join_department', person.department);
}

export async function answerRequired(page, person) {
  await clickScrolled(page, { fullLabel: '1 to 3 years##option' });
  await clickScrolled(page, { fullLabel: 'Email##option' });
  for (const id of REQUIRED_TEXT) await fillScrolled(page, `##answer-${id}`, `${person.name.split(' ')[0]}: ${id.slice(2)} answer`);
}

export async function visibleTexts(page) {
  return (await items(page)).filter((i) => i.kind === 'text' && i.visible).map((i) => i.label);
}
