// When one prompt asks for several tools ("the weather in Paris and the time in Tokyo"), each tool reads its own
// stretch of it: from the first word naming the tool to the first word naming the next one (the opening words go
// to the first), when that stretch holds a value to read (a place, a quoted text, a path, a token, a number). A tool
// the prompt does not name, or a prompt naming one tool only, reads the whole prompt. One pass over the prompt's
// words, no regular expression over it.
import { PromptFacts } from '../arguments/index.js';
import type { CallableTool } from '../types.js';
import { keywords, stem, STOPWORDS } from './words.js';

/** Characters read for tool names: a prompt longer than this is focused on its opening (as values are read). */
const MAX_FOCUSED = 100_000;

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
 * The part of the prompt each tool reads, for the tools it names at different places (at least two); undefined
 * when focusing would change nothing.
 */
export function focusedPrompts<T extends CallableTool>(prompt: string, tools: readonly T[]): Map<T, string> | undefined {
  if (tools.length < 2) return undefined;
  const text = prompt.length > MAX_FOCUSED ? prompt.slice(0, MAX_FOCUSED) : prompt;
  const words = wordsOf(text);
  const named: Array<{ tool: T; at: number }> = [];
  const naming = new Set<string>();
  for (const tool of tools) {
    const own = keywords(tool.name);
    const at = words.find((word) => own.has(word.stem))?.start;
    if (at === undefined) continue;
    named.push({ tool, at });
    for (const word of own) naming.add(word);
  }
  named.sort((a, b) => a.at - b.at);
  if (named.length < 2 || new Set(named.map((entry) => entry.at)).size < named.length) return undefined;
  const focused = new Map<T, string>();
  named.forEach((entry, index) => {
    const from = index === 0 ? 0 : entry.at;
    const to = named[index + 1]?.at ?? text.length;
    // A stretch holding nothing but the tool's name ("the weather and the time in Paris") reads the whole prompt.
    const says = words.some((word) => word.start >= from && word.start < to && !naming.has(word.stem));
    const stretch = withoutJoin(text.slice(from, to));
    if (says && holdsValues(stretch)) focused.set(entry.tool, stretch);
  });
  return focused.size > 0 ? focused : undefined;
}

/** Whether the stretch names something a tool's arguments could take ("check the inventory and" does not). */
function holdsValues(stretch: string): boolean {
  const facts = new PromptFacts(stretch);
  if (facts.places().length + facts.quoted().length + facts.paths().length + facts.shapedTokens().length > 0) return true;
  for (let index = 0; index < stretch.length; index += 1) {
    const code = stretch.charCodeAt(index);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** Words that join one request to the next ("… hiking trails and send …"): not part of either. */
const JOINS = ['and', 'then', 'also', 'plus'];

/** The stretch without the spaces, commas and joining word it ends with. */
function withoutJoin(stretch: string): string {
  let end = stretch.length;
  const trim = (): void => {
    while (end > 0 && ' \t\n\r,;'.includes(stretch[end - 1]!)) end -= 1;
  };
  trim();
  const lower = stretch.slice(Math.max(0, end - 5), end).toLowerCase();
  const join = JOINS.find((word) => lower.endsWith(word) && (end === word.length || /\s/.test(stretch[end - word.length - 1]!)));
  if (join !== undefined) {
    end -= join.length;
    trim();
  }
  return stretch.slice(0, end);
}
