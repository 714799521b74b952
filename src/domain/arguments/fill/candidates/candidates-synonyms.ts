// Enum members a prompt names by another everyday word: a ticket "resolved" for `solved`, "reopen" for `open`,
// "prod" for `production`. Tried after the members named as spelled; found by look-ups in the prompt's word index
// (occurrences), only for members the enum has; never after a negation ("not resolved", "isn't fixed"); a state
// reported ("was closed by mistake") only last, when nothing else names one ("the problem was resolved"); and a word
// that is also a noun's modifier ("emergency exit") only when alone.
import { fromMention, type Candidate } from './candidate.js';
import type { CandidateContext } from './candidates-explicit.js';
import { occurrences } from '../../prompt/prompt-index.js';
import { negatedBefore, reportedState, wordsAfter } from './nearby-words.js';

/** Members' spellings (enumSpelling) and the words that name them too. A Map: keyed by the client's enum values. */
const SYNONYMS = new Map<string, readonly string[]>([
  ['open', ['reopen', 'reopened']],
  ['solved', ['resolved', 'fixed', 'closed', 'close', 'solve', 'resolve']],
  ['resolved', ['solved', 'fixed', 'resolve', 'solve']],
  ['closed', ['close', 'resolved', 'solved']],
  ['done', ['finished', 'completed', 'complete']],
  ['pending', ['waiting', 'on hold']],
  ['production', ['prod', 'live']],
  ['staging', ['stage']],
  ['development', ['dev']],
  ['urgent', ['asap', 'critical', 'emergency']],
]);

/** What an escalated ticket is, nearest first: any member still open rather than a closing one a sample could be. */
const ESCALATED = ['escalated', 'escalation', 'high', 'urgent', 'open', 'in progress', 'pending', 'new'];
/**
 * Words that name the first of these members the enum has ("Escalate ticket 7781": escalated, else high, urgent,
 * open…). A Map: keyed by prompt words.
 */
const NEAREST = new Map<string, readonly string[]>([
  ['escalate', ESCALATED],
  ['escalated', ESCALATED],
]);

/** Synonyms that name a member only when no word follows them in their clause ("an emergency!", not "emergency exit"). */
const ALONE: ReadonlySet<string> = new Set(['emergency']);
/** Words a lone synonym may still be followed by: a clause going on, not a noun it modifies. */
const GOING_ON: ReadonlySet<string> = new Set(['and', 'but', 'so', 'please', 'now', 'asap']);
/** How many words before a synonym a negation reaches ("not resolved", "not fixed yet", "isn't really finished"). */
const NEGATION_REACH = 3;

function standsAlone(prompt: string, end: number): boolean {
  const rest = prompt.slice(end, end + 2).trimStart();
  if (rest === '' || /^[.,;:!?)]/u.test(rest)) return true;
  const next = wordsAfter(prompt, end, 1)[0];
  return next === undefined || GOING_ON.has(next);
}

/**
 * The enum's members the prompt names by a synonym, in prompt order: those asked for (`named`), and those reported
 * after was/were/been/got (`reported`, the last resort: "was closed by mistake, reopen it" asks for open).
 */
export function synonymCandidates(context: CandidateContext): { named: Candidate[]; reported: Candidate[] } {
  const { property, facts } = context;
  // `own`: the word is the member's own verb ("close" for closed, "solve" for solved), which goes first among the
  // members one word names ("Close ticket 5" is closed where the enum has it, else solved).
  const found: Array<{ at: number; own: boolean; candidate: Candidate }> = [];
  const reports: Array<{ at: number; own: boolean; candidate: Candidate }> = [];
  for (const [spelling, members] of property.enumByText) {
    const words = SYNONYMS.get(spelling);
    if (words === undefined) continue;
    for (const word of words) {
      for (const at of occurrences(facts.index(), word)) {
        const end = at + word.length;
        if (/[\p{L}\p{N}]/u.test(facts.index().flat.charAt(end))) continue;
        if (negatedBefore(facts.prompt, at, NEGATION_REACH)) continue;
        if (ALONE.has(word) && !standsAlone(facts.prompt, end)) continue;
        const text = facts.prompt.slice(at, end);
        const candidate = fromMention(property, { value: text, at, end });
        const own = spelling.startsWith(word) && spelling.length - word.length <= 2;
        (reportedState(facts.prompt, { at, end }) ? reports : found).push({ at, own, candidate: { ...candidate, values: members } });
      }
    }
  }
  for (const [word, nearest] of NEAREST) {
    const members = nearest.map((spelling) => property.enumByText.get(spelling)).find((named) => named !== undefined);
    if (members === undefined) continue;
    for (const at of occurrences(facts.index(), word)) {
      const end = at + word.length;
      if (/[\p{L}\p{N}]/u.test(facts.index().flat.charAt(end)) || negatedBefore(facts.prompt, at, NEGATION_REACH)) continue;
      found.push({ at, own: false, candidate: { ...fromMention(property, { value: facts.prompt.slice(at, end), at, end }), values: members } });
    }
  }
  const byPlace = (a: { at: number; own: boolean }, b: { at: number; own: boolean }): number => a.at - b.at || Number(b.own) - Number(a.own);
  return { named: found.sort(byPlace).map(({ candidate }) => candidate), reported: reports.sort(byPlace).map(({ candidate }) => candidate) };
}
