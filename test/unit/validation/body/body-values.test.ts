// Counting a body's JSON values on its text: strings (escapes, brackets and commas inside them) count once, keys
// count, the count stops past the limit and names the top-level field holding most of what was counted.
import t from 'tap';
import { MAX_BODY_VALUES, tooManyValues, valuesPastLimit } from '../../../../src/domain/validation/body-values.js';

const zeros = (count: number): string => `[${Array.from({ length: count }, () => '0').join(',')}]`;

t.test('past the limit and not before', async (t) => {
  // [ plus ten zeros: 11 values.
  t.same(valuesPastLimit(zeros(10), 10), { field: null }, 'a top-level array names no field');
  t.equal(valuesPastLimit(zeros(9), 10), null, 'ten values are within a limit of ten');
  t.equal(valuesPastLimit('[true,false,null,-1.5e3]', 5), null, 'the array and its literals and numbers count one each');
  t.same(valuesPastLimit('[true,false,null,-1.5e3]', 4), { field: null });
  t.equal(valuesPastLimit(zeros(MAX_BODY_VALUES - 1)), null, 'the default limit');
  t.same(valuesPastLimit(zeros(MAX_BODY_VALUES)), { field: null });
});

t.test('strings count once, whatever they hold', async (t) => {
  const tricky = JSON.stringify(['a"[{,b', 'c\\', '\\"]', '{"x":[1,2,3]}', '']);
  t.equal(valuesPastLimit(tricky, 6), null, `${tricky}: six values`);
  t.same(valuesPastLimit(tricky, 5), { field: null });
  t.equal(valuesPastLimit('["never closed, [1,2,3,4,5,6,7,8]', 3), null, 'an open string is left to the parser');
});

t.test('the field holding most of the values is named', async (t) => {
  const body = JSON.stringify({ model: 'gpt-4o', input: 'hi', metadata: Array(50).fill(0), tools: Array(20).fill(0) });
  t.same(valuesPastLimit(body, 60), { field: 'metadata' });
  const keys = JSON.stringify(Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`k${index}`, index])));
  t.same(valuesPastLimit(keys, 30), { field: null }, 'many small fields name none');
  const escapedKey = '{"a\\"b":[0,0,0,0,0,0,0,0,0,0]}';
  t.same(valuesPastLimit(escapedKey, 8), { field: 'a\\"b' }, 'a key with an escape is named as written');
});

t.test('the error names the field, or the body', async (t) => {
  t.same(tooManyValues('input'), { code: 'too_many_values', message: "Invalid 'input': the request body holds more than 200,000 JSON values (objects, arrays, keys, strings, numbers), most of them there.", param: 'input' });
  t.match(tooManyValues(null), { code: 'too_many_values', message: /^The request body holds more than 200,000 JSON values/, param: null });
});

t.test('the count stops soon after the limit: the rest of a long body is not read', async (t) => {
  const body = `[${'0,'.repeat(2_000_000)}"never closed`;
  const started = performance.now();
  t.same(valuesPastLimit(body, 1000), { field: null }, 'an unterminated string after the limit is never reached');
  t.ok(performance.now() - started < 1000, 'and quickly');
});

t.test('review: a byte-order mark is no value, and a long key is quoted in part', async (t) => {
  const body = `\uFEFF{"x,":"${'a '.repeat(50)}"}`;
  t.equal(valuesPastLimit(body, 3), null, 'three values after the mark');
  const long = 'k'.repeat(2_000_000);
  const past = valuesPastLimit(`{"${long}":${zeros(20)}}`, 10);
  t.equal(past?.field, 'k'.repeat(100), 'the first 100 characters of the key');
  t.ok(tooManyValues(past?.field ?? null).message.length < 400, 'a short message');
});

t.test('review 23: the quoted key is cut between characters, never inside a surrogate pair', async (t) => {
  const key = `a${'\u{1F600}'.repeat(60)}`;
  const past = valuesPastLimit(`{"${key}":${zeros(20)}}`, 10);
  t.equal(past?.field, `a${'\u{1F600}'.repeat(49)}`, 'the emoji the cut would split is left out');
  t.notMatch(past?.field ?? '', /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u, 'no lone high surrogate');
});
