// Whether what a prompt writes is a person's name, for a property that wants one (customer, assignee, reviewer):
// "a customer named John Smith" and "to ZOE" are; "a PR titled Fix login", "a task called Quarterly report" and
// "a PR" are not. Each answer reads a few words before one mention: constant work per mention. Also who a thing is
// handed to ("assign it to maria").
import type { Mention } from '../mentions.js';
import { PERSON_WORDS } from '../kinds.js';
import { trimEndOf } from '../../../trim-marks.js';

/** What a "called/named X" phrase names: a person, a thing, or either (then X counts as it would without the cue). */
export type Naming = 'person' | 'thing' | 'either';

/** Nouns for a person besides the property words: "a contact named …", "someone called …". */
const PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...PERSON_WORDS, 'contact', 'client', 'user', 'friend', 'someone', 'somebody', 'guy', 'man', 'woman', 'lady', 'boy', 'girl',
  'kid', 'child', 'son', 'daughter', 'doctor', 'candidate', 'applicant', 'driver', 'passenger', 'tenant', 'player', 'partner',
  'volunteer', 'contractor', 'lead', 'buyer', 'seller', 'owner', 'admin', 'teacher', 'nurse', 'coach',
]);
/** Nouns for things that are given a name ("a playlist called Road Trip", "a PR named Fix login"). */
const THING_NOUNS: ReadonlySet<string> = new Set([
  'pr', 'issue', 'ticket', 'task', 'todo', 'event', 'meeting', 'call', 'playlist', 'project', 'channel', 'file', 'document',
  'doc', 'page', 'post', 'note', 'reminder', 'list', 'folder', 'repo', 'repository', 'branch', 'team', 'group', 'board',
  'album', 'song', 'book', 'movie', 'film', 'show', 'app', 'feature', 'bug', 'report', 'email', 'message', 'workspace',
  'sheet', 'spreadsheet', 'table', 'database', 'product', 'item', 'campaign', 'course', 'company', 'restaurant', 'hotel',
  'place', 'shop', 'store', 'street', 'town', 'city', 'village', 'series', 'game', 'label', 'tag', 'category',
]);
/** Common acronyms, never a person's name however they stand ("assign it to QA" is a team; "for the API" a thing). */
const ACRONYMS: ReadonlySet<string> = new Set([
  'pr', 'api', 'url', 'pdf', 'csv', 'sql', 'json', 'xml', 'html', 'css', 'ui', 'ux', 'cli', 'sdk', 'aws', 'gcp', 'db', 'id',
  'vpn', 'ip', 'dns', 'http', 'https', 'ssh', 'ci', 'cd', 'qr', 'faq', 'eta', 'asap', 'usd', 'eur', 'gbp', 'utc', 'gmt',
  'pst', 'est', 'crm', 'erp', 'seo', 'kpi', 'okr', 'roi', 'tv', 'pc', 'os', 'usb', 'gpu', 'cpu', 'ram', 'ssd', 'mvp', 'poc',
]);
/** Words right before a name in capitals that make it a person's: "to ZOE", "ask AJ", "cc JB". */
const CAPITALS_LEADS: ReadonlySet<string> = new Set([
  'to', 'with', 'for', 'ask', 'tell', 'ping', 'cc', 'remind', 'invite', 'notify', 'let', 'thank', 'call', 'email', 'message',
  'text', 'pay', 'meet', 'assign', 'and',
]);
/** Titles written before a person's name with a full stop that ends no sentence: "Dr. Ana Lopez". */
export const PERSON_TITLES: ReadonlySet<string> = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'rev', 'sr', 'jr', 'st']);

/** Whether the full stop at `dot` ends a person's title ("Dr." of "Dr. Ana Lopez"): a look at the few letters before it. */
export function endsTitle(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start < 5 && /\p{L}/u.test(text[start - 1] ?? '')) start -= 1;
  return (start === 0 || !/\p{L}/u.test(text[start - 1] ?? '')) && PERSON_TITLES.has(text.slice(start, dot).toLowerCase());
}
const CAPITALS = /^\p{Lu}{2,6}$/u;
/** How far back the words before a mention are read: enough for two words and the space between them. */
const LOOK_BACK = 60;

/** The lower-case words that end just before `at`, the nearest last, at most two. */
function wordsBefore(prompt: string, at: number): string[] {
  const before = prompt.slice(Math.max(0, at - LOOK_BACK), at).toLowerCase();
  const words = before.match(/[\p{L}\p{N}'’]+/gu) ?? [];
  return words.slice(-2);
}

/** What the "called/named X" phrase names, from its cue and the noun before it. */
export function namingOf(prompt: string, named: Mention): Naming {
  const [noun = '', cue = ''] = wordsBefore(prompt, named.at);
  if (cue !== 'named' && cue !== 'called') return 'thing';
  if (PERSON_NOUNS.has(noun)) return 'person';
  return THING_NOUNS.has(noun) ? 'thing' : 'either';
}

/**
 * Whether a capitalised mention can be a person's name: any mixed-case one, and a word in capitals that is no
 * common acronym and stands right after a word that leads a person ("to ZOE", "Ask AJ"), not after an article.
 */
export function mayBePersonName(prompt: string, mention: Mention): boolean {
  if (!CAPITALS.test(mention.value)) return true;
  if (ACRONYMS.has(mention.value.toLowerCase())) return false;
  const lead = wordsBefore(prompt, mention.at).at(-1);
  return lead !== undefined && CAPITALS_LEADS.has(lead);
}

/** Verbs that hand a thing to someone ("assign it to maria", "give it to priya"), and pronouns for the thing. */
const HANDING: readonly string[] = ['assign', 'assigned', 'reassign', 'give', 'hand'];
const THING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'this', 'that', 'them']);
const HANDLE = /^@?[\p{L}][\p{L}\p{N}._-]*$/u;
/** Words after "assign to" that are no one's handle: determiners ("the backend team") and indefinite pronouns. */
const NO_HANDLES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'some', 'any',
  'whoever', 'whomever', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'nobody', 'no', 'us', 'him', 'team',
]);

/**
 * Who a thing is handed to, for an assignee: the handle after "assign (it) to" or "give/hand it to", written in
 * lower case or with an at sign ("maria", "@dev-kim"). Word-index look-ups for the verbs, then a few words read after each.
 */
export function handedTo(prompt: string, words: ReadonlyMap<string, readonly number[]>): Mention[] {
  const found: Mention[] = [];
  for (const verb of HANDING) {
    for (const start of words.get(verb) ?? []) {
      const after = prompt.slice(start + verb.length, start + verb.length + 60).split(/\s+/u).filter((word) => word !== '');
      // "give it to", "assign to": a pronoun only between the verb and "to", and give/hand only with one.
      const pronoun = THING_PRONOUNS.has((after[0] ?? '').toLowerCase()) ? 1 : 0;
      if ((after[pronoun] ?? '').toLowerCase() !== 'to' || (pronoun === 0 && !verb.includes('assign'))) continue;
      const handle = trimEndOf(after[pronoun + 1] ?? '', '.,;:!?)');
      // A capitalised name ("Maria Lopez") is read whole where people are read; this reads handles ("maria", "@dev-kim").
      if (!HANDLE.test(handle) || /^\p{Lu}/u.test(handle) || THING_PRONOUNS.has(handle.toLowerCase()) || NO_HANDLES.has(handle.toLowerCase()) || handle.toLowerCase() === 'me') continue;
      const at = prompt.indexOf(handle, start + verb.length);
      found.push({ value: handle, at, end: at + handle.length });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}
