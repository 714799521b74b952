// Distinct tool schemas, one after another as a long run sends them: what compiling them holds stays within the
// compiled-schema cache's bounds. Ajv keeps something of every schema it compiled, removed or not, so each Ajv
// compiles a bounded amount and is then let go; before, every schema ever compiled stayed in memory.
import t from 'tap';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { compiledSchema, compiledSchemaStats, generateDocument, KEPT_GENERATIONS } from '../../../../src/domain/arguments/schema/compiled.js';
import { GENERATION_BYTES } from '../../../../src/domain/arguments/schema/ajv/validator.js';

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

/** A schema of two subschemas whose description makes its text `size` characters long. */
const described = (name: string, size: number): Record<string, unknown> => ({ type: 'object', description: name.padEnd(size, '.'), properties: { [name]: { type: 'string' } } });

t.test('a schema made long by its description is kept, and an older dialect\'s Ajv still in use keeps its schemas', async (t) => {
  const old = { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: { kept: { type: 'string' } } };
  const first = compiledSchema(old, JSON.stringify(old));
  const long = described('long', 900_000);
  const once = compiledSchema(long, JSON.stringify(long));
  t.equal(compiledSchema(long, JSON.stringify(long)), once, 'a 900 KB text of two subschemas is compiled once, not on every request');
  // Each of these fills an Ajv of the everyday dialect: more generations start than the cache keeps.
  // The draft-07 schema is asked for between them, as a tool in use would be.
  const before = compiledSchemaStats().generations;
  let same = true;
  for (let index = 0; compiledSchemaStats().generations - before <= KEPT_GENERATIONS && index < 4 * KEPT_GENERATIONS; index += 1) {
    const filler = described(`filler_${index}`, 2_000_000);
    compiledSchema(filler, JSON.stringify(filler));
    same &&= compiledSchema(old, JSON.stringify(old)) === first;
  }
  t.ok(compiledSchemaStats().generations - before > KEPT_GENERATIONS, 'the everyday Ajv was replaced again and again');
  t.ok(same, 'the draft-07 schema, whose Ajv is still in use, is not compiled again');
});
