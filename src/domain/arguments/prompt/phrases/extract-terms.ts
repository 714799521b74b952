// Words from small vocabularies a prompt uses for a language ("into Japanese" → Japanese, ja), a currency
// ("1,200 euros in yen" → EUR, JPY) or a unit ("42 kilometers" → kilometers, km), each with the word before it,
// which says its direction ("from", "to"…, or "number" right after a figure). Found by looking the prompt's
// words up in the vocabulary, and currency signs ($ € £ ¥) by searching for each.
import { flatten, type PromptIndex } from '../prompt-index.js';
import type { Mention } from '../mentions.js';

export type Vocabulary = 'language' | 'currency' | 'unit';

export interface TermMention extends Mention {
  /** Spellings to try, best first: as the property may want it (a code, a symbol, the word as written). */
  variants: readonly string[];
  /** The word before it, lower-cased ("from", "into", "many"…), or "number" when a figure comes right before. */
  lead: string;
}

const table = (entries: Record<string, string>): ReadonlyMap<string, string> => new Map(Object.entries(entries));

const LANGUAGES = table({
  english: 'en', french: 'fr', german: 'de', spanish: 'es', italian: 'it', portuguese: 'pt', dutch: 'nl', russian: 'ru',
  japanese: 'ja', chinese: 'zh', mandarin: 'zh', korean: 'ko', arabic: 'ar', hindi: 'hi', turkish: 'tr', polish: 'pl',
  swedish: 'sv', norwegian: 'no', danish: 'da', finnish: 'fi', greek: 'el', hebrew: 'he', czech: 'cs', ukrainian: 'uk',
  vietnamese: 'vi', thai: 'th', indonesian: 'id', malay: 'ms', romanian: 'ro', hungarian: 'hu', catalan: 'ca',
  bengali: 'bn', persian: 'fa', urdu: 'ur', swahili: 'sw', tagalog: 'tl', irish: 'ga', welsh: 'cy',
});
const CURRENCIES = table({
  usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', chf: 'CHF', cad: 'CAD', aud: 'AUD', cny: 'CNY', inr: 'INR', mxn: 'MXN',
  brl: 'BRL', krw: 'KRW', sek: 'SEK', nok: 'NOK', dkk: 'DKK', pln: 'PLN', czk: 'CZK', try: 'TRY', zar: 'ZAR', nzd: 'NZD',
  sgd: 'SGD', hkd: 'HKD', dollar: 'USD', dollars: 'USD', bucks: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP',
  pounds: 'GBP', sterling: 'GBP', yen: 'JPY', franc: 'CHF', francs: 'CHF', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR',
  rupees: 'INR', peso: 'MXN', pesos: 'MXN', reais: 'BRL', krona: 'SEK', kronor: 'SEK',
});
/** The words and codes naming a currency ("euros", "chf"), lower-cased. */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set(CURRENCIES.keys());
const CURRENCY_SIGNS = table({ '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' });
/** Unit words and their symbols; one-letter symbols ("m", "g") count only right after a figure. */
const UNITS = table({
  millimeter: 'mm', millimeters: 'mm', mm: 'mm', centimeter: 'cm', centimeters: 'cm', cm: 'cm', meter: 'm', meters: 'm',
  metre: 'm', metres: 'm', m: 'm', kilometer: 'km', kilometers: 'km', kilometre: 'km', kilometres: 'km', km: 'km',
  inch: 'in', inches: 'in', foot: 'ft', feet: 'ft', ft: 'ft', yard: 'yd', yards: 'yd', yd: 'yd', mile: 'mi', miles: 'mi',
  mi: 'mi', gram: 'g', grams: 'g', g: 'g', kilogram: 'kg', kilograms: 'kg', kilo: 'kg', kilos: 'kg', kg: 'kg',
  pound: 'lb', pounds: 'lb', lb: 'lb', lbs: 'lb', ounce: 'oz', ounces: 'oz', oz: 'oz', ton: 't', tons: 't', tonne: 't',
  tonnes: 't', celsius: 'C', fahrenheit: 'F', kelvin: 'K', liter: 'l', liters: 'l', litre: 'l', litres: 'l', l: 'l',
  milliliter: 'ml', milliliters: 'ml', ml: 'ml', gallon: 'gal', gallons: 'gal', gal: 'gal', cup: 'cup', cups: 'cup',
  f: 'F', c: 'C', mph: 'mph', kph: 'km/h', knot: 'kn', knots: 'kn', byte: 'B', bytes: 'B', kb: 'KB', mb: 'MB', gb: 'GB', tb: 'TB',
});
const VOCABULARIES: Record<Vocabulary, ReadonlyMap<string, string>> = { language: LANGUAGES, currency: CURRENCIES, unit: UNITS };
/** The codes and symbols of each vocabulary, lower-cased (what an enum of them holds). */
const CODES: ReadonlyArray<[Vocabulary, ReadonlySet<string>]> = (['currency', 'language', 'unit'] as const).map((vocabulary) => [
  vocabulary, new Set([...VOCABULARIES[vocabulary].values()].map((code) => code.toLowerCase())),
]);
/** A prompt naming more of them is read on its first ones: enough for any question, bounded for any prompt. */
const MAX_TERMS = 256;

/** The word (run of letters) that ends just before `at`, lower-cased, or "number" after a figure. */
function leadBefore(flat: string, at: number): string {
  let end = at;
  while (end > 0 && (flat[end - 1] === ' ' || flat[end - 1] === '°')) end -= 1;
  if (end > 0 && /\d/u.test(flat[end - 1] ?? '')) return 'number';
  let start = end;
  while (start > 0 && start > end - 16 && /\p{L}/u.test(flat[start - 1] ?? '')) start -= 1;
  return flat.slice(start, end);
}

function variantsOf(vocabulary: Vocabulary, written: string, canonical: string): string[] {
  // A language as its name ("Japanese") then its code; a currency as its code; a unit as written, then its symbol.
  if (vocabulary === 'language') return [written.charAt(0).toUpperCase() + written.slice(1).toLowerCase(), canonical];
  if (vocabulary === 'currency') return [canonical, canonical.toLowerCase()];
  const named = SCALE_NAMES.get(canonical);
  return named === undefined ? [written, canonical] : [written, canonical, named];
}

/** The scales of temperature by symbol: "68°F" names fahrenheit for an enum of their names. */
const SCALE_NAMES = table({ F: 'fahrenheit', C: 'celsius', K: 'kelvin' });
/** A figure with a unit glued on ("68F", "5km"): the unit's part; one-letter symbols only for a temperature's scale. */
const GLUED_UNIT = /^\d+([a-z]+)$/u;

/** The prompt's words of one vocabulary, in prompt order. */
export function findTerms(prompt: string, args: { index: PromptIndex; vocabulary: Vocabulary }): TermMention[] {
  const { index, vocabulary } = args;
  const terms = VOCABULARIES[vocabulary];
  const found: TermMention[] = [];
  // The prompt's own words, looked up in the vocabulary: a prompt has far fewer distinct words than a table.
  for (const [written, positions] of index.words) {
    const glued = vocabulary === 'unit' ? GLUED_UNIT.exec(written)?.[1] : undefined;
    const word = glued !== undefined && (glued.length > 1 || glued === 'f' || glued === 'c') ? glued : written;
    const canonical = terms.get(word);
    if (canonical === undefined) continue;
    for (const wordAt of positions) {
      const at = wordAt + written.length - word.length;
      const lead = word === written ? leadBefore(index.flat, at) : 'number';
      // "in", "m", "g"… are everyday words or letters: units only right after a figure ("5 m"); a currency code
      // only in capitals ("USD", not "try").
      if (vocabulary === 'unit' && word.length <= 2 && lead !== 'number' && !/^(?:km|mi|ft|kg|lb|oz|ml|mm|cm|yd|kb|mb|gb|tb)$/u.test(word)) continue;
      if (vocabulary === 'currency' && word === canonical.toLowerCase() && prompt.slice(at, at + 3) !== canonical) continue;
      const spelled = prompt.slice(at, at + word.length);
      found.push({ value: variantsOf(vocabulary, spelled, canonical)[0] ?? spelled, at, end: at + word.length, lead, variants: variantsOf(vocabulary, spelled, canonical) });
    }
  }
  if (vocabulary === 'currency') {
    for (const [sign, code] of CURRENCY_SIGNS) {
      for (let at = prompt.indexOf(sign); at >= 0 && found.length < MAX_TERMS * 4; at = prompt.indexOf(sign, at + 1)) {
        // "$250": the sign stands before its figure, which is what it is the currency of.
        const lead = /\d/u.test(prompt[at + 1] ?? '') ? 'number' : leadBefore(flatten(prompt.slice(Math.max(0, at - 24), at)), Math.min(at, 24));
        found.push({ value: code, at, end: at + 1, lead, variants: [code, code.toLowerCase()] });
      }
    }
  }
  return found.sort((a, b) => a.at - b.at).slice(0, MAX_TERMS);
}

/**
 * The vocabulary an enum's values are written in, when every one of them (two or more) is a code or symbol of
 * one: `["USD", "EUR"]` → currency, `["en", "fr"]` → language, `["km", "mi"]` → unit.
 */
export function vocabularyOf(values: readonly unknown[]): Vocabulary | undefined {
  const texts = values.filter((value): value is string => typeof value === 'string');
  if (texts.length < 2 || texts.length !== values.length) return undefined;
  for (const [vocabulary, codes] of CODES) {
    if (texts.every((text) => codes.has(text.toLowerCase()))) return vocabulary;
  }
  return undefined;
}
