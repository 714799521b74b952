// The IANA timezone of a place a prompt names, for a property that wants a timezone ("the time in Tokyo" →
// Asia/Tokyo): the zone itself when the prompt writes one (`Europe/Berlin`, `UTC`), else the zone of a large city
// or a country with one zone. A place not in the table is given as the prompt names it.

/** Lower-case place → zone: capitals and large cities, and countries that keep one zone. */
const ZONES: ReadonlyMap<string, string> = new Map(Object.entries({
  tokyo: 'Asia/Tokyo', osaka: 'Asia/Tokyo', japan: 'Asia/Tokyo', seoul: 'Asia/Seoul', korea: 'Asia/Seoul',
  beijing: 'Asia/Shanghai', shanghai: 'Asia/Shanghai', china: 'Asia/Shanghai', 'hong kong': 'Asia/Hong_Kong',
  taipei: 'Asia/Taipei', singapore: 'Asia/Singapore', bangkok: 'Asia/Bangkok', jakarta: 'Asia/Jakarta',
  manila: 'Asia/Manila', 'kuala lumpur': 'Asia/Kuala_Lumpur', delhi: 'Asia/Kolkata', 'new delhi': 'Asia/Kolkata',
  mumbai: 'Asia/Kolkata', bangalore: 'Asia/Kolkata', india: 'Asia/Kolkata', karachi: 'Asia/Karachi',
  dubai: 'Asia/Dubai', 'abu dhabi': 'Asia/Dubai', riyadh: 'Asia/Riyadh', tehran: 'Asia/Tehran', istanbul: 'Europe/Istanbul',
  'tel aviv': 'Asia/Jerusalem', jerusalem: 'Asia/Jerusalem', cairo: 'Africa/Cairo', lagos: 'Africa/Lagos',
  nairobi: 'Africa/Nairobi', johannesburg: 'Africa/Johannesburg', 'cape town': 'Africa/Johannesburg',
  london: 'Europe/London', dublin: 'Europe/Dublin', lisbon: 'Europe/Lisbon', madrid: 'Europe/Madrid',
  barcelona: 'Europe/Madrid', paris: 'Europe/Paris', france: 'Europe/Paris', brussels: 'Europe/Brussels',
  amsterdam: 'Europe/Amsterdam', berlin: 'Europe/Berlin', munich: 'Europe/Berlin', germany: 'Europe/Berlin',
  zurich: 'Europe/Zurich', geneva: 'Europe/Zurich', rome: 'Europe/Rome', milan: 'Europe/Rome', italy: 'Europe/Rome',
  vienna: 'Europe/Vienna', prague: 'Europe/Prague', warsaw: 'Europe/Warsaw', stockholm: 'Europe/Stockholm',
  oslo: 'Europe/Oslo', copenhagen: 'Europe/Copenhagen', helsinki: 'Europe/Helsinki', athens: 'Europe/Athens',
  kyiv: 'Europe/Kyiv', moscow: 'Europe/Moscow', 'new york': 'America/New_York', boston: 'America/New_York',
  washington: 'America/New_York', miami: 'America/New_York', atlanta: 'America/New_York', toronto: 'America/Toronto',
  montreal: 'America/Toronto', chicago: 'America/Chicago', houston: 'America/Chicago', dallas: 'America/Chicago',
  denver: 'America/Denver', phoenix: 'America/Phoenix', 'los angeles': 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles', seattle: 'America/Los_Angeles', vancouver: 'America/Vancouver',
  'mexico city': 'America/Mexico_City', 'sao paulo': 'America/Sao_Paulo', 'são paulo': 'America/Sao_Paulo',
  'rio de janeiro': 'America/Sao_Paulo', 'buenos aires': 'America/Argentina/Buenos_Aires', lima: 'America/Lima',
  bogota: 'America/Bogota', santiago: 'America/Santiago', honolulu: 'Pacific/Honolulu', sydney: 'Australia/Sydney',
  melbourne: 'Australia/Melbourne', brisbane: 'Australia/Brisbane', perth: 'Australia/Perth', auckland: 'Pacific/Auckland',
  'new zealand': 'Pacific/Auckland', reykjavik: 'Atlantic/Reykjavik', iceland: 'Atlantic/Reykjavik',
}));

/** The zone of a place the prompt names: from the table, else the place as written. */
export function zoneOf(place: string): string {
  return ZONES.get(place.toLowerCase()) ?? place;
}

/** Abbreviations a prompt may write for a zone, taken as they are. */
const ABBREVIATIONS = new Set(['UTC', 'GMT', 'Z']);

/**
 * Zones the prompt writes itself, in order: `Area/Location` names (`Europe/Berlin`, `America/Argentina/Salta`) and
 * UTC or GMT. One pass over whitespace-separated tokens.
 */
export function writtenZones(prompt: string): Array<{ value: string; at: number; end: number }> {
  const found: Array<{ value: string; at: number; end: number }> = [];
  let at = 0;
  for (const token of prompt.split(/\s/)) {
    const value = trimPunctuation(token);
    const start = at + token.indexOf(value);
    if (ABBREVIATIONS.has(value) || isAreaName(value)) found.push({ value, at: start, end: start + value.length });
    at += token.length + 1;
  }
  return found;
}

function trimPunctuation(token: string): string {
  let from = 0;
  let to = token.length;
  while (from < to && '"\'(,'.includes(token[from]!)) from += 1;
  while (to > from && '"\'),.;:?!'.includes(token[to - 1]!)) to -= 1;
  return token.slice(from, to);
}

const AREAS = new Set(['Africa', 'America', 'Antarctica', 'Asia', 'Atlantic', 'Australia', 'Europe', 'Indian', 'Pacific', 'Etc']);

/** `Area/Location[/More]`, each part a capitalised word of letters, `_` and `-`. */
function isAreaName(value: string): boolean {
  const parts = value.split('/');
  if (parts.length < 2 || parts.length > 3 || !AREAS.has(parts[0]!)) return false;
  return parts.slice(1).every((part) => part.length > 0 && part.length <= 32 && part[0]! >= 'A' && part[0]! <= 'Z' && [...part].every((char) => /[A-Za-z_+-]/.test(char)));
}
