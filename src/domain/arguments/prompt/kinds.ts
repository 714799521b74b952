// What a property wants from a prompt: a role (a place, a timezone, free text, a path…) and the data formats
// to look for, judged from its name, from its declared format, and, when the name says little (`to`,
// `target`, `value`), from the first clause of its description ("Recipient email address").

/** The kind of prompt value a property is likely to want. */
export type Role = 'location' | 'timezone' | 'text' | 'message' | 'title' | 'label' | 'path' | 'channel' | 'command' | 'owner' | 'repo' | 'branch' | 'identifier' | 'name' | 'expression' | 'pattern' | 'language' | 'currency' | 'unit' | 'other';

/** Roles of free text: a search phrase (`text`), what is said (`message`), a short name for it (`title`). */
export const FREE_TEXT_ROLES: ReadonlySet<Role> = new Set(['text', 'message', 'title']);

/** Data formats that can be found verbatim in a prompt. */
export type FormatKind = 'email' | 'uri' | 'uuid' | 'date' | 'date-time' | 'time' | 'ipv4' | 'hostname' | 'phone';

export interface PropertyKind {
  role: Role;
  /** Format kinds to look for in the prompt: the declared formats, else those the name (or description) suggests. */
  formatKinds: readonly FormatKind[];
  /** A name that is only a direction (`to`, `from`) and a description that does not say more. */
  bareDirection: boolean;
}

const LOCATION_WORDS = new Set([
  'city', 'location', 'place', 'town', 'country', 'region', 'destination', 'origin', 'address', 'province',
  'venue', 'where', 'locality', 'county', 'village', 'area', 'dest', 'from', 'to', 'departure', 'arrival',
  'restaurant', 'hotel', 'airport', 'station', 'store', 'shop', 'museum', 'stadium', 'landmark', 'pickup', 'dropoff',
]);
/** Location words that say no more than a direction: `to` is a place in a trip, an address in an email. */
const DIRECTION_WORDS = new Set(['to', 'from']);
const TEXT_WORDS = new Set([
  'query', 'q', 'search', 'prompt', 'topic', 'question', 'keywords', 'keyword', 'term', 'terms', 'phrase', 'input',
  'instruction', 'instructions', 'task',
]);
const MESSAGE_WORDS = new Set([
  'text', 'message', 'msg', 'content', 'body', 'note', 'notes', 'comment', 'caption', 'utterance', 'sentence',
  'description', 'reason', 'details', 'reply', 'memo',
]);
/** A person's or a thing's proper name: `name`, `full_name`, `attendees`, `assignee`. */
/** Words of a name that is a person's: what a thing is called ("a playlist called Chill") is not one. */
export const PERSON_WORDS: ReadonlySet<string> = new Set([
  'person', 'people', 'attendee', 'participant', 'invitee', 'assignee', 'member', 'organizer', 'author',
  'employee', 'staff', 'worker', 'colleague', 'teammate', 'reviewer', 'approver', 'manager', 'customer', 'patient', 'student', 'guest', 'speaker',
  'recipient',
]);
const NAME_WORDS = new Set(['name', 'fullname', ...PERSON_WORDS]);
const TITLE_WORDS = new Set(['title', 'subject', 'summary', 'headline', 'heading']);
/** Last words that make a name an identifier (`order_id`, `tracking_number`, `promo_code`), and names that are one. */
const ID_LAST_WORDS = new Set(['id', 'ids', 'identifier', 'number', 'no', 'code', 'key', 'ref', 'reference', 'sku', 'handle']);
const ID_WORDS = new Set(['id', 'ids', 'identifier', 'sku', 'ticker', 'symbol', 'isbn', 'asin', 'vin', 'iban', 'ref']);
const PATH_WORDS = new Set(['path', 'file', 'filename', 'filepath', 'dir', 'directory', 'folder', 'workdir', 'cwd']);
const COMMAND_WORDS = new Set(['command', 'cmd', 'script', 'code', 'sql', 'shell']);
const EXPRESSION_WORDS = new Set(['expression', 'expr', 'formula', 'equation', 'math', 'calculation']);
const PATTERN_WORDS = new Set(['pattern', 'regex', 'regexp', 'needle', 'grep']);

// A Map: looked up with words of the client's property names (`constructor` included).
const FORMAT_BY_WORD = new Map<string, readonly FormatKind[]>(Object.entries({
  email: ['email'], mail: ['email'], recipient: ['email'], recipients: ['email'], cc: ['email'], bcc: ['email'],
  url: ['uri'], uri: ['uri'], link: ['uri'], href: ['uri'], website: ['uri'], homepage: ['uri'], endpoint: ['uri'],
  uuid: ['uuid'], guid: ['uuid'],
  date: ['date', 'date-time'], deadline: ['date', 'date-time'], birthday: ['date'],
  datetime: ['date-time', 'date'], timestamp: ['date-time', 'date'], time: ['date-time', 'time', 'date'],
  ip: ['ipv4'], hostname: ['hostname'], host: ['hostname'], domain: ['hostname'],
  phone: ['phone'], mobile: ['phone'], telephone: ['phone'], tel: ['phone'], cell: ['phone'], cellphone: ['phone'], msisdn: ['phone'],
}));

const FORMAT_KINDS: ReadonlySet<string> = new Set(['email', 'uri', 'uuid', 'date', 'date-time', 'time', 'ipv4', 'hostname', 'phone']);

function kindsForDeclared(declared: string): FormatKind[] {
  const normalised = declared === 'url' || declared === 'iri' || declared === 'uri-reference' ? 'uri' : declared;
  if (normalised === 'date-time') return ['date-time', 'date'];
  if (normalised === 'date') return ['date', 'date-time'];
  return FORMAT_KINDS.has(normalised) ? [normalised as FormatKind] : [];
}

/** The format kinds the words suggest: those of the first format word among them. */
function formatKindsOfWords(words: readonly string[]): readonly FormatKind[] {
  for (const word of words) {
    const kinds = FORMAT_BY_WORD.get(word);
    if (kinds !== undefined) return kinds;
  }
  return [];
}

/** The words with plurals read as their singular (`cities` → city, `emails` → email), for an array's name. */
function singulars(words: readonly string[]): string[] {
  return words.map((word) => {
    if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
    if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
    return word;
  });
}

/** The role the words (or their singulars) suggest, format words aside. */
export function roleOf(words: readonly string[]): Role {
  const named = roleOfWords(words);
  // One `label` says what a thing is for ("a timer for the pasta"); `labels` are a tracker's tags.
  if (named === 'other' && words.includes('label')) return 'label';
  return named === 'other' ? roleOfWords(singulars(words)) : named;
}

function roleOfWords(words: readonly string[]): Role {
  // `timezone`, `tz`, `time_zone`: the zone of a place, before `time` is read as a time format.
  if (words.some((word) => word === 'timezone' || word === 'tz' || word === 'tzid') || (words.includes('time') && words.includes('zone'))) return 'timezone';
  // An `email_address` is not a place: a format word outranks the location word. A `recipient` alone is a person,
  // by address when the prompt writes one (its format kinds), else by name.
  if (words.length === 1 && words[0] === 'recipient') return 'name';
  if (formatKindsOfWords(words).length > 0) return 'other';
  if (words.includes('channel')) return 'channel';
  // `from_unit`, `currency_code`, `target_language`: the vocabulary outranks the direction and the code.
  if (words.some((word) => word === 'language' || word === 'lang')) return 'language';
  if (words.some((word) => word === 'currency' || word === 'ccy')) return 'currency';
  if (words.some((word) => word === 'unit' || word === 'uom')) return 'unit';
  if (isIdentifierName(words)) return 'identifier';
  if (words.some((word) => word === 'owner' || word === 'org' || word === 'organization')) return 'owner';
  if (words.some((word) => word === 'repo' || word === 'repository')) return 'repo';
  if (words.some((word) => word === 'branch')) return 'branch';
  if (words.some((word) => LOCATION_WORDS.has(word) && !DIRECTION_WORDS.has(word)) || onlyDirection(words)) return 'location';
  if (words.some((word) => PATH_WORDS.has(word))) return 'path';
  if (words.some((word) => EXPRESSION_WORDS.has(word))) return 'expression';
  if (words.some((word) => PATTERN_WORDS.has(word))) return 'pattern';
  if (words.some((word) => COMMAND_WORDS.has(word))) return 'command';
  if (words.some((word) => NAME_WORDS.has(word))) return 'name';
  if (words.some((word) => TITLE_WORDS.has(word))) return 'title';
  if (words.some((word) => TEXT_WORDS.has(word))) return 'text';
  if (words.some((word) => MESSAGE_WORDS.has(word))) return 'message';
  return 'other';
}

/**
 * `to`/`from` make a place when the name says nothing else (`to`, `from_city`): beside another word they only point
 * (`from_account`, "Account to take the money from", "The room whose lights to change" are no places).
 */
function onlyDirection(words: readonly string[]): boolean {
  return words.some((word) => DIRECTION_WORDS.has(word)) && words.every((word) => DIRECTION_WORDS.has(word));
}

const DESCRIBED_ROLES: ReadonlySet<Role> = new Set(['location', 'timezone', 'path', 'channel', 'branch', 'language', 'currency', 'unit']);

/** `order_id`, `tracking_number`, `ticker`: a name ending in an identifier word, or one such word alone. */
function isIdentifierName(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  if (words.length === 1) return ID_WORDS.has(last);
  return ID_LAST_WORDS.has(last) || words.some((word) => ID_WORDS.has(word) && word !== 'ref');
}

/** Words read of a description's first clause: where it says what the value is, not what it is used for. */
const MAX_DESCRIPTION_WORDS = 12;

/** The lower-case words of a description's first clause ("Recipient email address, e.g. …" → recipient, email, address). */
export function descriptionWords(description: string): string[] {
  const head = description.slice(0, 200);
  let end = head.length;
  for (let at = 0; at < head.length; at += 1) {
    const char = head[at]!;
    if (char === ',' || char === ';' || char === '(' || char === '\n' || (char === '.' && (at + 1 === head.length || head[at + 1] === ' '))) { end = at; break; }
  }
  return head.slice(0, end).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '').slice(0, MAX_DESCRIPTION_WORDS);
}

/** The role and format kinds of a property with these name words, declared formats and description. */
export function propertyKind(words: readonly string[], context: { declared: readonly string[]; description?: string | undefined }): PropertyKind {
  const declared = [...new Set(context.declared.flatMap(kindsForDeclared))];
  const named = roleOf(words);
  const bareDirection = words.length > 0 && words.every((word) => DIRECTION_WORDS.has(word));
  const nameKinds = formatKindsOfWords(words).length > 0 ? formatKindsOfWords(words) : formatKindsOfWords(singulars(words)).length > 0 ? formatKindsOfWords(singulars(words)) : dayKinds(words, context.description);
  // A bare `recipient` is a person unless its description says it is a number, an address or a channel.
  const bareRecipient = words.length === 1 && words[0] === 'recipient';
  const weak = (named === 'other' && nameKinds.length === 0) || bareDirection || (bareRecipient && recipientDescribed(context.description));
  if (!weak || context.description === undefined) {
    return { role: named, formatKinds: declared.length > 0 ? declared : timeOfDayFirst(nameKinds, { description: context.description, words }), bareDirection };
  }
  // The name says little: the description's first clause says what the value is.
  const described = descriptionWords(context.description);
  const describedKinds = formatKindsOfWords(described);
  // Only roles a description names reliably: "the text to …" or "code of the currency" say too little.
  const describedRole = roleOf(described);
  const said = describedKinds.length > 0 || DESCRIBED_ROLES.has(describedRole);
  const role = describedKinds.length > 0 ? 'other' : said ? describedRole : named;
  return { role, formatKinds: declared.length > 0 ? declared : timeOfDayFirst(describedKinds, { description: context.description, words: [...words, ...described] }), bareDirection: bareDirection && !said };
}

/** Whether a `recipient`'s description says what it is other than a person: "Phone number in E.164", "Channel ID". */
function recipientDescribed(description: string | undefined): boolean {
  if (description === undefined) return false;
  const described = descriptionWords(description);
  return described.some((word) => word === 'phone' || word === 'channel' || word === 'id' || word === 'number' || word === 'email');
}

/** A description that makes a `day` a day of the week or of the month ("Day of week", "Day of the month, 1-31"). */
const DAY_PART = /\b(?:week|weekday|month|monday|sunday)\b/iu;

/**
 * `day`, `delivery_day`: a date ("next Friday" → its ISO date), unless the description makes it a day of the week or
 * of the month. Not `days` (a count) nor `weekday` (a name), and read only when no other format word is in the name.
 */
function dayKinds(words: readonly string[], description: string | undefined): readonly FormatKind[] {
  if (words[words.length - 1] !== 'day') return [];
  return description !== undefined && DAY_PART.test(description.slice(0, 200)) ? [] : ['date', 'date-time'];
}

/** Names of a span of time, which a description may write as HH:MM too. */
const SPAN_WORDS = new Set(['duration', 'elapsed', 'length', 'timeout', 'ttl', 'interval', 'offset', 'period', 'span', 'spent', 'remaining', 'delay', 'wait', 'runtime', 'uptime']);

/** A date's shape written in a description: `YYYY`, `YY` or `DD` as a word, or the `DDTHH` of a date-time. */
const DATE_SHAPE = /(?<![a-z])(?:yyyy|yy|dd)(?![a-z])|ddthh/;

/**
 * A description that writes the shape of a time of day ("Start time, HH:MM", "ISO 8601 or HH:MM") asks for one
 * before a date-time: "on 2025-03-12 at 09:30" gives such a `start_time` 09:30, and its `date` the date. One that
 * writes it after a date's ("YYYY-MM-DD HH:MM", "YYYY-MM-DDTHH:MM:SS") asks for a date-time. Either shape says
 * what a property wants when its name does not; not for a span of time (`duration`, `elapsed`, `timeout`).
 */
function timeOfDayFirst(kinds: readonly FormatKind[], context: { description: string | undefined; words: readonly string[] }): readonly FormatKind[] {
  const { description } = context;
  // A span of time ("Elapsed time", "Duration as HH:MM") is no time of day: "at 9am" is not its value.
  if (context.words.some((word) => SPAN_WORDS.has(word))) return kinds.filter((kind) => kind !== 'time');
  if (description === undefined) return kinds;
  const shape = description.toLowerCase();
  if (!shape.includes('hh:mm')) return kinds;
  // A `window_start` described "HH:MM", or a `slot` described "YYYY-MM-DD HH:MM", wants one though its name says
  // nothing of time.
  if (DATE_SHAPE.test(shape)) return kinds.length > 0 ? kinds : ['date-time', 'date'];
  return ['time', ...kinds.filter((kind) => kind !== 'time')];
}
