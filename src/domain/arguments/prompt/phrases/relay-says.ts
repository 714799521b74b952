// Whether the words after the person a prompt tells say something to relay: a clause ("I'm late", "dinner is
// ready", "the box arrived"), "that …" or "to …", a quoted text or a greeting ("Happy Birthday", "good night"),
// where "Tell my son a bedtime story", "Tell mom a joke", "Tell my boss off" and "Tell my mom about the latest
// iPhone" ask the assistant for something. Reads a few words only, so it stays linear in the prompt.

/** Words that open a clause as its subject: "I passed", "we meet at 5", "it's raining". */
const SUBJECTS: ReadonlySet<string> = new Set([
  'i', "i'm", "i'll", "i've", "i'd", 'im', 'we', "we're", "we'll", "we've", 'you', "you're", "you'll", 'he', "he's", "he'll",
  'she', "she's", "she'll", 'they', "they're", "they'll", 'it', "it's", "it'll", 'there', "there's", 'everyone', 'everybody', 'nobody',
]);
/** Verbs that make a clause of the words before them: "dinner is ready", "the box arrived", "the plan changed". */
const VERBS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'am', 'will', 'would', 'can', 'could', 'should', 'must', 'has', 'have', 'had', 'did', 'does',
  "don't", "doesn't", "didn't", "can't", "won't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't",
  'arrived', 'landed', 'passed', 'left', 'called', 'got', 'won', 'lost', 'finished', 'broke', 'came', 'went', 'moved',
  'changed', 'started', 'ended', 'needs', 'wants', 'says', 'said', 'loves', 'misses',
]);
/** Words that open a greeting said to someone: "Happy Birthday", "good night", "congrats", "thank you". */
const GREETINGS: ReadonlySet<string> = new Set([
  'happy', 'merry', 'good', 'goodnight', 'congrats', 'congratulations', 'hi', 'hello', 'hey', 'thanks', 'thank', 'sorry',
  'welcome', 'love', 'bye', 'goodbye', 'cheers', 'get', 'sweet', 'best', 'well', 'hugs', 'xoxo', 'miss', 'see', 'safe',
]);
/** Words that open what the assistant is asked for, not what is said: "a joke", "about the latest iPhone", "off". */
const ASKED: ReadonlySet<string> = new Set([
  'a', 'an', 'about', 'off', 'what', 'how', 'why', 'who', 'which', 'something', 'everything', 'anything', 'nothing',
]);
/** Words that lead what is said: "that I landed", "to call me". */
const LEADS: ReadonlySet<string> = new Set(['that', 'to']);
/** How many words after the person are read for a subject, a verb or a "that" ("at 5 pm we meet"). */
const CLAUSE_READ = 5;
const QUOTES = new Set(['"', "'", '“', '‘', '«']);

/** A word in lower case, its curly apostrophes straight and its closing marks dropped ("I’m," → "i'm"). */
function bare(word: string): string {
  let end = word.length;
  while (end > 0 && ',:;.!?'.includes(word.charAt(end - 1))) end -= 1;
  return word.slice(0, end).toLowerCase().replaceAll('’', "'");
}

/**
 * Whether the words from `at` say something to relay to the person before them: nothing at all (read as before),
 * a mark closing the word before ("Tell Maria: running late"), a quote, a greeting, "that"/"to", or a subject, a
 * verb or a "that" within the next few words; not when they open with "a", "about", "off", "what"….
 */
export function saysSomething(words: readonly string[], at: number): boolean {
  const first = words[at];
  if (first === undefined) return true;
  const before = words[at - 1];
  if (before !== undefined && /[,:]$/u.test(before)) return true;
  if (QUOTES.has(first.charAt(0))) return true;
  const lead = bare(first);
  if (ASKED.has(lead)) return false;
  if (GREETINGS.has(lead) || LEADS.has(lead)) return true;
  for (let next = at; next < at + CLAUSE_READ && next < words.length; next += 1) {
    const word = bare(words[next]!);
    if (SUBJECTS.has(word) || VERBS.has(word) || word === 'that' || /'(?:s|re|ll|ve|d)$|n't$/u.test(word)) return true;
  }
  return false;
}
