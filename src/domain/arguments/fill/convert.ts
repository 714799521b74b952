// Turns a piece of prompt text into the JSON values a property could take, best first: the enum member
// it names, a number, a boolean, the string itself (cut to maxLength), or a one-item array of those.
import { fitLength } from '../prompt/phrases/extract-text.js';
import { parseNumber } from '../prompt/mentions.js';
import { enumSpelling, type JsonType, type PropertyView } from './schema-view.js';

const TRUE_WORDS = new Set(['true', 'yes', 'on', 'enabled', 'enable', 'y']);
const FALSE_WORDS = new Set(['false', 'no', 'off', 'disabled', 'disable', 'n']);

/**
 * Longest text read as a number, a boolean word or null: anything longer is only a string. The whole prompt is a
 * candidate of every text property, and reading it as a number too cost each property the prompt's length.
 */
const MAX_SCALAR_TEXT = 256;

function scalarValues(types: ReadonlySet<JsonType>, text: string, maxLength: number | undefined): unknown[] {
  const any = types.size === 0;
  const values: unknown[] = [];
  const short = text.length <= MAX_SCALAR_TEXT;
  const number = short ? parseNumber(text) : undefined;
  if (number !== undefined && (any || types.has('number') || (types.has('integer') && Number.isInteger(number)))) values.push(number);
  const lower = short ? text.toLowerCase() : '';
  if (types.has('boolean') && TRUE_WORDS.has(lower)) values.push(true);
  if (types.has('boolean') && FALSE_WORDS.has(lower)) values.push(false);
  if (types.has('null') && lower === 'null') values.push(null);
  if (any || types.has('string')) values.push(fitLength(text, maxLength));
  return values;
}

/** The JSON values `text` could stand for in `property`, most plausible first; [] when none. */
export function valuesFor(property: PropertyView, text: string): unknown[] {
  if (text === '') return [];
  if (property.enumValues.length > 0) return [...(property.enumByText.get(enumSpelling(text)) ?? [])];
  const values = scalarValues(property.types, text, property.maxLength);
  if (property.types.has('array')) {
    const items = scalarValues(property.itemTypes, text, undefined);
    values.push(...items.map((item) => [item]));
  }
  return values;
}
