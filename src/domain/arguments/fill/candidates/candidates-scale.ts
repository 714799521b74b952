// The end of a scale a prompt names in words ("full brightness", "all the way up", "mute the speaker"): for a
// number declaring both its minimum and maximum, that maximum or minimum. Tried only when the prompt writes no
// number for it (leftoverCandidates), and only beside the property's own words ("volume to max", "full brightness"),
// never in another sense ("Mad Max", "full moon", "max temperature") nor negated ("not at max"). Found by look-ups
// in the prompt's word index (occurrences), never by a pass over the prompt.
import type { Candidate } from './candidate.js';
import type { CandidateContext } from './candidates-explicit.js';
import { valuesFor } from '../convert.js';
import { occurrences } from '../../prompt/prompt-index.js';
import { negatedBefore, wordsAfter, wordsBefore } from './nearby-words.js';
import type { PropertyView } from '../schema-view.js';

/** Words that name an end only beside a word of the property ("max volume", "volume to max"). */
const TOP = ['full', 'max', 'maximum', 'highest'];
const BOTTOM = ['minimum', 'lowest'];
/** Phrases that set a scale's end by themselves ("turn it all the way up"). */
const SETTINGS: ReadonlyArray<readonly [string, 'maximum' | 'minimum']> = [['all the way up', 'maximum'], ['all the way down', 'minimum']];
/** Words that silence: the bottom of a volume only. */
const SILENT = ['mute', 'muted', 'silent', 'silence'];
const SOUND: ReadonlySet<string> = new Set(['volume', 'sound', 'audio', 'loudness', 'speaker']);
/** How many words on each side a property's word may stand from the scale word. */
const NEAR = 3;

/** The property's words and its description's nouns that tie a scale word to it; scale words themselves are not. */
function ownWords(property: PropertyView): Set<string> {
  const own = new Set([...property.words, ...property.described.nouns].filter((word) => word.length > 2));
  for (const word of [...TOP, ...BOTTOM]) own.delete(word);
  return own;
}

/** The scale's ends the prompt names for this property, in prompt order. */
export function scaleEndCandidates(context: CandidateContext): Candidate[] {
  const { property, facts } = context;
  const { scale } = property;
  if (scale === undefined) return [];
  const index = facts.index();
  const own = ownWords(property);
  const sound = [...own].some((word) => SOUND.has(word));
  const near = (at: number, end: number): boolean =>
    [...wordsBefore(facts.prompt, at, NEAR), ...wordsAfter(facts.prompt, end, NEAR)].some((word) => own.has(word));
  const phrases: Array<{ phrase: string; value: number; tied: boolean }> = [
    ...TOP.map((phrase) => ({ phrase, value: scale.maximum, tied: true })),
    ...BOTTOM.map((phrase) => ({ phrase, value: scale.minimum, tied: true })),
    ...SETTINGS.map(([phrase, end]) => ({ phrase, value: scale[end], tied: false })),
    ...(sound ? SILENT.map((phrase) => ({ phrase, value: scale.minimum, tied: false })) : []),
  ];
  const found: Candidate[] = [];
  for (const { phrase, value, tied } of phrases) {
    for (const at of occurrences(index, phrase)) {
      const end = at + phrase.length;
      // A whole word or phrase: "fullest" or "maxed" is not "full" or "max".
      if (/[\p{L}\p{N}]/u.test(index.flat.charAt(end))) continue;
      if (negatedBefore(facts.prompt, at, 2) || (tied && !near(at, end))) continue;
      found.push({ values: valuesFor(property, String(value)), at, end });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}
