// A message asking for several things in turn is answered thing by thing: each request picks its own tools and
// fills their arguments from its own words, in the order asked; one request, however joined, is read whole.
import t from 'tap';
import { createRandom } from '../../../src/deps.js';
import { decide, type Decision } from '../../../src/domain/engine/plan.js';
import { splitRequests } from '../../../src/domain/engine/matching/requests/requests-split.js';
import { prepareRequest } from '../../../src/domain/validation/prepare.js';
import { openAIProfile } from '../../../src/providers/index.js';
import { EMPTY_HISTORY } from '../../../src/state/responses/response-store.js';

const str = { type: 'string' };
const fn = (name: string, description: string, properties: Record<string, unknown>) => ({
  type: 'function', name, description, strict: true,
  parameters: { type: 'object', properties, required: Object.keys(properties), additionalProperties: false },
});
const tools = [
  fn('get_weather', 'Get the weather for a city.', { city: str }),
  fn('send_email', 'Send an email.', { to: str, subject: str, body: str }),
  fn('send_message', 'Send a text message to someone.', { to: str, message: str }),
  fn('search_web', 'Search the web.', { query: str }),
  fn('create_event', 'Create a calendar event.', { title: str, start: { type: 'string', description: 'ISO 8601 start time' } }),
  fn('transfer_money', 'Transfer money to someone.', { to: str, amount: { type: 'number' } }),
];

function decided(input: string, body: object = {}): Decision {
  const prepared = prepareRequest({ model: 'gpt-4o', input, tools, ...body }, { rules: openAIProfile.rules('lenient'), history: EMPTY_HISTORY });
  if (!prepared.ok) throw new Error(prepared.error.message);
  const decision = decide(prepared.value, createRandom([1, 2, 3, 4]));
  if (!decision.ok) throw new Error(decision.error.message);
  return decision.value;
}
const calls = (input: string, body: object = {}): Array<[string, unknown]> =>
  decided(input, body).calls.map((call) => [call.tool.name, 'arguments' in call ? JSON.parse(call.arguments) : call.input]);

t.test('each request fills its own tool, in the order asked', async (t) => {
  t.same(calls("Text Maria that I'm late and transfer $20 to Bob"), [['send_message', { to: 'Maria', message: "I'm late" }], ['transfer_money', { to: 'Bob', amount: 20 }]]);
  t.same(calls("Tell Maria I'm late and transfer $20 to Bob"), [['send_message', { to: 'Maria', message: "I'm late" }], ['transfer_money', { to: 'Bob', amount: 20 }]]);
  t.same(calls("Text Maria I'm late, then transfer $20 to Bob"), [['send_message', { to: 'Maria', message: "I'm late" }], ['transfer_money', { to: 'Bob', amount: 20 }]]);
  t.same(calls("Text Maria that I'm late and search the web for pizza"), [['send_message', { to: 'Maria', message: "I'm late" }], ['search_web', { query: 'pizza' }]]);
  t.same(calls("Search the web for flights to Rome and text Maria that I'm coming"), [['search_web', { query: 'flights to Rome' }], ['send_message', { to: 'Maria', message: "I'm coming" }]]);
  t.same(calls("Email bob@example.com that the meeting moved and text Maria I'm late").map(([name]) => name), ['send_email', 'send_message']);
  t.same(calls("Email bob@example.com that the meeting moved and text Maria I'm late")[1], ['send_message', { to: 'Maria', message: "I'm late" }]);
  const event = calls('Search the web for flights to Rome, then create an event called Trip tomorrow at 9am');
  t.same(event.map(([name]) => name), ['search_web', 'create_event'], 'in the order asked, not by score');
  t.same(event[0], ['search_web', { query: 'flights to Rome' }]);
  t.equal((event[1]![1] as { title: string }).title, 'Trip');
  t.same(calls('What is the weather in Paris? Also, create an event called Picnic tomorrow at noon.').map(([name]) => name), ['get_weather', 'create_event']);
});

t.test('the same tool asked twice is called twice, each with its own words', async (t) => {
  t.same(calls("Text Maria that I'm late and text Bob that I'm fine"), [['send_message', { to: 'Maria', message: "I'm late" }], ['send_message', { to: 'Bob', message: "I'm fine" }]]);
  // A request listing places still makes one call per place.
  t.same(calls("Get the weather in Paris and Tokyo, then text Maria that it's sunny"), [
    ['get_weather', { city: 'Paris' }], ['get_weather', { city: 'Tokyo' }], ['send_message', { to: 'Maria', message: "It's sunny" }],
  ]);
});

t.test('the tool policy still rules', async (t) => {
  t.same(calls("Text Maria that I'm late and transfer $20 to Bob", { parallel_tool_calls: false }), [['send_message', { to: 'Maria', message: "I'm late" }]], 'parallel off: the first only');
  t.same(calls("Text Maria that I'm late and transfer $20 to Bob", { tool_choice: 'none' }), [], 'none: text');
  t.same(calls("Text Maria that I'm late and transfer $20 to Bob", { tool_choice: { type: 'function', name: 'search_web' } }).map(([name]) => name), ['search_web'], 'a forced tool alone');
  const why = decided("Text Maria that I'm late and transfer $20 to Bob").explanation!;
  t.match(why.reason, /asks for 2 things in turn: "Text Maria that I'm late" matches send_message; "transfer \$20 to Bob" matches transfer_money/);
  t.match(why.ranked.map((entry) => entry.tool), ['send_message', 'transfer_money']);
});

t.test('one request, however joined, is read whole', async (t) => {
  for (const prompt of [
    'What is the weather in Paris and Tokyo?', 'Search for cats and dogs', 'Tell Bob to buy milk and call me', 'Please tell Bob to buy milk and text Ana',
    'Find flights and hotels in Rome', 'Check the weather in Paris and then in London', `Search the web for ${'cats, and search '.repeat(30)}dogs`,
  ]) t.same(splitRequests(prompt, () => true), [], prompt);
  // A request that asks for no tool leaves the message to be read whole.
  t.same(calls('Transfer $20 to Bob and thank him for dinner').map(([name]) => name), ['transfer_money']);
  // One texting someone named before asks a message of its own, to them.
  t.same(calls("Transfer $20 to Bob and text him that it is done"), [['transfer_money', { to: 'Bob', amount: 20 }], ['send_message', { to: 'Bob', message: 'It is done' }]]);
});

t.test('requests are split at a verb after a joint, joiners left out', async (t) => {
  t.same(splitRequests("What's the weather in Paris? Also, book me a flight there.", () => true).map((request) => request.text), ["What's the weather in Paris?", 'book me a flight there.']);
  t.same(splitRequests('Please book a table for 2 and then find flights to Rome', () => true).map((request) => request.text), ['Please book a table for 2', 'find flights to Rome']);
  t.same(splitRequests('Tell mom I love her, ship the box to Bob', () => true).map((request) => request.text), ['Tell mom I love her', 'ship the box to Bob']);
  t.equal(splitRequests('a, send b, send c, send d, send e, send f, send g, send h', () => true).length, 6, 'at most six requests');
});
