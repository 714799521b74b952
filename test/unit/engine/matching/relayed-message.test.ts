// A message relayed to someone named right after the verb ("Text Maria that I am late", "Tell Maria I am late",
// "Let Maria know I'm running late") calls a messaging tool offered beside others; asked of the assistant ("Tell me
// a joke", "Let me know the weather in Oslo"), or with no messaging tool offered, it calls what it did before.
import t from 'tap';
import { matchTools } from '../../../../src/domain/engine/matching/match-tools.js';
import { relayedBy } from '../../../../src/domain/engine/matching/signs/relayed-message.js';
import type { FunctionTool } from '../../../../src/domain/types.js';

const fn = (name: string, description: string, properties: Record<string, unknown>): FunctionTool => ({
  name, description, parameters: { type: 'object', properties, required: Object.keys(properties) }, strict: undefined,
});
const str = { type: 'string' };
const message = fn('send_message', 'Send a text message to a contact.', { to: str, message: str });
const weather = fn('get_weather', 'Get the weather for a city.', { city: str });
const email = fn('send_email', 'Send an email.', { to: str, subject: str, body: str });
const speech = fn('text_to_speech', 'Read a text aloud.', { text: str });
const called = (prompt: string, tools: FunctionTool[]): string[] => matchTools(prompt, tools).map((match) => match.tool.name);

const RELAYED: ReadonlyArray<[string, string]> = [
  ['Text Maria that I am late', 'text'], ['Text Maria: running late', 'text'], ['Tell Maria I am late', 'tell'],
  ["Let Maria know I'm running late", 'let'], ['Let Maria Lopez know the meeting moved', 'let'], ['Please text Sam that I am outside', 'text'],
  ["Text 555-0100 that I'm outside", 'text'], ["Text +14155550100 that I'm late", 'text'],
];

t.test('a message relayed to someone named calls the messaging tool beside another', async (t) => {
  for (const [prompt, verb] of RELAYED) {
    t.same(called(prompt, [message, weather]), ['send_message'], prompt);
    t.match(matchTools(prompt, [message, weather])[0]?.why, [new RegExp(`^relayed: ${verb} → message`, 'u')], prompt);
  }
  // A text is no email, and "text" in a tool's name is no messaging ("text_to_speech").
  t.same(called('Text Maria that I am late', [email, message]), ['send_message']);
  t.same(called('Tell Maria I am late', [speech, weather]), []);
});

t.test('asked of the assistant, or with no messaging tool, nothing is relayed', async (t) => {
  for (const prompt of ['Tell me a joke', 'Tell me about Paris', 'Let me know the weather in Oslo', 'Let us know when it rains', 'Text to translate: bonjour', 'Tell the truth']) {
    t.equal(relayedBy(prompt, { lowered: prompt.toLowerCase(), asked: undefined }), undefined, prompt);
    t.notOk(called(prompt, [message, weather]).includes('send_message'), prompt);
  }
  t.same(called('Let me know the weather in Oslo', [message, weather]), ['get_weather']);
  t.same(called('Tell Maria I am late', [weather, email]), [], 'no messaging tool: text, as before');
  // The weather asked for is looked up first; the message is for a later turn.
  t.same(called('Tell Maria the weather in Oslo', [message, weather]), ['get_weather']);
});

t.test('a prompt that already names the tool scores as before', async (t) => {
  t.same(matchTools('Message Bob that the meeting moved', [message, weather])[0]?.why, ['name: message']);
  t.same(matchTools('Ping Bob that lunch is ready', [message, weather])[0]?.why, ['lexicon send a message: ping → message']);
  t.same(matchTools('DM Priya the link', [message, weather])[0]?.why, ['lexicon send a message: dm → message']);
});

t.test('a relay written with an address backs the email tool too (review 36)', async (t) => {
  const mail = fn('send_email', 'Send an email.', { to: { type: 'array', items: { type: 'string', format: 'email' } }, subject: str, body: str });
  const contact = fn('send_message', 'Send a text message to a contact.', { recipient: str, message: str });
  for (const prompt of ['Tell ana@example.com that the report is ready', 'Tell bob@example.com the report is ready', 'Tell Maria I am late, cc ana@example.com', 'Tell Ana at ana@example.com the report is ready']) {
    t.same(called(prompt, [mail, contact]).sort(), ['send_email', 'send_message'], prompt);
  }
  t.same(called('Tell Maria I am late', [mail, contact]), ['send_message'], 'no address: the message only');
  t.same(called('Tell @maria that I am late', [mail, contact]), ['send_message'], 'a handle is no address');
  t.same(called('Tell Maria the price is 5@3.50 each', [mail, contact]), ['send_message'], 'figures around an at sign are no address (review 38)');
  t.same(called('Tell ana@example.com that the report is ready', [weather, mail]), ['send_email'], 'the email tool alone');
});

t.test('"Me" or "US" after the verb is the one asking, capitalised or not (review 36 F6)', async (t) => {
  for (const prompt of ['Tell Me a joke', 'Tell Me Why lyrics', 'Tell ME the weather in Oslo', 'Let Me know the weather in Oslo']) {
    t.equal(relayedBy(prompt, { lowered: prompt.toLowerCase(), asked: undefined }), undefined, prompt);
  }
  t.equal(relayedBy('Tell Maria I am late', { lowered: 'tell maria i am late', asked: undefined }), 'tell');
});

t.test('someone close, in lower case or after "my", is someone to relay to; the team, the truth and me are not', async (t) => {
  const relays: ReadonlyArray<[string, string]> = [
    ["Tell mom I'm late", 'tell'], ['Tell Mom Happy Birthday', 'tell'], ["Let mom know I'm late", 'let'], ["Tell my wife I'm late", 'tell'],
    ["Let my boss know I'm sick", 'let'], ['Text dad that the car is ready', 'text'], ['Please tell grandma happy birthday', 'tell'],
  ];
  for (const [prompt, verb] of relays) {
    t.equal(relayedBy(prompt, { lowered: prompt.toLowerCase(), asked: undefined }), verb, prompt);
    t.same(called(prompt, [message, weather]), ['send_message'], prompt);
  }
  for (const prompt of ['Tell me a joke', 'Tell the team the build is green', 'Tell my team the build is green', 'Let the team know', 'Tell the truth', 'Tell my story', 'Let my code run']) {
    t.equal(relayedBy(prompt, { lowered: prompt.toLowerCase(), asked: undefined }), undefined, prompt);
  }
  // The weather asked of someone close is looked up first, as for a name.
  t.same(called('Tell mom the weather in Oslo', [message, weather]), ['get_weather']);
});

t.test('M (review 40 F2): "tell" with what the assistant is asked for ("a joke", "about …", "off") relays nothing', async (t) => {
  for (const prompt of ['Tell my son a bedtime story', 'Tell mom a joke', 'Tell my wife a poem', 'Tell my boss off', 'Tell papa roach lyrics', 'Tell my mom about the latest iPhone', 'Tell Maria a joke']) {
    t.equal(relayedBy(prompt, { lowered: prompt.toLowerCase(), asked: undefined }), undefined, prompt);
    t.notOk(called(prompt, [message, weather]).includes('send_message'), prompt);
  }
  for (const prompt of ['Tell mom and dad I passed', 'Tell mom dinner is ready', 'Tell Dad congrats', 'Tell Maria at 5 pm we meet', 'Tell Siri to set a timer']) {
    t.equal(relayedBy(prompt, { lowered: prompt.toLowerCase(), asked: undefined }), 'tell', prompt);
  }
});

t.test('M (review 40 F8): "Tell grandpa joe happy birthday" relays to grandpa joe', async (t) => {
  t.same(called('Tell grandpa joe happy birthday', [message, weather]), ['send_message']);
});
