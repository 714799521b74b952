// The terminals of Lark's `common` module that grammars import, as nodes the generator can expand without a
// regex engine: each produces a short, typical member of the terminal's language.
import type { LarkNode } from './lark-types.js';

const literal = (text: string): LarkNode => ({ kind: 'literal', text });
const range = (from: string, to: string): LarkNode => ({ kind: 'range', from: from.codePointAt(0)!, to: to.codePointAt(0)! });
const seq = (...items: LarkNode[]): LarkNode => ({ kind: 'seq', items });
const alt = (...options: LarkNode[]): LarkNode => ({ kind: 'alt', options });
const repeat = (node: LarkNode, min: number, max: number): LarkNode => ({ kind: 'repeat', node, min, max });

const DIGIT = range('0', '9');
const LCASE = range('a', 'z');
const UCASE = range('A', 'Z');
const INT = seq(range('1', '9'), repeat(DIGIT, 0, 2));
const WORD = repeat(LCASE, 2, 8);

const COMMON = new Map<string, LarkNode>([
  ['LF', literal('\n')],
  ['CR', literal('\r')],
  ['NEWLINE', literal('\n')],
  ['WS', literal(' ')],
  ['WS_INLINE', literal(' ')],
  ['DIGIT', DIGIT],
  ['HEXDIGIT', alt(DIGIT, range('a', 'f'))],
  ['INT', INT],
  ['SIGNED_INT', seq(repeat(literal('-'), 0, 1), INT)],
  ['DECIMAL', seq(INT, literal('.'), DIGIT)],
  ['FLOAT', seq(INT, literal('.'), DIGIT)],
  ['NUMBER', alt(INT, seq(INT, literal('.'), DIGIT))],
  ['SIGNED_NUMBER', seq(repeat(literal('-'), 0, 1), INT)],
  ['LCASE_LETTER', LCASE],
  ['UCASE_LETTER', UCASE],
  ['LETTER', alt(LCASE, UCASE)],
  ['WORD', WORD],
  ['CNAME', seq(LCASE, repeat(alt(LCASE, DIGIT, literal('_')), 0, 7))],
  ['ESCAPED_STRING', seq(literal('"'), WORD, literal('"'))],
  ['SH_COMMENT', seq(literal('# '), WORD)],
  ['CPP_COMMENT', seq(literal('// '), WORD)],
  ['C_COMMENT', seq(literal('/* '), WORD, literal(' */'))],
  ['SQL_COMMENT', seq(literal('-- '), WORD)],
]);

export function commonTerminal(name: string): LarkNode | undefined {
  return COMMON.get(name);
}
