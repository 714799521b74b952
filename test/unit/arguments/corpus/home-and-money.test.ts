// The home-and-money probe table scored: how many prompts reach the tool meant, and how many of the values a user
// would expect the arguments carry. The bounds are the figures reached, so a change that loses one fails; the
// misses are listed in the output for the next change to work on.
import t from 'tap';
import { matchTools } from '../../../../src/domain/engine/matching/match-tools.js';
import { readArguments } from '../../../helpers/arguments.js';
import { oracleFor } from './oracle.js';
import { HOME_AND_MONEY_NOW, homeAndMoneyCases, homeAndMoneyTools, type Expected } from './corpus-home-and-money.js';

const TOOLS_RIGHT = 40;
const VALUES_RIGHT = 95;

function isRight(expected: Expected, actual: unknown): boolean {
  if (typeof expected === 'number') return actual === expected;
  const accepted = typeof expected === 'string' ? [expected] : expected;
  return typeof actual === 'string' && accepted.some((one) => one.toLowerCase() === actual.trim().toLowerCase());
}

t.test('the table is about forty prompts, every one for a tool offered', async (t) => {
  t.ok(homeAndMoneyCases.length >= 40, `${homeAndMoneyCases.length} prompts`);
  const names = new Set(homeAndMoneyTools.map((tool) => tool.name));
  for (const entry of homeAndMoneyCases) t.ok(names.has(entry.tool), entry.prompt);
});

t.test('prompts reach the tool meant and carry the values meant', async (t) => {
  const misses: string[] = [];
  let toolsRight = 0;
  let valuesRight = 0;
  let valuesExpected = 0;
  for (const entry of homeAndMoneyCases) {
    const [found] = matchTools(entry.prompt, homeAndMoneyTools);
    if (found?.tool.name === entry.tool) toolsRight += 1;
    else misses.push(`tool: ${entry.prompt} → ${found?.tool.name ?? 'none'}, not ${entry.tool}`);
    const tool = homeAndMoneyTools.find((one) => one.name === entry.tool);
    const args = readArguments(tool?.parameters, entry.prompt, { now: HOME_AND_MONEY_NOW });
    if (!oracleFor(tool?.parameters)(args)) t.fail(`invalid arguments for ${entry.prompt}: ${JSON.stringify(args)}`);
    for (const [key, expected] of Object.entries(entry.values)) {
      valuesExpected += 1;
      if (isRight(expected, args[key])) valuesRight += 1;
      else misses.push(`value: ${entry.prompt} → ${key} ${JSON.stringify(args[key])}, not ${JSON.stringify(expected)}`);
    }
  }
  t.comment(`tool right ${toolsRight}/${homeAndMoneyCases.length}, values right ${valuesRight}/${valuesExpected}`);
  for (const miss of misses) t.comment(miss);
  t.ok(toolsRight >= TOOLS_RIGHT, `tool right ${toolsRight}/${homeAndMoneyCases.length} (bound ${TOOLS_RIGHT})`);
  t.ok(valuesRight >= VALUES_RIGHT, `values right ${valuesRight}/${valuesExpected} (bound ${VALUES_RIGHT})`);
});
