// A ticket asked made with set/put ("Set up a ticket: ticket 5530 came back", "Put a ticket in for …") keeps
// create_ticket although the prompt names another ticket by its id (review 34); "Set ticket 5530 to closed" still
// only changes the ticket it names.
import t from 'tap';
import { matchTools } from '../../../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../../../src/domain/types.js';

const fn = (name: string, description: string, properties: Record<string, unknown>): FunctionTool => ({
  name, description, parameters: { type: 'object', properties, required: Object.keys(properties) }, strict: undefined,
});
const str = { type: 'string' };
const TICKETS = [
  fn('create_ticket', 'Open a customer support ticket.', { subject: str, priority: { type: 'string', enum: ['low', 'medium', 'high', 'urgent'] }, description: str }),
  fn('update_ticket', 'Change the status of an existing support ticket.', { ticket_id: str, status: { type: 'string', enum: ['open', 'pending', 'solved'] } }),
];

/** The names of the tools a prompt calls, best first. */
const called = (prompt: string): string[] => matchTools(prompt, TICKETS).map((match) => match.tool.name);

t.test('set/put with an article and the noun asks for a ticket made', async (t) => {
  for (const prompt of [
    'Put a ticket in for ticket 5530 reappearing', 'Put in a ticket about ticket 5530 reappearing',
    'Set up a ticket: ticket 5530 came back', 'Set up a ticket about ticket 5530 reappearing',
  ]) t.ok(called(prompt).includes('create_ticket'), prompt);
});

t.test('set/put before the ticket named by its id change it only', async (t) => {
  t.same(called('Set ticket 5530 to closed'), ['update_ticket']);
  t.same(called('Put ticket 5530 on hold'), ['update_ticket']);
  t.same(called('Set a status of pending on ticket 5530'), ['update_ticket'], 'an article before another noun');
});
