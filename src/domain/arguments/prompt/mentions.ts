// The unit of prompt extraction: a value found at a position in the prompt, possibly one of a list
// ("Paris, London and Tokyo"). Positions let one mention fill one property only, and keep prompt order.

export interface Mention {
  /** The value as text (or the enum value itself for enum mentions). */
  value: string;
  /** Where the mention starts and ends in the prompt: a span fills at most one property. */
  at: number;
  end: number;
  /** When the mention is part of a list joined by and/or/commas: every item, in prompt order. */
  list?: readonly string[];
  /** Where that whole list lies, when it is wider than the mention (for an array property taking it all). */
  listSpan?: readonly [number, number];
}

/** Letters and digits that make up words, Unicode-aware: used for custom word boundaries. */
export const WORD_CHAR = '[\\p{L}\\p{N}_]';

const LIST_JOINER = /^\s*(?:,\s*(?:and\s+|or\s+|&\s*)?|(?:and|or|&|vs\.?|versus|plus)\s*)$/iu;

/** Whether the text between two mentions joins them into a list (a joiner is short). */
export function joinsList(between: string): boolean {
  return between.length <= 24 && LIST_JOINER.test(between) && between.trim() !== '';
}

/**
 * Groups mentions (sorted by position) into lists where only a joiner separates them, and gives each
 * member of a list of two or more the whole list.
 */
export function withLists<M extends Mention>(prompt: string, mentions: readonly M[]): M[] {
  if (mentions.length < 2) return [...mentions];
  const sorted = [...mentions].sort((a, b) => a.at - b.at);
  const grouped: M[] = [];
  let run: M[] = [];
  const flush = (): void => {
    const list = run.length > 1 ? run.map((mention) => mention.value) : undefined;
    const listSpan = [run[0]?.at ?? 0, run[run.length - 1]?.end ?? 0] as const;
    for (const mention of run) grouped.push(list === undefined ? mention : { ...mention, list, listSpan });
    run = [];
  };
  for (const mention of sorted) {
    const previous = run[run.length - 1];
    if (previous !== undefined && !joinsList(prompt.slice(previous.end, mention.at))) flush();
    run.push(mention);
  }
  flush();
  return grouped;
}

const OPENING_QUOTES = new Set(['"', "'", '“', '‘', '`']);
const CLOSING_QUOTES = new Set(['"', "'", '”', '’', '`']);
const TRAILING = /[\s.,;:!?)]/u;

/** How many more opening brackets than closing ones `text` holds between `start` and `end`. */
function openBrackets(text: string, start: number, end: number): number {
  let open = 0;
  for (let at = start; at < end; at += 1) open += text[at] === '(' ? 1 : text[at] === ')' ? -1 : 0;
  return open;
}

/** Whether the bracket at `start` is closed only by the one at `end - 1`: it wraps the whole value. */
function wraps(text: string, start: number, end: number): boolean {
  if (text[start] !== '(' || text[end - 1] !== ')') return false;
  let depth = 0;
  for (let at = start; at < end - 1; at += 1) {
    depth += text[at] === '(' ? 1 : text[at] === ')' ? -1 : 0;
    if (depth === 0) return false;
  }
  return depth === 1;
}

/**
 * Removes sentence punctuation and wrapping quotes and brackets around an extracted value (character by
 * character). A closing bracket that closes one opened in the value is part of it ("print(1)", "/tmp/(old)").
 */
export function cleanValue(text: string): string {
  const trimmed = text.trim();
  let start = 0;
  let end = trimmed.length;
  while (start < end && OPENING_QUOTES.has(trimmed[start] ?? '')) start += 1;
  while (end > start && CLOSING_QUOTES.has(trimmed[end - 1] ?? '')) end -= 1;
  let open = openBrackets(trimmed, start, end);
  while (end > start && TRAILING.test(trimmed[end - 1] ?? '')) {
    if (trimmed[end - 1] === ')' && open >= 0) break;
    if (trimmed[end - 1] === ')') open += 1;
    end -= 1;
  }
  // "(555-0142)": a bracket around the whole value goes, with what punctuation it held at its end.
  if (wraps(trimmed, start, end)) {
    start += 1;
    end -= 1;
    while (end > start && TRAILING.test(trimmed[end - 1] ?? '') && trimmed[end - 1] !== ')') end -= 1;
  }
  // "(555-0142": the closing bracket was cut off elsewhere; its opening one goes too.
  if (!trimmed.slice(start, end).includes(')')) while (start < end && trimmed[start] === '(') start += 1;
  return trimmed.slice(start, end).trim();
}

const NUMBER_WORDS = new Map<string, number>(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100, dozen: 12,
}));

/**
 * A number as written: plain ("42", "-3.5"), with thousands separators ("1,200.50"), or a small number word. A
 * comma and a digit cannot both start a repetition: "1,234,567" is read once, however long.
 */
export const NUMBER_PATTERN = `-?\\d+(?:,\\d{3})*(?:\\.\\d+)?|${[...NUMBER_WORDS.keys()].join('|')}`;
/** am/pm or o'clock after a space, which may make the number before it a time of day ("for 8 pm", "at eight o'clock"). */
export const CLOCK_AFTER = `\\s{1,2}(?:[ap]\\.?m\\.?|o['’]?clock)(?![\\p{L}])`;
/**
 * What may not follow a number read as a count: more of a number ("2.5", "3:15") or a letter ("7pm"). Bounded: no
 * backtracking. Whether am/pm after it makes it a time is decided beside the object read (clock-numbers.ts).
 */
export const COUNT_END = `(?![\\p{L}\\p{N}]|[.:/-]\\d)`;
/** What may not follow a number read as a sum or in a list: as for a count, and am/pm or o'clock. */
export const NUMBER_END = `(?![\\p{L}\\p{N}]|[.:/-]\\d|${CLOCK_AFTER})`;
const GROUPED = /^-?\d+(?:,\d{3})+(?:\.\d+)?$/u;

export function parseNumber(token: string): number | undefined {
  const word = NUMBER_WORDS.get(token.toLowerCase());
  if (word !== undefined) return word;
  const value = Number(token.includes(',') && GROUPED.test(token) ? token.replace(/,/gu, '') : token);
  return token.trim() !== '' && Number.isFinite(value) ? value : undefined;
}
