// Values a prompt holds that say which tool it wants when no word does: a URL for a tool taking a `url`, a file
// path for one taking a `path`, an email or a street address, a phone number, a #channel, arithmetic or a SQL
// statement ("Show me what's in src/index.ts" → read_file(path)); a day or a clock time only backs a word the tool
// shares with the prompt. Each found once per prompt with a linear check.
import { keywords } from '../words.js';
import { findPhones } from '../../arguments/prompt/shapes/extract-phones.js';
import { holdsPostalAddress, takesPostalAddress } from './postal-shape.js';
import { CURRENCY_WORDS } from '../../arguments/prompt/phrases/extract-terms.js';

export interface Shape {
  /** Shown in the engine's explanation. */
  label: string;
  found: (prompt: string) => boolean;
  /** Parameter (or tool name) words of tools that take such a value, folded like all matched words. */
  tool: Set<string>;
  /** Only backs a word the prompt shares with the tool: most prompts hold a day or an hour, few ask for a tool. */
  supporting?: boolean;
}

const URL = /\b(?:https?|ftp|wss?):\/\/\S/iu;
const PATH = /(?:^|[\s"'`(])(?:~|\.{1,2})?\/?[\w-]+(?:\/[\w.-]+)+|(?<![\w-])[\w-]+\.(?:ts|tsx|js|jsx|mjs|py|rb|go|rs|java|kt|c|cc|cpp|h|hpp|cs|md|txt|json|ya?ml|toml|ini|cfg|csv|sql|sh|html|css|xml|lock|log)\b/u;
const EMAIL = /[\w.+-]@[\w-]+\.[a-z]/iu;
const CHANNEL = /(?:^|\s)#[a-z][\w-]*/iu;
// An operator between figures: "(17 + 25) * 3", "2^10", "6 - 2"; a date's dashes are no subtraction.
const ARITHMETIC = /\d\s*[+*/^×÷]\s*[\d(]|\d\s+-\s+\d|\)\s*[-+*/^×÷]\s*[\d(]/u;

// A day ("2026-10-08", "Friday", "tomorrow", "Oct 5") and a clock time ("14:00", "7pm", "noon"): fixed words
// and bounded digit runs, no repetition that could backtrack.
const MONTHS = 'january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec';
const DAY = new RegExp(`\\b(?:\\d{4}-\\d{2}-\\d{2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight|(?:${MONTHS})\\.? \\d{1,2})\\b`, 'iu');
const CLOCK = /\b(?:\d{1,2}:\d{2}|\d{1,2} ?[ap]\.?m\b|noon|midnight)/iu;

/** A SQL statement in capitals: its keyword, and what it needs further on (by index: no pattern over the rest). */
function hasStatement(prompt: string): boolean {
  for (const [keyword, needs] of [['SELECT ', ' FROM '], ['INSERT ', ' INTO '], ['UPDATE ', ' SET '], ['DELETE ', ' FROM ']] as const) {
    const at = prompt.indexOf(keyword);
    if (at >= 0 && prompt.indexOf(needs, at) > at) return true;
  }
  return false;
}

/** A number with its country code or area code in brackets: a phone number, not a figure with dashes. */
const isDialled = (mention: { value: string }): boolean => mention.value.startsWith('+') || mention.value.startsWith('(');

const fold = (words: string): Set<string> => keywords(words);

/** Whether the prompt holds any of these characters: a cheap test that spares the pattern most prompts. */
const holdsAny = (prompt: string, characters: string): boolean => [...characters].some((character) => prompt.includes(character));

/** A file path ("src/index.ts", "notes.txt"): also what keeps "read" and "write" about files (senses.ts). */
export const FILE_PATH: Shape = { label: 'a file path', found: (prompt) => holdsAny(prompt, '/.') && PATH.test(prompt), tool: fold('path file filepath filename directory dir folder') };

/**
 * A house number and a street ("1 Infinite Loop, Cupertino, CA 95014", "221B Baker Street"), as the argument reader
 * reads them, outside a question about it; taken by a street or postal code, or an `address` a tool's words make
 * postal (postal-shape.ts).
 */
const STREET_ADDRESS: Shape = { label: 'a street address', found: holdsPostalAddress, tool: fold('street addressline line1 zip zipcode postcode postal') };

export const SHAPES: readonly Shape[] = [
  { label: 'a URL', found: (prompt) => prompt.includes('://') && URL.test(prompt), tool: fold('url uri link href webpage') },
  FILE_PATH,
  { label: 'an email address', found: (prompt) => prompt.includes('@') && EMAIL.test(prompt), tool: fold('email recipient recipients') },
  // Written as phone numbers are ("+44 20 7946 0958", "(415) 555-0100"), as the argument reader finds them.
  { label: 'a phone number', found: (prompt) => holdsAny(prompt, '+(') && findPhones(prompt).some(isDialled), tool: fold('phone mobile') },
  STREET_ADDRESS,
  { label: 'a channel', found: (prompt) => prompt.includes('#') && CHANNEL.test(prompt), tool: fold('channel') },
  { label: 'arithmetic', found: (prompt) => holdsAny(prompt, '+*/^×÷-') && ARITHMETIC.test(prompt), tool: fold('expression formula equation expr') },
  { label: 'a SQL statement', found: hasStatement, tool: fold('sql') },
  { label: 'a day', found: (prompt) => DAY.test(prompt), tool: fold('date datetime day due when'), supporting: true },
  { label: 'a clock time', found: (prompt) => CLOCK.test(prompt), tool: fold('time datetime start end when'), supporting: true },
];

// An amount of money: a figure beside a currency sign ("$5", "¥10,000", "5 €") or a currency word or code
// ("40 francs", "1.5k CHF", "CHF 20"). Words are read one after the other, each compared with its neighbour.
const SIGNED = /[$€£¥₹]\s?\d|\d\s?[$€£¥₹]/u;
const FIGURE = /^\d[\d,.]*[km]?$/iu;
function holdsAmount(prompt: string): boolean {
  if (SIGNED.test(prompt)) return true;
  const tokens = prompt.toLowerCase().split(/[\s?!;:()"]+/u).map((token) => token.replace(/[.,]$/u, ''));
  return tokens.some((token, at) => CURRENCY_WORDS.has(token) && [tokens[at - 1], tokens[at + 1]].some((next) => next !== undefined && FIGURE.test(next)));
}
/** A temperature with its scale: "72°F", "21 °C", "-40 celsius", "100 degrees fahrenheit" (a bare "30 degrees" may be an angle). */
const READING = /\d\s?°\s?[cfk]\b|\d\s?(?:degrees? )?(?:celsius|fahrenheit|kelvin)\b/iu;

/** A place to go or leave from: "to the airport", "from 221B Baker Street", "to Heathrow". */
const PLACE = /\b(?:to|from) (?:the )?(?:airport|station|hotel|office|[A-Z0-9])/u;

/** A prompt without its double-quoted spans: a quoted text is one to work on ("Translate "a taxi to the airport""). */
function outsideQuotes(prompt: string): string {
  if (!/["“”]/u.test(prompt)) return prompt;
  return prompt.replace(/[“”]/gu, '"').split('"').filter((_, at) => at % 2 === 0).join(' ');
}

/** Values that back the words of a lexicon concept (lexicon.ts), not parameters: no tool words of their own. */
export const AMOUNT: Shape = { label: 'an amount of money', found: holdsAmount, tool: new Set() };
export const DESTINATION: Shape = { label: 'a place to go', found: (prompt) => PLACE.test(outsideQuotes(prompt)), tool: new Set() };
export const TEMPERATURE: Shape = { label: 'a temperature reading', found: (prompt) => READING.test(prompt), tool: new Set() };

/** Each tool-side word and the shapes whose values it takes, built once. */
const TAKING = new Map<string, Shape[]>();
for (const shape of SHAPES) {
  for (const word of shape.tool) TAKING.set(word, [...(TAKING.get(word) ?? []), shape]);
}

const NONE: ReadonlyMap<Shape, string[]> = new Map();

/**
 * The shapes a tool's parameter and name words take, with those words: one look-up per word. `address` alone is no
 * such word (`ip_address`): the names are read for a postal one only when one of them holds it.
 */
export function shapesTaken(parameters: ReadonlySet<string>, name: ReadonlySet<string>, names: { parameters: readonly string[]; name: string; description: string }): ReadonlyMap<Shape, string[]> {
  let taken: Map<Shape, string[]> | undefined;
  if ((parameters.has('address') || name.has('address')) && takesPostalAddress(names)) taken = new Map([[STREET_ADDRESS, ['address']]]);
  for (const words of [parameters, name]) {
    for (const word of words) {
      const shapes = TAKING.get(word);
      if (shapes === undefined) continue;
      taken ??= new Map();
      for (const shape of shapes) {
        const known = taken.get(shape);
        if (known === undefined) taken.set(shape, [word]);
        else if (!known.includes(word)) known.push(word);
      }
    }
  }
  return taken ?? NONE;
}
