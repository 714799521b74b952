// A street address in a prompt is a value a tool taking a street, an address or a postal code takes: "Ship it to
// 1 Infinite Loop, Cupertino, CA 95014" calls set_address, though no word of the prompt names a street.
import t from 'tap';
import { matchTools } from '../../../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../../../src/domain/types.js';

const text = { type: 'string' };
const setAddress: FunctionTool = { name: 'set_address', description: 'Save a shipping address', parameters: { type: 'object', properties: { street: text, city: text, zip: text }, required: ['street', 'city'] }, strict: undefined };
const weather: FunctionTool = { name: 'get_weather', description: 'Get current weather for a city.', parameters: { type: 'object', properties: { city: text } }, strict: undefined };

t.test('an address asks for the tool that takes one', async (t) => {
  for (const prompt of ['Ship it to 1 Infinite Loop, Cupertino, CA 95014', 'Ship it to 221B Baker Street, London', 'Ship it to 10 Downing Street, London SW1A 2AA, UK',
    // h4: written outside the US and the UK.
    'Ship it to Rue de Rivoli 10, 75001 Paris', 'Ship it to Hauptstrasse 4, 1010 Wien', 'Ship it to 4 Hauptstrasse, Wien 1010', 'Ship it to 12 George St, Sydney, 2000']) {
    const [match] = matchTools(prompt, [setAddress, weather]);
    t.equal(match?.tool.name, 'set_address', prompt);
    t.ok(match?.why.some((reason) => reason.startsWith('value a street address')), 'the address is a reason');
  }
});

t.test('no address, or one a tool does not take, changes nothing', async (t) => {
  t.same(matchTools('Ship it to Paris', [setAddress]), []);
  t.same(matchTools('Book a table for 2 Way Street', [setAddress]), [], 'a count after a table\'s "for" is no house number');
  t.same(matchTools('Book a table for 4 at 8', [setAddress]), []);
  t.same(matchTools('I walked 3 Miles, Then Ran', [setAddress]), []);
  t.same(matchTools('I live at 221B Baker Street', [weather]), [], 'a tool taking a city alone is not asked for by an address');
});

const tool = (name: string, names: readonly string[]): FunctionTool => ({ name, description: '', parameters: { type: 'object', properties: Object.fromEntries(names.map((key) => [key, text])) }, strict: undefined });

t.test('only a tool whose words say postal address takes an address as its value', async (t) => {
  const prompt = 'Ship it to 10 Main Street, Springfield, IL 62701';
  for (const other of [tool('ping_host', ['ip_address']), tool('send_email', ['email_address', 'body']), tool('scan', ['wallet_address']), tool('lookup', ['mac_address', 'city'])]) {
    t.same(matchTools(prompt, [other]), [], `${other.name} takes no postal address`);
  }
  for (const postal of [tool('update_customer', ['shipping_address']), tool('set_billing', ['billing_address']), tool('update_contact', ['address', 'city']), tool('set_shipping_address', ['value'])]) {
    t.equal(matchTools(prompt, [postal])[0]?.tool.name, postal.name, `${postal.name} takes a postal address`);
  }
});

t.test('a year after a city is no postal code', async (t) => {
  t.same(matchTools('Summarize 3 Body Problem, Netflix, 2024', [tool('ping_host', ['ip_address'])]), []);
  t.same(matchTools('Premiere 5 Stars, Berlin, 2024', [setAddress]), [], 'a film, a city and a year');
  t.same(matchTools('Tell me about the 3 Body Problem, Netflix, 2024', [tool('save', ['street', 'zip'])]), []);
  t.equal(matchTools('Send it to 42 Wallaby Way, Sydney 2000, Australia', [setAddress])[0]?.tool.name, 'set_address', 'a postcode like a year, with its country');
  t.equal(matchTools('Send it to 42 Wallaby Way, Sydney, NSW 2000', [setAddress])[0]?.tool.name, 'set_address', 'a postcode like a year, after a state code');
  t.equal(matchTools('Send it to 12 Rue Neuve, Brussels 3000', [setAddress])[0]?.tool.name, 'set_address', 'a postcode that is no year');
});

t.test('a question about a famous address is chat unless it asks for the tool', async (t) => {
  for (const prompt of ['Who lived at 221B Baker Street?', 'What is the history of 10 Downing Street?', 'Tell me about 1600 Pennsylvania Avenue', 'Why is 10 Downing Street famous?']) {
    t.same(matchTools(prompt, [setAddress]), [], prompt);
  }
  t.equal(matchTools('Who lived at 221B Baker Street? Save it as my shipping address', [setAddress])[0]?.tool.name, 'set_address');
  t.equal(matchTools('What a day. Ship it to 221B Baker Street, London', [setAddress])[0]?.tool.name, 'set_address', 'the address is in a request');
});

t.test('a look-up about the user\'s own trip or parcel, or a lone address parameter, takes the address (review 22)', async (t) => {
  const rows: Array<[string, FunctionTool]> = [
    ['When will my package arrive at 10 Main Street, Springfield?', tool('track_delivery', ['street', 'city'])],
    ["What's the fastest way to 221B Baker Street, London?", tool('get_directions', ['street', 'city'])],
    ['Which bus goes to 10 Main Street, Springfield?', tool('get_directions', ['street', 'city'])],
    ['My new address is 10 Main Street, Springfield, IL 62701', tool('update_profile', ['address'])],
    ['How much is 742 Evergreen Terrace, Springfield worth?', tool('get_property_value', ['address'])],
    ['1600 Amphitheatre Parkway, Mountain View, CA 94043', tool('geocode', ['address'])],
  ];
  for (const [prompt, postal] of rows) t.equal(matchTools(prompt, [postal])[0]?.tool.name, postal.name, prompt);
  // Questions about an address's history, fame or people stay chat whatever takes an address.
  for (const prompt of ['Who lived at 221B Baker Street?', 'What is the history of 10 Downing Street?', "What's the history of 10 Downing Street?", 'Tell me about 1600 Pennsylvania Avenue', 'Why is 10 Downing Street famous?']) {
    for (const postal of [setAddress, tool('geocode', ['address']), tool('update_profile', ['address'])]) t.same(matchTools(prompt, [postal]), [], `${prompt} (${postal.name})`);
  }
  for (const other of [tool('ping_host', ['ip_address']), tool('send_email', ['email_address', 'body']), tool('update_profile', ['address'])]) {
    t.same(matchTools('Summarize 3 Body Problem, Netflix, 2024', [other]), [], other.name);
  }
  t.same(matchTools('Ship it to 10 Main Street, Springfield, IL 62701', [tool('ping_host', ['address'])]), [], 'a host takes no postal address');
});

t.test('a what/when/which question about an address\'s past or people is chat; a network tool\'s lone address is no postal one (review 23)', async (t) => {
  const geocode = tool('geocode', ['address']);
  const rows: Array<[string, FunctionTool]> = [
    ['Which detective lived at 221B Baker Street, London?', geocode],
    ['When was 10 Downing Street, London built?', geocode],
    ['What happened at 1600 Pennsylvania Avenue, Washington in 1814?', geocode],
    ['Which famous people lived at 10 Main Street, Springfield?', tool('update_profile', ['address'])],
  ];
  for (const [prompt, postal] of rows) t.same(matchTools(prompt, [postal]), [], `${prompt} (${postal.name})`);
  const described = (name: string, description: string): FunctionTool => ({ ...tool(name, ['address']), description });
  t.same(matchTools('My office is at 10 Main Street, Springfield', [described('ping', 'Ping a machine')]), [], 'ping takes a network address');
  t.same(matchTools('I moved to 10 Main Street, Springfield last year', [described('connect', 'Open a connection')]), [], 'connect takes a network address');
  t.same(matchTools('I moved to 10 Main Street, Springfield last year', [described('probe', 'Check that a host answers')]), [], 'a host in the description');
  t.equal(matchTools('When was my package delivered to 10 Main Street, Springfield?', [tool('track_delivery', ['street', 'city'])])[0]?.tool.name, 'track_delivery', 'the user\'s own parcel');
  t.equal(matchTools('My new address is 10 Main Street, Springfield, IL 62701', [described('update_profile', 'Update the user profile')])[0]?.tool.name, 'update_profile');
});
