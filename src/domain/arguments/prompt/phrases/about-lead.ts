// The words after the person a message goes to that lead what it is about: "Email Ana with the Q3 numbers", "Email
// Ana about the budget", "Email Bob re: invoice 42", where "with" naming someone ("Email Bob with Ana in cc") is
// company, no topic, and a later "about" says what the message is about ("with Maria Lopez about the budget").
import { trimEndOf } from '../../../trim-marks.js';

/** Words that lead what a message is about; "re" is read with its colon too ("re:"). */
const ABOUT_LEADS: ReadonlySet<string> = new Set(['with', 'about', 'regarding', 're']);
/** How many words a "with" may run before a later "about" ("with Maria Lopez about …", "with the team about …"). */
const COMPANY_READ = 8;
const bare = (word: string | undefined): string => trimEndOf((word ?? '').toLowerCase(), ',:');

/**
 * How many words from `at` lead what the message is about: 1 for "with", "about", "regarding", "re"/"re:", or the
 * words up to a later about/regarding/re after "with" ("with attachments about X", "with re: invoice 42"); 0 for
 * none, or for a "with" naming someone with no "about" after ("Email Bob with Ana in cc": Ana is no topic).
 */
export function aboutLeadAt(words: readonly string[], at: number): number {
  const lead = bare(words[at]);
  if (!ABOUT_LEADS.has(lead)) return 0;
  if (lead !== 'with') return 1;
  for (let next = at + 1; next < words.length && next <= at + COMPANY_READ; next += 1) {
    const word = bare(words[next]);
    if (word !== 'with' && ABOUT_LEADS.has(word)) return next + 1 - at;
    if (/[.;!?]$/u.test(words[next] ?? '')) break;
  }
  // A capitalised word after "with" names someone ("with Ana in cc"), not "I'm" or a figure ("with Q3 numbers").
  const first = words[at + 1] ?? '';
  return /^\p{Lu}\p{Ll}+,?$/u.test(first) ? 0 : 1;
}
