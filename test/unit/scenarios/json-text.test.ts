// Where text stops being JSON: the place JSON.parse names itself, wherever it names one, for thousands of
// broken variants of valid documents; the end for text that ends too soon; nesting a million deep in one pass.
import t from 'tap';
import { jsonErrorOffset, lineColumn } from '../../../src/scenarios/json-text.js';

const VALID = [
  '{"a": [1, 2.5e-3, -0, true, false, null, "x\\u00e9\\n"], "b": {"c": {}}, "d": []}',
  '[{"k":"v"},{"k":[[]]}]',
  '"text"',
  '12',
  ' {"a":1} ',
];
const ALPHABET = '{}[]",:0123456789-+.eEtrufalsn\\u \n\tx';

t.test('valid JSON has no place of failure', async (t) => {
  for (const text of VALID) t.equal(jsonErrorOffset(text), -1, text);
});

t.test('the place JSON.parse names, for broken variants of valid documents', async (t) => {
  let seed = 12345;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  let compared = 0;
  const wrong: string[] = [];
  for (let round = 0; round < 20_000; round += 1) {
    let text = VALID[random(VALID.length)]!;
    for (let edit = 0; edit <= random(3); edit += 1) {
      const at = random(text.length + 1);
      const char = ALPHABET[random(ALPHABET.length)]!;
      const kind = random(3);
      text = kind === 0 ? text.slice(0, at) + text.slice(at + 1) : kind === 1 ? text.slice(0, at) + char + text.slice(at) : text.slice(0, at) + char + text.slice(at + 1);
    }
    let expected: number | undefined = -1;
    try {
      JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      const position = /position (\d+)/.exec(message);
      expected = position ? Number(position[1]) : /end of JSON input/.test(message) ? text.length : undefined;
      if (expected === undefined && jsonErrorOffset(text) === -1) wrong.push(`${JSON.stringify(text)}: failed to parse but read as JSON`);
    }
    if (expected === undefined) continue;
    compared += 1;
    if (jsonErrorOffset(text) !== expected) wrong.push(`${JSON.stringify(text)}: ${jsonErrorOffset(text)}, JSON.parse ${expected}`);
  }
  t.ok(compared > 10_000, `${compared} compared`);
  t.same(wrong.slice(0, 10), []);
});

t.test('nesting a million deep, and a string that never ends', async (t) => {
  t.equal(jsonErrorOffset('['.repeat(1_000_000)), 1_000_000);
  t.equal(jsonErrorOffset(`${'{"a":'.repeat(200_000)}1${'}'.repeat(199_999)}]`), 1_200_000);
  t.equal(jsonErrorOffset(`{"a":"${'x'.repeat(1 << 20)}`), (1 << 20) + 6);
});

t.test('line and column of an offset', async (t) => {
  t.equal(lineColumn('ab\ncd\n', 0), 'line 1, column 1');
  t.equal(lineColumn('ab\ncd\n', 4), 'line 2, column 2');
  t.equal(lineColumn('ab\ncd\n', 6), 'line 3, column 1');
});
