// A prompt that asks for several things in turn ("Text Maria that I'm late and transfer $20 to Bob", "Search the
// web for flights to Rome, then email Bob the results") split into its requests: a new one opens after a comma, a
// semicolon, a sentence's end, "and" or "then" with a verb that asks for a task. Short prompts only (a long one is
// a text to work on, whose sentences are not requests), read in one pass over their space-separated tokens.

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
]);
/** Words that may stand between a joint and the verb: "and then book", ", also send", ". Please email". */
const JOINERS: ReadonlySet<string> = new Set(['and', 'then', 'also', 'please', 'finally', 'next', 'afterwards', 'after', 'that']);
/** Verbs that relay what follows: after "Tell Bob to …", an "and" joins what Bob is asked ("to buy milk and call me"). */
const RELAYS: ReadonlySet<string> = new Set(['tell', 'ask', 'remind', 'text', 'message', 'email', 'e-mail', 'dm', 'ping']);
/** Words after "to" that name who or where, not an errand: "transfer $20 to Bob", "flights to Rome", "to the bank". */
const NOT_ERRANDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'his', 'her', 'their', 'our', 'your', 'me', 'him', 'them', 'us', 'you', 'it']);

/** A token lower-cased and stripped of marks around it: "Email," → "email". */
function bare(token: string): string {
  let from = 0;
  let to = token.length;
  while (from < to && !isWordCode(token.charCodeAt(from))) from += 1;
  while (to > from && !isWordCode(token.charCodeAt(to - 1))) to -= 1;
  return token.slice(from, to).toLowerCase();
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45 || code > 127;
}

/** Whether the token ends a clause: a comma, a semicolon, or a sentence's end ("late.", "Rome?"). */
function endsClause(token: string): boolean {
  const last = token.charAt(token.length - 1);
  return last === ',' || last === ';' || last === '.' || last === '!' || last === '?';
}

export interface AskedText {
  /** The request's own words: what its tools are picked by. */
  text: string;
  /** What its arguments are read from: its own words, with the requests before when it refers back to them. */
  read: string;
}

/**
 * The requests of a prompt, each as its own text, in the order asked; an empty list when the prompt holds one
 * request (or is too long to read so). Only a verb asking for a task opens a request ("… and book a hotel"),
 * so "the weather in Paris and London" or "cats and dogs" stay one.
 */
export function splitRequests(prompt: string): AskedText[] {
  if (prompt.length > MAX_SPLIT_PROMPT) return [];
  const tokens = prompt.split(' ').filter((token) => token !== '');
  const starts: number[] = [0];
  // Whether the request being read relays an errand ("Tell Bob to …"): then only a mark ends it.
  let errand = false;
  let verb = verbOf(tokens, 0);
  for (let index = 1; index < tokens.length && starts.length < MAX_REQUESTS; index += 1) {
    const token = tokens[index]!;
    const word = bare(token);
    const previous = tokens[index - 1]!;
    if (word === 'to' && RELAYS.has(verb) && isErrand(tokens[index + 1])) errand = true;
    const marked = endsClause(previous);
    if (!marked && (errand || (word !== 'and' && word !== 'then'))) continue;
    // Past the joiners, a verb asking for a task opens the next request.
    let at = index;
    while (at < tokens.length && JOINERS.has(bare(tokens[at]!))) at += 1;
    const opened = bare(tokens[at] ?? '');
    if (at === index && !marked) continue;
    if (!REQUEST_VERBS.has(opened)) continue;
    starts.push(index);
    verb = verbOf(tokens, at);
    errand = false;
    index = at;
  }
  if (starts.length < 2) return [];
  return starts.map((start, index) => {
    const own = tokens.slice(start, starts[index + 1] ?? tokens.length);
    const text = clauseText(own, { joined: index > 0 });
    // "…, then book a hotel there": what it refers to lies in the requests before, read with it.
    return { text, read: index > 0 && refersBack(own) ? clauseText(tokens.slice(0, starts[index + 1] ?? tokens.length), { joined: false }) : text };
  });
}

/**
 * Whether a request points back at a place an earlier one names ("book a hotel there"). What else it points back
 * at ("email Bob the results") is read from its own words: the requests before would lend it their people and
 * places ("flights to Rome" making Rome the email's recipient).
 */
function refersBack(tokens: readonly string[]): boolean {
  return tokens.some((token, index) => index > 0 && bare(token) === 'there');
}

/** Words before a request's verb: "Can you please text…". */
const OPENING: ReadonlySet<string> = new Set(['can', 'could', 'would', 'will', 'you', 'hey', 'hi', 'ok', 'okay', 'kindly', 'just']);

/** The request's verb: its first word past the joiners and the opening words. */
function verbOf(tokens: readonly string[], from: number): string {
  let at = from;
  while (at < tokens.length - 1 && (JOINERS.has(bare(tokens[at]!)) || OPENING.has(bare(tokens[at]!)))) at += 1;
  return bare(tokens[at] ?? '');
}

/** Whether the token after "to" opens an errand ("to buy milk"), not a person, a place or an amount. */
function isErrand(token: string | undefined): boolean {
  if (token === undefined) return false;
  const first = token.charCodeAt(0);
  return first >= 97 && first <= 122 && !NOT_ERRANDS.has(bare(token));
}

/** A request's words as a text: the joiners before a later one's verb and the mark after its last word left out. */
function clauseText(tokens: readonly string[], args: { joined: boolean }): string {
  let from = 0;
  while (args.joined && from < tokens.length - 1 && JOINERS.has(bare(tokens[from]!))) from += 1;
  const text = tokens.slice(from).join(' ');
  const last = text.charAt(text.length - 1);
  return last === ',' || last === ';' ? text.slice(0, -1) : text;
}
