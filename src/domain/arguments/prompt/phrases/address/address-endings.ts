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

/** Past-tense or narrative words that make the figure before them a year ("London 2019 was great", "Milano 2024 edition"). */
const NARRATIVE = new Set([
  'was', 'were', 'had', 'did', 'edition', 'season', 'vintage', 'trip', 'summer', 'winter', 'spring', 'autumn', 'fall',
  'holiday', 'holidays', 'vacation', 'visit', 'olympics', 'games', 'festival', 'tour', 'event', 'conference', 'marathon',
]);

/**
 * A year from 1900 to 2099 at `at`..`end` that runs on into a narrative word: "London 2019 was great", "Milano 2024
 * edition". Before any other word ("Sydney 2000 located", "… 2000 via the main road") it stays a postal code.
 */
export function yearInProse(text: string, at: number, end: number): boolean {
  if (!/^(?:19|20)\d{2}$/u.test(text.slice(at, end))) return false;
  const word = WORD_AFTER.exec(text.slice(end, end + 34))?.[1]?.replace(/\.+$/u, '');
  return word !== undefined && NARRATIVE.has(word);
}
