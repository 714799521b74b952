// Concepts of the lexicon (lexicon.ts) for work and media tools: translation, deploying a service, loudness, a bug.
// A language's name or a bug is said in passing by much chat ("I'm learning German", "I found a bug"): weak, a
// sign only beside another — a quoted text to translate, a second word of theirs, a word the tool shares.
import type { Shape } from './shapes.js';
import { keywords as fold } from '../words.js';

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

export const QUOTED_TEXT: Shape = { label: 'a quoted text', found: holdsQuote, tool: new Set() };

const LANGUAGES = 'english spanish french german italian portuguese japanese chinese mandarin cantonese korean russian arabic dutch hindi '
  + 'greek turkish polish swedish norwegian danish finnish czech hebrew thai vietnamese indonesian ukrainian';

export const WORK_CONCEPTS = [
  {
    label: 'a translation',
    prompt: fold('translate translation translated'),
    tool: fold('translate translation translator language'),
  },
  {
    // "What's 'thank you' in Japanese?": a language's name, backed by a quoted text.
    label: 'a language',
    prompt: fold(LANGUAGES),
    tool: fold('translate translation translator'),
    weak: true,
    backedBy: QUOTED_TEXT,
  },
  {
    // "Roll out search 4.0.2 on production": a verb of rolling out and an environment's name.
    label: 'a deployment',
    prompt: fold('deploy deploying deployment redeploy rollout roll production prod staging'),
    tool: fold('deploy deployment release environment'),
    weak: true,
  },
  {
    // "Mute the speaker": how loud, not what plays.
    label: 'loudness',
    prompt: fold('mute unmute louder quieter'),
    tool: fold('volume loudness'),
    weak: true,
  },
  {
    label: 'a bug report',
    prompt: fold('bug bugs'),
    tool: fold('issue issues bug bugs tracker'),
    weak: true,
  },
] as const;
