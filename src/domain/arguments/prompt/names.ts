// What a property's name says about it: its words (snake_case, camelCase and kebab-case split), the
// spellings a prompt may use for it, and the kind of prompt value it is likely to want.
import { splitCamelCase } from '../../engine/words.js';

/** The kind of prompt value a property is likely to want, judged from its name alone. */
export type Role = 'location' | 'timezone' | 'text' | 'path' | 'channel' | 'command' | 'owner' | 'repo' | 'other';

/** Data formats that can be found verbatim in a prompt. */
export type FormatKind = 'email' | 'uri' | 'uuid' | 'date' | 'date-time' | 'time' | 'ipv4' | 'hostname';

const LOCATION_WORDS = new Set([
  'city', 'location', 'place', 'town', 'country', 'region', 'destination', 'origin', 'address', 'province',
  'venue', 'where', 'locality', 'county', 'village', 'area', 'dest', 'from', 'to', 'departure', 'arrival',
  'restaurant', 'hotel', 'airport', 'station', 'store', 'shop', 'museum', 'stadium', 'landmark',
]);
const TEXT_WORDS = new Set([
  'query', 'q', 'search', 'text', 'message', 'prompt', 'topic', 'question', 'keywords', 'keyword', 'term',
  'terms', 'phrase', 'input', 'content', 'body', 'subject', 'title', 'note', 'notes', 'comment', 'instruction',
  'instructions', 'task', 'summary', 'caption', 'msg', 'utterance', 'sentence', 'description',
]);
const PATH_WORDS = new Set(['path', 'file', 'filename', 'filepath', 'dir', 'directory', 'folder']);
const COMMAND_WORDS = new Set(['command', 'cmd', 'script', 'code', 'sql', 'expression', 'shell']);
/** Words that make a name numeric-by-count: "top 5", "5 results". */
export const COUNT_WORDS = new Set(['limit', 'count', 'results', 'result', 'top', 'k', 'n', 'num', 'size', 'max', 'hits', 'items']);
/** Names that take "the next number in the prompt" when nothing more specific matched. */
export const GENERIC_NUMBER_WORDS = new Set(['amount', 'value', 'quantity', 'number', 'num', 'x', 'y', 'z', 'a', 'b', 'n', 'operand']);

// A Map: looked up with words of the client's property names (`constructor` included).
const FORMAT_BY_WORD = new Map<string, readonly FormatKind[]>(Object.entries({
  email: ['email'], mail: ['email'], recipient: ['email'], recipients: ['email'], cc: ['email'], bcc: ['email'],
  url: ['uri'], uri: ['uri'], link: ['uri'], href: ['uri'], website: ['uri'], homepage: ['uri'], endpoint: ['uri'],
  uuid: ['uuid'], guid: ['uuid'],
  date: ['date', 'date-time'], deadline: ['date', 'date-time'], birthday: ['date'],
  datetime: ['date-time', 'date'], timestamp: ['date-time', 'date'], time: ['date-time', 'time', 'date'],
  ip: ['ipv4'], hostname: ['hostname'], host: ['hostname'], domain: ['hostname'],
}));

/** Words read of a name: a real one has a handful; a client's megabyte-long name is read no further. */
const MAX_NAME_WORDS = 32;

/** `cityName`, `city_name`, `city-name`, `HTTPServer` → lower-case words. */
export function nameWords(name: string): string[] {
  return splitCamelCase(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .slice(0, MAX_NAME_WORDS)
    .map((word) => word.toLowerCase());
}

/** Spellings of the name a prompt may use, as one regex alternation (longest first). */
export function nameAlternation(name: string): string {
  const words = nameWords(name);
  const spellings = new Set([name, words.join(' '), words.join('_'), words.join('-'), words.join('')]);
  return [...spellings]
    .filter((spelling) => spelling !== '')
    .sort((a, b) => b.length - a.length)
    .map((spelling) => escapeRegExp(spelling).replace(/[ _-]/g, '[\\s_-]'))
    .join('|');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function kindsForDeclared(declared: string): FormatKind[] {
  const normalised = declared === 'url' || declared === 'iri' || declared === 'uri-reference' ? 'uri' : declared;
  if (normalised === 'date-time') return ['date-time', 'date'];
  if (normalised === 'date') return ['date', 'date-time'];
  return isFormatKind(normalised) ? [normalised] : [];
}

/** Format kinds to look for in the prompt: the declared formats, else those the name suggests. */
export function formatKindsFor(words: readonly string[], declared: readonly string[]): readonly FormatKind[] {
  if (declared.length > 0) return [...new Set(declared.flatMap(kindsForDeclared))];
  for (const word of words) {
    const kinds = FORMAT_BY_WORD.get(word);
    if (kinds !== undefined) return kinds;
  }
  return [];
}

function isFormatKind(value: string): value is FormatKind {
  return ['email', 'uri', 'uuid', 'date', 'date-time', 'time', 'ipv4', 'hostname'].includes(value);
}

export function roleOf(words: readonly string[]): Role {
  // `timezone`, `tz`, `time_zone`: the zone of a place, before `time` is read as a time format.
  if (words.some((word) => word === 'timezone' || word === 'tz' || word === 'tzid') || (words.includes('time') && words.includes('zone'))) return 'timezone';
  // An `email_address` is not a place: a format word outranks the location word.
  if (formatKindsFor(words, []).length > 0) return 'other';
  if (words.some((word) => word === 'owner' || word === 'org' || word === 'organization')) return 'owner';
  if (words.some((word) => word === 'repo' || word === 'repository')) return 'repo';
  if (words.some((word) => LOCATION_WORDS.has(word))) return 'location';
  if (words.some((word) => PATH_WORDS.has(word))) return 'path';
  if (words.includes('channel')) return 'channel';
  if (words.some((word) => COMMAND_WORDS.has(word))) return 'command';
  if (words.some((word) => TEXT_WORDS.has(word))) return 'text';
  return 'other';
}
