// The words of a short prompt as requests-split.ts reads them: each with how it ends (a sentence's end, a clause's
// mark, or nothing), split on any white space, a line break ending a sentence. One pass over the characters.

export interface Token {
  text: string;
  /** "sentence": ".", "!", "?", ";" or a line break after it; "clause": a comma or a colon; else "none". */
  end: 'sentence' | 'clause' | 'none';
}

const isSpaceCode = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 0xa0;

/** The prompt's words, in order, with how each ends. */
export function readTokens(prompt: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  for (let at = 0; at <= prompt.length; at += 1) {
    const code = at < prompt.length ? prompt.charCodeAt(at) : 10;
    if (!isSpaceCode(code)) {
      if (start < 0) start = at;
      continue;
    }
    if (start >= 0) {
      const text = prompt.slice(start, at);
      tokens.push({ text, end: endOf(text) });
      start = -1;
    }
    // A line break ends the sentence of the word before ("I'm late\nTransfer $20 to Bob").
    const last = tokens[tokens.length - 1];
    if ((code === 10 || code === 13) && last !== undefined && at < prompt.length) last.end = 'sentence';
  }
  return tokens;
}

/** How a word ends, past closing quotes and brackets: "late.", "late.”", "Rome?" end a sentence; "late," a clause. */
function endOf(text: string): Token['end'] {
  let end = text.length;
  while (end > 1 && '"”’\')'.includes(text.charAt(end - 1))) end -= 1;
  const mark = text.charAt(end - 1);
  // A colon ends a clause ("Important: text Maria …"), unless it leads a text (requests-split.ts: "Reminder: …").
  if (mark === ',' || (mark === ':' && end > 1)) return 'clause';
  return end > 1 && (mark === '.' || mark === '!' || mark === '?' || mark === ';') ? 'sentence' : 'none';
}

/** A word lower-cased and stripped of the marks and quotes around it: "Email," → "email", "“Hi" → "hi", "I'll" kept. */
export function lowerWord(token: string): string {
  let from = 0;
  let to = token.length;
  while (from < to && !isWordCode(token.charCodeAt(from))) from += 1;
  while (to > from && !isWordCode(token.charCodeAt(to - 1))) to -= 1;
  return token.slice(from, to).toLowerCase();
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45 || (code > 127 && code !== 0x2019 && code !== 0x201c && code !== 0x201d && code !== 0x2018);
}
