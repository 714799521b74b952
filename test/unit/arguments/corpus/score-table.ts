// Scoring a probe table of everyday prompts: how many reach the tool meant, and how many of the values a user would
// expect the arguments carry. The bounds are the figures reached, so a change that loses one fails; the misses are
// listed in the output for the next change to work on. Shared by the home-and-money and support-and-media tables.
import type { Test } from 'tap';
import { matchTools } from '../../../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../../../src/domain/types.js';
import { readArguments } from '../../../helpers/arguments.js';
import { oracleFor } from './oracle.js';

/** An expected value: a number or flag, strings any of which is right (compared without case), or a list's items. */
export type Expected = number | boolean | string | readonly string[] | { readonly items: readonly string[] };

export interface ProbeCase {
  prompt: string;
  tool: string;
  /** Only the values the prompt states (or a user would take as meant); others are not checked. */
  values: Record<string, Expected>;
}

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

/** The table's two tests: its size and tools, then its scores against the bounds. */
export function scoreTable(t: Test, table: { cases: readonly ProbeCase[]; tools: FunctionTool[]; now: () => number; toolsRight: number; valuesRight: number }): void {
  const { cases, tools } = table;
  t.test('the table is about forty prompts, every one for a tool offered', async (t) => {
    t.ok(cases.length >= 40, `${cases.length} prompts`);
    const names = new Set(tools.map((tool) => tool.name));
    for (const entry of cases) t.ok(names.has(entry.tool), entry.prompt);
  });

  t.test('prompts reach the tool meant and carry the values meant', async (t) => {
    const misses: string[] = [];
    let toolsRight = 0;
    let valuesRight = 0;
    let valuesExpected = 0;
    for (const entry of cases) {
      const [found] = matchTools(entry.prompt, tools);
      if (found?.tool.name === entry.tool) toolsRight += 1;
      else misses.push(`tool: ${entry.prompt} → ${found?.tool.name ?? 'none'}, not ${entry.tool}`);
      const tool = tools.find((one) => one.name === entry.tool);
      const args = readArguments(tool?.parameters, entry.prompt, { now: table.now });
      if (!oracleFor(tool?.parameters)(args)) t.fail(`invalid arguments for ${entry.prompt}: ${JSON.stringify(args)}`);
      for (const [key, expected] of Object.entries(entry.values)) {
        valuesExpected += 1;
        if (isRight(expected, args[key])) valuesRight += 1;
        else misses.push(`value: ${entry.prompt} → ${key} ${JSON.stringify(args[key])}, not ${JSON.stringify(expected)}`);
      }
    }
    t.comment(`tool right ${toolsRight}/${cases.length}, values right ${valuesRight}/${valuesExpected}`);
    for (const miss of misses) t.comment(miss);
    t.ok(toolsRight >= table.toolsRight, `tool right ${toolsRight}/${cases.length} (bound ${table.toolsRight})`);
    t.ok(valuesRight >= table.valuesRight, `values right ${valuesRight}/${valuesExpected} (bound ${table.valuesRight})`);
  });
}
