// Readings review 27 found taken wrongly, each as a kind of phrase: an attribute's key with a word in front of it
// (status, mode, speed…) still takes the value after to/is/:, never its own words; "to" before a verb is no direction;
// "escalate" names the nearest member an enum has, never a closing one; "and a half", a measure alone, a message's span.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const str = { type: 'string' };
/** 2026-09-30T16:00:00Z. */
const now = (): number => Date.UTC(2026, 8, 30, 16) / 1000;

t.test('an attribute key with a modifier takes the value after to/is, never its own words (H1)', async (t) => {
  t.equal(read(object({ status: str }), 'Put the order status to shipped').status, 'shipped');
  t.equal(read(object({ status: str }), 'Move the ticket status to done').status, 'done');
  t.equal(read(object({ status: str }), 'The ticket status is blocked').status, 'blocked');
  t.same(read(object({ status: str, ticket_id: str }), 'Hi! Please update ticket 5530, the new status to pending'), { status: 'pending', ticket_id: '5530' });
  t.same(read(object({ status: str, ticket_id: str }), 'For ticket 5530 the current status is pending'), { status: 'pending', ticket_id: '5530' });
  t.equal(read(object({ mode: str }), 'Put the thermostat mode to eco').mode, 'eco');
  t.equal(read(object({ speed: str }), 'Crank the fan speed to high').speed, 'high');
  t.equal(read(object({ priority: str }), 'Raise the ticket priority to high').priority, 'high');
  t.equal(read(object({ level: str }), 'Get the alert level to red').level, 'red');
  t.equal(read(object({ theme: str }), 'Flip the app theme to dark').theme, 'dark');
  t.equal(read(object({ color: str }), 'Paint the bedroom color to blue').color, 'blue');
  // A thing's name keeps its reading: said to be in a state or taken somewhere, unless its clause's verb sets it.
  const door = object({ door: { type: 'string', description: 'Which door to lock, e.g. front, back, garage' } });
  t.equal(read(door, 'Make sure the side door is locked').door, 'side door');
  t.equal(read(object({ service: { type: 'string', description: 'Service name' } }), 'Promote the auth service to production').service, 'auth service');
  t.equal(read(object({ room: str }), 'Hi! Please set the default room to kitchen').room, 'kitchen');
});

t.test('"to" before a verb is an infinitive, not where the money goes (M3)', async (t) => {
  const transfer = object({ from_account: str, to_account: str, amount: { type: 'number' } });
  t.not(read(transfer, 'Tell Bob to send $40 to my account').to_account, 'send');
  t.not(read(transfer, 'I want to send $40 to my savings account').to_account, 'send');
  t.equal(read(transfer, 'I want to move money from checking to savings').to_account, 'savings');
});

t.test('"escalate" sets the enum\'s escalated member, else the nearest still open, never a closing one (L1)', async (t) => {
  const ticket = (statuses: string[]): Record<string, unknown> => object({ ticket_id: str, status: { type: 'string', enum: statuses } });
  t.same(read(ticket(['open', 'pending', 'solved']), 'Escalate ticket 7781'), { ticket_id: '7781', status: 'open' });
  t.equal(read(ticket(['new', 'open', 'escalated', 'closed']), 'Escalate ticket #881 please').status, 'escalated');
  t.equal(read(ticket(['low', 'high']), 'Escalate ticket 7781').status, 'high');
  t.equal(read(ticket(['pending', 'solved', 'closed']), 'Escalate ticket 7781').status, 'pending');
});

t.test('"an hour and a half" is 90 minutes; a measure alone counts what came before; a message keeps its span (L2)', async (t) => {
  t.equal(read(object({ text: str, due: { type: 'string', format: 'date-time' } }), 'Remind me in an hour and a half to call Sam', { now }).due, '2026-09-30T17:30:00Z');
  t.equal(read(object({ text: str, offset_minutes: { type: 'integer' } }), 'In an hour and a half, remind me to stretch', { now }).offset_minutes, 90);
  t.equal(read(object({ duration_seconds: { type: 'integer' } }), 'Set a timer for 2 hours and a half').duration_seconds, 9000);
  t.same(read(object({ product: { type: 'string', description: 'Product name' }, quantity: { type: 'integer', minimum: 1 } }), 'Add eggs, 2 dozen'), { product: 'eggs', quantity: 24 });
  const message = object({ recipient: str, message: str });
  t.equal(read(message, 'Text Sam: see you in an hour', { now }).message, 'See you in an hour');
  t.equal(read(message, 'Text Sam that I will be there in an hour', { now }).message, 'I will be there in an hour');
  t.equal(read(object({ to: str, body: str }), 'Email Bob that the report will be ready in a day', { now }).body, 'The report will be ready in a day');
  // A reminder's span is its time, not its text.
  t.same(read(object({ text: str, due: { type: 'string', format: 'date-time' } }), 'Remind me to call the dentist in an hour', { now }), { text: 'Call the dentist', due: '2026-09-30T17:00:00Z' });
});
