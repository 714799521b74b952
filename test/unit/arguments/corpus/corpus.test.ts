// Every schema in the corpus, for several seeds and prompts: each returned string parses, validates
// against the schema (checked by an independent Ajv) and comes back byte-identical on a second call;
// unsatisfiable schemas give a failure naming where, never a value.
import t from 'tap';
import { generateArgumentSets } from '../../../../src/domain/arguments/index.js';
import { oracleFor } from './oracle.js';
import { corpus, unsatisfiable } from './schemas/schema-corpus.js';

const SEEDS = [0, 1, 42, 0x7fffffff, 0xffffffff];
const SHARED_PROMPTS = [
  '',
  'What is the weather in Paris and London?',
  'Call the tool with query "hello world", limit 5 and unit=celsius; email me at a@b.co by 2025-01-02.',
];

t.test('the corpus is large and every schema in it compiles', async (t) => {
  t.ok(corpus.length >= 60, `corpus has ${corpus.length} schemas`);
  t.equal(new Set(corpus.map((entry) => entry.name)).size, corpus.length, 'names are unique');
  for (const entry of corpus) {
    if (typeof entry.schema === 'boolean') continue;
    t.doesNotThrow(() => oracleFor(entry.schema), entry.name);
  }
});

for (const entry of corpus) {
  t.test(entry.name, async (t) => {
    const validate = oracleFor(entry.schema);
    const prompts = [...SHARED_PROMPTS, ...(entry.prompts ?? [])];
    let checked = 0;
    for (const seed of SEEDS) {
      for (const prompt of prompts) {
        const request = { schema: entry.schema, prompt, seed };
        const generated = generateArgumentSets(request);
        t.same(generateArgumentSets(request), generated, 'a second call gives the same output');
        t.same(generateArgumentSets({ ...request, schema: structuredClone(entry.schema) }), generated, 'an equal schema gives the same output');
        if (unsatisfiable.has(entry.name)) {
          t.notOk(generated.ok, 'unsatisfiable schemas give a failure');
          if (!generated.ok) t.match(generated.problem, { pointer: String, path: String, reason: /\w/ }, 'naming where and why');
          t.notOk(validate({}), 'and really are unsatisfiable');
          checked += 1;
          continue;
        }
        if (!generated.ok) {
          t.fail(`no value for seed ${seed}, prompt ${JSON.stringify(prompt)}: ${JSON.stringify(generated.problem)}`);
          continue;
        }
        const sets = generated.value;
        t.ok(sets.length >= 1 && sets.length <= 8, 'one to eight sets');
        for (const text of sets) {
          const value: unknown = JSON.parse(text);
          if (!validate(value)) t.fail(`invalid for seed ${seed}, prompt ${JSON.stringify(prompt)}: ${text}`, { errors: validate.errors });
          checked += 1;
        }
      }
    }
    t.ok(checked >= SEEDS.length * prompts.length, `${checked} argument sets checked`);
  });
}
