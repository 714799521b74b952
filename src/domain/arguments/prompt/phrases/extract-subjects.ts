// People a prompt makes statements about: a capitalised name opening a sentence (or following a colon) before "is", "was", "has"…
// ("Alice is 30" → Alice), for a name property. A sentence's first word is capitalised whatever it is, so only a
// name followed by such a verb counts. One pass over sentence starts: linear in the prompt.
import { placeAtStart } from './extract-places.js';
import type { Mention } from '../mentions.js';

/** Verbs (and the possessive) after which the words before them are the sentence's subject. */
const PREDICATES = new Set(['is', 'was', 'has', 'had', 'turns', 'turned', 'lives', 'lived', 'works', 'worked', 'joined', 'likes', 'loves', 'prefers', 'needs', 'wants', 'will']);
/** Capitalised openings that are no names: pronouns, question words, determiners, time words. */
const NOT_NAMES = new Set([
  'i', 'he', 'she', 'it', 'we', 'they', 'you', 'this', 'that', 'these', 'those', 'there', 'here', 'what', 'who', 'whom',
  'where', 'when', 'why', 'how', 'which', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'the', 'a', 'an', 'today',
  'tomorrow', 'tonight', 'yesterday', 'everyone', 'everything', 'someone', 'something', 'nobody', 'nothing', 'each', 'every',
]);
/** A name is a few words; the verb is looked for right after it. */
const MAX_SUBJECT = 80;

function sentenceStarts(prompt: string): number[] {
  const starts = [0];
  for (let at = 0; at < prompt.length; at += 1) {
    const char = prompt[at];
    if (char === '.' || char === '!' || char === '?' || char === ':' || char === '\n') {
      let next = at + 1;
      while (next < prompt.length && /\s/u.test(prompt[next] ?? '')) next += 1;
      if (next > at + 1 || char === '\n') starts.push(next);
      // Spaces and line breaks skipped start no other sentence: each character is read once.
      at = next - 1;
    }
  }
  return starts;
}

/** Capitalised names that open a sentence as its subject, in prompt order. */
export function findSubjects(prompt: string): Mention[] {
  const found: Mention[] = [];
  for (const sentence of sentenceStarts(prompt)) {
    let start = sentence;
    while (start < prompt.length && start - sentence < MAX_SUBJECT && /\s/u.test(prompt[start] ?? '')) start += 1;
    const head = prompt.slice(start, start + MAX_SUBJECT);
    const name = placeAtStart(head, NOT_NAMES);
    if (name === undefined || name.list !== undefined || !head.startsWith(name.value)) continue;
    // The possessive ("Alice's age"), or the verb right after the name ("Alice is").
    const owner = /^(.+)['’]s$/u.exec(name.value)?.[1];
    const verb = /^\s+(\p{Ll}+)/u.exec(head.slice(name.value.length))?.[1] ?? '';
    const value = owner ?? (PREDICATES.has(verb) ? name.value : undefined);
    if (value !== undefined) found.push({ value, at: start, end: start + value.length });
  }
  return found;
}
