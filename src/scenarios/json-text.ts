// Places in JSON text, for messages about it: where text that is not JSON stops being JSON (JSON.parse names the
// place for most mistakes but not for an unexpected token or an end that comes too soon), and the line and column
// of an offset. One pass with an explicit stack: nesting as deep as the body allows costs no call stack.

/** The offset of the first character that cannot continue the JSON text, its length if it ends too soon; -1 if it is JSON. */
export function jsonErrorOffset(text: string): number {
  const open: number[] = [];
  let at = skipBlanks(text, 0);
  for (;;) {
    // A value is expected at `at`.
    const char = text.charCodeAt(at);
    if (char === OPEN_BRACE || char === OPEN_BRACKET) {
      open.push(char);
      at = skipBlanks(text, at + 1);
      const close = char === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
      if (text.charCodeAt(at) === close) {
        open.pop();
        at += 1;
      } else {
        if (char === OPEN_BRACE) {
          at = member(text, at);
          if (at < 0) return -at - 1;
        }
        continue;
      }
    } else {
      at = scalarEnd(text, at);
      if (at < 0) return -at - 1;
    }
    // After a value: a separator, a closing bracket, or the end.
    for (;;) {
      at = skipBlanks(text, at);
      const top = open[open.length - 1];
      if (top === undefined) return at === text.length ? -1 : at;
      const next = text.charCodeAt(at);
      if (next === COMMA) {
        at = skipBlanks(text, at + 1);
        if (top === OPEN_BRACE) {
          at = member(text, at);
          if (at < 0) return -at - 1;
        }
        break;
      }
      if (next !== (top === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET)) return at;
      open.pop();
      at += 1;
    }
  }
}

/** The line and column of an offset, both from 1: `line 3, column 14`. */
export function lineColumn(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line += 1;
    start = at + 1;
  }
  return `line ${line}, column ${offset - start + 1}`;
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const QUOTE = 0x22;

// Positions that fail are returned as `-(offset + 1)`, so that 0 stays a position.
const fail = (offset: number): number => -offset - 1;

/** A member's key and colon, up to where its value starts. */
function member(text: string, at: number): number {
  if (text.charCodeAt(at) !== QUOTE) return fail(at);
  const keyEnd = stringEnd(text, at);
  if (keyEnd < 0) return keyEnd;
  const colon = skipBlanks(text, keyEnd);
  if (text.charCodeAt(colon) !== 0x3a) return fail(colon);
  return skipBlanks(text, colon + 1);
}

function skipBlanks(text: string, from: number): number {
  let at = from;
  for (let char = text.charCodeAt(at); char === 0x20 || char === 0x0a || char === 0x0d || char === 0x09; char = text.charCodeAt(at)) at += 1;
  return at;
}

/** The end of a string, number or literal starting at `at`. */
function scalarEnd(text: string, at: number): number {
  const char = text.charCodeAt(at);
  if (char === QUOTE) return stringEnd(text, at);
  if (char === 0x2d || isDigit(char)) return numberEnd(text, at);
  for (const word of ['true', 'false', 'null']) {
    if (char !== word.charCodeAt(0)) continue;
    for (let index = 1; index < word.length; index += 1) if (text.charCodeAt(at + index) !== word.charCodeAt(index)) return fail(at + index);
    return at + word.length;
  }
  return fail(at);
}

function stringEnd(text: string, open: number): number {
  for (let at = open + 1; at < text.length; at += 1) {
    const char = text.charCodeAt(at);
    if (char === QUOTE) return at + 1;
    if (char < 0x20) return fail(at);
    if (char !== 0x5c) continue;
    const escaped = text[at + 1];
    if (escaped === 'u') {
      for (let index = 2; index < 6; index += 1) if (!isHex(text.charCodeAt(at + index))) return fail(at + index);
      at += 5;
    } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) {
      at += 1;
    } else {
      return fail(at + 1);
    }
  }
  return fail(text.length);
}

const isDigit = (char: number): boolean => char >= 0x30 && char <= 0x39;
const isHex = (char: number): boolean => isDigit(char) || (char >= 0x41 && char <= 0x46) || (char >= 0x61 && char <= 0x66);

function digitsEnd(text: string, from: number): number {
  let at = from;
  while (isDigit(text.charCodeAt(at))) at += 1;
  return at;
}

/** `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`, read by hand. */
function numberEnd(text: string, from: number): number {
  let at = text.charCodeAt(from) === 0x2d ? from + 1 : from;
  if (!isDigit(text.charCodeAt(at))) return fail(at);
  at = text.charCodeAt(at) === 0x30 ? at + 1 : digitsEnd(text, at);
  if (text.charCodeAt(at) === 0x2e) {
    if (!isDigit(text.charCodeAt(at + 1))) return fail(at + 1);
    at = digitsEnd(text, at + 1);
  }
  if (text.charCodeAt(at) === 0x65 || text.charCodeAt(at) === 0x45) {
    at += 1;
    if (text.charCodeAt(at) === 0x2b || text.charCodeAt(at) === 0x2d) at += 1;
    if (!isDigit(text.charCodeAt(at))) return fail(at);
    at = digitsEnd(text, at);
  }
  return at;
}
