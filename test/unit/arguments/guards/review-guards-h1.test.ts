// Readings the h1 brief found missed: a list of labels whose last item is followed by a word that closes the list
// ("… release and docs to issue 42", "… docs please", "… docs before Friday") or written in quotes kept one label;
// a ticket set to "closed" took any member of an enum that has `solved` but no `closed`.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const str = { type: 'string' };
const issue = object({ title: str, labels: { type: 'array', items: str } });

t.test('labels joined by "and" keep their last item when a closing word follows it', async (t) => {
  t.same(read(object({ issue_number: { type: 'integer' }, labels: { type: 'array', items: str } }), 'Add the labels release and docs to issue 42'), { issue_number: 42, labels: ['release', 'docs'] });
  t.same(read(issue, 'Open an issue about the crash, tag it with release and docs please').labels, ['release', 'docs']);
  t.same(read(issue, 'Tag it with release and docs before Friday').labels, ['release', 'docs']);
  t.same(read(issue, 'tag it with release and docs').labels, ['release', 'docs']);
  t.same(read(object({ title: str, tags: { type: 'array', items: str } }), 'Save the note and tag it with "release" and "docs"').tags, ['release', 'docs'], 'quoted items');
  // After a comma, such a word opens a clause of its own: "assign" is no label.
  t.same(read(issue, "File a bug 'Login fails on Safari' with labels bug and frontend, assign to maria").labels, ['bug', 'frontend']);
  t.same(read(issue, 'tag it with release and docs, assign to tom').labels, ['release', 'docs']);
});

t.test('a ticket set to "closed" takes the enum\'s solved member when it has no closed one', async (t) => {
  const ticket = (statuses: string[]): Record<string, unknown> => object({ ticket_id: str, status: { type: 'string', enum: statuses } });
  t.same(read(ticket(['open', 'pending', 'solved']), 'Set ticket 5530 to closed'), { ticket_id: '5530', status: 'solved' });
  t.equal(read(ticket(['open', 'pending', 'solved']), 'Close ticket 5530').status, 'solved');
  t.equal(read(ticket(['open', 'pending', 'solved', 'closed']), 'Set ticket 5530 to closed').status, 'closed', 'a member spelled as written first');
  t.not(read(ticket(['open', 'pending', 'solved']), 'Ticket 5530 is not closed, set it to pending').status, 'solved', 'never after a negation');
});
