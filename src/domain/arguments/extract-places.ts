// Place names in a prompt: capitalised phrases ("New York", "Rio de Janeiro") after in/for/at/to/from…,
// with lists ("Paris, London and Tokyo") kept together. Common capitalised non-places are skipped.
import type { Mention } from './mentions.js';

export interface PlaceMention extends Mention {
  /** The preposition before it ("in", "from"…), or '' for a bare capitalised phrase. */
  preposition: string;
}

const CAPITALISED = "[\\p{Lu}][\\p{L}\\p{M}'’.\\-]*";
const PARTICLE = '(?:de|da|del|di|do|dos|du|la|le|van|von|upon|am|sur|el|al)';
const PHRASE = `${CAPITALISED}(?:\\s+(?:${PARTICLE}\\s+)?${CAPITALISED})*`;
const SEPARATOR = '\\s*,\\s*(?:and\\s+|or\\s+|&\\s*)?|\\s+(?:and|or|&|vs\\.?|versus)\\s+';
// Spelled with both initial cases by hand: an `i` flag would also make \p{Lu} match lower case.
const PREPOSITIONS = ['in', 'for', 'at', 'to', 'from', 'near', 'around', 'of', 'between', 'into', 'via', 'towards?']
  .map((word) => `[${word[0] ?? ''}${(word[0] ?? '').toUpperCase()}]${word.slice(1)}`)
  .join('|');
const AFTER_PREPOSITION = new RegExp(`(?<![\\p{L}])(${PREPOSITIONS})\\s+(?:the\\s+)?(${PHRASE}(?:(?:${SEPARATOR})${PHRASE})*)`, 'gu');
const BARE = new RegExp(`(?<=[\\p{Ll}\\p{N},:]\\s+)(${PHRASE}(?:(?:${SEPARATOR})${PHRASE})*)`, 'gu');
const SPLITTER = new RegExp(`(${SEPARATOR})`, 'u');

const NOT_PLACES = new Set([
  'i', "i'm", 'today', 'tomorrow', 'tonight', 'yesterday', 'please', 'thanks', 'also', 'then', 'celsius',
  'fahrenheit', 'kelvin', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'am', 'pm', 'utc', 'gmt', 'json', 'api', 'call', 'use', 'what', 'how', 'ok',
]);

/** Keeps the leading words of a phrase up to the first word that is not a place name. */
function placePrefix(phrase: string, excluded: ReadonlySet<string>): string {
  const words = phrase.split(/\s+/);
  const kept: string[] = [];
  for (const word of words) {
    const bare = word.replace(/[.'’]+$/u, '').toLowerCase();
    if (NOT_PLACES.has(bare) || excluded.has(bare)) break;
    // "Paris." ends the sentence ("in Paris. London is next"); "St." and "D.C." are abbreviations.
    if (/^[^.]{3,}\.$/u.test(word)) { kept.push(word.slice(0, -1)); break; }
    kept.push(word);
  }
  // A trailing particle ("Rio de") is not part of a name.
  while (kept.length > 0 && /^\p{Ll}/u.test(kept[kept.length - 1] ?? '')) kept.pop();
  return kept.join(' ');
}

interface ListParse {
  items: string[];
  /** Whether a conjunction joined the items, not just commas. */
  conjoined: boolean;
}

function parseList(text: string, excluded: ReadonlySet<string>): ListParse {
  const parts = text.split(SPLITTER);
  const items: string[] = [];
  let conjoined = false;
  parts.forEach((part, index) => {
    if (index % 2 === 1) {
      if (/\S/.test(part.replace(',', ''))) conjoined = true;
      return;
    }
    const item = placePrefix(part, excluded);
    if (item !== '') items.push(item);
  });
  return { items, conjoined };
}

interface Span {
  at: number;
  end: number;
  preposition: string;
}

function toMention(parse: ListParse, span: Span): PlaceMention | undefined {
  const first = parse.items[0];
  if (first === undefined) return undefined;
  // "Paris, France" is one place; "Paris and London" or "Paris, London, Tokyo" is a list.
  if (parse.items.length === 2 && !parse.conjoined) return { value: parse.items.join(', '), ...span };
  if (parse.items.length === 1) return { value: first, ...span };
  return { value: first, ...span, list: parse.items };
}

const AT_START = new RegExp(`^(?:${PHRASE}(?:(?:${SEPARATOR})${PHRASE})*)`, 'u');

/** The place (or list of places) that `text` starts with, e.g. the value after "city". */
export function placeAtStart(text: string, excluded: ReadonlySet<string>): PlaceMention | undefined {
  const match = AT_START.exec(text);
  return match === null ? undefined : toMention(parseList(match[0], excluded), { at: 0, end: match[0].length, preposition: '' });
}

/** Place mentions, prepositional ones first, then bare capitalised phrases that do not start a sentence. */
export function findPlaces(prompt: string, excluded: ReadonlySet<string>): PlaceMention[] {
  const found: PlaceMention[] = [];
  const covered: [number, number][] = [];
  for (const match of prompt.matchAll(AFTER_PREPOSITION)) {
    const text = match[2] ?? '';
    const end = (match.index ?? 0) + match[0].length;
    const mention = toMention(parseList(text, excluded), { at: end - text.length, end, preposition: (match[1] ?? '').toLowerCase() });
    covered.push([end - text.length, end]);
    if (mention !== undefined) found.push(mention);
  }
  for (const match of prompt.matchAll(BARE)) {
    const at = match.index ?? 0;
    if (covered.some(([start, end]) => at >= start && at < end)) continue;
    const mention = toMention(parseList(match[1] ?? '', excluded), { at, end: at + match[0].length, preposition: '' });
    if (mention !== undefined) found.push(mention);
  }
  return found;
}
