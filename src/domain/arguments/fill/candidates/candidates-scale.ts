// The end of a scale a prompt names in words ("full brightness", "all the way up", "mute the speaker"): for a
// number declaring both its minimum and maximum, that maximum or minimum. Found by look-ups in the prompt's word
// index (occurrences), never by a pass over the prompt.
import type { Candidate } from './candidate.js';
import type { CandidateContext } from './candidates-explicit.js';
import { valuesFor } from '../convert.js';
import { occurrences } from '../../prompt/prompt-index.js';

/** Words and phrases (folded as the index folds them) that name the top of a scale, and its bottom. */
const TOP = ['full', 'max', 'maximum', 'highest', 'all the way up'];
const BOTTOM = ['mute', 'muted', 'silent', 'minimum', 'lowest', 'all the way down'];

/** The scale's ends the prompt names, in prompt order. */
export function scaleEndCandidates(context: CandidateContext): Candidate[] {
  const { property, facts } = context;
  const { scale } = property;
  if (scale === undefined) return [];
  const index = facts.index();
  const found: Candidate[] = [];
  for (const [phrases, value] of [[TOP, scale.maximum], [BOTTOM, scale.minimum]] as const) {
    for (const phrase of phrases) {
      for (const at of occurrences(index, phrase)) {
        const end = at + phrase.length;
        // A whole word or phrase: "fullest" or "maxed" is not "full" or "max".
        if (/[\p{L}\p{N}]/u.test(index.flat.charAt(end))) continue;
        found.push({ values: valuesFor(property, String(value)), at, end });
      }
    }
  }
  return found.sort((a, b) => a.at - b.at);
}
