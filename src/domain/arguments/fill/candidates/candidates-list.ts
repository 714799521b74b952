// A list written right after an array property's key ("labels bug and frontend", "cc kim@x.org and raj@x.org",
// "Labels: bug, performance."): the whole list as the array's value, before the key's first word alone. Read word by
// word from the key's value on, at most a few dozen words.
import { wholeList, type Candidate } from './candidate.js';
import type { PromptFacts } from '../../prompt/prompt-facts.js';
import type { PropertyView } from '../schema-view.js';
import { FREE_TEXT_ROLES } from '../../prompt/kinds.js';
import { trimEndOf } from '../../../trim-marks.js';

/** Items of a written list at most: a longer run of words is prose, not a list. */
const MAX_ITEMS = 12;
/** Characters of the value read for a list of words. */
const WORD_LIST_REACH = 300;
const JOINERS = new Set(['and', 'or', '&']);
const ITEM = /^[\p{L}\p{N}@#][\p{L}\p{N}_.@#+-]*$/u;
/**
 * Words after the item a joiner brings that end the list there ("release and docs to issue 42", "… docs please",
 * "… docs before Friday"); after a comma's item they open its clause ("bug and frontend, assign to maria").
 */
const CLOSERS = new Set(['to', 'on', 'onto', 'for', 'in', 'into', 'from', 'at', 'by', 'before', 'after', 'until', 'please', 'now', 'today', 'tomorrow', 'tonight', 'then', 'so', 'as']);
/**
 * Verbs that open a clause of their own after "and" ("labels bug and assign to maria", "… and notify by email"):
 * such an item before a closing word is the next request's verb, no label. Verbs seldom used as a label's name.
 */
const CLAUSE_VERBS = new Set([
  'assign', 'reassign', 'send', 'resend', 'forward', 'notify', 'escalate', 'ping', 'tell', 'ask', 'email', 'mail', 'message',
  'text', 'dm', 'cc', 'remind', 'invite', 'mention', 'give', 'hand', 'move', 'set', 'add', 'put', 'attach', 'link', 'label',
  'tag', 'mark', 'close', 'reopen', 'open', 'create', 'file', 'submit', 'raise', 'report', 'log', 'post', 'reply', 'route',
  'transfer', 'change', 'update', 'schedule', 'make', 'let', 'call', 'share', 'pin', 'flag', 'push', 'merge', 'book',
]);
/** Words after a closer that name what the list is for ("docs and update to issue 42"): the item before is no verb. */
const TARGETS = new Set(['issue', 'issues', 'pr', 'prs', 'pull', 'ticket', 'tickets', 'task', 'tasks', 'card', 'it', 'this']);
/** The closers that lead to what the list is for ("to issue 42", "on #42"), not a time or a count ("for 3 pm", "in 1 hour"). */
const ONTO = new Set(['to', 'on', 'onto']);
/** Quotes around an item ("tag it with \"release\" and \"docs\""). */
const QUOTES = '"“”‘’\'`';
/** A list's end: punctuation that closes its clause. */
const ENDS = new Set(['.', ';', ':', '!', '?', ')']);

/** The list written at `at`, the start of an array property's value after its key; none when no list is. */
export function listAfterKey(context: { property: PropertyView; facts: PromptFacts }, at: number, rest: string): Candidate | undefined {
  const { property, facts } = context;
  if (!property.types.has('array')) return undefined;
  // A list of formatted values ("ana@x.org and li@x.org") the format reader found, starting where the value does.
  for (const kind of property.formatKinds) {
    for (const mention of facts.formatted(kind)) {
      if (mention.at < at || mention.at > at + 1) continue;
      return wholeList(property, mention, { lists: mention.listVariants });
    }
  }
  if (property.formatKinds.length > 0 || FREE_TEXT_ROLES.has(property.role) || !property.itemTypes.has('string')) return undefined;
  const words = wordList(rest.slice(0, WORD_LIST_REACH));
  if (words === undefined) return undefined;
  return wholeList(property, { value: words.items[0]!, at, end: at + words.length, list: words.items, listSpan: [at, at + words.length] });
}

/**
 * Single words joined by commas and and/or ("bug and frontend, assign to maria" → bug, frontend): an item after a
 * joiner must end the list or be followed by another joiner ("assign" is followed by "to": a new clause). Two
 * items at least; where the list ends in `text`.
 */
function wordList(text: string): { items: string[]; length: number } | undefined {
  const items: string[] = [];
  let length = 0;
  let joined = true;
  // Whether the item read next follows a joining word ("and docs"), not a comma.
  let byWord = false;
  const pattern = /\S+/gu;
  for (let match = pattern.exec(text); match !== null && items.length < MAX_ITEMS; match = pattern.exec(text)) {
    const word = match[0];
    const bare = trimEndOf(word, '.,;:!?)');
    if (JOINERS.has(bare.toLowerCase()) && items.length > 0 && bare === word) { joined = true; byWord = true; continue; }
    const item = unquoted(bare);
    if (!joined || !ITEM.test(item)) break;
    const trailing = word.slice(bare.length);
    const following = nextWord(text, pattern.lastIndex);
    const next = following?.word.toLowerCase();
    // An item is followed by a joiner, a comma or its clause's end; another word makes it the start of a clause,
    // but for a word closing the list after a joiner's item that is no verb ("bug and assign to maria"), or one
    // whose closer leads to what the list is for ("docs and update to issue 42").
    const closes = trailing === '' && byWord && next !== undefined && CLOSERS.has(next) && (!CLAUSE_VERBS.has(item.toLowerCase()) || (ONTO.has(next) && targeted(text, following!.end)));
    const ends = trailing === '' ? next === undefined || JOINERS.has(next) || closes : true;
    if (!ends) break;
    items.push(item);
    length = match.index + bare.length;
    if (closes || [...trailing].some((char) => ENDS.has(char))) break;
    joined = trailing.includes(',');
    byWord = false;
  }
  return items.length < 2 ? undefined : { items, length };
}

/** A word without the quotes around it ('"docs"' → docs); as it is when not quoted on both sides. */
function unquoted(word: string): string {
  return word.length > 2 && QUOTES.includes(word[0]!) && QUOTES.includes(word[word.length - 1]!) ? word.slice(1, -1) : word;
}

/** The word after `from` in `text` and where it ends, or undefined at its end. */
function nextWord(text: string, from: number): { word: string; end: number } | undefined {
  let at = from;
  while (at < text.length && /\s/u.test(text[at]!)) at += 1;
  let end = at;
  while (end < text.length && !/[\s,.;:!?]/u.test(text[end]!)) end += 1;
  return end === at ? undefined : { word: text.slice(at, end), end };
}

/** Whether the word after `from` names what the list is for: an issue, a PR, a ticket, "#42" or a number. */
function targeted(text: string, from: number): boolean {
  const found = nextWord(text, from);
  if (found === undefined) return false;
  const word = found.word.toLowerCase();
  // "#42", or a bare number ending the clause ("… to 42."), not a count of something ("to 2 engineers", "to 2.0").
  const decimal = text.charAt(found.end) === '.' && /\d/u.test(text.charAt(found.end + 1));
  return TARGETS.has(word) || /^#\d+$/u.test(word) || (/^\d+$/u.test(word) && !decimal && nextWord(text, found.end) === undefined);
}
