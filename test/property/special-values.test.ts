// Every leaf of several valid requests (tools, history with calls and outputs, content parts, namespaces,
// tool_choice objects), on the two paths in turn, replaced in turn by names of Object.prototype members and other
// special values (huge and tiny numbers, -0, NaN-ish strings, empty strings, unicode, nested arrays); every
// object key renamed to those names too, and the whole body. No answer may be a 5xx: bad values are a JSON 4xx
// naming the path at fault, the rest a 200 that reads as a response.
import t from 'tap';
import { OPENAI, OPENROUTER, testApp } from '../helpers/app.js';
import { judge } from '../helpers/fuzz/check.js';
import { keys, leaves, SHAPES, withKey, withLeaf, type Json } from '../helpers/fuzz/shapes.js';

const PROTO_NAMES = [
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf',
  'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupSetter__',
];
const FULL = process.env.SPECIAL_FULL === '1';

/** Raw JSON tokens, spliced into the text so that -0 and out-of-range numbers arrive as sent. */
const OTHER_VALUES = [
  '-0', '1e400', '-1e400', '1e-400', '9007199254740993', '123456789012345678901234567890', 'true', 'null', '{}', '[]',
  '[[[[[["x"]]]]]]', `{${PROTO_NAMES.map((name) => `${JSON.stringify(name)}:1`).join(',')}}`,
  `[${PROTO_NAMES.map((name) => JSON.stringify(name)).join(',')}]`,
  ...['', ' ', 'NaN', '-Infinity', '\u0000', '\ud800', '😀', '\u202e\u2028', 'a\\b"c'].map((value) => JSON.stringify(value)),
];

t.test('special values in every leaf and key never give a 5xx', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  let sent = 0;
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  // Every prototype name at every leaf (at a `type`, on both paths: look-ups by type happen there); the other
  // values and the renamed keys rotate, each leaf or key taking the next few in turn, so that every value
  // reaches every kind of position while the run stays lean (SPECIAL_FULL=1 sends every combination).
  let turn = 0;
  const next = () => [[OPENROUTER], [OPENAI]][(turn += 1) % 2]!;
  const rotation = { values: 0, names: 0 };
  const some = <T>(list: T[], counter: 'values' | 'names', count: number): T[] => (FULL ? list : Array.from({ length: count }, () => list[(rotation[counter] += 1) % list.length]!));
  for (const shape of SHAPES) {
    const bodies: Array<{ label: string; payload: string; urls: string[] }> = [];
    for (const path of leaves(shape.body as Json)) {
      const both = path[path.length - 1] === 'type';
      for (const name of PROTO_NAMES) bodies.push({ label: `${path.join('.')} = ${name}`, payload: withLeaf(shape.body as Json, path, JSON.stringify(name)), urls: both ? [OPENROUTER, OPENAI] : next() });
      for (const raw of some(OTHER_VALUES, 'values', 7)) bodies.push({ label: `${path.join('.')} = ${raw}`, payload: withLeaf(shape.body as Json, path, raw), urls: next() });
    }
    for (const path of keys(shape.body as Json)) {
      for (const name of some(PROTO_NAMES, 'names', 3)) bodies.push({ label: `key ${path.join('.')} → ${name}`, payload: withKey(shape.body as Json, path, name), urls: next() });
    }
    // The whole body, too (once: the same for every shape).
    if (shape === SHAPES[0]) {
      for (const raw of [...OTHER_VALUES, ...PROTO_NAMES.map((name) => JSON.stringify(name))]) bodies.push({ label: `body = ${raw}`, payload: raw, urls: [OPENROUTER, OPENAI] });
    }
    for (const { label, payload, urls } of bodies) {
      for (const url of urls) {
        const response = await app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', 'x-mock-strictness': 'lenient' }, payload });
        sent += 1;
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        const answer = { status: response.statusCode, contentType: String(response.headers['content-type'] ?? ''), text: response.body };
        const problem = judge(answer, { provider: url === OPENAI ? 'openai' : 'openrouter', body: payload, headers: {} });
        if (problem) failures.push(`${shape.name} ${url}: ${label} → ${problem}`);
      }
    }
  }
  t.same(failures, [], `no 5xx among ${sent} requests (${JSON.stringify(Object.fromEntries(statuses))})`);
  t.ok((statuses.get(200) ?? 0) > 0 && (statuses.get(400) ?? 0) > 0, 'both accepted and rejected requests occurred');
});
