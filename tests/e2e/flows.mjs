// Steps several tests share: creating a program through the wizard, opening one as
// its admin, and adding people through the UI.
import { click, fill, findItem, status, waitFor, waitFrames } from './imgui.mjs';

export const PEOPLE = [
  { name: 'Ana Lima', email: 'ana.lima@example.org', title: 'Software Engineer', department: 'Engineering', role: 'Mentor', level: 'Professional' },
  { name: 'Bruno Costa', email: 'bruno.costa@example.org', title: 'Design Director', department: 'Design', role: 'Mentee', level: 'Director' },
  { name: 'Chloe Martin', email: 'chloe.martin@example.org', title: 'Finance Lead', department: 'Finance', role: 'Mentor and mentee', level: 'Lead' },
];

// The wizard with its defaults (Mentorship, approval required), then the People screen.
export async function createProgram(page, name, description) {
  if (!(await findItem(page, { fullLabel: '##program_name' }, { timeout: 500 }).catch(() => null))) {
    await click(page, 'Create a program');
  }
  await fill(page, '##program_name', name);
  if (description) await fill(page, '##program_about', description);
  for (let step = 0; step < 4; step += 1) await click(page, 'Next');
  await click(page, 'Create program');
  await waitFor(page, async () => (await status(page)).programName === name, { what: `program ${name}` });
  await click(page, { label: 'People', kind: 'widget' });
}

// From anywhere: the program's tile in the directory, then "Program admin" as the
// one using Turnabout, then `screen` in the navigation.
export async function openAsAdmin(page, name, screen = 'People') {
  await click(page, { fullLabel: 'Turnabout##home' });
  await click(page, { label: name, kind: 'widget' });
  await click(page, { fullLabel: '##who' });
  await click(page, { fullLabel: 'Program admin##who' });
  await waitFrames(page, 2);
  if (screen !== 'Home') await click(page, { label: screen, kind: 'widget' });
}

export async function addPerson(page, person) {
  const before = (await status(page)).people;
  await click(page, { kind: 'widget', label: 'Add person', window: 'Turnabout' });
  await fill(page, '##name', person.name);
  await fill(page, '##email', person.email);
  await fill(page, '##job_title', person.title);
  await fill(page, '##department', person.department);
  await click(page, { fullLabel: '##level' });
  await click(page, person.level);
  await click(page, person.role);
  await click(page, { fullLabel: 'Add person##submit' });
  await waitFor(page, async () => (await status(page)).people === before + 1, { what: `${person.name} added` });
}
