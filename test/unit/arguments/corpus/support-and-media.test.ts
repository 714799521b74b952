// The support-and-media probe table scored: how many prompts reach the tool meant, and how many of the values a
// user would expect the arguments carry. The bounds are the figures reached, so a change that loses one fails; the
// misses are listed in the output for the next change to work on.
import t from 'tap';
import { matchTools } from '../../../../src/domain/engine/matching/match-tools.js';
import { falseCalls } from '../../../helpers/tool-probes.js';
import { readArguments } from '../../../helpers/arguments.js';
import { oracleFor } from './oracle.js';
import { HOME_AND_MONEY_NOW } from './corpus-home-and-money.js';
import { supportAndMediaCases, supportAndMediaTools, type Expected } from './corpus-support-and-media.js';

const TOOLS_RIGHT = 38;
const VALUES_RIGHT = 94;
const FALSE_CALLS_AT_MOST = 5;

const same = (one: string, other: unknown): boolean => typeof other === 'string' && one.toLowerCase() === other.trim().toLowerCase();

function isRight(expected: Expected, actual: unknown): boolean {
  if (typeof expected === 'number' || typeof expected === 'boolean') return actual === expected;
  if (typeof expected === 'string') return same(expected, actual);
  if ('items' in expected) {
    if (!Array.isArray(actual) || actual.length !== expected.items.length) return false;
    return expected.items.every((one) => actual.some((item) => same(one, item)));
  }
  return expected.some((one) => same(one, actual));
}

t.test('the table is about forty prompts, every one for a tool offered', async (t) => {
  t.ok(supportAndMediaCases.length >= 40, `${supportAndMediaCases.length} prompts`);
  const names = new Set(supportAndMediaTools.map((tool) => tool.name));
  for (const entry of supportAndMediaCases) t.ok(names.has(entry.tool), entry.prompt);
});

t.test('prompts reach the tool meant and carry the values meant', async (t) => {
  const misses: string[] = [];
  let toolsRight = 0;
  let valuesRight = 0;
  let valuesExpected = 0;
  for (const entry of supportAndMediaCases) {
    const [found] = matchTools(entry.prompt, supportAndMediaTools);
    if (found?.tool.name === entry.tool) toolsRight += 1;
    else misses.push(`tool: ${entry.prompt} → ${found?.tool.name ?? 'none'}, not ${entry.tool}`);
    const tool = supportAndMediaTools.find((one) => one.name === entry.tool);
    const args = readArguments(tool?.parameters, entry.prompt, { now: HOME_AND_MONEY_NOW });
    if (!oracleFor(tool?.parameters)(args)) t.fail(`invalid arguments for ${entry.prompt}: ${JSON.stringify(args)}`);
    for (const [key, expected] of Object.entries(entry.values)) {
      valuesExpected += 1;
      if (isRight(expected, args[key])) valuesRight += 1;
      else misses.push(`value: ${entry.prompt} → ${key} ${JSON.stringify(args[key])}, not ${JSON.stringify(expected)}`);
    }
  }
  t.comment(`tool right ${toolsRight}/${supportAndMediaCases.length}, values right ${valuesRight}/${valuesExpected}`);
  for (const miss of misses) t.comment(miss);
  t.ok(toolsRight >= TOOLS_RIGHT, `tool right ${toolsRight}/${supportAndMediaCases.length} (bound ${TOOLS_RIGHT})`);
  t.ok(valuesRight >= VALUES_RIGHT, `values right ${valuesRight}/${valuesExpected} (bound ${VALUES_RIGHT})`);
});

// Chat that names a language, a bug, a deploy or a status in passing: the tools above must mostly stay silent. The
// bound is the figure reached; a tool's own name word ("ticket", "email", "volume") still calls it.
const chat = [
  "I'm learning German at school", 'I found a bug in my salad', 'Is Spanish hard to learn?', 'We deployed to production yesterday and it went fine',
  "Let's roll with it", 'The movie was in French with subtitles', "My kid said 'hello' in Japanese today", 'The meeting is done',
  'That ticket price was outrageous', 'My email inbox is a mess', 'The volume of work this week is crazy',
];

t.test('chat about these topics calls few tools', async (t) => {
  const calls = falseCalls(chat, [supportAndMediaTools]);
  for (const call of calls) t.comment(call);
  t.ok(calls.length <= FALSE_CALLS_AT_MOST, `${calls.length} false calls, at most ${FALSE_CALLS_AT_MOST}`);
});
