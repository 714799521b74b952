// The words the place scanner (extract-places.ts) knows: particles inside names, prepositions and joiners around them,
// capitalised words that are no place, the last words of streets, numbered places, abbreviations with a full stop,
// and things counted after "for" ("a table for 2"), whose number is no house number.

export const PARTICLES = new Set(['de', 'da', 'del', 'di', 'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'upon', 'am', 'sur', 'el', 'al']);
export const PREPOSITIONS = new Set(['in', 'for', 'at', 'to', 'from', 'near', 'around', 'of', 'between', 'into', 'via', 'toward', 'towards']);
export const CONJUNCTIONS = ['and', 'or', '&', 'vs.', 'vs', 'versus'];

export const NOT_PLACES = new Set([
  'i', "i'm", 'today', 'tomorrow', 'tonight', 'yesterday', 'please', 'thanks', 'also', 'then', 'celsius',
  'fahrenheit', 'kelvin', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'am', 'pm', 'utc', 'gmt', 'json', 'api', 'call', 'use', 'what', 'how', 'ok',
]);

/** The last words of a street's name ("Baker Street", "Pennsylvania Avenue"), lower-cased. */
export const STREET_WORDS = new Set([
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'drive', 'boulevard', 'blvd', 'way', 'place', 'pl', 'court', 'ct',
  'terrace', 'square', 'close', 'crescent', 'parkway', 'pkwy', 'highway', 'hwy', 'row', 'mews', 'gardens', 'walk', 'strasse', 'straße',
]);

/** Words that open a street's name in other languages ("Rue Centrale", "Via Roma", "Calle Mayor"), lower-cased. */
export const LEADING_STREET_WORDS = new Set(['rue', 'via', 'viale', 'corso', 'piazza', 'calle', 'avenida', 'rua', 'chemin', 'allée', 'allee', 'plaza', 'carrer', 'strada', 'paseo', 'camino', 'rambla']);

/** Places that are numbered: "Room 4B", "Terminal 2", "Gate B12". */
export const NUMBERED = new Set(['room', 'terminal', 'gate', 'building', 'floor', 'suite', 'hall', 'platform', 'pier', 'level', 'track', 'bay']);

/** Words written with a full stop inside a name ("St. Louis", "Dr. Lee"): any other word's full stop ends the sentence. */
export const ABBREVIATIONS = new Set(['St', 'Ste', 'Mt', 'Ft', 'Pt', 'Dr', 'Mr', 'Mrs', 'Ms', 'Mme', 'Jr', 'Sr', 'Prof', 'Rev', 'Fr', 'Gen', 'Col', 'Lt', 'Capt', 'Sgt', 'Gov', 'Sen', 'Rep', 'Hon', 'Co', 'Inc', 'Ltd', 'Corp', 'Ave', 'Blvd', 'Rd', 'No']);

/** Things counted by a number after "for" ("a table for 2", "tickets for 2"): that number is no house number. */
export const COUNTED = new Set([
  'table', 'tables', 'ticket', 'tickets', 'seat', 'seats', 'room', 'rooms', 'reservation', 'booking', 'spot', 'spots',
  'place', 'places', 'dinner', 'lunch', 'breakfast', 'brunch', 'pass', 'passes', 'pizza', 'pizzas', 'cover', 'covers',
]);
