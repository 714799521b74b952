// A property that names a person (employee, assignee, reviewer, guest…) takes a person's name from the prompt: not
// what the thing asked for is called ("titled Fix login"), nor an acronym ("a PR").
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../helpers/arguments.js';

const text = { type: 'string' };

t.test('a person property takes the name the prompt gives', async (t) => {
  t.equal(read(object({ employee: text }), 'Look up the vacation balance for Maria Lopez').employee, 'Maria Lopez');
  t.same(read(object({ employee_name: text, days: { type: 'integer' } }), 'Book 3 days off for Maria Lopez'), { employee_name: 'Maria Lopez', days: 3 });
  t.equal(read(object({ assignee: text, title: text }), 'Create a ticket to fix the login bug and assign it to Maria Lopez').assignee, 'Maria Lopez');
  t.equal(read(object({ guest: text }), 'Book a room for Maria Lopez at the Hilton').guest, 'Maria Lopez');
  t.same(read(object({ attendees: { type: 'array', items: text } }), 'Invite Maria Lopez and Tom Baker to the meeting').attendees, ['Maria Lopez', 'Tom Baker']);
});

t.test('what a thing is called and an acronym are no person', async (t) => {
  t.same(read(object({ reviewer: text, title: text }), 'Open a PR titled Fix login and ask Tom Baker to review it'), { reviewer: 'Tom Baker', title: 'Fix login' });
  t.equal(read(object({ assignee: text, title: text }), 'Create a task called Quarterly report and assign it to Ana Ruiz').assignee, 'Ana Ruiz');
  // A thing's name still takes what it is called.
  t.equal(read(object({ name: text }), 'Create a playlist called Road Trip').name, 'Road Trip');
});
