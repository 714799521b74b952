// The support-and-media probe table scored (score-table.ts): how many prompts reach the tool meant, and how many of
// the values a user would expect the arguments carry, against the figures reached; and chat on its topics.
import t from 'tap';
import { falseCalls } from '../../../helpers/tool-probes.js';
import { readArguments } from '../../../helpers/arguments.js';
import { matchTools } from '../../../../src/domain/engine/matching/match-tools.js';
import { scoreTable } from './score-table.js';
import { HOME_AND_MONEY_NOW } from './corpus-home-and-money.js';
import { supportAndMediaCases, supportAndMediaTools } from './corpus-support-and-media.js';

const FALSE_CALLS_AT_MOST = 3;

scoreTable(t, { cases: supportAndMediaCases, tools: supportAndMediaTools, now: HOME_AND_MONEY_NOW, toolsRight: 41, valuesRight: 99 });

// Chat that names a language, a bug, a deploy, a loudness or a status in passing: the tools above must stay silent.
// The bound is the figure reached (3 of 35); a tool's own name word ("ticket", "email", "volume") still calls it.
const chat = [
  "I'm learning German at school", 'I found a bug in my salad', 'Is Spanish hard to learn?', 'We deployed to production yesterday and it went fine',
  "Let's roll with it", 'The movie was in French with subtitles', "My kid said 'hello' in Japanese today", 'The meeting is done',
  'That ticket price was outrageous', 'My email inbox is a mess', 'The volume of work this week is crazy',
  // Review 24 (M1–M3): language names with or without a quote, "louder"/"quieter", a status said of a problem.
  'I speak English and Spanish', "My wife is German and I'm Dutch", 'Should I learn French or Italian first?',
  'The restaurant had Japanese and Korean dishes', 'Is Portuguese closer to Spanish or Italian?',
  "I watched 'Amélie', a French movie, last night", "I loved 'Parasite', the Korean film", "He said 'ciao' to me, is he Italian?",
  "My favourite book is 'Il Nome della Rosa', it's Italian", "Give me a summary of 'War and Peace' in English",
  "Tell me what 'hygge' means, it's Danish", "Write 'happy birthday' in Arabic", 'Translation is an art',
  'Can you speak louder?', 'My neighbours are louder than ever', 'How loud is a jet engine? Louder than a concert?',
  'Can you talk quieter?', 'Kids, be quieter please',
  'The issue is resolved, thanks!', 'Great, my problem is solved', 'The problem was solved by my colleague',
  // h2: "turn it down" of an offer, a status said of the user's own affairs.
  'She offered me the job but I had to turn it down', 'I had to turn it down, the rent was too high', 'My visa application is still pending',
];

t.test('chat about these topics calls few tools', async (t) => {
  const calls = falseCalls(chat, [supportAndMediaTools]);
  for (const call of calls) t.comment(call);
  t.ok(calls.length <= FALSE_CALLS_AT_MOST, `${calls.length} false calls, at most ${FALSE_CALLS_AT_MOST}`);
});

t.test('a status word beside an id, and "turn it up/down" opening a request, reach their tool with its values (h2)', async (t) => {
  const rows: Array<[string, string, Record<string, unknown>]> = [
    ['Set #5530 to pending', 'update_ticket', { ticket_id: '5530', status: 'pending' }],
    ['Please put 8812 on pending', 'update_ticket', { ticket_id: '8812', status: 'pending' }],
    ['Turn it down to 20', 'set_volume', { level: 20 }],
    ['Could you turn that up to 80?', 'set_volume', { level: 80 }],
  ];
  for (const [prompt, name, values] of rows) {
    const [found] = matchTools(prompt, supportAndMediaTools);
    t.equal(found?.tool.name, name, prompt);
    const tool = supportAndMediaTools.find((one) => one.name === name);
    t.match(readArguments(tool?.parameters, prompt, { now: HOME_AND_MONEY_NOW }), values, prompt);
  }
});
