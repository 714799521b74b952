// Lengths in a prompt ("1.80 m", "180 cm", "6 ft", "5 ft 10 in", "3 miles") and the unit a numeric property counts
// them in (`height_cm`, `length_m`, or `height` described "Height in centimeters"): the figure is given in the
// property's unit ("1.80 m" → 180 for height_cm), or as written when it names none. One pattern of bounded pieces.
import { NUMBER_PATTERN, parseNumber, type Mention } from '../mentions.js';

/** Units of length by the words a prompt writes them with, as meters. */
const METERS = new Map<string, number>(Object.entries({
  mm: 0.001, millimeter: 0.001, millimeters: 0.001, millimetre: 0.001, millimetres: 0.001,
  cm: 0.01, centimeter: 0.01, centimeters: 0.01, centimetre: 0.01, centimetres: 0.01,
  m: 1, meter: 1, meters: 1, metre: 1, metres: 1,
  km: 1000, kilometer: 1000, kilometers: 1000, kilometre: 1000, kilometres: 1000,
  inch: 0.0254, inches: 0.0254, ft: 0.3048, foot: 0.3048, feet: 0.3048, yd: 0.9144, yard: 0.9144, yards: 0.9144,
  mi: 1609.344, mile: 1609.344, miles: 1609.344,
}));

const UNIT_WORDS = [...METERS.keys()].sort((a, b) => b.length - a.length).join('|');
/** Thousands grouped by spaces before a unit ("12 000 km"); a group is never read alone after the digits before it. */
const SPACED = '-?\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?:\\.\\d+)?';
/** A figure and its unit, and the inches after feet ("5 ft 10 in", "5 feet 10 inches"). */
const LENGTH = new RegExp(
  `(?<![\\p{L}\\p{N}.:/-]|\\d,|\\d[ \\u00a0\\u202f])(${SPACED}|${NUMBER_PATTERN})[\\s-]{0,2}(${UNIT_WORDS})(?![\\p{L}\\p{N}])`
  + '(?:\\s{1,2}(?:and\\s{1,2})?(\\d{1,2}(?:\\.\\d{1,3})?)\\s{0,2}(?:in|inch|inches)(?![\\p{L}\\p{N}]))?',
  'giu',
);
const FEET = new Set(['ft', 'foot', 'feet']);

export interface Length extends Mention {
  /** The length in meters. */
  meters: number;
  /** The figure as written, in its own unit ("6" of "6 ft"). */
  figure: number;
}

/** The lengths a prompt writes, in prompt order. */
export function findLengths(prompt: string): Length[] {
  const found: Length[] = [];
  for (const match of prompt.matchAll(LENGTH)) {
    const [whole, written = '', unitWord = '', inches] = match;
    const figure = parseNumber(written.replace(/[ \u00a0\u202f]/gu, ''));
    const unit = unitWord.toLowerCase();
    const perUnit = METERS.get(unit);
    if (figure === undefined || perUnit === undefined) continue;
    const at = match.index ?? 0;
    // "6 ft 2 in" is one length; inches after anything but feet are not read with it.
    const withInches = inches !== undefined && FEET.has(unit);
    const end = withInches ? at + whole.length : at + whole.indexOf(unitWord, written.length) + unitWord.length;
    found.push({ value: written, at, end, meters: figure * perUnit + (withInches ? Number(inches) * 0.0254 : 0), figure });
  }
  return found;
}

/** Names that measure a length, whose unit a short word (`m`, `cm`, `ft`) or a description may say. */
const LENGTH_WORDS = new Set(['height', 'length', 'width', 'depth', 'distance', 'altitude', 'elevation', 'tall', 'thickness', 'diameter', 'radius', 'size', 'wingspan', 'span']);
/** Unit words a name counts in by themselves, and the short ones that do so beside a length word. */
const NAMED_UNITS = new Set(['meters', 'metres', 'centimeters', 'centimetres', 'millimeters', 'millimetres', 'kilometers', 'kilometres', 'feet', 'inches', 'yards', 'miles']);
const SHORT_UNITS = new Set(['m', 'cm', 'mm', 'km', 'ft', 'yd', 'mi']);

/** The unit of length a word among these spells out (`meters`, `feet`), as meters; undefined for none. */
function spelledUnitOf(words: readonly string[]): number | undefined {
  const word = words.find((candidate) => NAMED_UNITS.has(candidate));
  return word === undefined ? undefined : METERS.get(word);
}

/** The unit of length among these words, spelled out or short (`cm`, `ft`), as meters; undefined for none. */
function anyUnitOf(words: readonly string[]): number | undefined {
  const word = words.find((candidate) => NAMED_UNITS.has(candidate) || SHORT_UNITS.has(candidate));
  return word === undefined ? undefined : METERS.get(word);
}

/**
 * What a numeric property reads lengths in: `{unit}` in meters when its name (`height_cm`, `distance_miles`) or, for
 * a name that measures a length, its description ("Height in centimeters") says one; `{}` for a name that measures
 * one and says no unit (`height`: the figure as written); undefined for a property that measures no length.
 */
export function lengthUnitOf(words: readonly string[], description: readonly string[]): { unit?: number } | undefined {
  const measured = words.some((word) => LENGTH_WORDS.has(word));
  // A short unit word counts in a name only beside a length word: `height_cm`, not `m` alone.
  const named = measured ? anyUnitOf(words) : spelledUnitOf(words);
  if (named !== undefined) return { unit: named };
  if (!measured) return undefined;
  const described = anyUnitOf(description);
  return described === undefined ? {} : { unit: described };
}

/**
 * A length in a unit of `unit` meters (or its figure as written without one), as text, off floating-point noise;
 * to the nearest unit for a property that takes whole numbers only ("5 ft 10 in" → 178 cm).
 */
export function lengthIn(length: Length, wanted: { unit?: number | undefined; whole: boolean }): string {
  const value = wanted.unit === undefined ? length.figure : Number((length.meters / wanted.unit).toPrecision(12));
  return String(wanted.whole ? Math.round(value) : value);
}
