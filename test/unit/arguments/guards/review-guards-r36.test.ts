// Readings review 36 found broken: a reported state dropped even when it is the only status ("the problem was
// resolved"), a time after "for" read as goods ("Order sushi for 7 pm pickup"), and relayed messages keeping channel
// words ("Let Ana know by email that …").
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const str = { type: 'string' };

t.test('a reported state is the status when nothing else names one', async (t) => {
  const ticket = object({ ticket_id: str, status: { type: 'string', enum: ['open', 'pending', 'solved'] } });
  for (const seed of [1, 5, 7]) {
    for (const prompt of ['Update ticket 5530: the problem was resolved', 'Ticket 5530 has been resolved, update it', 'Update ticket 5530, the customer says it got fixed', 'Mark ticket 5530, it was fixed', 'Ticket 5530 was resolved']) {
      t.equal(read(ticket, prompt, { seed }).status, 'solved', `${prompt} (seed ${seed})`);
    }
    // A state asked for still comes before one reported.
    t.equal(read(ticket, 'Ticket 5530 was closed by mistake, reopen it', { seed }).status, 'open', `seed ${seed}`);
    t.equal(read(ticket, 'Ticket 5530 was reopened by mistake, close it', { seed }).status, 'solved', `seed ${seed}`);
  }
});
