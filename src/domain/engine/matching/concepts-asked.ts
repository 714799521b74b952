// Which lexicon concepts (lexicon.ts) a prompt's words ask for: one look-up per prompt word in an index built
// once, read back in the lexicon's order. Also the words a prompt's symbols stand for ("°" for degree).
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

/** A degree sign ("72°F", "21°") says degree: its letters alone are a figure and a unit letter. */
export function symbolWords(prompt: string, words: Set<string>): Set<string> {
  if (prompt.includes('°')) words.add('degree');
  return words;
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
    const refused = concept.unless !== undefined && [...concept.unless].some((word) => words.has(word));
    if (needed && !refused && concept.alsoPhrase?.test(lowered) !== false) asked.push({ concept, words: hits });
  });
  return asked;
}
