// Tool choice review 31 found wrong: "Send money: $60 …" and "send $N to savings from checking" between the user's
// own accounts (F4); "turn it up/down" with the music named beside the heat or the light (F6); a ticket named by its
// id is no ticket to open (F7); a place described at an address is no request (F5).
import t from 'tap';
import { matchTools } from '../../../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../../../src/domain/types.js';
import { homeAndMoneyTools } from '../../arguments/corpus/corpus-home-and-money.js';
import { supportAndMediaTools } from '../../arguments/corpus/corpus-support-and-media.js';
import { decidedCalls } from '../../../helpers/decided-calls.js';

const fn = (name: string, description: string, properties: Record<string, unknown>): FunctionTool => ({
  name, description, parameters: { type: 'object', properties, required: Object.keys(properties) }, strict: undefined,
});
const str = { type: 'string' };
const FULL = [...homeAndMoneyTools, ...supportAndMediaTools, fn('send_message', 'Send a text message to a contact.', { recipient: str, message: str })];

/** The names of the tools a prompt calls, best first. */
const called = (prompt: string, tools: FunctionTool[]): string[] => matchTools(prompt, tools).map((match) => match.tool.name);

t.test('money sent between the user\'s own accounts is a transfer, beside a message tool (F4)', async (t) => {
  for (const prompt of ['Send money: $60 from checking to savings', 'Send $50 to savings from checking', 'Send funds: $60 from checking to savings']) {
    t.same(called(prompt, FULL), ['transfer_funds'], prompt);
  }
  // Money sent to a person is no message (the only tool moving money is called); a message beside a transfer stays,
  // a request of its own.
  t.same(called('Send $20 to Sam', FULL), ['transfer_funds']);
  t.same(decidedCalls(FULL.map((tool) => ({ type: 'function', ...tool })), "Send $30 to my savings account and text Sam that it's done").map(([name]) => name), ['transfer_funds', 'send_message']);
});

t.test('"turn it up/down" beside the heat or the light keeps the volume when the music is named too (F6)', async (t) => {
  for (const prompt of ['The music is too loud and the room is too hot, turn it down', "It's warm in here and the music is quiet, turn it up", "It's dark and the music is quiet, turn it up"]) {
    t.ok(called(prompt, FULL).includes('set_volume'), prompt);
  }
  // With no sound named, the heat or the light alone.
  t.notOk(called('It is cold in here, turn it up', FULL).includes('set_volume'));
  t.notOk(called('The lights are too bright, turn it down', FULL).includes('set_volume'));
});

t.test('a ticket named by its id exists: said pending, it is updated, never opened (F7)', async (t) => {
  t.same(called('Ticket 5530 is pending', FULL), ['update_ticket']);
  t.same(called('Reopen ticket 5530', FULL), ['update_ticket']);
  // Asked to make one, a ticket is opened whatever id the prompt names.
  t.equal(called('Create a ticket about order 5512', FULL)[0], 'create_ticket');
  t.equal(called('Create a ticket like ticket 5530', FULL)[0], 'create_ticket');
  // Asked in other words (review 32): the thing is still made.
  t.ok(called('Log a bug: issue 42 reappeared after the update', FULL).includes('create_issue'), 'log a bug');
  t.ok(called('Ticket 5530 needs a follow-up ticket', FULL).includes('create_ticket'), 'a follow-up ticket');
  t.ok(called('Raise an issue: order 5512 never arrived', FULL).includes('create_issue') || called('Raise an issue: order 5512 never arrived', FULL).includes('create_ticket'), 'raise an issue');
  // Only where they ask for one made (review 33): a ticket filed under, another reply, stay updates.
  t.notOk(called('File this under ticket 5530', FULL).includes('create_ticket'), 'file this under');
  t.notOk(called('Ticket 5530 is pending; another reply came in', FULL).includes('create_ticket'), 'another reply');
});

t.test('a place described at an address is no request for an address tool (F5)', async (t) => {
  const geocode = fn('geocode', 'Geocode an address.', { address: str });
  const ship = fn('ship_package', 'Ship a package.', { address: str });
  t.same(called('The house at 4 Hauptstrasse is beautiful', [...FULL, geocode, ship]), []);
  t.ok(called('Ship the box to 4 Hauptstrasse, Wien 1010', [...FULL, geocode, ship]).includes('ship_package'));
  t.ok(called('Find Calle Mayor 5, Madrid', [geocode]).includes('geocode'));
});
