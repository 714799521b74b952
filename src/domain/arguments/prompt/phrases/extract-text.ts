// Free text in a prompt: quoted or back-ticked strings, and the "salient phrase" a search-like tool
// would be called with ("search the web for X" → "X", "an image of X" → "X"); the whole prompt is the last resort.
import { cleanValue, withLists, type Mention } from '../mentions.js';

const QUOTES = [
  /"([^"\n]{1,500})"/gu,
  /“([^”\n]{1,500})”/gu,
  /‘([^’\n]{1,500})’/gu,
  /`([^`\n]{1,500})`/gu,
  // Apostrophes inside words ("what's", "London's") must not open or close a quote.
  /(?<![\p{L}\p{N}])'([^'\n]{1,500}?)'(?![\p{L}\p{N}])/gu,
];

/** Quoted strings in prompt order; adjacent ones joined by and/or/commas form a list. */
export function findQuoted(prompt: string): Mention[] {
  const found: Mention[] = [];
  // Quotes of one kind never overlap each other, so each position is marked at most once per kind.
  let covered: Uint8Array | undefined;
  for (const pattern of QUOTES) {
    const accepted: Mention[] = [];
    for (const match of prompt.matchAll(pattern)) {
      const at = match.index ?? 0;
      const end = at + match[0].length;
      const value = (match[1] ?? '').trim();
      if (value === '' || (covered !== undefined && covered.subarray(at, end).includes(1))) continue;
      accepted.push({ value, at, end });
    }
    for (const mention of accepted) (covered ??= new Uint8Array(prompt.length)).fill(1, mention.at, mention.end);
    found.push(...accepted);
  }
  return withLists(prompt, found);
}

// A phrase ends with its clause; a dot followed by a non-space ("v1.2", "example.com") does not end it.
const UNTIL_CLAUSE_END = '((?:[^.!?,;\\n]|\\.(?=\\S))+)';
const CUES = [
  new RegExp(
    '\\b(?:search(?:ing)?|look(?:ing)?\\s+up|lookup|google|find(?:\\s+me)?|research|query)\\s+' +
      '(?:(?:the\\s+)?(?:web|internet|online|docs|documentation|news)\\s+)?(?:for|about|on)?\\s*' + UNTIL_CLAUSE_END,
    'iu',
  ),
  // What a picture is to show: "an image of a red fox in the snow".
  new RegExp(`\\b(?:image|picture|photo|drawing|illustration|painting|sketch|logo|icon)s?\\s+of\\s+${UNTIL_CLAUSE_END}`, 'iu'),
  new RegExp(`\\b(?:about|regarding|on the topic of)\\s+${UNTIL_CLAUSE_END}`, 'iu'),
  new RegExp(`\\bfor\\s+${UNTIL_CLAUSE_END}`, 'iu'),
];

/** The phrase a search-like tool would receive, or undefined when no cue word introduces one. */
export function salientPhrase(prompt: string): string | undefined {
  for (const cue of CUES) {
    const phrase = cleanValue(cue.exec(prompt)?.[1] ?? '');
    if (phrase !== '') return phrase;
  }
  return undefined;
}

/** The prompt as one line, as a last resort for free-text properties. */
export function wholePrompt(prompt: string): string {
  return prompt.replace(/\s+/gu, ' ').trim();
}

/** Cuts text to at most `maxLength` characters, after the last whole word when there is one. */
export function fitLength(text: string, maxLength: number | undefined): string {
  if (maxLength === undefined || text.length <= maxLength) return text;
  const cut = text.slice(0, Math.max(0, maxLength));
  if (text[cut.length] === ' ') return cut;
  const lastSpace = cut.lastIndexOf(' ');
  return lastSpace > 0 ? cut.slice(0, lastSpace) : cut;
}
