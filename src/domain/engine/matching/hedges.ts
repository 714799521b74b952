// Opinion openers ("I think", "I guess", "I believe"): one gives an opinion on its own sentence, whose tool words are
// only its topic ("I guess the hotel was nice"). A suggestion or an intent of a task after it asks for the task ("I
// think we should book a hotel", "I guess I'll check the weather"), and so does a later sentence that is an
// imperative or a question ("I guess order 5512 is late. Check it", "I guess it's raining. What's the weather?"), but
// not one asking for talk ("Tell me why", "Give me your opinion"), nor the user's own plan ("I'll remind him myself").
import { openerEnd, phraseAt, VERBS } from './openers.js';
import { splitWords } from '../words.js';

const HEDGES: readonly string[][] = [['i', 'think'], ['i', 'guess'], ['i', 'believe']];
const SUGGESTIONS: readonly string[][] = [
  ['we', 'should'], ['we', 'need', 'to'], ['we', 'must'], ['we', 'have', 'to'], ['you', 'should'], ['you', 'need', 'to'],
  ['i', 'should'], ['i', 'need', 'to'], ['i', 'will'], ['i', 'll'], ['we', 'll'], ['let', 's'],
];
/** Verbs asking for a task besides the request verbs: read after a suggestion or an intent, or opening a sentence. */
const TASKS: ReadonlySet<string> = new Set(['check', 'look', 'tell', 'give', 'fetch', 'remind', 'email', 'text', 'message', 'pay', 'transfer', 'calculate']);
/** The user's own intents ("I'll …"), and the verbs such an intent keeps for the user unless "you" follows ("I'll remind him"). */
const INTENTS: readonly string[][] = [['i', 'will'], ['i', 'll']];
const OWN_PLANS: ReadonlySet<string> = new Set(['remind', 'tell', 'look']);
/** Words after an intent's verb read for "myself" ("I'll remind him myself tomorrow"). */
const PLAN_READ = 8;
/**
 * After "tell me" or "give me", words asking for talk, not a task ("Tell me why", "Tell me more", "Give me your
 * opinion"). Any other object names a thing a tool gives ("Tell me what the weather is", "Give me a forecast").
 */
const TALK: ReadonlySet<string> = new Set(['why', 'more', 'about', 'your']);
/** Objects asking for the assistant's own view, bare or after a/some/the ("Give me a reason", "Give me thoughts"). */
const OPINIONS: ReadonlySet<string> = new Set(['opinion', 'opinions', 'thought', 'thoughts', 'view', 'views', 'take', 'reason', 'reasons', 'idea', 'ideas', 'explanation']);
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'some', 'the', 'any']);
/** Words of a question that only asks the user to agree ("Don't you agree?", "Wouldn't you say so?"). */
const AGREEING: ReadonlySet<string> = new Set(['think', 'agree', 'say', 'reckon']);
/** A question this short asks back ("Don't you?", "Right?", "Isn't it?"), for no task. */
const TAG_WORDS = 3;

/** The hedge the words open with from `at`, or undefined. */
export function hedgeAt(words: readonly string[], at: number): readonly string[] | undefined {
  return HEDGES.find((hedge) => phraseAt(words, at, hedge));
}

export interface HedgeReading {
  /** The prompt's first clauses, as read for its wording. */
  text: string;
  /** The words of `text`, and where the hedge's own words end among them. */
  words: readonly string[];
  after: number;
  /** Whether a sentence asks for an explanation or an opinion itself (request.ts): its tool words are its topic. */
  explained: (sentence: string) => boolean;
}

/** Whether the hedge gives only an opinion: no suggestion or intent of a task follows it, and no later sentence asks. */
export function opinionOnly(reading: HedgeReading): boolean {
  if (suggestsTask(reading.words, reading.after)) return false;
  for (const { sentence, question } of laterSentences(reading.text)) {
    const words = splitWords(sentence);
    if (words.length === 0 || reading.explained(sentence)) continue;
    const at = openerEnd(words);
    const verb = words[at] ?? '';
    if (asksTalk(words, at)) continue;
    if (VERBS.has(verb) || TASKS.has(verb) || suggestsTask(words, 0)) return false;
    if (question && !asksBack(words)) return false;
  }
  return true;
}

/** Whether the words from `at` (or after "that") suggest a task: "we should book…", "I'll check…". */
function suggestsTask(words: readonly string[], at: number): boolean {
  const from = at + (words[at] === 'that' ? 1 : 0);
  const suggestion = SUGGESTIONS.find((candidate) => phraseAt(words, from, candidate));
  const verb = suggestion === undefined ? undefined : words[from + suggestion.length];
  if (verb === undefined || !(VERBS.has(verb) || TASKS.has(verb))) return false;
  return !(INTENTS.some((intent) => phraseAt(words, from, intent)) && ownPlan(words, from + suggestion!.length));
}

/** Whether the intent's verb at `at` is the user's own to do: "I'll remind him myself", "I'll look into Rust". */
function ownPlan(words: readonly string[], at: number): boolean {
  const after = words.slice(at + 1, at + 1 + PLAN_READ);
  return after.includes('myself') || (OWN_PLANS.has(words[at]!) && after[0] !== 'you');
}

/** Whether a sentence asks for talk: "Tell me why", "Tell me more about Rome", "Give me your opinion", "… why". */
function asksTalk(words: readonly string[], at: number): boolean {
  const verb = words[at] ?? '';
  const talking = verb === 'tell' || verb === 'give';
  // "Check order 5512 and tell me why" asks the check first.
  if (words[words.length - 1] === 'why') return talking || !(VERBS.has(verb) || TASKS.has(verb));
  const object = words[at + 1] === 'me' || words[at + 1] === 'us' ? at + 2 : undefined;
  return talking && object !== undefined && talkObject(words, object);
}

/** Whether the object at `at` asks for talk: why, more, your…, what/how you think, a reason, some thoughts. */
function talkObject(words: readonly string[], at: number): boolean {
  const object = words[at] ?? '';
  const next = words[at + 1] ?? '';
  if (TALK.has(object) || OPINIONS.has(object)) return true;
  if ((object === 'what' || object === 'how') && next === 'you') return true;
  return DETERMINERS.has(object) && OPINIONS.has(next);
}

function asksBack(words: readonly string[]): boolean {
  return words.length <= TAG_WORDS || words.some((word, index) => index > 0 && words[index - 1] === 'you' && AGREEING.has(word));
}

/** The sentences after the first, each with whether it ends with a question mark. One pass over the text. */
function laterSentences(text: string): Array<{ sentence: string; question: boolean }> {
  const found: Array<{ sentence: string; question: boolean }> = [];
  let start = -1;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at]!;
    if (char !== '.' && char !== '!' && char !== '?' && char !== ';') continue;
    if (start >= 0) found.push({ sentence: text.slice(start, at), question: char === '?' });
    start = at + 1;
  }
  if (start >= 0 && start < text.length) found.push({ sentence: text.slice(start), question: false });
  return found;
}
