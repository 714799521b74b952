// What may end a postal address after its city: the countries it may name, and when four digits there are a postal
// code rather than a year ("Lausanne 1003" is a code; "London 2019 was great" a year running on into the sentence).
// Reads a few characters after the figure: linear.

/** Countries an address may end with, lower-cased; any other name after a city is its state or region. */
export const COUNTRIES = new Set([
  'uk', 'u.k.', 'usa', 'us', 'u.s.', 'u.s.a.', 'united kingdom', 'united states', 'great britain', 'england', 'scotland', 'wales',
  'ireland', 'canada', 'australia', 'new zealand', 'france', 'germany', 'deutschland', 'spain', 'italy', 'netherlands', 'belgium',
  'switzerland', 'austria', 'portugal', 'sweden', 'norway', 'denmark', 'finland', 'japan', 'india', 'mexico', 'brazil',
]);

/** Four digits that may be a year rather than a postal code. */
export const YEAR = /^(?:1\d{3}|20\d{2})$/u;

/** A lower-case word right after the figure, one or two spaces on. */
const WORD_AFTER = /^\s{1,2}(\p{Ll}[\p{L}.]{0,30})/u;

/** Lower-case words that may follow a whole address in a request ("Sydney 2000 please", "… 2000 by Friday"). */
const AFTER_ADDRESS = new Set(['please', 'thanks', 'asap', 'and', 'or', 'by', 'before', 'for', 'to', 'on', 'at', 'in', 'today', 'tomorrow', 'tonight', 'now']);

/**
 * A year from 1900 to 2099 at `at`..`end` that runs on into a lower-case word, no country and none a request goes on
 * with: "London 2019 was great", "Milano 2024 edition".
 */
export function yearInProse(text: string, at: number, end: number): boolean {
  if (!/^(?:19|20)\d{2}$/u.test(text.slice(at, end))) return false;
  const word = WORD_AFTER.exec(text.slice(end, end + 34))?.[1]?.replace(/\.+$/u, '');
  return word !== undefined && !COUNTRIES.has(word) && !AFTER_ADDRESS.has(word);
}
