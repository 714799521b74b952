// The arguments the generator reads from a prompt for a schema, for tests of one reading: an object schema with
// every property required and no others, and the first argument set made for it (seed 7 unless told); and every
// set made for a schema under eight seeds, for tests of what a schema allows.
import { generateArgumentSets } from '../../src/domain/arguments/index.js';

/** `{type: 'object', properties, required, additionalProperties: false}`, every property required unless told. */
export function closedObject(properties: Record<string, unknown>, required: string[] = Object.keys(properties)): Record<string, unknown> {
  return { type: 'object', properties, required, additionalProperties: false };
}

/** The first argument set made for `schema` from `prompt`; throws when none can be made. */
export function readArguments(schema: unknown, prompt: string, options: { seed?: number; now?: () => number } = {}): Record<string, unknown> {
  const generated = generateArgumentSets({ schema, prompt, seed: options.seed ?? 7, now: options.now });
  if (!generated.ok) throw new Error(`no arguments: ${JSON.stringify(generated.problem)}`);
  return JSON.parse(generated.value[0] ?? '{}') as Record<string, unknown>;
}

/** The seeds `answersFor` draws under. */
export const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

/** Every argument set made for `schema` (prompt 'call f') under each of SEEDS, parsed; or the problem alone when none can be. */
export function answersFor(schema: unknown): unknown[] {
  const found: unknown[] = [];
  for (const seed of SEEDS) {
    const sets = generateArgumentSets({ schema, prompt: 'call f', seed });
    if (!sets.ok) return [sets.problem];
    for (const text of sets.value) found.push(JSON.parse(text));
  }
  return found;
}
