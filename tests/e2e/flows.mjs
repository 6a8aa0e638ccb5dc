// Steps several tests share: creating a program and adding people through the UI.
import { click, fill, findItem, status, waitFor } from './imgui.mjs';

export const PEOPLE = [
  { name: 'Ana Lima', email: 'ana.lima@example.org', title: 'Software Engineer', department: 'Engineering', role: 'Mentor', level: 'Professional' },
  { name: 'Bruno Costa', email: 'bruno.costa@example.org', title: 'Design Director', department: 'Design', role: 'Mentee', level: 'Director' },
  { name: 'Chloe Martin', email: 'chloe.martin@example.org', title: 'Finance Lead', department: 'Finance', role: 'Both', level: 'Lead' },
];

export async function createProgram(page, name, description) {
  if (!(await findItem(page, { fullLabel: '##program_name' }, { timeout: 500 }).catch(() => null))) {
    await click(page, 'Create a program');
  }
  await fill(page, '##program_name', name);
  await fill(page, '##program_description', description);
  await click(page, 'Create program');
  await waitFor(page, async () => (await status(page)).programName === name, { what: `program ${name}` });
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
