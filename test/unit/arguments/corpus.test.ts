// Every schema in the corpus, for several seeds and prompts: each returned string parses, validates
// against the schema (checked by an independent Ajv) and comes back byte-identical on a second call.
import t from 'tap';
import { computeArgumentSets, generateArgumentSets } from '../../../src/domain/arguments/index.js';
import { oracleFor } from './oracle.js';
import { corpus, unsatisfiable } from './schema-corpus.js';

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
        const sets = generateArgumentSets(request);
        t.ok(sets.length >= 1 && sets.length <= 8, 'one to eight sets');
        t.same(generateArgumentSets(request), sets, 'a second call gives the same output');
        t.same(computeArgumentSets(request, JSON.stringify(entry.schema)), sets, 'the cache changes nothing');
        for (const text of sets) {
          const value: unknown = JSON.parse(text);
          if (unsatisfiable.has(entry.name)) {
            t.equal(text, '{}', 'unsatisfiable schemas give {}');
            t.notOk(validate(value), 'and really are unsatisfiable');
          } else if (!validate(value)) {
            t.fail(`invalid for seed ${seed}, prompt ${JSON.stringify(prompt)}: ${text}`, { errors: validate.errors });
          }
          checked += 1;
        }
      }
    }
    t.ok(checked >= SEEDS.length * prompts.length, `${checked} argument sets checked`);
  });
}
