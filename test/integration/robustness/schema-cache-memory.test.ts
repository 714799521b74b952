// Distinct tool schemas, one after another as a long run sends them: what compiling them holds stays within the
// compiled-schema cache's bounds. Ajv keeps something of every schema it compiled, removed or not, so each Ajv
// compiles a bounded amount and is then let go; before, every schema ever compiled stayed in memory.
import t from 'tap';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { compiledSchema, compiledSchemaStats, generateDocument, KEPT_GENERATIONS } from '../../../src/domain/arguments/schema/compiled.js';
import { GENERATION_BYTES } from '../../../src/domain/arguments/schema/ajv/validator.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** A schema of about a kilobyte, unlike any other: its own property names, enum values and patterns. */
function schema(index: number): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (let k = 0; k < 6; k += 1) {
    properties[`field_${index}_${k}`] = k % 3 === 0
      ? { type: 'string', pattern: `^v${index}x${k}[a-z]{1,8}$` }
      : k % 3 === 1 ? { type: 'string', enum: [`a${index}`, `b${index}`, `c${index}`] } : { type: 'object', properties: { [`inner_${index}`]: { type: 'integer', minimum: k } } };
  }
  return { type: 'object', properties, required: [`field_${index}_0`] };
}

t.test('compiling thousands of distinct schemas keeps at most the cache\'s worth of them alive', async (t) => {
  const count = 1500;
  const alive: Array<WeakRef<object>> = [];
  let generated = 0;
  for (let index = 0; index < count; index += 1) {
    const made = schema(index);
    alive.push(new WeakRef(made.properties as object));
    const compiled = compiledSchema(made, JSON.stringify(made));
    if (!compiled.ok) throw new Error(compiled.problem.reason);
    if (generateDocument(compiled.value, index).ok) generated += 1;
    if (index % 200 === 0) await nextTurn();
  }
  t.equal(generated, count, 'each schema generated a document');
  await nextTurn();
  gc();
  const held = alive.filter((ref) => ref.deref() !== undefined).length;
  const stats = compiledSchemaStats();
  t.ok(stats.entries <= 512, `the cache holds ${stats.entries} entries`);
  t.ok(stats.bytes <= KEPT_GENERATIONS * GENERATION_BYTES, `the cache holds ${stats.bytes} bytes`);
  // The cache's own entries plus what the Ajv instances still in use compiled before them: well under `count`.
  t.ok(held < count / 2, `${held} of ${count} schemas are still in memory`);
  t.ok(held >= stats.entries, 'the cached ones are among them');
});
