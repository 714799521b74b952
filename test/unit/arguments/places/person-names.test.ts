// A property that names a person (employee, assignee, reviewer, guest…) takes a person's name from the prompt: not
// what the thing asked for is called ("titled Fix login"), nor an acronym ("a PR").
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

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

t.test('"named X" / "called X" after a person word is the person', async (t) => {
  t.equal(read(object({ customer_name: text }), 'Add a customer named John Smith').customer_name, 'John Smith');
  t.equal(read(object({ customer_name: text }), 'Add a customer called John Smith').customer_name, 'John Smith');
  t.equal(read(object({ customer_name: text }), 'Add a contact named John Smith').customer_name, 'John Smith');
  // A thing given a name is still no person.
  t.same(read(object({ reviewer: text, title: text }), 'Open a PR called Fix login and ask Tom Baker to review it'), { reviewer: 'Tom Baker', title: 'Fix login' });
  t.not(read(object({ assignee: text }), 'Create a playlist called Road Trip').assignee, 'Road Trip');
});

t.test('a name in capitals after a word that leads a person is the person; a common acronym is not', async (t) => {
  t.equal(read(object({ assignee: text }), 'Hand the task to ZOE').assignee, 'ZOE');
  t.equal(read(object({ approver: text }), 'Ask AJ to approve it').approver, 'AJ');
  t.equal(read(object({ assignee: text }), 'Open a PR for the API and give it to Tom').assignee, 'Tom');
  t.not(read(object({ assignee: text }), 'Write the docs for API').assignee, 'API');
});

t.test('a title before a name is the name\'s, and its full stop ends no sentence', async (t) => {
  const message = { type: 'string' };
  t.same(read(object({ recipient: text, message }), 'Send a message to Dr. Ana Lopez saying hi'), { recipient: 'Dr. Ana Lopez', message: 'hi' });
  t.same(read(object({ recipient: text, message }), 'Send a message to Ana Lopez saying hi'), { recipient: 'Ana Lopez', message: 'hi' });
  t.equal(read(object({ recipient: text }), 'Text Prof. Tom Baker that class is cancelled').recipient, 'Prof. Tom Baker');
  t.equal(read(object({ employee: text }), 'Look up the balance for Mrs. Maria Lopez').employee, 'Mrs. Maria Lopez');
  // A recipient still takes an address when the prompt writes one.
  t.equal(read(object({ recipient: text }), 'Send a message to Ana Lopez at ana@example.com').recipient, 'ana@example.com');
  // And what its description says it is: a phone number, a channel.
  t.equal(read(object({ recipient: { type: 'string', description: 'Phone number in E.164' } }), 'Text Ana at +14155550100 saying hi').recipient, '+14155550100');
  t.equal(read(object({ recipient: { type: 'string', description: 'Channel ID' } }), 'Tell Ana in #general that deploy is done').recipient, '#general');
});

t.test('a title alone, its full stop ending the sentence, names no one and nowhere', async (t) => {
  const prompt = 'I met the Dr. Then we left. Send a message saying hello';
  t.not(read(object({ recipient: text, text }), prompt).recipient, 'Dr.');
  t.not(read(object({ city: text }), 'I met the Dr. Then we left. Find a hotel').city, 'Dr.');
  t.not(read(object({ name: text }), 'I saw the Mr. Then I left. Create a contact').name, 'Mr.');
  t.equal(read(object({ recipient: text, text }), 'Send a message to Dr. Ana Lopez').recipient, 'Dr. Ana Lopez');
});
