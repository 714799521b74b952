// The chat-against-requests probe for a household's tools (lights, thermostat, lock, transfers, balance): chat
// that uses their everyday words ("how much money", "move", "lamp", "wire") calls none of them, under realistic
// descriptions or under their names alone, and the household requests still reach their own tool.
import t from 'tap';
import { matchTools } from '../../../../src/domain/engine/matching/match-tools.js';
import { falseCalls, HOUSEHOLD_TOOLS, missedRequest } from '../../../helpers/tool-probes.js';
import type { FunctionTool } from '../../../../src/domain/types.js';

const fn = (name: string, properties: string[]): FunctionTool => ({
  name,
  description: name.replaceAll('_', ' '),
  parameters: { type: 'object', properties: Object.fromEntries(properties.map((key) => [key, { type: 'string' }])) },
  strict: undefined,
});

/** The same jobs with their names in words as descriptions (review 22's reproduction). */
const NAMED_ONLY = [fn('set_brightness', ['room', 'level']), fn('transfer_funds', ['from_account', 'to_account', 'amount']), fn('get_balance', ['account'])];

const chat = [
  'How much money should I save each month?', 'How much money does a dentist make?', 'How much money did Avatar make?',
  'How much is left of the pizza?', 'Is it better to wire $500 or send a check?', 'Move 2 chairs to the kitchen',
  'How much time is left in the game?', 'Is it worth moving $1,000 into bonds?', 'How much money do billionaires pay in tax?',
  'Is it better to transfer $200 by bank or by app?', 'How much money is available for research grants in Europe?',
  'I moved 3 boxes to the garage yesterday.', 'How much of the cake is left?', 'We need to move the sofa to the living room.',
  'The lights at the concert were amazing.', 'Why do lamps flicker?', 'How do thermostats work?', 'What is a good temperature for sleeping?',
  'Lock, stock and two smoking barrels is a great film.', 'My grandmother used to keep money under her mattress.',
  'What is the best way to save money on groceries?', 'How much money should I bring to Japan for a week?',
  'Is it safe to wire money abroad?', 'How does a bank transfer work?', 'Explain compound interest on a savings account.',
  'What is a checking account?', 'Tell me about the history of the dollar.', 'How much is left to pay on a typical mortgage after 10 years?',
  'Move 4 players to the bench', 'Is it better to dim the lights for reading?', 'Move the $300 couch to the garage',
  // Review (h2): one word a parameter and the description both hold, a value advised, a title, a fault.
  'Can you help me move the sofa to the living room?', "What's a good temperature for sleeping?", "What's a good brightness for reading?",
  'The lamp in my room broke', 'My thermostat is broken', 'The kitchen lights stopped working.', 'The front door lock was jammed this morning',
  'The Lock is a great song', 'Is it worth converting 100 USD to EUR?',
];

const requests: Array<[string, string]> = [
  ['How much money is in my savings account?', 'get_balance'], ["What's my checking balance?", 'get_balance'],
  ['Check the balance on my credit card', 'get_balance'], ['How much money is left in my checking account?', 'get_balance'],
  ['Move $250 from checking to savings', 'transfer_funds'], ['Transfer 1,200 euros from my savings account to checking', 'transfer_funds'],
  ['Wire 200 dollars to my brokerage account', 'transfer_funds'], ['Wire $200 to Mom', 'transfer_funds'], ['Dim the living room lights to 30%', 'set_brightness'],
  ['Set the thermostat to 72 degrees fahrenheit', 'set_thermostat'], ['Lock the front door', 'lock_door'],
  ['Set the temperature to a good one for sleeping', 'set_thermostat'], ['The front door is open, lock it', 'lock_door'],
  ['Send £40 from joint to my personal account', 'transfer_funds'],
];

/**
 * False calls left: the figure reached, which only a regression exceeds (29 of 60 before a balance needed an
 * account and a transfer its amount; 3 before a word both a parameter and the description hold counted once, a
 * value advised was chat and a title or a fault a statement; none since).
 */
const FALSE_CALLS_AT_MOST = 0;

t.test('household chat calls none of the household tools, described or named only', async (t) => {
  const calls = falseCalls(chat, [HOUSEHOLD_TOOLS, NAMED_ONLY]);
  t.comment(`false calls: ${calls.length} of ${chat.length * 2}\n${calls.join('\n')}`);
  t.ok(calls.length <= FALSE_CALLS_AT_MOST, `${calls.length} false calls, at most ${FALSE_CALLS_AT_MOST}`);
});

t.test('a household request reaches its own tool, and a balance question only the balance', async (t) => {
  const misses = requests.flatMap(([prompt, name]) => missedRequest({ prompt, tools: HOUSEHOLD_TOOLS, name }) ?? []);
  t.same(misses, []);
  const found = matchTools('How much money is in my savings account?', HOUSEHOLD_TOOLS).map((match) => match.tool.name);
  t.same(found, ['get_balance'], 'not transfer_funds as well');
});

t.test('money wired to a relation, money the user has, and a move between accounts under names only (review 23)', async (t) => {
  const rows: Array<[string, string]> = [
    ['Wire $200 to mom', 'transfer_funds'], ['Wire $200 to my landlord', 'transfer_funds'], ['Transfer $50 to my sister', 'transfer_funds'],
    ['How much money do I have?', 'get_balance'], ['How much money do I have left?', 'get_balance'], ['How much money do we have in total?', 'get_balance'],
  ];
  for (const tools of [HOUSEHOLD_TOOLS, NAMED_ONLY]) {
    t.same(rows.flatMap(([prompt, name]) => missedRequest({ prompt, tools, name }) ?? []), [], tools === NAMED_ONLY ? 'names only' : 'described');
  }
  const named: Array<[string, string]> = [['Move $250 between my accounts', 'transfer_funds'], ['Move 250 from checking to savings', 'transfer_funds']];
  t.same(named.flatMap(([prompt, name]) => missedRequest({ prompt, tools: NAMED_ONLY, name }) ?? []), [], 'names only');
  const talk = ['How much money do I have to save for retirement?', 'Move 250 chairs from the hall to the garage', 'I gave $20 to my friend yesterday, was that too much?'];
  t.same(falseCalls(talk, [HOUSEHOLD_TOOLS, NAMED_ONLY]), [], 'an obligation, furniture, a story');
});

t.test('an opinion on a conversion is chat; the conversion, and a song played for its praise, still call (h2)', async (t) => {
  const convert: FunctionTool = {
    name: 'convert_currency', description: 'Convert money between currencies.', strict: undefined,
    parameters: { type: 'object', properties: { amount: { type: 'number' }, from: { type: 'string' }, to: { type: 'string' } } },
  };
  const tools = [...HOUSEHOLD_TOOLS, convert];
  t.same(falseCalls(['Is it worth converting 100 USD to EUR?', 'Is it wise to convert 500 euros to dollars now?'], [tools]), []);
  t.equal(missedRequest({ prompt: 'Convert 100 USD to EUR', tools, name: 'convert_currency' }), undefined);
  const play: FunctionTool = { name: 'play_music', description: 'Play a song, album or playlist.', strict: undefined, parameters: { type: 'object', properties: { query: { type: 'string' } } } };
  t.equal(missedRequest({ prompt: 'Play Abbey Road, it is a great album', tools: [play], name: 'play_music' }), undefined);
  t.same(falseCalls(['Abbey Road is a great album'], [[play]]), [], 'a title praised');
});
