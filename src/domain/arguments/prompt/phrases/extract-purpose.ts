// What a thing the prompt asks for is for, as its label: "Set a timer for 12 minutes for the pasta" → "pasta".
// Read after each "for" a few words at most: linear in the prompt.
import { DETERMINERS, phraseFrom, TIME_TOKEN } from './extract-message.js';
import { parseNumber, type Mention } from '../mentions.js';
import type { PromptIndex } from '../prompt-index.js';
import { trimEndOf } from '../../../trim-marks.js';

/** What follows "for" without naming a purpose: a person ("for me"), a span or a time ("for 12 minutes", "for tomorrow"). */
const NOT_PURPOSES = new Set(['me', 'us', 'you', 'him', 'her', 'them', 'everyone', 'now', 'later', 'today', 'tomorrow', 'tonight', 'it', 'this', 'that']);

/** The first phrase after a "for" that names a purpose, where it lies in the prompt; undefined for none. */
export function purposePhrase(prompt: string, index: PromptIndex): Mention | undefined {
  for (const start of index.words.get('for') ?? []) {
    const at = start + 'for'.length;
    // A phrase is a few words: what lies further on is not read.
    const words = prompt.slice(at, at + 200).split(/\s+/u).filter((word) => word !== '');
    let first = 0;
    while (first < words.length && DETERMINERS.has((words[first] ?? '').toLowerCase())) first += 1;
    const lead = trimEndOf((words[first] ?? '').toLowerCase(), '.,;:!?');
    if (lead === '' || NOT_PURPOSES.has(lead) || TIME_TOKEN.test(lead) || parseNumber(lead) !== undefined) continue;
    const kept = phraseFrom(words, first);
    if (kept.length === 0) continue;
    let from = at;
    for (const word of words.slice(0, first)) from = prompt.indexOf(word, from) + word.length;
    const phraseAt = prompt.indexOf(kept[0] ?? '', from);
    let end = phraseAt;
    for (const word of kept) end = prompt.indexOf(word, end) + word.length;
    return { value: kept.join(' '), at: phraseAt, end };
  }
  return undefined;
}
