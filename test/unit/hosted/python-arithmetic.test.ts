// The code interpreter's arithmetic against what Python 3 prints for the same expressions (the expected values
// were taken from CPython 3's REPL): precedence and associativity of `**`, floor division and modulo toward minus
// infinity, exact big integers, floats in repr form, and no value wherever Python raises or answers a complex
// number.
import t from 'tap';
import { evaluatePython } from '../../../src/domain/hosted/tools/python-arithmetic.js';
import { plannedRun } from '../../../src/domain/hosted/tools/code-interpreter.js';

t.test('the values Python prints', async (t) => {
  const cases: Array<[string, string]> = [
    ['2 ** 10', '1024'], ['2 ** -1', '0.5'], ['-2 ** 2', '-4'], ['2 ** 3 ** 2', '512'], ['(-2) ** 3', '-8'],
    ['7 // 2', '3'], ['-7 // 2', '-4'], ['7.5 // 2', '3.0'], ['-7.5 % 2', '0.5'], ['17 // -5', '-4'],
    ['2 ** 100', '1267650600228229401496703205376'], ['99999999999 * 99999999999', '9999999999800000000001'],
    ['2 ** 0.5', '1.4142135623730951'], ['10 / 4', '2.5'], ['-7 % 3', '2'], ['7 % -3', '-2'], ['0 ** 0', '1'],
    ['1 ** 99999999999999999999', '1'], ['2 * -3', '-6'], ['--4', '4'], ['+5 - -2', '7'], ['3 ** 2 * 2', '18'],
    ['100000000 * 100000000 / 1', '1e+16'], ['1 / 3', '0.3333333333333333'], ['2 ** 53 + 1', '9007199254740993'],
    ['(1 + 2) ** 2 // 4', '2'], ['1 // 0.1', '9.0'], ['1 % 0.1', '0.09999999999999995'], ['-7.5 // 2', '-4.0'], ['7.5 % -2', '-0.5'],
    ['0.0 // 3', '0.0'], ['0.0 // -5', '-0.0'], ['5 % -0.5', '-0.0'],
  ];
  for (const [expression, printed] of cases) t.equal(evaluatePython(expression), printed, expression);
  // Integers up to the 4,300 digits Python prints: 3,011, 4,001 and 4,295 digits.
  for (const [expression, digits] of [['2 ** 10000', 3011], ['10 ** 4000', 4001], ['3 ** 9000', 4295]] as const) t.equal(evaluatePython(expression)?.length, digits, expression);
});

t.test('no value where Python raises or cannot read it', async (t) => {
  // ZeroDivisionError ×4, a complex number, OverflowError, a 30,103-digit int Python refuses to print, a
  // SyntaxError (a leading zero), and nesting past the bound.
  for (const expression of ['1 / 0', '2 // 0', '5 % 0', '0 ** -1', '(-8) ** 0.5', '2.0 ** 2000', '2 ** 99999', '05 + 1', `${'('.repeat(40)}1${')'.repeat(40)}`, `${'-'.repeat(40)}1`]) {
    t.equal(evaluatePython(expression), undefined, expression);
  }
});

t.test('numbers in every form Python reads: exponents, a leading or trailing point, underscores, hex, octal, binary', async (t) => {
  const cases: Array<[string, string]> = [
    ['2.5e2 * 2', '500.0'], ['1e3 + 1', '1001.0'], ['1.5e-3 * 2', '0.003'], ['1E+2 - 1', '99.0'], ['.5 + 1', '1.5'],
    ['5. / 2', '2.5'], ['1_000 * 2', '2000'], ['1e1_0 + 0', '10000000000.0'], ['0x10 + 1', '17'], ['0XfF + 0', '255'],
    ['0o17 * 1', '15'], ['0b101 * 2', '10'], ['0x_1f + 0', '31'], ['00 + 1', '1'], ['0_0 + 1', '1'], ['05.5 + 1', '6.5'],
  ];
  for (const [expression, printed] of cases) t.equal(evaluatePython(expression), printed, expression);
  // SyntaxErrors (a doubled or trailing underscore, a literal running into a word, two points) and a complex result.
  for (const expression of ['1__0 + 1', '1_ + 2', '2x * 3', '1.2.3 + 1', '0x + 1', '3j * 2', '1e + 2']) t.equal(evaluatePython(expression), undefined, expression);
});

t.test('the code interpreter reads a whole literal from the prompt, letters and all', async (t) => {
  const cases: Array<[string, string]> = [
    ['Use python to compute 2.5e2 * 2', '500.0'], ['Calculate 1e3 + 1.', '1001.0'], ['Run python: 1.5e-3 * 2', '0.003'],
    ['Compute 0x10 + 1 in python', '17'], ['Calculate .5 + 1', '1.5'], ['Calculate 17 * 23.', '391'],
  ];
  for (const [prompt, output] of cases) t.equal(plannedRun(prompt).output, output, prompt);
  t.equal(plannedRun('Calculate 1e3 + 1').code, '1e3 + 1\n', 'the code is the expression as written');
});

t.test('a long expression of literals is read in time linear in its length', async (t) => {
  const started = performance.now();
  t.equal(evaluatePython(`${'1_'.repeat(50_000)}1 + 1`), undefined, 'a literal of 50,001 digits: more than Python reads');
  t.equal(evaluatePython(Array.from({ length: 1000 }, () => '1.5e-3').join(' + ')), '1.5000000000000013', 'a flat sum of 1,000 floats, as CPython prints it');
  t.ok(evaluatePython(Array.from({ length: 20_000 }, () => '0x1_F').join(' + ')) === '620000', '20,000 hex literals');
  t.ok(performance.now() - started < 2000, `${Math.round(performance.now() - started)} ms`);
});
