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

/** Removes sentence punctuation and wrapping quotes around an extracted value (character by character). */
export function cleanValue(text: string): string {
  const trimmed = text.trim();
  let start = 0;
  let end = trimmed.length;
  while (start < end && OPENING_QUOTES.has(trimmed[start] ?? '')) start += 1;
  while (end > start && CLOSING_QUOTES.has(trimmed[end - 1] ?? '')) end -= 1;
  while (end > start && TRAILING.test(trimmed[end - 1] ?? '')) end -= 1;
  // "(555-0142)": the closing bracket went with the punctuation; its opening one goes too.
  if (trimmed[start] === '(' && !trimmed.slice(start + 1, end).includes(')')) start += 1;
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
const GROUPED = /^-?\d+(?:,\d{3})+(?:\.\d+)?$/u;

export function parseNumber(token: string): number | undefined {
  const word = NUMBER_WORDS.get(token.toLowerCase());
  if (word !== undefined) return word;
  const value = Number(token.includes(',') && GROUPED.test(token) ? token.replace(/,/gu, '') : token);
  return token.trim() !== '' && Number.isFinite(value) ? value : undefined;
}
