// A reader for the subset of Lark grammars that custom tools use: rules and terminals with alternatives,
// groups, `[optional]`, `? * +`, `~n..m`, string literals, "a".."z" ranges, /regex/ terminals, `-> alias`,
// `%import common.X` and `%ignore`. Anything else is refused with the construct and its line, never guessed.
import { commonTerminal } from './lark-common.js';
import type { LarkGrammar, LarkNode, Parsed } from './lark-types.js';

export type { LarkGrammar, LarkNode, Parsed } from './lark-types.js';

type Token = { type: 'name' | 'string' | 'regex' | 'number' | 'punct' | 'newline' | 'directive'; text: string; line: number };

const TOKEN = /[ \t\f\r]+|\/\/[^\n]*|\n|"(?:\\[^]|[^"\\\n])*"i?|\/(?![/*])(?:\\[^]|[^/\\\n])+\/[imslux]*|%[a-z]+|[A-Za-z_][A-Za-z0-9_]*|\d+|->|\.\.|[:|()[\]+*?!~.,{}]/y;
export const MAX_UNBOUNDED_REPEAT = 3;
/** Groups nested deeper than this are refused (a hostile grammar must not exhaust the stack). */
const MAX_NESTING = 64;

function tokenize(text: string): Parsed<Token[]> {
  const tokens: Token[] = [];
  let line = 1;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match) return { ok: false, reason: `unexpected character ${JSON.stringify(text[at])} at line ${line}` };
    const raw = match[0];
    if (raw === '\n') { tokens.push({ type: 'newline', text: raw, line }); line += 1; continue; }
    if (/^[ \t\f\r]|^\/\//.test(raw)) continue;
    const type = raw.startsWith('"') ? 'string' : raw.startsWith('/') ? 'regex' : raw.startsWith('%') ? 'directive'
      : /^[A-Za-z_]/.test(raw) ? 'name' : /^\d/.test(raw) ? 'number' : 'punct';
    tokens.push({ type, text: raw, line });
  }
  return { ok: true, value: tokens };
}

/** Splits tokens into statements: a newline ends one unless the next line continues it with `|`. */
function statements(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.type !== 'newline') { current.push(token); continue; }
    let next = index + 1;
    while (tokens[next]?.type === 'newline') next += 1;
    if (tokens[next]?.text === '|') { index = next - 1; continue; }
    if (current.length) out.push(current);
    current = [];
  }
  if (current.length) out.push(current);
  return out;
}

export function parseLark(text: string): Parsed<LarkGrammar> {
  const tokens = tokenize(text);
  if (!tokens.ok) return tokens;
  const grammar: LarkGrammar = { definitions: new Map(), ignoresSpace: false };
  for (const statement of statements(tokens.value)) {
    const problem = statement[0]!.type === 'directive' ? directive(statement, grammar) : definition(statement, grammar);
    if (problem) return { ok: false, reason: problem };
  }
  return { ok: true, value: grammar };
}

function directive(statement: Token[], grammar: LarkGrammar): string | null {
  const [head, ...rest] = statement;
  const line = head!.line;
  if (head!.text === '%ignore') {
    grammar.ignoresSpace ||= rest.some((token) => /^(WS|WS_INLINE|NEWLINE|LF)$/.test(token.text) || /^"[ \\t]+"$/.test(token.text) || token.type === 'regex');
    return null;
  }
  if (head!.text !== '%import') return `the directive ${head!.text} at line ${line} is not supported`;
  const path = rest.map((token) => token.text).join('');
  const match = /^common\.([A-Z_]+)(?:->([A-Z_]+))?$/.exec(path);
  const terminal = match ? commonTerminal(match[1]!) : undefined;
  if (!match || !terminal) return `'%import ${path}' at line ${line} is not supported (only single terminals of 'common')`;
  grammar.definitions.set(match[2] ?? match[1]!, terminal);
  return null;
}

function definition(statement: Token[], grammar: LarkGrammar): string | null {
  // `?rule:` inlines a single child and `!rule:` keeps punctuation: neither changes the language.
  const modifier = statement[0]!.text === '?' || statement[0]!.text === '!' ? 1 : 0;
  const name = statement[modifier]!;
  if (name?.type !== 'name') {
    const found = name ?? statement[0]!;
    return `expected a rule or terminal name at line ${found.line}, found ${JSON.stringify(found.text)}`;
  }
  let at = modifier + 1;
  if (statement[at]?.text === '{') return `the template rule '${name.text}' at line ${name.line} is not supported`;
  if (statement[at]?.text === '.' && statement[at + 1]?.type === 'number') at += 2; // priority
  if (statement[at]?.text !== ':') return `expected ':' after '${name.text}' at line ${name.line}`;
  const reader = new Reader(statement, at + 1);
  const body = reader.expansions();
  if (!body.ok) return body.reason;
  if (!reader.done) return `unexpected ${JSON.stringify(reader.peek!.text)} at line ${reader.peek!.line}`;
  grammar.definitions.set(name.text, body.value);
  return null;
}

class Reader {
  private depth = 0;

  constructor(private readonly tokens: Token[], private at: number) {}

  get done(): boolean { return this.at >= this.tokens.length; }
  get peek(): Token | undefined { return this.tokens[this.at]; }

  expansions(): Parsed<LarkNode> {
    const options: LarkNode[] = [];
    for (;;) {
      const option = this.expansion();
      if (!option.ok) return option;
      options.push(option.value);
      if (this.peek?.text === '->') this.at += 2; // alias: only the tree's name changes
      if (this.peek?.text !== '|') break;
      this.at += 1;
    }
    return { ok: true, value: options.length === 1 ? options[0]! : { kind: 'alt', options } };
  }

  private expansion(): Parsed<LarkNode> {
    const items: LarkNode[] = [];
    while (this.peek && !['|', ')', ']', '->'].includes(this.peek.text)) {
      const atom = this.atom();
      if (!atom.ok) return atom;
      const quantified = this.quantifier(atom.value);
      if (!quantified.ok) return quantified;
      items.push(quantified.value);
    }
    return { ok: true, value: items.length === 1 ? items[0]! : { kind: 'seq', items } };
  }

  private atom(): Parsed<LarkNode> {
    const token = this.tokens[this.at++]!;
    if (token.text === '(' || token.text === '[') {
      if (this.depth >= MAX_NESTING) return { ok: false, reason: `groups nest more than ${MAX_NESTING} deep at line ${token.line}` };
      this.depth += 1;
      const inner = this.expansions();
      this.depth -= 1;
      if (!inner.ok) return inner;
      const close = token.text === '(' ? ')' : ']';
      if (this.tokens[this.at++]?.text !== close) return { ok: false, reason: `missing '${close}' for the '${token.text}' at line ${token.line}` };
      return { ok: true, value: token.text === '(' ? inner.value : { kind: 'repeat', node: inner.value, min: 0, max: 1 } };
    }
    if (token.type === 'string') return this.literal(token);
    if (token.type === 'regex') {
      const end = token.text.lastIndexOf('/');
      return { ok: true, value: { kind: 'regex', source: token.text.slice(1, end), flags: token.text.slice(end + 1), line: token.line } };
    }
    if (token.type === 'name') {
      if (this.peek?.text === '{') return { ok: false, reason: `the template use '${token.text}{…}' at line ${token.line} is not supported` };
      return { ok: true, value: { kind: 'ref', name: token.text, line: token.line } };
    }
    return { ok: false, reason: `unexpected ${JSON.stringify(token.text)} at line ${token.line}` };
  }

  private literal(token: Token): Parsed<LarkNode> {
    const text = unquote(token.text.replace(/i$/, ''));
    if (text === undefined) return { ok: false, reason: `the string ${token.text} at line ${token.line} cannot be read` };
    if (this.peek?.text !== '..') return { ok: true, value: { kind: 'literal', text } };
    const to = this.tokens[this.at + 1];
    const end = to?.type === 'string' ? unquote(to.text) : undefined;
    if (end === undefined || [...text].length !== 1 || [...end].length !== 1) {
      return { ok: false, reason: `the range at line ${token.line} must join two one-character strings` };
    }
    this.at += 2;
    return { ok: true, value: { kind: 'range', from: text.codePointAt(0)!, to: end.codePointAt(0)! } };
  }

  private quantifier(node: LarkNode): Parsed<LarkNode> {
    const token = this.peek;
    if (token?.text === '?') { this.at += 1; return { ok: true, value: { kind: 'repeat', node, min: 0, max: 1 } }; }
    if (token?.text === '*') { this.at += 1; return { ok: true, value: { kind: 'repeat', node, min: 0, max: MAX_UNBOUNDED_REPEAT } }; }
    if (token?.text === '+') { this.at += 1; return { ok: true, value: { kind: 'repeat', node, min: 1, max: MAX_UNBOUNDED_REPEAT } }; }
    if (token?.text !== '~') return { ok: true, value: node };
    const min = Number(this.tokens[this.at + 1]?.text);
    const ranged = this.tokens[this.at + 2]?.text === '..';
    const max = ranged ? Number(this.tokens[this.at + 3]?.text) : min;
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min || max > 1000) {
      return { ok: false, reason: `the repetition '~' at line ${token.line} needs counts from 0 to 1000` };
    }
    this.at += ranged ? 4 : 2;
    return { ok: true, value: { kind: 'repeat', node, min, max } };
  }
}

/** A Lark string literal's text (JSON-like escapes). */
function unquote(quoted: string): string | undefined {
  try {
    return JSON.parse(quoted.replace(/\\([^"\\/bfnrtu])/g, '$1')) as string;
  } catch {
    return undefined;
  }
}
