// A read-only view of the parts of a tool schema that prompt extraction needs: the properties of an
// object schema and, per property, its allowed types, enum, format and string length bounds, read from
// schema-facts; nesting is bounded, and the views of a place many `$ref`s lead to are made once and shared.
import { enumIndex, type EnumIndex } from '../prompt/phrases/extract-enum.js';
import { vocabularyOf } from '../prompt/phrases/extract-terms.js';
import { timeUnitOf } from '../prompt/shapes/time/extract-durations.js';
import { lengthUnitOf } from '../prompt/shapes/extract-lengths.js';
import { countsMinorUnits, numberWords } from '../prompt/shapes/extract-numbers.js';
import { descriptionWords, propertyKind, type FormatKind, type Role } from '../prompt/kinds.js';
import { nameWords } from '../prompt/names.js';
import { describedThings } from '../prompt/phrases/extract-things.js';
import { factsOf, type Facts, type JsonType } from './schema-facts.js';

const MAX_NESTED_OBJECTS = 3;

export type { JsonType };

export interface PropertyView {
  name: string;
  /** The name's lower-case words (`cityName` → city, name), its role and the format kinds it suggests. */
  words: readonly string[];
  role: Role;
  /** Format kinds to look for in the prompt: the declared formats, else those the name (or description) suggests. */
  formatKinds: readonly FormatKind[];
  /** The name is only a direction (`to`, `from`): a place, or an address when the prompt has no place for it. */
  bareDirection: boolean;
  required: boolean;
  /** Allowed types; empty when the schema does not constrain the type. */
  types: ReadonlySet<JsonType>;
  enumValues: readonly unknown[];
  /** True for `const`: there is nothing to choose. */
  fixed: boolean;
  /** Declared formats, including those of alternatives and of array items. */
  formats: readonly string[];
  maxLength: number | undefined;
  /** A number's declared minimum and maximum when both are: the ends a prompt may name ("full", "mute"). */
  scale: { minimum: number; maximum: number } | undefined;
  /** Declared `pattern`s (own, alternatives', items'): prompt tokens of that shape are worth trying. */
  patterns: readonly string[];
  /** For a number that counts time (`duration_seconds`, `minutes`): its unit, in seconds. */
  timeUnit: number | undefined;
  /** For a number that measures a length (`height_cm`, `length`): the unit it counts in, as meters, when it says one. */
  lengthUnit: { unit?: number } | undefined;
  /** For a number that counts money in cents (`amount_cents`, "in the smallest currency unit"). */
  minorUnits: boolean;
  /** The words its numbers are read for: the name's, and `percent` when the description says it is one. */
  numberWords: readonly string[];
  /** The examples its description gives and the nouns of its first clause (extract-things.ts). */
  described: { examples: readonly string[]; nouns: readonly string[] };
  /** For arrays: the allowed types of the items. */
  itemTypes: ReadonlySet<JsonType>;
  /** For objects: the nested properties (bounded depth). */
  properties: readonly PropertyView[];
  /** For arrays of objects: the items' properties (bounded depth). */
  itemProperties: readonly PropertyView[];
  /** JSON pointers of every subschema declaring this property: a value is checked against each alone. */
  pointers: readonly string[];
  /** The enum prepared for finding its values in a prompt. */
  enumIndex: EnumIndex;
  /** Enum members by their spelling folded (lower case, `_`/`-`/spaces as one space). */
  enumByText: ReadonlyMap<string, readonly unknown[]>;
}

/** How a prompt may spell an enum value: case, `_`, `-` and runs of spaces do not matter. */
export function enumSpelling(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/gu, ' ').trim();
}

function enumByText(values: readonly unknown[]): Map<string, unknown[]> {
  const map = new Map<string, unknown[]>();
  for (const value of values) {
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const key = enumSpelling(String(value));
    const known = map.get(key);
    if (known === undefined) map.set(key, [value]);
    else known.push(value);
  }
  return map;
}

/** Views of the properties by the facts they were read from and nesting: shared by every reference to one place. */
interface ViewContext { root: unknown; nesting: number; facts: Map<unknown, Map<string, Facts>>; views: Map<Facts, Map<number, PropertyView[]>> }

function propertiesOf(facts: Facts, context: ViewContext): PropertyView[] {
  if (context.nesting > MAX_NESTED_OBJECTS) return [];
  const byNesting = context.views.get(facts);
  const known = byNesting?.get(context.nesting);
  if (known !== undefined) return known;
  const views = viewsOf(facts, context);
  if (byNesting === undefined) context.views.set(facts, new Map([[context.nesting, views]]));
  else byNesting.set(context.nesting, views);
  return views;
}

function viewsOf(facts: Facts, context: ViewContext): PropertyView[] {
  return [...facts.properties].map(([name, { schema: sub, pointers }]) => {
    const own = factsOf({ schema: sub, pointer: pointers[0] ?? '' }, context);
    const isObject = own.types.has('object') || (own.types.size === 0 && own.properties.size > 0);
    const items = own.items === undefined ? undefined : factsOf({ schema: own.items, pointer: own.itemsPointer }, context);
    const words = nameWords(name);
    const formats = [...own.formats, ...(items?.formats ?? [])];
    const kind = propertyKind(words, { declared: formats, description: own.description ?? items?.description });
    // An enum of currency codes, language codes or unit symbols says what it is whatever its name (`from`, `to`).
    const vocabulary = kind.role === 'location' || kind.role === 'other' ? vocabularyOf(own.enumValues) : undefined;
    return {
      name,
      words,
      role: vocabulary ?? kind.role,
      formatKinds: kind.formatKinds,
      bareDirection: kind.bareDirection,
      required: facts.required.has(name),
      types: own.types,
      enumValues: own.enumValues,
      fixed: own.fixed,
      formats,
      maxLength: own.maxLength,
      scale: own.scale,
      patterns: [...own.patterns, ...(items?.patterns ?? [])],
      timeUnit: own.types.has('number') || own.types.has('integer') ? timeUnitOf(words, descriptionWords(own.description ?? '')) : undefined,
      lengthUnit: own.types.has('number') || own.types.has('integer') ? lengthUnitOf(words, descriptionWords(own.description ?? '')) : undefined,
      minorUnits: (own.types.has('number') || own.types.has('integer')) && countsMinorUnits(words, own.description),
      numberWords: numberWords(words, own.description),
      described: describedThings(own.description),
      itemTypes: items?.types ?? new Set<JsonType>(),
      properties: isObject ? propertiesOf(own, { ...context, nesting: context.nesting + 1 }) : [],
      itemProperties: items !== undefined && items.properties.size > 0 ? propertiesOf(items, { ...context, nesting: context.nesting + 1 }) : [],
      pointers,
      enumIndex: enumIndex(own.enumValues),
      enumByText: enumByText(own.enumValues),
    };
  });
}

/** The properties of the root object schema (empty for non-object roots). */
export function rootProperties(schema: unknown): PropertyView[] {
  const context: ViewContext = { root: schema, nesting: 0, facts: new Map(), views: new Map() };
  return propertiesOf(factsOf({ schema, pointer: '' }, context), context);
}
