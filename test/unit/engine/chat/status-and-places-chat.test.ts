// Everyday prompts the engine misread (brief h1): a ticket set to a state or said to be in one is updated, not
// opened; a question where an address is asks for no address changed; a parcel sent to an address is no message.
import t from 'tap';
import { matchTools } from '../../../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../../../src/domain/types.js';
import { homeAndMoneyTools } from '../../arguments/corpus/corpus-home-and-money.js';
import { supportAndMediaTools } from '../../arguments/corpus/corpus-support-and-media.js';

const fn = (name: string, description: string, properties: Record<string, unknown>): FunctionTool => ({
  name, description, parameters: { type: 'object', properties, required: Object.keys(properties) }, strict: undefined,
});
const str = { type: 'string' };
const FULL = [...homeAndMoneyTools, ...supportAndMediaTools, fn('send_message', 'Send a text message to a contact.', { recipient: str, message: str })];

/** The names of the tools a prompt calls, best first. */
const called = (prompt: string, tools: FunctionTool[]): string[] => matchTools(prompt, tools).map((match) => match.tool.name);

t.test('a ticket named by its id and set to a state, or said to be in one, is updated, never opened', async (t) => {
  t.same(called('Set ticket 5530 to closed', FULL), ['update_ticket'], '"set" changes the ticket it names');
  t.same(called('Put ticket 5530 on pending', FULL), ['update_ticket'], 'and so does "put"');
  // "open" after "is"/"still" is the ticket's state, not the verb of create_ticket's description.
  t.same(called('Ticket 5530 is still open', FULL), ['update_ticket']);
  t.same(called('Ticket 5530 is open again', FULL), ['update_ticket']);
  // Making is still asked in so many words.
  t.equal(called('Set up a new ticket: the printer is jammed', FULL)[0], 'create_ticket');
  t.equal(called('Open a ticket: the printer is jammed', FULL)[0], 'create_ticket');
  t.equal(called('Set a reminder for 9am', FULL)[0], 'create_reminder', 'a thing named by no id is made');
});

t.test('a question where an address is asks for it looked up, never for an address changed', async (t) => {
  const update = fn('update_address', 'Update the shipping address of the account.', { address: str });
  const setAddress = fn('set_address', 'Save a shipping address', { street: str, city: str, zip: str });
  const geocode = fn('geocode', 'Geocode an address.', { address: str });
  for (const prompt of ['Where is 12 George St, Sydney, 2000?', 'Where is Rue de Rivoli 10, 75001 Paris?', 'What is near 10 Main Street, Springfield, IL 62701?']) {
    t.same(called(prompt, [update, setAddress, ...FULL]), [], prompt);
    t.same(called(prompt, [update, geocode]), ['geocode'], `${prompt}: a tool that reads takes it`);
  }
  // Asked to change it, the address tool is called, question or not.
  t.equal(called('Update my address to 12 George St, Sydney, 2000', [update, geocode])[0], 'update_address');
  t.equal(called('Can you change my address to 12 George St, Sydney, 2000?', [update, geocode])[0], 'update_address');
  t.equal(called('Ship it to 12 George St, Sydney, 2000', [setAddress])[0], 'set_address');
});

t.test('a parcel sent to an address is shipped, never a message', async (t) => {
  const ship = fn('ship_package', 'Ship a package to an address.', { recipient: str, address: str });
  const shipment = fn('create_shipment', 'Create a shipment for a parcel.', { recipient: str, street: str, city: str, postcode: str });
  for (const prompt of ['Send the parcel to Maria Lopez, 8 Via Roma, 00184 Roma', 'Send the package to 12 George St, Sydney, 2000', 'Send Maria the parcel at 8 Via Roma, 00184 Roma']) {
    t.same(called(prompt, FULL), [], `${prompt}: no message, no email`);
    t.same(called(prompt, [...FULL, ship]), ['ship_package'], prompt);
    t.same(called(prompt, [...FULL, shipment]), ['create_shipment'], `${prompt} (create_shipment)`);
  }
  // A message or an email sent stays one, a parcel in it or not.
  t.equal(called('Send a message to Maria saying the parcel is on its way', [...FULL, ship])[0], 'send_message');
  t.equal(called('Send an email to bob@example.com about the package', [...FULL, ship])[0], 'send_email');
  t.equal(called('Send Maria a text: the parcel arrived', [...FULL, ship])[0], 'send_message');
});

t.test('news about a parcel sent to someone is a message, the parcel naming what it is about', async (t) => {
  const ship = fn('ship_package', 'Ship a package to an address.', { recipient: str, address: str });
  for (const prompt of ['Send a package tracking update to Bob', 'Send Bob the package number by text', 'Send the package details to Bob', 'Please send the parcel photos to Bob']) {
    const calls = called(prompt, [...FULL, ship]);
    t.ok(calls.includes('send_message') || calls.includes('send_email'), `${prompt}: a message or an email (${calls.join(', ')})`);
  }
});

t.test('a box sent is a parcel; a box score, a box put away or news about a box is not', async (t) => {
  const ship = fn('ship_package', 'Ship a package to an address.', { recipient: str, address: str });
  const shipment = fn('create_shipment', 'Create a shipment for a parcel.', { recipient: str, street: str, city: str, postcode: str });
  for (const prompt of ['Send the box to Bob', 'Send the boxes to Bob', 'Please send this box to Ana Lopez', 'Send a box of chocolates to Mom']) {
    t.same(called(prompt, [...FULL, ship]), ['ship_package'], prompt);
    t.same(called(prompt, [...FULL, shipment]), ['create_shipment'], `${prompt} (create_shipment)`);
  }
  for (const prompt of ['Send Bob the box score', 'Send the box score to Bob', 'Send Bob the box office numbers', 'Put the box in the garage', 'Check the box for damage']) {
    t.notOk(called(prompt, [...FULL, ship]).includes('ship_package'), prompt);
  }
  for (const prompt of ['Text Bob that the box arrived', 'Tell Bob the box arrived', 'Send Bob a message that the box shipped']) {
    t.equal(called(prompt, [...FULL, ship])[0], 'send_message', prompt);
  }
  t.same(called('Send the box to Bob', FULL), [], 'no shipping tool: no message either');
});

t.test('M (review 40 F7): what is known of a box, a box sent to the one asking or to a printer is no parcel', async (t) => {
  const ship = fn('ship_package', 'Ship a package to an address.', { recipient: str, address: str });
  const shipment = fn('create_shipment', 'Create a shipment for a parcel.', { recipient: str, street: str, city: str, postcode: str });
  for (const prompt of ['Send Bob the box dimensions', 'Send the box contents list to Bob', 'Send Bob the box size', 'Send the box weight to Ana', 'Send me the box', 'Can you send me a box?', 'Send the box to the printer']) {
    t.notOk(called(prompt, [...FULL, ship]).includes('ship_package'), prompt);
    t.notOk(called(prompt, [...FULL, shipment]).includes('create_shipment'), `${prompt} (create_shipment)`);
  }
  // A box sent to someone is still a parcel.
  for (const prompt of ['Send the box to Bob', 'Send Bob the box', 'Send a box of chocolates to Mom']) t.same(called(prompt, [...FULL, ship]), ['ship_package'], prompt);
});
