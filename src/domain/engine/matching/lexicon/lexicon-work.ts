// Concepts of the lexicon (lexicon.ts) for work and media tools: translation, deploying a service, loudness, a bug.
// A language's name or a bug is said in passing by much chat ("I'm learning German", "I found a bug"): weak, a
// sign only beside another, a second word of theirs or a word the tool shares; a language's name only beside the
// wording of a translation ("how do you say", "into Spanish").
import type { Shape } from '../shapes.js';
import { keywords as fold } from '../../words.js';

const OPENING_QUOTES = new Set(['"', '“', '\'', '‘']);
const CLOSING: Record<string, string> = { '"': '"', '“': '”', '\'': '\'', '‘': '’' };

/**
 * Whether the prompt quotes a text ("Translate 'good morning'"): an opening quote not inside a word, and its
 * closing one further on before a non-letter. One pass; an apostrophe inside a word ("What's") opens nothing.
 */
function holdsQuote(prompt: string): boolean {
  let closing: string | undefined;
  for (let at = 0; at < prompt.length; at += 1) {
    const char = prompt[at]!;
    if (closing !== undefined) {
      if (char === closing && !isLetter(prompt[at + 1])) return true;
      if (char === '\n') closing = undefined;
    } else if (OPENING_QUOTES.has(char) && !isLetter(prompt[at - 1]) && isLetter(prompt[at + 1])) {
      closing = CLOSING[char];
    }
  }
  return false;
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && char.toLowerCase() !== char.toUpperCase();
}

const LANGUAGES = 'english spanish french german italian portuguese japanese chinese mandarin cantonese korean russian arabic dutch hindi '
  + 'greek turkish polish swedish norwegian danish finnish czech hebrew thai vietnamese indonesian ukrainian';
export const LANGUAGE_NAMES: ReadonlySet<string> = new Set(LANGUAGES.split(' '));
const ASKING_HOW = new Set(['do', 'does', 'would', 'could', 'can', 'to', 'you', 'i', 'we']);

/**
 * Whether the prompt is worded as a translation around a language's name: "how do you say", "say … in German",
 * "translate … to French", "into Spanish", "in Italian please", "What's 'thank you' in Japanese?". One pass over its words; a language's
 * name or a quote alone ("I loved 'Parasite', the Korean film") is none.
 */
function asksTranslation(prompt: string): boolean {
  const words = prompt.toLowerCase().replaceAll('’', '\'').match(/[a-z']+/gu) ?? [];
  let saying = false;
  let what = false;
  let inLanguage = false;
  let toLanguage = false;
  for (let at = 0; at < words.length; at += 1) {
    const word = words[at]!;
    const next = words[at + 1];
    const language = next !== undefined && LANGUAGE_NAMES.has(next);
    if (word === 'how' && sayAfter(words, at)) return true;
    if (word === 'into' && language) return true;
    if (word === 'in' && language && words[at + 2] === 'please') return true;
    if (word === 'in' && language) inLanguage = true;
    if (word === 'to' && language) toLanguage = true;
    if (word === 'say' || word.startsWith('translat')) saying = true;
    if (word === 'what\'s' || (word === 'what' && next === 'is')) what = true;
  }
  return (saying && (inLanguage || toLanguage)) || (inLanguage && what && holdsQuote(prompt));
}

/** "how do you say", "how would I say", "how to say": the words after "how" up to "say" are of asking. */
function sayAfter(words: readonly string[], at: number): boolean {
  for (let next = at + 1; next < words.length && next <= at + 4; next += 1) {
    if (words[next] === 'say') return true;
    if (!ASKING_HOW.has(words[next]!)) return false;
  }
  return false;
}

export const TRANSLATION_WORDING: Shape = { label: 'the wording of a translation', found: asksTranslation, tool: new Set() };

/** An id a status is set on: "4821", "#5530", "T-2291" (two figures at least, after a short prefix). */
const ID = /(?:^|[\s#(])(?:[A-Za-z]{1,4}-?)?\d{2,}(?![\w%]|[.,:]\d)/u;
export const AN_ID: Shape = { label: 'an id', found: (prompt) => ID.test(prompt), tool: new Set() };
/**
 * An id set pending: "Set #5530 to pending", "mark 881 as pending", "update 4411, pending"; not an id said to be
 * pending ("Payment 3321 is pending", "The package 5530 is pending delivery"). A verb reaches 40 characters.
 */
const SET_PENDING = /\b(?:to|as) pending\b|\b(?:set|mark|change|update|put|move|make|switch)\b[^.!?\n]{0,40}\bpending\b/iu;
export const AN_ID_SET_PENDING: Shape = { label: 'an id set pending', found: (prompt) => ID.test(prompt) && SET_PENDING.test(prompt), tool: new Set() };

/**
 * Wording that makes "louder"/"quieter" about a volume without a device named: a figure, "turn (it) up/down", or
 * the word alone as a command with at most "please". Anchored or literal: no backtracking over the prompt.
 */
const LOUDNESS_WORDING = /\d|\bturn (?:it |this |that )?(?:up|down)\b|^\W*(?:louder|quieter)\W*(?:please\W*)?$/u;

/**
 * "Turn it up", "turn that down to 20": a pronoun between, so "turn the heat down" is left to what it names, and a
 * level, a bit, "please" or the end after it ("I had to turn it down, the job offer" is no sound); opening a
 * request (the prompt, a clause, after "please"/"you"), not told of ("She offered me the job but I had to turn it down").
 */
export const TURNING_IT = /(?:^\W{0,3}|[,.!?;:] ?|\b(?:please|you|and|then) )turn (?:it|this|that) (?:up|down)(?:[\s,.!]{0,3}$|[\s,]{1,3}(?:to|by|a bit|a notch|a little|please)\b|[\s,]{1,3}\d)/u;

/** What else "it" turned up or down is when the prompt names it: the heat, the light (household concepts). */
export const TURNED_HEAT = fold('heat heater heating thermostat temperature degree degrees cold hot warm warmer chilly freezing cooler ac');
export const TURNED_LIGHT = fold('light lights lamp lamps brightness bright dark dim');
const TURNED_ELSEWHERE: ReadonlySet<string> = new Set([...TURNED_HEAT, ...TURNED_LIGHT]);
/** The sound named beside them keeps "it" the sound's level as well: "the music is too loud and the room too hot". */
const TURNED_SOUND = fold('music song songs sound audio volume loud quiet tv television speaker speakers radio stereo playlist');

export const WORK_CONCEPTS = [
  {
    // "Translation is an art": a sign only beside a language, a text or a request.
    label: 'a translation',
    prompt: fold('translate translation translated'),
    tool: fold('translate translation translator language'),
    weak: true,
  },
  {
    // "What's 'thank you' in Japanese?": a language's name asks only beside the wording of a translation.
    label: 'a language',
    prompt: fold(LANGUAGES),
    tool: fold('translate translation translator'),
    weak: true,
    backedBy: TRANSLATION_WORDING,
    onlyBacked: true,
  },
  {
    // "Roll out search 4.0.2 on production": a verb of rolling out and an environment's name.
    label: 'a deployment',
    prompt: fold('deploy deploying deployment redeploy rollout roll production prod staging'),
    tool: fold('deploy deployment release environment'),
    weak: true,
  },
  {
    // "Mute the speaker": how loud, not what plays. Said of voices too ("Can you speak louder?"): it asks only
    // beside a device, a sound or a figure ("Louder, to 80"), after "turn it up/down", or said alone as a command
    // ("Louder!", "Quieter, please"). So backed, it is no weak sign: "Turn the music louder" sets the volume as
    // well as naming the music.
    label: 'loudness',
    prompt: fold('mute unmute louder quieter'),
    tool: fold('volume loudness'),
    needs: fold('volume music sound audio song songs playlist tv television speaker speakers radio stereo headphones device'),
    needsPhrase: LOUDNESS_WORDING,
  },
  {
    // "Turn it down to 20": turning "it" up or down with nothing else named is the sound's level, the usual "it";
    // not beside the heat or the light the prompt speaks of ("Turn it down to 18 degrees", "too bright, turn it down").
    label: 'turning it up or down',
    prompt: fold('turn'),
    tool: fold('volume loudness'),
    needs: new Set<string>(),
    needsPhrase: TURNING_IT,
    unless: TURNED_ELSEWHERE,
    keptBy: TURNED_SOUND,
  },
  {
    label: 'a bug report',
    prompt: fold('bug bugs'),
    tool: fold('issue issues bug bugs tracker'),
    weak: true,
  },
] as const;
