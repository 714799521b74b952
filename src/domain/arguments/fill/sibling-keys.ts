// Where a free-text value read after a key stops: at the next key of its object ("with title Lunch and note bring
// cake" → title "Lunch"). The keys of an object are indexed once by the words each spelling begins with, so a
// clause costs a few look-ups a word whatever the number of properties (thousands once cost seconds a request).
import { BoundedCache, cacheKey, regExpBytes } from '../cache.js';
import { nameAlternation, nameWords } from '../prompt/names.js';
import { endsTitle } from '../prompt/phrases/person-cues.js';

/** Spellings are indexed by their first words, at most this many; longer ones are told apart by their pattern. */
const KEY_WORDS = 8;
/** Names that differ only in case share a pattern: so many of them are kept a key (one may be the property's own). */
const SAME_PATTERN = 2;

/** The property names of one object, by the words each way a prompt may spell them begins with. */
export interface SiblingKeys {
  /** A spelling's lead and first words, folded ("city name", "$ref"), to the names so spelled. */
  byKey: ReadonlyMap<string, readonly Entry[]>;
  /** Names without a letter or digit ("$"), looked for through the whole clause. */
  loose: readonly string[];
  /** The most words a key holds. */
  words: number;
}

interface Entry {
  name: string;
  /** Characters of the spelling before its first word (`$` of `$ref`). */
  back: number;
}

/** Text compared as the /iu flag compares it, separators as one space (`ſ`, `K` and `_` become `s`, `k`, ` `). */
const fold = (text: string): string => text.toLowerCase().toUpperCase().toLowerCase().replace(/[\s_-]/gu, ' ');

const WORDS = /[\p{L}\p{N}]+/gu;
/** What may stand before a key's first word and after the space before the key: not a space, letter or digit. */
const LEAD_BEFORE_WORD = /[^\s\p{L}\p{N}]{0,16}$/u;

/** The key of a spelling (its lead and first words with what stands between them) and its word count. */
function spellingKey(spelling: string): { key: string; back: number; words: number } | undefined {
  const runs = [...spelling.matchAll(WORDS)].slice(0, KEY_WORDS);
  const first = runs[0];
  const last = runs.at(-1);
  if (first === undefined || last === undefined) return undefined;
  return { key: fold(spelling.slice(0, last.index + last[0].length)), back: first.index, words: runs.length };
}

export function siblingKeys(names: readonly string[]): SiblingKeys {
  const byKey = new Map<string, Entry[]>();
  const kept = new Map<string, number>();
  const loose: string[] = [];
  let words = 1;
  for (const name of names) {
    const nameWordList = nameWords(name);
    let indexed = false;
    for (const spelling of new Set([name, nameWordList.join(' '), nameWordList.join('')])) {
      const found = spellingKey(spelling);
      if (found === undefined) continue;
      indexed = true;
      words = Math.max(words, found.words);
      const same = `${found.key}\u0000${found.back}\u0000${fold(name)}`;
      const count = kept.get(same) ?? 0;
      if (count >= SAME_PATTERN) continue;
      kept.set(same, count + 1);
      const entries = byKey.get(found.key);
      if (entries === undefined) byKey.set(found.key, [{ name, back: found.back }]);
      else entries.push({ name, back: found.back });
    }
    if (!indexed) loose.push(name);
  }
  return { byKey, loose, words };
}

const siblingNames = new BoundedCache<RegExp>({ maxEntries: 2048, maxBytes: 8 * 1024 * 1024, sizeOf: regExpBytes });

/** A sibling's name as a whole word, sticky: tried only where a spelling of it may begin. */
function siblingPattern(name: string): RegExp {
  const key = cacheKey(name);
  let pattern = siblingNames.get(key);
  if (pattern === undefined) {
    pattern = new RegExp(`(?:${nameAlternation(name)})(?![\\p{L}\\p{N}_])`, 'iuy');
    siblingNames.set(key, pattern);
  }
  return pattern;
}

/** Where a sibling key starts cutting the clause: the spaces (and an "and"/"with") before its name. */
function cutBefore(clause: string, at: number): number | undefined {
  let start = at;
  while (start > 0 && /\s/u.test(clause[start - 1] ?? '')) start -= 1;
  if (start === at) return undefined;
  const word = /(?:^|\s)(and|with)$/iu.exec(clause.slice(Math.max(0, start - 5), start));
  if (word === null) return start;
  let before = start - (word[1] ?? '').length;
  while (before > 0 && /\s/u.test(clause[before - 1] ?? '')) before -= 1;
  return before < start - (word[1] ?? '').length ? before : start;
}

/** The cut a key of `name` starting at `from` makes, if its pattern matches there after a space. */
function cutAt(clause: string, args: { name: string; from: number }): number | undefined {
  if (args.from <= 0 || !/\s/u.test(clause[args.from - 1] ?? '')) return undefined;
  const pattern = siblingPattern(args.name);
  pattern.lastIndex = args.from;
  return pattern.test(clause) ? cutBefore(clause, args.from) : undefined;
}

/** The cut a key of another property starting at the word at `index` (or at its lead) makes, if one does. */
function cutAtWord(clause: string, at: { index: number; ends: readonly number[]; keys: SiblingKeys; own: string }): number | undefined {
  const lead = LEAD_BEFORE_WORD.exec(clause.slice(Math.max(0, at.index - 16), at.index))?.[0] ?? '';
  const backs = lead === '' ? [0] : [0, lead.length];
  for (const end of at.ends) {
    for (const back of backs) {
      for (const entry of at.keys.byKey.get(fold(clause.slice(at.index - back, end))) ?? []) {
        if (entry.name === at.own || entry.back !== back) continue;
        const cut = cutAt(clause, { name: entry.name, from: at.index - back });
        if (cut !== undefined) return cut;
      }
    }
  }
  return undefined;
}

/** The first cut a name without letters or digits makes, looked for through the clause. */
function looseCut(clause: string, name: string): number | undefined {
  const pattern = new RegExp(`(?:${nameAlternation(name)})(?![\\p{L}\\p{N}_])`, 'giu');
  for (const match of clause.matchAll(pattern)) {
    const cut = cutBefore(clause, match.index);
    if (cut !== undefined) return cut;
  }
  return undefined;
}

/**
 * Where the clause that opens `rest` ends: at a mark (! ? ; , or a line break) or a full stop before a space, but
 * not the full stop of a title ("to Dr. Ana Lopez saying hi" goes on).
 */
function clauseEnd(rest: string): number {
  for (let at = 0; at < rest.length; at += 1) {
    const char = rest[at]!;
    if ('!?;,\n'.includes(char)) return at;
    if (char === '.' && (at + 1 === rest.length || /\s/u.test(rest[at + 1]!)) && !endsTitle(rest, at)) return at;
  }
  return rest.length;
}

/** The free text after a key: up to the end of the clause or the first key of another property of its object. */
export function clauseAfterKey(rest: string, keys: { siblings: SiblingKeys; own: string }): string {
  const clause = rest.slice(0, clauseEnd(rest));
  const runs = [...clause.matchAll(WORDS)];
  let cut: number | undefined;
  for (let index = 0; index < runs.length && cut === undefined; index += 1) {
    const ends = runs.slice(index, index + keys.siblings.words).map((run) => run.index + run[0].length);
    cut = cutAtWord(clause, { index: runs[index]!.index, ends, keys: keys.siblings, own: keys.own });
  }
  for (const name of keys.siblings.loose) {
    if (name === keys.own) continue;
    const found = looseCut(clause, name);
    if (found !== undefined && (cut === undefined || found < cut)) cut = found;
  }
  return cut === undefined ? clause : clause.slice(0, cut);
}
