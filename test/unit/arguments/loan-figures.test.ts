// A loan's figures: the sum with its currency for `principal`, `loan` or `deposit`, and a rate or percentage with its
// sign ("6.5%") for `annual_rate_percent` or `interest_rate`, beside a term in years.
import t from 'tap';
import { generateArgumentSets } from '../../../src/domain/arguments/index.js';

const num = { type: 'number' };
const object = (properties: Record<string, unknown>): Record<string, unknown> => ({
  type: 'object', properties, required: Object.keys(properties), additionalProperties: false,
});

function read(schema: unknown, prompt: string): Record<string, unknown> {
  const generated = generateArgumentSets({ schema, prompt, seed: 7 });
  if (!generated.ok) throw new Error(`no arguments: ${JSON.stringify(generated.problem)}`);
  return JSON.parse(generated.value[0] ?? '{}') as Record<string, unknown>;
}

t.test('a sum, a rate and a term', async (t) => {
  const loan = object({ principal: num, annual_rate_percent: num, years: { type: 'integer', minimum: 1, maximum: 40 } });
  t.same(read(loan, 'Monthly payment on a $350,000 mortgage at 6.5% over 30 years?'), { principal: 350000, annual_rate_percent: 6.5, years: 30 });
  t.same(read(object({ deposit: num, interest_rate: num }), 'Put €2,500 in savings at 3.1 percent'), { deposit: 2500, interest_rate: 3.1 });
  t.equal(read(object({ tip_percentage: num }), 'Add an 18% tip, we were 4 people').tip_percentage, 18);
});
