// People a prompt makes statements about: a capitalised name opening a sentence (or following a colon) before "is", "was", "has"…
// ("Alice is 30" → Alice), for a name property. A sentence's first word is capitalised whatever it is, so only a
// name followed by such a verb counts. One pass over sentence starts: linear in the prompt. Also a work played and
// its author ("Put on Abbey Road by the Beatles" → Abbey Road, the Beatles): a bounded window after each play verb.
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

/** Verbs that play a work: "play", "put on", "queue up", "listen to". */
const PLAYS = /\b(?:play|put\s{1,3}on|throw\s{1,3}on|stick\s{1,3}on|queue(?:\s{1,3}up)?|listen\s{1,3}to|stream|blast)\s{1,3}/giu;
/**
 * After one, a title and " by " (a title is a few words; the first " by " ends it). Bounded repetitions on a bounded
 * window: constant work per verb.
 */
const TITLE_BY = /^(?:some\s{1,3})?(["'“‘]?)([^\s"'“‘,.;!?][^,.;!?\n"“”]{0,60}?)["'”’]?\s{1,3}by\s{1,3}/u;
/** Words a title never starts with: a play verb's other senses ("play with the kids by the pool"). */
const NOT_TITLES = new Set(['with', 'in', 'at', 'on', 'for', 'to', 'around', 'it', 'me', 'them', 'that', 'this', 'back', 'along', 'games', 'a']);
/** Lower-case words inside an author's name: "Florence and the Machine", "Earth, Wind & Fire" stops at its comma. */
const AUTHOR_LINKS = new Set(['and', '&', 'the', 'of', 'de', 'van', 'von']);
const WINDOW = 160;
const MAX_AUTHOR_WORDS = 6;

/** A work played and its author, as written. */
export interface WorkBy {
  work: Mention;
  author: Mention;
}

/** The author's name at `from`: capitalised words, "the" before them and a few linking words between them. */
function authorAt(prompt: string, from: number): Mention | undefined {
  const words = /[^\s,.;:!?()]+/guy;
  let end = -1;
  let at = from;
  let start = -1;
  for (let count = 0; count < MAX_AUTHOR_WORDS; count += 1) {
    words.lastIndex = at;
    const word = words.exec(prompt);
    if (word === null) break;
    const capital = /^\p{Lu}/u.test(word[0]);
    if (!capital && !AUTHOR_LINKS.has(word[0].toLowerCase())) break;
    if (start < 0) start = word.index;
    at = word.index + word[0].length;
    // An initial keeps its full stop: "Ben E. King".
    if (capital && word[0].length === 1 && prompt.charAt(at) === '.') at += 1;
    if (capital) end = at;
    const gap = /^[ \t]{1,3}/u.exec(prompt.slice(at, at + 4));
    if (gap === null) break;
    at += gap[0].length;
  }
  return end < 0 ? undefined : { value: prompt.slice(start, end), at: start, end };
}

/** Each work a play verb names with its author ("Play Thriller by Michael Jackson"), in prompt order. */
export function findWorksBy(prompt: string): WorkBy[] {
  const found: WorkBy[] = [];
  for (const verb of prompt.matchAll(PLAYS)) {
    const from = verb.index + verb[0].length;
    const window = prompt.slice(from, from + WINDOW);
    const title = TITLE_BY.exec(window);
    const text = title?.[2]?.trim();
    if (title === null || text === undefined || text === '' || NOT_TITLES.has(text.split(/\s/u)[0]!.toLowerCase())) continue;
    const author = authorAt(prompt, from + title[0].length);
    if (author === undefined) continue;
    const at = from + title[0].indexOf(title[2]!);
    found.push({ work: { value: text, at, end: at + text.length }, author });
  }
  return found;
}
