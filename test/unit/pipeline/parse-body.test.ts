// The create body's parser: bodies that cannot hold a forbidden key skip secure-json-parse's scan, and every
// body parses to exactly what secure-json-parse gives (forbidden keys dropped, a byte-order mark read past).
import t from 'tap';
import secureJson from 'secure-json-parse';
import { parseJsonBody } from '../../../src/pipeline/parse-body.js';

const REFERENCE = { protoAction: 'remove', constructorAction: 'remove' } as const;

const BODIES = [
  '{"model":"gpt-4o","input":"hi"}',
  '{"model":"gpt-4o","input":"the prototype of a protocol"}',
  '{"model":"gpt-4o","__proto__":{"admin":true},"input":"hi"}',
  '{"model":"gpt-4o","input":[{"role":"user","content":"x","__proto__":{"polluted":1}}]}',
  '{"model":"gpt-4o","\\u005f_proto__":{"admin":true}}',
  '{"model":"gpt-4o","__pr\\u006fto__":{"admin":true}}',
  '{"model":"gpt-4o","constructor":{"prototype":{"admin":true}}}',
  '{"model":"gpt-4o","\\u0063onstructor":{"prototype":{"admin":true}}}',
  '{"model":"gpt-4o","input":"caf\\u00e9"}',
  '\uFEFF{"model":"gpt-4o","input":"hi"}',
  '{"model":"gpt-4o","input":"constructor"}',
];

t.test('every body parses as secure-json-parse parses it', async (t) => {
  for (const raw of BODIES) {
    const parsed = parseJsonBody(raw);
    t.ok(parsed.ok, raw);
    if (parsed.ok) t.same(parsed.value, secureJson.parse(raw, undefined, REFERENCE), raw);
  }
});

t.test('a forbidden key never becomes a prototype', async (t) => {
  for (const raw of BODIES.slice(2, 8)) {
    const parsed = parseJsonBody(raw);
    if (!parsed.ok) throw new Error(raw);
    const value = parsed.value as Record<string, unknown>;
    t.equal(Object.getPrototypeOf(value), Object.prototype, raw);
    t.notOk(Object.hasOwn(value, '__proto__'), raw);
    t.equal((value as { admin?: unknown }).admin, undefined, raw);
  }
});

t.test('what is not JSON is the same invalid_json as before', async (t) => {
  for (const raw of ['', '{', '{"a":1}x', '\uFEFF']) {
    const parsed = parseJsonBody(raw);
    t.match(parsed, { ok: false, error: { code: 'invalid_json' } }, JSON.stringify(raw));
  }
});
