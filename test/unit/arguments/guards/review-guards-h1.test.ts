// Readings the h1 brief found missed: a list of labels whose last item is followed by a word that closes the list
// ("… release and docs to issue 42", "… docs please", "… docs before Friday") or written in quotes kept one label.
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
