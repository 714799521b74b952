// The end of a scale a prompt names in words ("full brightness", "all the way up", "mute the speaker"): for a
// number declaring both its minimum and maximum, that maximum or minimum. Tried only when the prompt writes no
// level for it beside its words (leftoverCandidates, levelWritten), and only beside the property's own words ("volume to max", "full brightness"),
// never in another sense ("Mad Max", "full moon", "max temperature") nor negated ("not at max"). Found by look-ups
// in the prompt's word index (occurrences), never by a pass over the prompt.
import type { Candidate } from './candidate.js';
import type { CandidateContext } from './candidates-explicit.js';
import { valuesFor } from '../convert.js';
import { occurrences } from '../../prompt/prompt-index.js';
import { negatedBefore, wordsAfter, wordsBefore } from './nearby-words.js';
import type { PropertyView } from '../schema-view.js';
import type { Mention } from '../../prompt/mentions.js';

/** Words that name an end only beside a word of the property ("max volume", "volume to max"). */
const TOP = ['full', 'max', 'maximum', 'highest'];
const BOTTOM = ['minimum', 'lowest'];
/** Phrases that set a scale's end by themselves ("turn it all the way up"). */
const SETTINGS: ReadonlyArray<readonly [string, 'maximum' | 'minimum']> = [['all the way up', 'maximum'], ['all the way down', 'minimum']];
/** Words that silence: the bottom of a volume only. */
const SILENT = ['mute', 'muted', 'silent', 'silence'];
const SOUND: ReadonlySet<string> = new Set(['volume', 'sound', 'audio', 'loudness', 'speaker']);
/** How many words on each side a property's word may stand from the scale word. */
const NEAR = 3;

/** Words too plain to say what a scale measures (`level`): its ends then tie to the thing set ("TV volume to max"). */
const PLAIN: ReadonlySet<string> = new Set(['level', 'value', 'amount', 'setting']);
/** What a plain level may set: its ends tie to these words in the prompt ("Mute the TV", "lights to full"). */
const DEVICES = ['volume', 'sound', 'audio', 'speaker', 'brightness', 'light', 'lights', 'lamp', 'dimmer', 'setting', 'tv'];

/**
 * The property's words and its description's nouns that tie a scale word to it; scale words themselves are not. A
 * plain `level`, or one of a device's, also ties to the things a level sets ("lights to the lowest setting"), since the
 * tool's own name is not seen here.
 */
function ownWords(property: PropertyView): Set<string> {
  const own = new Set([...property.words, ...property.described.nouns].filter((word) => word.length > 2));
  for (const word of [...TOP, ...BOTTOM]) own.delete(word);
  const setsDevice = [...own].every((word) => PLAIN.has(word)) || DEVICES.some((word) => own.has(word));
  if (setsDevice) for (const word of DEVICES) own.add(word);
  return own;
}

/** Words that lead a written level ("down to 20", "at 40", "from 30") or follow it ("40 percent"). */
const LEVEL_LEADS: ReadonlySet<string> = new Set(['to', 'at', 'from', 'by']);
const LEVEL_FOLLOWERS: ReadonlySet<string> = new Set(['percent', 'per', 'pct']);
/** How many words from a property's word or a scale word a written level may stand. */
const LEVEL_NEAR = 5;

/**
 * Whether one of these numbers is the level written beside the property's words or a scale word ("volume down to 20,
 * max is too loud"), so a scale's end in words gives way to it. "bedroom 2", "for 2 hours", "the next 2 songs" are no
 * level: they are led by no level word. A few words read around each number: linear.
 */
export function levelWritten(context: CandidateContext, numbers: readonly Mention[]): boolean {
  const { prompt } = context.facts;
  const own = ownWords(context.property);
  const tie = (word: string): boolean => own.has(word) || TOP.includes(word) || BOTTOM.includes(word) || SILENT.includes(word);
  return numbers.some(({ at, end }) => {
    const led = LEVEL_LEADS.has(wordsBefore(prompt, at, 1)[0] ?? '') || prompt.charAt(end) === '%' || LEVEL_FOLLOWERS.has(wordsAfter(prompt, end, 1)[0] ?? '');
    return led && [...wordsBefore(prompt, at, LEVEL_NEAR), ...wordsAfter(prompt, end, LEVEL_NEAR)].some(tie);
  });
}

/** The scale's ends the prompt names for this property, in prompt order. */
export function scaleEndCandidates(context: CandidateContext): Candidate[] {
  const { property, facts } = context;
  const { scale } = property;
  if (scale === undefined) return [];
  const index = facts.index();
  const own = ownWords(property);
  // Silence is a volume's bottom: for a property that names a sound, or a plain level ("Mute the TV"), not brightness.
  const named = [...property.words, ...property.described.nouns].filter((word) => word.length > 2 && !TOP.includes(word));
  const sound = named.some((word) => SOUND.has(word)) || named.every((word) => PLAIN.has(word));
  const near = (at: number, end: number): boolean =>
    [...wordsBefore(facts.prompt, at, NEAR), ...wordsAfter(facts.prompt, end, NEAR)].some((word) => own.has(word));
  const phrases: Array<{ phrase: string; value: number; tied: boolean }> = [
    ...TOP.map((phrase) => ({ phrase, value: scale.maximum, tied: true })),
    ...BOTTOM.map((phrase) => ({ phrase, value: scale.minimum, tied: true })),
    ...SETTINGS.map(([phrase, end]) => ({ phrase, value: scale[end], tied: false })),
    ...(sound ? SILENT.map((phrase) => ({ phrase, value: scale.minimum, tied: false })) : []),
  ];
  const found: Candidate[] = [];
  for (const { phrase, value, tied } of phrases) {
    for (const at of occurrences(index, phrase)) {
      const end = at + phrase.length;
      // A whole word or phrase: "fullest" or "maxed" is not "full" or "max".
      if (/[\p{L}\p{N}]/u.test(index.flat.charAt(end))) continue;
      if (negatedBefore(facts.prompt, at, 2) || (tied && !near(at, end))) continue;
      found.push({ values: valuesFor(property, String(value)), at, end });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}
