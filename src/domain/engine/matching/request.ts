// Whether a prompt is worded as a request for a task: it opens (after "please", "can you", "I want to"…) with a
// verb that asks for something done ("Put three in my basket", "Please wake me at 7") or asks after the user's
// own thing or today ("Where is my parcel?", "Is today Friday?"), not a question or a statement ("Why do ships
// float?", "My dad is a cab driver"). A few phrasal verbs ask from a later clause too ("It is too cold in here,
// turn up the heating"). It also owns the opposite reading, `explanationAsked`: a question asking why, what a thing
// is, for advice or for an opinion ("Why do ships float?", "Any tips?"), whose tool words are only its topic.
import { hedgeAt, opinionOnly } from './hedges.js';
import { openerEnd, phraseAt, VERBS } from './openers.js';
import { splitWords, STOPWORDS } from '../words.js';

/**
 * Questions whether a task can be done, which ask for it when a request verb follows ("Is it possible to order 2
 * pizzas?", "Is there any way to book a table?"); "Is it possible to travel faster than light?" stays a question.
 */
const ABILITY: readonly string[][] = [
  ['is', 'it', 'possible', 'to'], ['would', 'it', 'be', 'possible', 'to'], ['is', 'there', 'a', 'way', 'to'], ['is', 'there', 'any', 'way', 'to'],
];

/** Questions after the state of the user's own thing, or of today, ask for it looked up ("Where is my parcel?"). */
const LOOKUPS: readonly string[][] = [
  ['what', 'is', 'today'], ['what', 's', 'today'], ['is', 'today'], ['what', 'day'], ['which', 'day'],
  ['where', 'is', 'my'], ['where', 's', 'my'], ['where', 'are', 'my'], ['has', 'my'], ['have', 'my'], ['is', 'my'], ['are', 'my'],
  ['did', 'my'], ['when', 'will', 'my'], ['when', 'does', 'my'], ['when', 'do', 'my'],
];

/**
 * Questions that ask for an explanation or an opinion, or about the assistant ("Why are hotels so expensive?",
 * "What is a terminal?", "Is it rude to…", "Do you like rainy days?"): a tool's words in them are topics.
 */
const EXPLANATIONS: readonly string[][] = [
  ['explain'], ['define'], ['why'], ['what', 'is', 'a'], ['what', 'is', 'an'], ['what', 's', 'a'], ['what', 's', 'an'],
  ['who', 'is'], ['who', 'was'], ['who', 'wrote'], ['who', 'invented'], ['who', 'are', 'you'], ['how', 'does'], ['how', 'are'],
  ['do', 'you', 'like'], ['do', 'you', 'enjoy'], ['what', 'do', 'you', 'think'], ['are', 'you', 'a'], ['are', 'you', 'an'],
  ['what', 'is', 'your'], ['what', 's', 'your'], ['what', 'can', 'you', 'do'],
  ['tell', 'me', 'about', 'the', 'history'], ['what', 'is', 'the', 'history'], ['what', 'is', 'the', 'meaning'],
  ['what', 'is', 'the', 'difference'], ['what', 's', 'the', 'difference'], ['what', 'are', 'the', 'benefits'],
];
/** After "what is a", a word asking for a recommendation. */
const RECOMMENDING: ReadonlySet<string> = new Set(['good', 'nice', 'cheap', 'great', 'decent', 'quick']);
/** After "what is a good", a quantity one sets or picks rather than a thing a tool finds: advice asked. */
const MEASURES: ReadonlySet<string> = new Set([
  'temperature', 'time', 'age', 'amount', 'number', 'level', 'brightness', 'volume', 'weight', 'speed', 'size', 'price', 'budget', 'length', 'distance',
]);
/** "Is it rude to…": an opinion asked. */
const JUDGEMENTS: ReadonlySet<string> = new Set([
  'rude', 'weird', 'ok', 'okay', 'normal', 'bad', 'wrong', 'polite', 'worth', 'safe', 'true', 'possible', 'better', 'healthy',
  'legal', 'fine', 'appropriate', 'acceptable', 'common', 'strange', 'wise', 'smart', 'silly',
]);
/** "How do airlines set prices?" explains; "How do I get to the station?" asks the way. */
const ASKERS: ReadonlySet<string> = new Set(['i', 'we', 'you']);
/** Words asking for advice wherever they stand ("…, any tips?"). */
const ADVICE: ReadonlySet<string> = new Set(['tips', 'advice']);
/** Words that make a question the user's own business ("Why is my order late?"): it may want a look-up. */
const OWN: ReadonlySet<string> = new Set(['my', 'our', 'mine']);

/** After "how does/do/are/is", a word saying the question is after a thing's state ("How does the weather look?"). */
const LOOKS: ReadonlySet<string> = new Set(['look', 'looks', 'looking']);
/** Days a "how" question may be about: it asks after a forecast or a timetable, not how a thing works. */
const DAYS: ReadonlySet<string> = new Set([
  'today', 'tomorrow', 'tonight', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
/** Words that open a later clause within a sentence ("…, and book a hotel there", "Explain it, then run it"). */
const JOINERS: ReadonlySet<string> = new Set(['and', 'then']);

/**
 * The opening of a question that asks for an explanation or an opinion, or undefined. Reads its first words, and
 * the later clauses: one opening with a request ("Why is the build failing? Run npm test") asks for a tool again.
 */
export function explanationAsked(prompt: string): string | undefined {
  const asked = explanationOpening(prompt);
  if (asked === undefined) return undefined;
  // "Search the web for tips on sleep": a request holding an advice word, which is only its topic.
  if (ADVICE.has(asked) && openingVerb(prompt) !== undefined) return undefined;
  for (const later of laterRequests(prompt)) if (later.verb !== 'list' || listsThings(later.words)) return undefined;
  return asked;
}

/** What a "list" asks for beside an explanation: files, folders or commands ("…, then list the files in src"). */
const LISTED: ReadonlySet<string> = new Set([
  'file', 'files', 'directory', 'directories', 'dir', 'folder', 'folders', 'command', 'commands', 'process', 'processes',
]);

/** Whether the words after a "list" name files, folders or commands: "Explain recursion, and list examples" lists none. */
function listsThings(words: readonly string[]): boolean {
  return words.some((word) => LISTED.has(word));
}

function explanationOpening(prompt: string): string | undefined {
  const words = splitWords(prompt.slice(0, CLAUSES_READ));
  // "My inbox is a mess, any tips?" asks for advice, the user's own thing or not.
  const advice = words.find((word) => ADVICE.has(word));
  if (advice !== undefined) return advice;
  if (words.some((word) => OWN.has(word))) return undefined;
  const at = openerEnd(words);
  // "Why is order 5512 late?": a why-question about a thing named by its identifier asks for its state.
  if (words[at] === 'why' && identified(prompt.slice(0, CLAUSES_READ))) return undefined;
  if (abilityVerb(words, at) !== undefined) return undefined;
  const hedge = hedgeAt(words, at);
  if (hedge !== undefined) {
    const read = { text: prompt.slice(0, CLAUSES_READ), words, after: at + hedge.length, explained: (sentence: string) => explanationOpening(sentence) !== undefined };
    return opinionOnly(read) ? hedge.join(' ') : undefined;
  }
  const phrase = EXPLANATIONS.find((candidate) => phraseAt(words, at, candidate));
  const [first, second, third] = [words[at], words[at + 1], words[at + 2]];
  if (first === 'how' && third !== undefined && !ASKERS.has(third) && askedAfterState(prompt)) return undefined;
  // "What is a good hotel in Rome?" asks for a recommendation, which a tool may serve; "What's a good temperature
  // for sleeping?" asks what value is advised, which the assistant knows ("Set it to a good one" asks it set).
  const recommends = RECOMMENDING.has(words[at + (phrase?.length ?? 0)] ?? '');
  if (phrase !== undefined && (!recommends || MEASURES.has(words[at + phrase.length + 1] ?? ''))) return phrase.join(' ');
  if (first === 'is' && second === 'it' && third !== undefined && JUDGEMENTS.has(third)) return `is it ${third}`;
  if (first === 'how' && second === 'do' && third !== undefined && !ASKERS.has(third)) return 'how do';
  // "What does 'out of order' mean?"
  const last = words[words.length - 1];
  if (first === 'what' && (last === 'mean' || last === 'means') && prompt.length <= CLAUSES_READ) return 'what … mean';
  return undefined;
}

/** Words before a number that make it a year or a count, no identifier ("the year 1066", "around 1900"). */
const NOT_NAMING: ReadonlySet<string> = new Set(['year', 'years', 'since', 'around', 'before', 'after', 'until', 'circa', 'page', 'chapter']);

/**
 * Whether a text holds an identifier: a token of 3+ characters with a digit after a word naming a thing ("order
 * 12345", "order #4417", "package 1Z999AA1"). Reads its space-separated tokens once.
 */
function identified(text: string): boolean {
  const tokens = text.toLowerCase().split(' ');
  return tokens.some((token, index) => {
    const [before] = splitWords(tokens[index - 1] ?? '');
    if (token.length < 3 || before === undefined || STOPWORDS.has(before) || NOT_NAMING.has(before) || hasDigit(before)) return false;
    return hasDigit(token);
  });
}

function hasDigit(word: string): boolean {
  for (const char of word) if (char >= '0' && char <= '9') return true;
  return false;
}

/** Whether a "how" question's first sentence asks how a thing looks or will be on a day ("How are flights on Friday?"). */
function askedAfterState(prompt: string): boolean {
  const [sentence = ''] = prompt.slice(0, CLAUSES_READ).split(/[.!?;]/u);
  const words = splitWords(sentence);
  return words.some((word, index) => LOOKS.has(word) || DAYS.has(word) || (word === 'week' && (words[index - 1] === 'next' || words[index - 1] === 'this')));
}

/**
 * A request opening a later clause: a later sentence, or a part after a comma, a colon, "and" or "then" ("Who is
 * free on Friday? Create an event called Sync"), or undefined. Reads the first CLAUSES_READ characters once.
 */
export function laterRequest(prompt: string): string | undefined {
  const first = laterRequests(prompt).next();
  return first.done === true ? undefined : first.value.verb;
}

/** Each request opening a later clause (see `laterRequest`), with the clause's words from the request on. */
function* laterRequests(prompt: string): Generator<{ verb: string; words: readonly string[] }> {
  const pieces = prompt.slice(0, CLAUSES_READ).split(/[,;:.!?]/u);
  for (const [index, piece] of pieces.entries()) {
    const words = splitWords(piece);
    for (let at = 0; at < words.length; at += 1) {
      if (at === 0 ? index === 0 : !JOINERS.has(words[at]!)) continue;
      const clause = words.slice(at);
      const verb = requestAt(clause);
      if (verb !== undefined) yield { verb, words: clause };
    }
  }
}

/** Verbs that ask with the word after them wherever a clause opens with them ("…, turn up the heating"). */
const PHRASAL: ReadonlySet<string> = new Set(['turn up', 'turn down', 'turn on', 'turn off']);
/** How much of a prompt is read for a later clause's phrasal verb. */
const CLAUSES_READ = 200;

/** The verb a prompt opens with when it asks for a task, or undefined. Reads its first few words. */
export function requestVerb(prompt: string): string | undefined {
  return openingVerb(prompt) ?? clauseVerb(prompt);
}

function openingVerb(prompt: string): string | undefined {
  return requestAt(splitWords(prompt.slice(0, 80)));
}

/** The request verb (or the look-up) the words open with, after the openers, or undefined. */
function requestAt(words: readonly string[]): string | undefined {
  const at = openerEnd(words);
  const own = LOOKUPS.find((phrase) => phraseAt(words, at, phrase));
  if (own !== undefined) return own.join(' ');
  const verb = words[at];
  return verb !== undefined && VERBS.has(verb) ? verb : abilityVerb(words, at);
}

/**
 * The request verb after a question whether a task can be done ("is it possible to order…"), or undefined; only
 * when the words after it name the user's own thing or a value of a task (a number, a day, a time): "Is it
 * possible to order 2 pizzas?", "… create an event on Friday?", not "Is it possible to run a marathon?".
 */
function abilityVerb(words: readonly string[], at: number): string | undefined {
  const phrase = ABILITY.find((candidate) => phraseAt(words, at, candidate));
  const verb = phrase === undefined ? undefined : words[at + phrase.length];
  if (verb === undefined || !VERBS.has(verb)) return undefined;
  const rest = words.slice(at + phrase!.length + 1, at + phrase!.length + 1 + ABILITY_OBJECT);
  return rest.some((word) => TASK_SIGNS.has(word) || /\d/u.test(word)) ? verb : undefined;
}

/** Words after an ability question's verb that are read for a sign of a task. */
const ABILITY_OBJECT = 8;
/** The user's own things, days and times: signs that "is it possible to book…" asks for a booking. */
const TASK_SIGNS: ReadonlySet<string> = new Set([
  'my', 'our', 'me', 'us', 'today', 'tonight', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'weekend', 'morning', 'afternoon', 'evening', 'noon', 'am', 'pm',
]);

/** A phrasal verb opening a later clause, after a comma, a semicolon or a sentence's end. */
function clauseVerb(prompt: string): string | undefined {
  const clauses = prompt.slice(0, CLAUSES_READ).split(/[,;.!?]/u).slice(1);
  for (const clause of clauses) {
    const [first, second] = splitWords(clause.slice(0, 40));
    const phrase = `${first ?? ''} ${second ?? ''}`;
    if (PHRASAL.has(phrase)) return phrase;
  }
  return undefined;
}
