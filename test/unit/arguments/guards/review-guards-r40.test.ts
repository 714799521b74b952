// Readings review 40 found broken: "in error" read as a mistake anywhere after a state ("debug in error paths"), a
// person after "with" or a "re:" read as an email's subject, and a box of information sent taken for a parcel.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const str = { type: 'string' };

t.test('M (review 40 F4): "in error" says a state was a mistake only closing its clause', async (t) => {
  const level = object({ service: str, level: { type: 'string', enum: ['debug', 'info', 'warning', 'error'] } });
  t.same(read(level, 'Set the log level of api to debug in error paths'), { service: 'api', level: 'debug' });
  t.equal(read(level, 'Set the log level of api to debug').level, 'debug');
  // Closing its clause, it still says so.
  const ticket = object({ ticket_id: str, status: { type: 'string', enum: ['open', 'pending', 'solved', 'closed'] } });
  t.equal(read(ticket, 'Ticket 7 pending in error, mark solved').status, 'solved');
  t.equal(read(ticket, 'Ticket 7 was closed in error, reopen it').status, 'open');
});

t.test('M (review 40 F5, F6): "with <Person>" is company, no subject; "re:" leads the subject as "re" does', async (t) => {
  const email = object({ to: str, subject: str, body: str });
  t.not(read(email, 'Email Bob with Ana in cc').subject, 'Ana');
  t.equal(read(email, 'Email Bob with Maria Lopez about the budget').subject, 'Budget');
  t.equal(read(email, 'Email Ana with Bob about the budget').subject, 'Budget');
  t.equal(read(email, 'Email Ana with attachments about X').subject, 'X');
  t.equal(read(email, 'Email Bob re: invoice 42').subject, 'Invoice 42');
  t.equal(read(email, 'Email Bob Re: Invoice 42').subject, 'Invoice 42');
  t.equal(read(email, 'Email Bob with re: invoice 42').subject, 'Invoice 42');
  // As before.
  t.equal(read(email, 'Email Bob re invoice 42').subject, 'Invoice 42');
  t.equal(read(email, 'Email Ana Lopez with the Q3 numbers').subject, 'Q3 numbers');
  t.equal(read(email, 'Email Ana about the Q3 numbers').subject, 'Q3 numbers');
});
