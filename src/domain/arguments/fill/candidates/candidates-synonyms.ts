// Enum members a prompt names by another everyday word: a ticket "resolved" for `solved`, "reopen" for `open`,
// "prod" for `production`. Tried after the members named as spelled; found by look-ups in the prompt's word index
// (occurrences), only for members the enum has.
import { fromMention, type Candidate } from './candidate.js';
import type { CandidateContext } from './candidates-explicit.js';
import { occurrences } from '../../prompt/prompt-index.js';

/** Members' spellings (enumSpelling) and the words that name them too. A Map: keyed by the client's enum values. */
const SYNONYMS = new Map<string, readonly string[]>([
  ['open', ['reopen', 'reopened']],
  ['solved', ['resolved', 'fixed']],
  ['resolved', ['solved', 'fixed']],
  ['closed', ['close', 'resolved', 'solved']],
  ['done', ['finished', 'completed', 'complete']],
  ['pending', ['waiting', 'on hold']],
  ['production', ['prod', 'live']],
  ['staging', ['stage']],
  ['development', ['dev']],
  ['urgent', ['asap', 'critical', 'emergency']],
]);

/** The enum's members the prompt names by a synonym, in prompt order. */
export function synonymCandidates(context: CandidateContext): Candidate[] {
  const { property, facts } = context;
  const found: Array<{ at: number; candidate: Candidate }> = [];
  for (const [spelling, members] of property.enumByText) {
    const words = SYNONYMS.get(spelling);
    if (words === undefined) continue;
    for (const word of words) {
      for (const at of occurrences(facts.index(), word)) {
        const end = at + word.length;
        if (/[\p{L}\p{N}]/u.test(facts.index().flat.charAt(end))) continue;
        const text = facts.prompt.slice(at, end);
        const candidate = fromMention(property, { value: text, at, end });
        found.push({ at, candidate: { ...candidate, values: members } });
      }
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ candidate }) => candidate);
}
