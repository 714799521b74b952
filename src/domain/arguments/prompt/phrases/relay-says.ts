// Whether the words after the person a prompt tells say something to relay. Anything does ("I'm late", "yes",
// "on my way", "the dog ate my homework", "a package is coming"), except what asks the assistant for something:
// "Tell my son a bedtime story", "Tell mom a joke", "Tell my boss off", "Tell my mom about the latest iPhone",
// "Tell my boss what you think". Whether they open a clause or a greeting (opensClause) is read apart, for a name
// after a grandparent word. Reads a few words only, so it stays linear in the prompt.

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
  'changed', 'started', 'ended', 'needs', 'wants', 'says', 'said', 'loves', 'misses', 'worked', 'works', 'checks',
  'sounds', 'looks', 'looked', 'tastes', 'tasted', 'helped', 'made', 'sold', 'played', 'plays', 'goes', 'comes',
]);
/** Greetings that are nothing else (not "good", "love" or "happy", which may describe a thing told: "good jokes"). */
const PURE_GREETINGS: ReadonlySet<string> = new Set([
  'goodnight', 'congrats', 'congratulations', 'hi', 'hello', 'hey', 'thanks', 'thank', 'sorry', 'welcome', 'bye',
  'goodbye', 'cheers', 'hugs', 'xoxo', 'yes', 'no', 'ok', 'okay',
]);
/** Words that open a greeting said to someone: "Happy Birthday", "good night", "congrats", "thank you". */
const GREETINGS: ReadonlySet<string> = new Set([
  ...PURE_GREETINGS, 'happy', 'merry', 'good', 'love', 'get', 'sweet', 'best', 'well', 'miss', 'see', 'safe', 'sure',
]);
/**
 * Greetings that end a name when capitalised after it ("Tell Maria Happy Birthday" says "Happy Birthday" to Maria),
 * with the words that must follow those that are names as often ("Good morning", not "Mary Good"; "Welcome back").
 */
const AFTER_NAME: ReadonlyMap<string, ReadonlySet<string> | undefined> = new Map([
  ...['happy', 'merry', 'congrats', 'congratulations', 'thanks', 'thank', 'hello', 'hi', 'hey', 'sorry'].map((word) => [word, undefined] as const),
  ['good', new Set(['morning', 'night', 'luck', 'news', 'afternoon', 'evening', 'job', 'work', 'day'])],
  ['welcome', new Set(['back', 'home', 'aboard', 'to'])],
]);

/** Whether a word after a name opens a greeting rather than going on with the name ("Maria Happy Birthday"). */
export function greetsAfterName(word: string | undefined, next: string | undefined): boolean {
  if (word === undefined || !AFTER_NAME.has(bare(word))) return false;
  const follow = AFTER_NAME.get(bare(word));
  return follow === undefined || (next !== undefined && follow.has(bare(next)));
}

/** Words after a thing told that describe it: "a story that …", "a story about a dog who …", "how I met …". */
const DESCRIBING: ReadonlySet<string> = new Set(['that', 'who', 'which', 'whose', 'where', 'when', 'how', 'why', 'what']);
/** Words before a thing told that make it one already known ("the joke", "your recipe"), not one asked for. */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'your', 'my', 'his', 'her', 'our', 'their']);
/** Verbs of a clause that picks a thing out by what someone thinks of it ("the joke that you think is funny"). */
const THINKING: ReadonlySet<string> = new Set(['think', 'thinks', 'believe', 'believes', 'guess', 'reckon', 'feel', 'feels', 'consider', 'considers']);
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

/** Words that open what the assistant is asked for: "about …", "off", "what you think", "how to …". */
const ASKED_LEADS: ReadonlySet<string> = new Set(['about', 'off', 'what', 'how', 'why', 'which', 'who', 'whether']);
/** Things an assistant is asked to tell: "a joke", "a bedtime story", "the truth", "jokes". */
const TOLD_THINGS: ReadonlySet<string> = new Set([
  'joke', 'jokes', 'story', 'stories', 'poem', 'poems', 'riddle', 'riddles', 'fact', 'facts', 'tale', 'tales', 'song',
  'songs', 'limerick', 'haiku', 'lullaby', 'truth', 'lyrics', 'secret', 'secrets', 'quote', 'anecdote', 'pun', 'puns',
  'twister', 'twisters', 'recipe', 'recipes', 'rhyme', 'rhymes', 'fable', 'fables', 'trivia', 'legend', 'myth',
]);
/** Words that ask for something unnamed when nothing says what ("something nice", "anything about cats", "nothing"). */
const UNNAMED: ReadonlySet<string> = new Set(['something', 'anything', 'everything', 'nothing']);
const UNNAMED_ASKS: ReadonlySet<string> = new Set(['about', 'nice', 'funny', 'interesting', 'new', 'cool', 'fun', 'sweet', 'kind']);
/** How many words after the first are read for a thing told ("a funny bedtime story"). */
const THING_READ = 3;
/** How many words after the first are read for a clause going on ("the recipe for grandma's pie worked"). */
const CLAUSE_REACH = 6;

/**
 * Whether the words from `at` say something to relay to the person before them: nothing at all (read as before),
 * a mark closing the word before ("Tell Maria: running late"), a quote, and any words but those that ask the
 * assistant for something ("a joke", "about …", "off", "what …", "something nice").
 */
export function saysSomething(words: readonly string[], at: number): boolean {
  const first = words[at];
  if (first === undefined) return true;
  const before = words[at - 1];
  if ((before !== undefined && /[,:]$/u.test(before)) || QUOTES.has(first.charAt(0))) return true;
  const lead = bare(first);
  if (ASKED_LEADS.has(lead)) return false;
  if (UNNAMED.has(lead)) {
    const next = words[at + 1];
    return next !== undefined && !UNNAMED_ASKS.has(bare(next));
  }
  // Thanks or congratulations are said whatever they are about ("thanks for the recipe", "congrats on the song").
  if (PURE_GREETINGS.has(lead)) return true;
  // "a joke", "a funny bedtime story", "good night stories", "the recipe for lasagna"; unless a clause goes on ("a
  // package is coming", "the jokes were great", "the legend of zelda is on sale"), which a word such as "that" or
  // "who" after the thing makes part of it instead ("a story about a dog who plays piano", "a joke that works").
  let told = false;
  let definite = false;
  for (let next = at; next <= at + CLAUSE_REACH && next < words.length; next += 1) {
    const word = bare(words[next]!);
    if (told && DESCRIBING.has(word)) {
      // "the joke that you told was great": a clause of its own about a thing already known ("that you told") is
      // passed over, and a verb after it says something of the thing; "a joke that works", "a dog who plays
      // piano", "a joke that you think is funny" describe what is asked for.
      // A clause that thinks of it ("the joke that you think is funny") picks one out, and so asks for it too.
      if (!definite || !SUBJECTS.has(bare(words[next + 1] ?? '')) || THINKING.has(bare(words[next + 2] ?? ''))) return false;
      next += 2;
      continue;
    }
    if (VERBS.has(word) || SUBJECTS.has(word)) return true;
    if (!told && next <= at + THING_READ && TOLD_THINGS.has(word)) {
      told = true;
      // Known by its determiner anywhere before it ("the funny joke"), or by an owner, whom a name may have taken
      // in ("Tell Bob Ana's song": the person read is "Bob Ana's").
      for (let before = Math.max(0, at - 1); before < next && !definite; before += 1) {
        const word = bare(words[before]!);
        definite = (before >= at && DEFINITE.has(word)) || word.endsWith("'s") || word.endsWith('’s');
      }
    }
  }
  return !told;
}

/**
 * Whether the words from `at` open what is said as a clause, a greeting or "that"/"to": a subject ("I passed"),
 * a verb within the next few words ("dinner is ready"), a greeting ("happy birthday"), a quote or a mark before.
 */
export function opensClause(words: readonly string[], at: number): boolean {
  const first = words[at];
  if (first === undefined) return true;
  const before = words[at - 1];
  if (before !== undefined && /[,:]$/u.test(before)) return true;
  if (QUOTES.has(first.charAt(0))) return true;
  const lead = bare(first);
  if (GREETINGS.has(lead) || LEADS.has(lead)) return true;
  for (let next = at; next < at + CLAUSE_READ && next < words.length; next += 1) {
    const word = bare(words[next]!);
    if (SUBJECTS.has(word) || VERBS.has(word) || word === 'that' || /'(?:s|re|ll|ve|d)$|n't$/u.test(word)) return true;
  }
  return false;
}
