// When one prompt asks for several tools ("the weather in Paris and the time in Tokyo"), each tool takes its places
// from its own stretch of it: from the first word naming the tool to the first word naming the next one (the
// opening words go to the first), when that stretch names a place. Everything else (texts, numbers, tokens) is
// still read from the whole prompt. A tool the prompt does not name, or a prompt naming one tool only, reads the
// whole prompt. One pass over the prompt's words, no regular expression over it.
import type { PromptFacts } from '../arguments/index.js';
import type { CallableTool } from '../types.js';
import { keywords, stem, STOPWORDS } from './words.js';

interface Word {
  stem: string;
  start: number;
}

/** Words of the text (runs of letters and digits) with where each starts, lower-cased and folded. */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let start = -1;
  for (let index = 0; index <= text.length; index += 1) {
    // Lower-cased by one bit (digits keep theirs); past the end, no word.
    const code = index < text.length ? text.charCodeAt(index) | 0x20 : 0;
    const inWord = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (inWord && start < 0) start = index;
    if (!inWord && start >= 0) {
      const word = text.slice(start, index).toLowerCase();
      if (word.length >= 2 && !STOPWORDS.has(word)) words.push({ stem: stem(word), start });
      start = -1;
    }
  }
  return words;
}

/**
 * The facts each tool reads, for the tools the prompt names at different places (at least two), each stretch
 * naming a place; undefined when focusing would change nothing.
 */
export function focusedFacts<T extends CallableTool>(facts: PromptFacts, tools: readonly T[]): Map<T, PromptFacts> | undefined {
  if (tools.length < 2) return undefined;
  // The facts' prompt is already cut to what is read for values.
  const text = facts.prompt;
  const words = wordsOf(text);
  const named: Array<{ tool: T; at: number }> = [];
  for (const tool of tools) {
    const own = keywords(tool.name);
    const at = words.find((word) => own.has(word.stem))?.start;
    if (at !== undefined) named.push({ tool, at });
  }
  named.sort((a, b) => a.at - b.at);
  if (named.length < 2 || new Set(named.map((entry) => entry.at)).size < named.length) return undefined;
  const focused = new Map<T, PromptFacts>();
  named.forEach((entry, index) => {
    const window = { from: index === 0 ? 0 : entry.at, to: named[index + 1]?.at ?? text.length };
    const own = facts.within(window);
    // A stretch naming no place ("the weather and the time in Paris") reads the whole prompt.
    if (own.places().length > 0) focused.set(entry.tool, own);
  });
  return focused.size > 0 ? focused : undefined;
}
