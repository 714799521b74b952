// Candidates for a boolean property from the words of its name written in the prompt: "Find nonstop flights" →
// nonstop true, "in stock only" → in_stock true, "overwriting it" → overwrite true, "every weekday" → weekdays_only
// true; "no video", "without a video link", "not urgent", "don't overwrite" → false, within a clause ("No layovers,
// nonstop only" → true); the last mention wins; for a flag the arguments hold (required, or sampled). Words are compared by their stems, looked up in an index made once a prompt.
import type { Candidate } from './candidate.js';
import type { CandidateContext } from './candidates-explicit.js';
import type { PromptIndex } from '../../prompt/prompt-index.js';

/** Words of a flag's name that say it is one, not what it is (`is_public`, `include_images`, `in_stock_only`). */
const FILLERS = new Set(['is', 'has', 'have', 'include', 'includes', 'enable', 'enabled', 'use', 'with', 'only', 'allow', 'should', 'want', 'flag', 'do', 'can']);
/** A flag's words must say this much: `on` or `all` alone run through every sentence. */
const MIN_LETTERS = 4;
const SUFFIXES = ['ingly', 'ing', 'edly', 'ed', 'ly', 'es', 's', 'e'];
const WORD = /[\p{L}\p{N}]+/gu;

function stemOnce(word: string): string {
  for (const suffix of SUFFIXES) if (word.length - suffix.length >= 4 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  return word;
}

/** "overwriting", "overwrite" → overwrit; "recursively" → recursiv; "weekdays" → weekday. */
const stem = (word: string): string => stemOnce(stemOnce(word));

/** Words up to two before the flag's words that turn it off ("don't" is read as "don", "t"). */
const NEGATIONS: ReadonlySet<string> = new Set(['no', 'not', 'without', 'non', 'never', 'don', 'disable', 'skip'].map((word) => stem(word)));

interface StemIndex {
  stems: string[];
  at: number[];
  end: number[];
  byStem: Map<string, number[]>;
}

const indexes = new WeakMap<PromptIndex, StemIndex>();

/** The prompt's words by stem, made once a prompt (the folded prompt is shared by every look-up of it). */
function stemIndex(index: PromptIndex): StemIndex {
  const known = indexes.get(index);
  if (known !== undefined) return known;
  const made: StemIndex = { stems: [], at: [], end: [], byStem: new Map() };
  for (const match of index.flat.matchAll(WORD)) {
    const word = stem(match[0]);
    const position = made.stems.length;
    made.stems.push(word);
    made.at.push(match.index);
    made.end.push(match.index + match[0].length);
    const list = made.byStem.get(word);
    if (list === undefined) made.byStem.set(word, [position]);
    else list.push(position);
  }
  indexes.set(index, made);
  return made;
}

/** Words that start another clause: a negation before one does not reach past it ("No and nonstop"). */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'then', 'so', 'yet']);
/** Marks that end a clause: "No, nonstop please" and "No problem, send email" negate nothing. */
const CLAUSE_END = /[,.;:!?()\u2014\u2013]/u;

/** Whether a negation one or two words before the word at `first` turns it off, within its clause. */
function negatedAt(index: StemIndex, args: { first: number; flat: string }): boolean {
  for (let back = 1; back <= 2 && args.first - back >= 0; back += 1) {
    const before = args.first - back;
    // The gap after each word is scanned at most twice a flag occurrence: linear in the prompt.
    if (CLAUSE_END.test(args.flat.slice(index.end[before]!, index.at[before + 1]!))) return false;
    if (NEGATIONS.has(index.stems[before]!)) return true;
    if (CONJUNCTIONS.has(index.stems[before]!)) return false;
  }
  return false;
}

/**
 * Where the property's flag words stand together in the prompt, true or (negated) false, as asked for: the last
 * first, since a later mention corrects an earlier one ("skip the dry run? No, do a dry run first").
 */
export function* flagCandidates(context: CandidateContext): Generator<Candidate, void, undefined> {
  const words = context.property.words.filter((word) => !FILLERS.has(word)).map(stem);
  if (words.length === 0 || words.join('').length < MIN_LETTERS) return;
  const { flat } = context.facts.index();
  const index = stemIndex(context.facts.index());
  const firsts = index.byStem.get(words[0]!) ?? [];
  for (let at = firsts.length - 1; at >= 0; at -= 1) {
    const first = firsts[at]!;
    if (!words.every((word, offset) => index.stems[first + offset] === word)) continue;
    const negated = negatedAt(index, { first, flat });
    // Weak: words alone do not add an optional flag the sample left out ("List files recursively" adds no `recursive`).
    yield { values: [!negated], at: index.at[first]!, end: index.end[first + words.length - 1]!, weak: true };
  }
}
