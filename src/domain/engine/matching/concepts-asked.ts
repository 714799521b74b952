// Which lexicon concepts (lexicon.ts) a prompt's words ask for: one look-up per prompt word in an index built
// once, read back in the lexicon's order. Also the words a prompt's symbols stand for ("°" for degree), and the
// verb a phrase stands for ("Put on Abbey Road by the Beatles" asks to play it).
import { LEXICON, type Concept } from './lexicon.js';

/** Each prompt-side word and the concepts it asks for (indices into LEXICON), built once. */
const ASKING = new Map<string, number[]>();
LEXICON.forEach((concept, index) => {
  for (const word of concept.prompt) {
    const known = ASKING.get(word);
    if (known === undefined) ASKING.set(word, [index]);
    else known.push(index);
  }
});

/** A degree sign ("72°F", "21°") says degree: its letters alone are a figure and a unit letter; a work put on is played. */
export function symbolWords(prompt: string, words: Set<string>): Set<string> {
  if (prompt.includes('°')) words.add('degree');
  if (putsOnAWork(prompt)) words.add('play');
  return words;
}

/** Verbs that, with "on", start a record or a show: "put on", "throw on", "stick on". */
const PUT_ON = /\b(?:put|throw|stick)\s{1,3}on\s{1,3}/giu;
/** After them, a title and its author: "Abbey Road by the Beatles", "'Kind of Blue' by Miles Davis". Bounded. */
const WORK_BY = /^(?:the\s{1,3})?["'“‘]?\p{Lu}[^.!?;,\n]{0,60}?\s{1,3}by\s{1,3}(?:the\s{1,3})?\p{Lu}/u;
/** How much of the prompt after "put on" a title and its author are looked for in. */
const WORK_REACH = 90;

/**
 * Whether the prompt puts on a title by its author ("Put on Abbey Road by the Beatles"): a work to play, not a coat
 * or the kettle. Each "put on" looks at a bounded window after it: linear in the prompt.
 */
function putsOnAWork(prompt: string): boolean {
  for (const match of prompt.matchAll(PUT_ON)) {
    const from = match.index + match[0].length;
    if (WORK_BY.test(prompt.slice(from, from + WORK_REACH))) return true;
  }
  return false;
}

/** The concepts a prompt's words ask for, each with the words that ask: one look-up per prompt word. `lowered` is the lower-cased prompt. */
export function conceptsAsked(words: ReadonlySet<string>, lowered: string): Array<{ concept: Concept; words: string[] }> {
  // Per concept, by its index in the lexicon: read back in the lexicon's order, as the explanation lists them.
  let asking: Array<string[] | undefined> | undefined;
  for (const word of words) {
    const indices = ASKING.get(word);
    if (indices === undefined) continue;
    asking ??= [];
    for (const index of indices) (asking[index] ??= []).push(word);
  }
  if (asking === undefined) return [];
  const asked: Array<{ concept: Concept; words: string[] }> = [];
  asking.forEach((hits, index) => {
    const concept = LEXICON[index]!;
    if (hits === undefined) return;
    const needed = concept.needs === undefined || [...concept.needs].some((word) => words.has(word)) || concept.needsPhrase?.test(lowered) === true;
    const refused = concept.unless !== undefined && [...concept.unless].some((word) => words.has(word))
      && !(concept.keptBy !== undefined && [...concept.keptBy].some((word) => words.has(word)));
    if (needed && !refused && concept.alsoPhrase?.test(lowered) !== false) asked.push({ concept, words: hits });
  });
  return asked;
}
