// Realistic agent traffic (traffic/): each tool alone, as framework examples define it, asked in a person's words
// on the OpenAI path. The tool is called, its arguments are valid for its schema, and their key values are what a
// sensible model would give ("Email bob@example.com that …" → to: bob@example.com, not a place).
import t from 'tap';
import { oracleFor } from '../../unit/arguments/corpus/oracle.js';
import { OPENAI, post, testApp } from '../../helpers/app.js';
import type { AgentCase, Expected } from './traffic/case.js';
import { developerCases } from './traffic/developer.js';
import { productivityCases } from './traffic/productivity.js';
import { travelCommerceCases } from './traffic/travel-commerce.js';

const cases: AgentCase[] = [...productivityCases, ...travelCommerceCases, ...developerCases];

function matches(expected: Expected, actual: unknown): boolean {
  if (expected instanceof RegExp) return typeof actual === 'string' && expected.test(actual);
  return JSON.stringify(expected) === JSON.stringify(actual);
}

const app = testApp();
t.teardown(() => app.close());

t.test('the corpus covers forty-odd tools', async (t) => {
  t.ok(new Set(cases.map((entry) => entry.tool)).size >= 40, 'distinct tool definitions');
  t.ok(cases.length >= 45, `${cases.length} cases`);
});

for (const entry of cases) {
  t.test(`${entry.tool.name}: ${entry.prompt}`, async (t) => {
    const answer = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: entry.prompt, tools: [entry.tool] } });
    t.equal(answer.status, 200);
    const calls = (answer.body.output ?? []).filter((item) => item.type === 'function_call');
    t.same(calls.map((call) => call.name), [entry.tool.name], 'the tool is called, once');
    const args = JSON.parse(String(calls[0]?.arguments ?? '{}')) as Record<string, unknown>;
    const validate = oracleFor(entry.tool.parameters);
    t.ok(validate(args), `valid for the schema: ${JSON.stringify(args)}`, { errors: validate.errors });
    for (const [key, expected] of Object.entries(entry.expect)) {
      const todo = entry.todo?.[key];
      const options = todo === undefined ? {} : { todo };
      t.ok(matches(expected, args[key]), `${key}: ${JSON.stringify(args[key])} is ${String(expected instanceof RegExp ? expected : JSON.stringify(expected))}`, options);
    }
  });
}
