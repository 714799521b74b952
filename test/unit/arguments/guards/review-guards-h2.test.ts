// Readings the h2 brief found taken wrongly, each as a kind of phrase: a count of dozens, a span from now for a
// reminder, a thing said to be in a state or taken somewhere (not its name), and the owner of an attribute.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const str = { type: 'string' };
const int = { type: 'integer', minimum: 1 };
/** 2026-09-30T16:00:00Z. */
const now = (): number => Date.UTC(2026, 8, 30, 16) / 1000;

t.test('a count of dozens multiplies: "two dozen" is 24, "3 dozen" 36, "a dozen" still 12', async (t) => {
  t.same(read(object({ product: str, quantity: int }), 'Add two dozen roses to my cart'), { product: 'roses', quantity: 24 });
  t.equal(read(object({ item: str, quantity: int }), 'Buy 3 dozen eggs').quantity, 36);
  t.equal(read(object({ item: str, quantity: int }), 'Order four dozen cupcakes for the party').quantity, 48);
  t.equal(read(object({ item: str, quantity: int }), 'Buy a dozen eggs').quantity, 12);
});

t.test('a span from now is a moment from the clock, or a delay in its unit; still no duration', async (t) => {
  const reminder = object({ text: str, due: { type: 'string', format: 'date-time' } });
  t.same(read(reminder, 'Remind me in an hour', { now }).due, '2026-09-30T17:00:00Z');
  t.same(read(reminder, 'Remind me to stretch in half an hour', { now }), { text: 'Stretch', due: '2026-09-30T16:30:00Z' });
  t.equal(read(reminder, 'Remind me to stretch in 2 hours', { now }).due, '2026-09-30T18:00:00Z');
  t.equal(read(reminder, 'Remind me to call mom tomorrow at 6pm', { now }).due, '2026-10-01T18:00:00Z', 'a time written wins');
  t.equal(read(object({ text: str, delay_minutes: int }), 'Remind me in an hour', { now }).delay_minutes, 60);
  t.equal(read(object({ message: str, delay: { type: 'integer', description: 'Delay in seconds' } }), 'Ping me in a minute', { now }).delay, 60);
  t.not(read(object({ duration_seconds: int }), 'Remind me in an hour', { now }).duration_seconds, 3600);
});

t.test('a thing its modifiers name, said to be in a state or taken somewhere, keeps its name', async (t) => {
  const door = object({ door: { type: 'string', description: 'Which door to lock, e.g. front, back, garage' } });
  t.equal(read(door, 'Make sure the side door is locked').door, 'side door');
  t.equal(read(door, 'Check that the patio door is closed').door, 'patio door');
  const deploy = object({ service: { type: 'string', description: 'Service name' }, environment: { type: 'string', enum: ['staging', 'production'] }, version: str });
  t.same(read(deploy, 'Ship version 2.3.1 of the billing service to prod'), { service: 'billing service', environment: 'production', version: '2.3.1' });
  t.equal(read(deploy, 'Promote the search service to staging, version 4.1.0').service, 'search service');
  // Still a value: a setting verb, a sign, a key with no modifier.
  t.equal(read(object({ status: str }), 'Set the new status to done').status, 'done');
  t.equal(read(object({ status: str }), 'the ticket status: blocked').status, 'blocked');
  t.equal(read(object({ unit: str }), 'the unit is kelvin').unit, 'kelvin');
});

t.test('the owner of an attribute the prompt names is the thing, not the attribute', async (t) => {
  const balance = object({ account: { type: 'string', description: 'Account name, e.g. checking, savings' } });
  t.equal(read(balance, 'Check the balance on my credit card').account, 'credit card');
  t.equal(read(balance, 'Show the balance of the joint account').account, 'joint account');
  t.equal(read(object({ service: { type: 'string', description: 'Service name' } }), 'Get the status of the payments service').service, 'payments service');
});
