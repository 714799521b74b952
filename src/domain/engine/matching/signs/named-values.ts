// Whether a prompt names a value of one of a tool's parameters, of the kind the parameter says it takes: a language
// for a `*language` parameter, an example its description gives ("e.g. checking, savings"), a capitalised name after
// of/in/for/at/to/from for a city, town or place. Such a value backs a word the parameter and the description share
// ("Put this text in German: good night", "the city of Denver"). One pass over the prompt's words.
import type { CallableTool } from '../../../types.js';
import { describedThings } from '../../../arguments/prompt/phrases/extract-things.js';
import { LANGUAGE_NAMES } from '../lexicon/lexicon-work.js';

/** Words of a parameter's name that take a place's name. */
const PLACE_KEYS: ReadonlySet<string> = new Set(['city', 'town', 'location', 'place', 'destination', 'origin', 'country', 'region']);
/** Words before a place's name: "the city of Denver", "in Paris". */
const PLACE_LEADS: ReadonlySet<string> = new Set(['of', 'in', 'for', 'at', 'to', 'from']);

interface Property {
  words: string[];
  description: string | undefined;
}

/** A function's top-level properties, each with its name's words and its description. */
function propertiesOf(tool: CallableTool): Property[] {
  const schema = 'parameters' in tool ? tool.parameters : undefined;
  const properties = typeof schema === 'object' && schema !== null ? (schema as { properties?: unknown }).properties : undefined;
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) return [];
  return Object.entries(properties as Record<string, unknown>).map(([name, node]) => {
    const description = typeof node === 'object' && node !== null ? (node as { description?: unknown }).description : undefined;
    const words = name.replace(/([a-z])([A-Z])/gu, '$1 $2').toLowerCase().split(/[^a-z]+/u).filter((word) => word !== '');
    return { words, description: typeof description === 'string' ? description : undefined };
  });
}

/** Whether the prompt writes a value of one of the tool's parameters in a form that parameter names. */
export function namesParameterValue(prompt: string, tool: CallableTool): boolean {
  const properties = propertiesOf(tool);
  if (properties.length === 0) return false;
  const written = prompt.split(/[^\p{L}]+/u).filter((word) => word !== '');
  const lowered = written.map((word) => word.toLowerCase());
  if (properties.some((property) => property.words.some((word) => word === 'language' || word === 'lang')) && lowered.some((word) => LANGUAGE_NAMES.has(word))) return true;
  const places = properties.some((property) => property.words.some((word) => PLACE_KEYS.has(word)));
  if (places && written.some((word, at) => at > 1 && PLACE_LEADS.has(lowered[at - 1]!) && /^\p{Lu}\p{Ll}/u.test(word))) return true;
  const text = ` ${lowered.join(' ')} `;
  return properties.some((property) => describedThings(property.description).examples.some((example) => {
    const folded = example.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word !== '').join(' ');
    return folded !== '' && text.includes(` ${folded} `);
  }));
}
