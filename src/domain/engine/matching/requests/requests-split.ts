// A prompt that asks for several things in turn ("Text Maria that I'm late and transfer $20 to Bob", "Search the
// web for flights to Rome, then email Bob the results") split into its requests: a new one opens after a comma, a
// colon, a semicolon, a line's or sentence's end, "and" or "then", with a verb that asks for a task. Short prompts
// only (a long one is a text to work on), read in one pass over their words; quotes and dictation are never split.
import { isProgram } from '../../../arguments/prompt/shapes/extract-command.js';
import { lowerWord as bare, readTokens, type Token } from './request-tokens.js';

/** Prompts longer than this are read whole: everyday requests are short, pasted texts are not. */
const MAX_SPLIT_PROMPT = 400;
/** The most requests one prompt is split into; the rest stays with the last. */
const MAX_REQUESTS = 6;

/** Verbs that open a request of their own after "and", "then", a comma or a sentence's end. */
const REQUEST_VERBS: ReadonlySet<string> = new Set([
  'add', 'book', 'buy', 'cancel', 'check', 'convert', 'create', 'delete', 'dm', 'email', 'e-mail', 'fetch', 'find',
  'forward', 'get', 'invite', 'lookup', 'message', 'notify', 'order', 'pay', 'ping', 'play', 'post', 'remind',
  'remove', 'rename', 'reply', 'reserve', 'schedule', 'search', 'send', 'ship', 'show', 'text', 'tell', 'track',
  'transfer', 'translate', 'turn', 'update', 'upload', 'look', 'set', 'open', 'close', 'calculate', 'compute',
  'place', 'assign', 'put', 'archive', 'mark', 'deploy', 'merge', 'install', 'download', 'share', 'save', 'start',
  'stop', 'restart', 'read', 'list', 'run', 'call',
]);
/** Of those, the ones that are nouns as often ("book stores", "the play", "text messages"): an object must follow. */
const NOUNS_TOO: ReadonlySet<string> = new Set([
  'book', 'order', 'check', 'text', 'message', 'post', 'turn', 'set', 'show', 'track', 'search', 'update', 'ship',
  'look', 'close', 'open', 'reply', 'schedule', 'place', 'mark', 'start', 'stop', 'list', 'run', 'call', 'save', 'share',
  'read', 'put', 'merge', 'deploy', 'install', 'download', 'assign', 'archive', 'restart', 'upload', 'forward',
]);
/** Words after a verb's bare noun that make it the verb's object: "book flights to Rome", "order pizza for 4". */
const AFTER_OBJECT: ReadonlySet<string> = new Set(['to', 'for', 'from', 'in', 'at', 'on', 'with', 'by', 'into']);
/** Words that open a verb's object or particle: "book a table", "text Maria", "turn off", "send me". */
const OBJECT_LEADS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'me', 'my', 'him', 'her', 'them', 'us', 'it', 'this', 'that', 'these', 'those', 'some', 'all',
  'any', 'our', 'your', 'his', 'their', 'for', 'to', 'up', 'off', 'on', 'out', 'about', 'at', 'in', 'with', 'back',
]);
/** Words that may stand between a joint and the verb: "and then book", ", also send", ". Please email". */
const JOINERS: ReadonlySet<string> = new Set(['and', 'then', 'also', 'please', 'finally', 'next', 'afterwards', 'after', 'that']);
/** Words before a request's verb: "Can you please text…", "I need to book…". */
const OPENING: ReadonlySet<string> = new Set([
  'can', 'could', 'would', 'will', 'you', 'hey', 'hi', 'ok', 'okay', 'kindly', 'just', 'i', 'we', 'need', 'want', 'to', 'like', "i'd", 'let', "let's",
]);
/** Words after which an "and" joins what someone will do, not a request: "Bob will book the venue and send …". */
const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'should', 'can', 'could', 'must', 'shall', 'might', 'may']);
/** Words after which what follows is dictated, up to a sentence's end: "Email Bob saying: please book … and send …". */
const DICTATING: ReadonlySet<string> = new Set(['saying', 'says']);
/** Verbs of an errand after "to": "Tell Bob to buy milk and call me", "how to transfer money and pay bills". */
const ERRANDS: ReadonlySet<string> = new Set([
  ...REQUEST_VERBS, 'buy', 'get', 'pick', 'call', 'pay', 'make', 'fix', 'bring', 'take', 'clean', 'do', 'go', 'come', 'see',
  'meet', 'cook', 'read', 'write', 'ask', 'feed', 'water', 'walk', 'wash', 'charge', 'sign', 'print', 'return', 'renew',
  'review', 'finish', 'start', 'stop', 'move', 'put', 'try', 'grab', 'drop', 'collect', 'visit', 'leave', 'stay', 'keep',
  'use', 'run', 'save', 'share', 'install', 'learn', 'be', 'have', 'give', 'help', 'tidy', 'mow', 'prepare', 'submit',
]);
/** First persons: "I'll be late and transfer …" asks for the transfer; "Bob will book … and send …" does not. */
const SPEAKERS: ReadonlySet<string> = new Set(['i', 'we']);
/** Objects that refer back into what is said: "I'll check and send it tomorrow" is one message. */
const BACK_OBJECTS: ReadonlySet<string> = new Set(['it', 'them', 'this', 'that', 'those', 'these', 'one', 'you']);

export interface AskedText {
  /** The request's own words: what its tools are picked and its arguments read by. */
  text: string;
}

/**
 * The requests of a prompt in the order asked, each with what `pick` makes of its words; an empty list unless two
 * requests at least pick something (or when the prompt is too long to read so). Only a verb asking for a task opens a request ("… and book a hotel"), so "the weather in Paris and London"
 * or "cats and dogs" stay one; so do an errand ("Tell Bob to buy milk and call me"), what someone will do ("Bob
 * will book the venue and send the invites"), a quote, and what is dictated after "saying" or a colon, up to the
 * sentence's end. `pick` is told whether a request is a later one (`later`), where "him" may point back.
 */
export function splitRequests<T>(prompt: string, pick: (text: string, at: { later: boolean }) => T | undefined): Array<AskedText & { picked: T }> {
  if (prompt.length > MAX_SPLIT_PROMPT) return [];
  const tokens = readTokens(prompt);
  const starts = requestStarts(tokens);
  if (starts.length < 2) return [];
  // A request that picks nothing stays with the one before ("Text Maria I'm late, check the oven, and …").
  const kept: Array<{ start: number; end: number; picked: T | undefined }> = [];
  starts.forEach((start, index) => {
    const end = starts[index + 1] ?? tokens.length;
    const picked = pick(textOf(tokens.slice(start, end), { joined: index > 0 }), { later: index > 0 });
    const last = kept[kept.length - 1];
    if (picked !== undefined || last === undefined) {
      kept.push({ start, end, picked });
      return;
    }
    last.end = end;
    last.picked = pick(textOf(tokens.slice(last.start, end), { joined: kept.length > 1 }), { later: kept.length > 1 });
  });
  const asked = kept.filter((request): request is { start: number; end: number; picked: T } => request.picked !== undefined);
  if (asked.length < 2) return [];
  return asked.map((request) => ({
    text: textOf(tokens.slice(request.start, request.end), { joined: request.start > 0 }),
    picked: request.picked,
  }));
}

/** The indexes of the tokens each request opens with (the first at 0). */
function requestStarts(tokens: readonly Token[]): number[] {
  const starts: number[] = [0];
  let verb = verbAt(tokens, 0);
  // "and" joins an errand ("to buy milk and call me") or what someone will do; a mark still ends the request.
  let joinsOn = false;
  // What is dictated ("saying: …") or quoted runs to a sentence's end, or to the closing quote.
  let dictated = dictates(tokens[0], '');
  let quoted = false;
  let speaking = false;
  for (let index = 1; index < tokens.length && starts.length < MAX_REQUESTS; index += 1) {
    const token = tokens[index]!;
    const previous = tokens[index - 1]!;
    const word = bare(token.text);
    const will = index > verb ? willOf(tokens, index) : undefined;
    // Someone else's "will" joins on ("Bob will book the venue and send the invites"); a first person's only when
    // the verb after the "and" takes back what was said ("I'll check and send it").
    if (will !== undefined && SPEAKERS.has(will)) speaking = true;
    else if (will !== undefined || (index > verb && word === 'to' && ERRANDS.has(bare(tokens[index + 1]?.text ?? '')))) joinsOn = true;
    // What follows "saying", or a colon after a text's name or a message's person ("Reminder: call mom and buy milk",
    // "Email Bob: please book … and send …"), is dictated.
    if (index > verb && dictates(token, bare(tokens[verb]?.text ?? ''))) dictated = true;
    // A quote opened and not closed by the words before ("Text Maria "running late, search …"") goes on.
    if (quoted) quoted = !closesQuote(previous.text, { alone: false });
    else quoted = opensQuote(previous.text) && !closesQuote(previous.text, { alone: true });
    if (quoted) continue;
    const marked = !isListMarker(previous.text) && (previous.end === 'sentence' || (previous.end === 'clause' && !dictated));
    if (!marked && (joinsOn || dictated || (word !== 'and' && word !== 'then'))) continue;
    // Past the joiners, a verb asking for a task opens the next request.
    let at = index;
    while (at < tokens.length - 1 && (JOINERS.has(bare(tokens[at]!.text)) || isListMarker(tokens[at]!.text))) at += 1;
    if (at === index && !marked) continue;
    if (!opensRequest(tokens, at) || (speaking && !marked && BACK_OBJECTS.has(bare(tokens[at + 1]?.text ?? '')))) continue;
    starts.push(index);
    verb = verbAt(tokens, at);
    joinsOn = false;
    dictated = false;
    speaking = false;
    index = at;
  }
  return starts;
}

/** Words naming a text, whose colon leads it: "Reminder: call mom and buy milk", "Note: …", "Subject: …". */
const TEXTS: ReadonlySet<string> = new Set([
  'reminder', 'note', 'notes', 'memo', 'subject', 'body', 'title', 'message', 'text', 'caption', 'description', 'comment',
  'reply', 'answer', 'quote', 'status', 'tweet', 'post', 'agenda', 'summary', 'prompt', 'content', 'says', 'saying',
]);
/** Verbs of messaging, after whose person a colon leads what is said ("Email Bob: please book … and send …"). */
const RELAYS: ReadonlySet<string> = new Set(['tell', 'ask', 'remind', 'text', 'message', 'email', 'e-mail', 'dm', 'ping', 'send', 'write', 'reply', 'notify']);

/** Whether what follows the token is dictated: after "saying", or a colon after a text's name or a message's person. */
function dictates(token: Token | undefined, verb: string): boolean {
  if (token === undefined) return false;
  const word = bare(token.text);
  return DICTATING.has(word) || (token.text.endsWith(':') && (TEXTS.has(word) || RELAYS.has(verb)));
}

/** Whether the verb at `at` asks for a task: one that is a noun as often needs an object after it ("book a table"). */
function opensRequest(tokens: readonly Token[], at: number): boolean {
  const verb = bare(tokens[at]?.text ?? '');
  if (!REQUEST_VERBS.has(verb)) return false;
  if (!NOUNS_TOO.has(verb)) return true;
  const next = tokens[at + 1]?.text ?? '';
  // "… and run npm test": a program's name is a command's first word.
  if (verb === 'run' && isProgram(bare(next))) return true;
  const first = next.charAt(0);
  if (OBJECT_LEADS.has(bare(next)) || first !== first.toLowerCase() || /^[\d$€£"'“‘@#/.+-]/u.test(next) || /[@/]|\w\.\w/u.test(next)) return true;
  // A bare noun, then an id or a preposition: "close ticket 18", "track order 222", "book flights to Rome".
  const after = tokens[at + 2]?.text ?? '';
  return tokens[at + 1]?.end === 'none' && (/^[#\d]/u.test(after) || AFTER_OBJECT.has(bare(after)));
}

/** Where the request's verb stands: its first word past the joiners and the opening words. */
function verbAt(tokens: readonly Token[], from: number): number {
  let at = from;
  while (at < tokens.length - 1 && (JOINERS.has(bare(tokens[at]!.text)) || OPENING.has(bare(tokens[at]!.text)))) at += 1;
  return at;
}

/** Who will do what follows a modal at `index` ("Bob will", "she'll"), lower-cased; undefined when none is there. */
function willOf(tokens: readonly Token[], index: number): string | undefined {
  const word = bare(tokens[index]!.text);
  if (!MODALS.has(word) && !word.endsWith('ll')) return undefined;
  const contracted = /^(\w+)['’]ll$/u.exec(word);
  if (contracted !== null) return contracted[1];
  // Written in lower case: "on May 3" is a month.
  const written = tokens[index]!.text;
  return MODALS.has(word) && index > 0 && written.charAt(0) === word.charAt(0) ? bare(tokens[index - 1]!.text) : undefined;
}


const OPENING_QUOTES = '"“‘\'`';
const CLOSING_QUOTES = '"”’\'`';

function opensQuote(text: string): boolean {
  return OPENING_QUOTES.includes(text.charAt(0));
}

/**
 * Whether the token closes a quote: a quote mark at its end, before any marks ("late,”", "search'."); `alone`: a
 * quote mark alone closes none (it opens one).
 */
function closesQuote(text: string, args: { alone: boolean }): boolean {
  let end = text.length;
  while (end > 0 && ',.;:!?)'.includes(text.charAt(end - 1))) end -= 1;
  return end > (args.alone ? 1 : 0) && CLOSING_QUOTES.includes(text.charAt(end - 1));
}

/** A list's marker before a request: "1.", "2)", "-", "*", "•". */
function isListMarker(text: string): boolean {
  return text.length <= 3 && /^(?:\d{1,2}[.)]|[-*•])$/u.test(text);
}

/** A request's words as a text: a list marker, the joiners before a later one's verb and a trailing comma left out. */
function textOf(tokens: readonly Token[], args: { joined: boolean }): string {
  let from = 0;
  while (from < tokens.length - 1 && isListMarker(tokens[from]!.text)) from += 1;
  while (args.joined && from < tokens.length - 1 && JOINERS.has(bare(tokens[from]!.text))) from += 1;
  const text = tokens.slice(from).map((token) => token.text).join(' ');
  const last = text.charAt(text.length - 1);
  return last === ',' || last === ';' ? text.slice(0, -1) : text;
}
