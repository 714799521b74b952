// A ticket's status asked for by the member's own verb ("Close ticket 5" is closed where the enum has it, "Solve
// ticket 5" solved), and a time that completes what a message says ("dinner is at 7") kept in the message.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const str = { type: 'string' };
const status = (values: string[]) => object({ ticket_id: str, status: { type: 'string', enum: values } });

t.test("the member's own verb names it before the members it is a synonym of", async (t) => {
  const full = status(['open', 'pending', 'solved', 'closed']);
  for (const seed of [1, 5, 7]) {
    t.equal(read(full, 'Close ticket 5', { seed }).status, 'closed', `close (seed ${seed})`);
    t.equal(read(full, 'Ticket 9 was reopened by mistake, close it', { seed }).status, 'closed', `reported, then close (seed ${seed})`);
    t.equal(read(full, 'Solve ticket 5', { seed }).status, 'solved', `solve (seed ${seed})`);
    t.equal(read(full, 'Resolve ticket 5', { seed }).status, 'solved', `resolve (seed ${seed})`);
  }
  // Without its own member, a verb still names the one it is a synonym of.
  t.equal(read(status(['open', 'pending', 'solved']), 'Close ticket 5').status, 'solved');
  t.equal(read(status(['open', 'resolved']), 'Solve ticket 5').status, 'resolved');
  // Named as spelled, as before.
  t.equal(read(full, 'Mark ticket 5 solved').status, 'solved');
  t.equal(read(full, 'Reopen ticket 5').status, 'open');
});

t.test('a time that completes what a message says stays in it', async (t) => {
  const message = object({ to: str, message: str });
  t.same(read(message, 'Tell Maria that dinner is at 7'), { to: 'Maria', message: 'Dinner is at 7' });
  t.same(read(message, 'Text Maria that dinner is at 7'), { to: 'Maria', message: 'Dinner is at 7' });
  t.equal(read(message, "Tell Bob that it's at 7").message, "It's at 7");
  t.equal(read(message, 'Tell Maria that dinner is tomorrow at 7').message, 'Dinner is tomorrow at 7');
  t.equal(read(message, 'Tell Maria the party is on Friday at 9').message, 'The party is on Friday at 9');
  // A time when something is done is still taken off.
  t.equal(read(message, "Text Bob I'm late at 6pm").message, "I'm late");
  t.equal(read(object({ text: str, time: { type: 'string', format: 'date-time' } }), "Remind me to go to Trader Joe's at 5pm").text, "Go to Trader Joe's");
});
