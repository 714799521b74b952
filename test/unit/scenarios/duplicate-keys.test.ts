// Keys written twice in a JSON object: found at any depth, named by the path of their object, and not confused
// by braces, quotes or commas inside strings.
import t from 'tap';
import { duplicateKeys } from '../../../src/scenarios/duplicate-keys.js';

t.test('no repeat, however the strings are written', async (t) => {
  t.same(duplicateKeys('{"a": "x}{\\",[", "b": [{"c": 1}, {"c": 2}], "d": {"a": 1}}'), [], 'the same key in sibling objects is no repeat');
  t.same(duplicateKeys('[1, "a", {"k": [true, null]}]'), []);
});

t.test('a repeat at any depth, by the path of its object', async (t) => {
  t.same(duplicateKeys('{"b": [[{"x": 1}], [{"d": 1, "d": 2}]], "b": 0}'), [
    "b[1][0]: the key 'd' is written twice (again at line 1, column 30); JSON would keep only the last",
    "(top level): the key 'b' is written twice (again at line 1, column 41); JSON would keep only the last",
  ]);
  t.same(duplicateKeys('{"a\\"b": 1, "a\\u0022b": 2}'), ["(top level): the key 'a\"b' is written twice (again at line 1, column 13); JSON would keep only the last"], 'escapes read as JSON reads them');
});
