// A request's credentials, cut and split finder as remembered across requests: each set its own, the same set
// the same object, and a long set worked out every time; a key sent in the query string is one too.
import t from 'tap';
import { requestCredentials } from '../../../src/http/traffic/request-credentials.js';
import { createRedactor, defaultRedactor } from '../../../src/http/traffic/redact.js';

/** A create on the usual path: no query string. */
const credentials = (headers: Record<string, string>, names: Parameters<typeof requestCredentials>[1]) => requestCredentials({ headers, path: '/v1/responses' }, names);
const KEY_A = 'sk-test-aaaaaaaaaaaaaaaaaaaa';
const KEY_B = 'sk-test-bbbbbbbbbbbbbbbbbbbb';

t.test('each key gets its own cut, remembered for the next request that sends it', async (t) => {
  const a = credentials({ authorization: `Bearer ${KEY_A}`, 'content-type': 'application/json' }, defaultRedactor);
  const b = credentials({ authorization: `Bearer ${KEY_B}` }, defaultRedactor);
  t.equal(a.cut!(`x ${KEY_A} ${KEY_B}`), `x [redacted] ${KEY_B}`);
  t.equal(b.cut!(`x ${KEY_A} ${KEY_B}`), `x ${KEY_A} [redacted]`);
  t.same(b.finder!.spans(`..${KEY_B}`), [[2, 2 + KEY_B.length]]);
  t.equal(credentials({ authorization: `Bearer ${KEY_A}`, accept: '*/*' }, defaultRedactor), a, 'the same key: the same cut, whatever else the headers hold');
  // Another header carrying the same value is another set.
  const both = credentials({ authorization: `Bearer ${KEY_A}`, 'x-api-key': KEY_B }, defaultRedactor);
  t.not(both, a);
  t.equal(both.cut!(`${KEY_A}/${KEY_B}`), '[redacted]/[redacted]');
});

t.test('headers without credentials, or with short ones, have no cut', async (t) => {
  t.same(credentials({ 'content-type': 'application/json' }, defaultRedactor), { secrets: [], cut: null, finder: null });
  const short = credentials({ 'x-api-key': 'abc1234' }, defaultRedactor);
  t.equal(short.cut, null);
  t.equal(short.finder, null);
});

t.test('past the remembered sets the one used longest ago goes, and a long set is cut all the same', async (t) => {
  const first = credentials({ authorization: 'Bearer sk-first-0000000000' }, defaultRedactor);
  const steady = credentials({ authorization: 'Bearer sk-steady-000000000' }, defaultRedactor);
  for (let i = 0; i < 40; i += 1) {
    credentials({ authorization: `Bearer sk-many-${String(i).padStart(10, '0')}` }, defaultRedactor);
    t.equal(credentials({ authorization: 'Bearer sk-steady-000000000' }, defaultRedactor), steady, 'a key sent with every request stays');
  }
  const again = credentials({ authorization: 'Bearer sk-first-0000000000' }, defaultRedactor);
  t.not(again, first, 'made anew once 40 others came after it');
  t.equal(again.cut!('sk-first-0000000000'), '[redacted]');
  const long = `sk-long-${'x'.repeat(5000)}`;
  const one = credentials({ authorization: `Bearer ${long}` }, defaultRedactor);
  t.not(credentials({ authorization: `Bearer ${long}` }, defaultRedactor), one, 'not remembered');
  t.equal(one.cut!(`a ${long} b`), 'a [redacted] b');
});

t.test('each redactor remembers its own sets: another list of secret names makes its own', async (t) => {
  const own = createRedactor({ extra: ['x-team'] });
  const headers = { authorization: `Bearer ${KEY_A}`, 'x-team': KEY_B };
  t.equal(credentials(headers, defaultRedactor).cut!(KEY_B), KEY_B, 'not a secret name by default');
  t.equal(credentials(headers, own).cut!(KEY_B), '[redacted]');
});

t.test('a key in the query string is one of the request\'s own, decoded; other parameters are not', async (t) => {
  const query = requestCredentials({ headers: {}, path: `/v1/responses?api_key=${KEY_A}&limit=sk-not-a-key-000000&auth%5Btoken%5D=Bearer%20${KEY_B}` }, defaultRedactor);
  t.equal(query.cut!(`${KEY_A} ${KEY_B} sk-not-a-key-000000`), '[redacted] [redacted] sk-not-a-key-000000');
  t.same(query.finder!.spans(`..${KEY_A}`), [[2, 2 + KEY_A.length]]);
  const plus = requestCredentials({ headers: {}, path: '/v1/responses?key=my+long+secret' }, defaultRedactor);
  t.equal(plus.cut!('said my long secret'), 'said [redacted]', '+ read as a space, as servers read it');
  const base64 = requestCredentials({ headers: {}, path: '/v1/responses?key=AbC+dEf/GhI123==' }, defaultRedactor);
  t.equal(base64.cut!('key AbC+dEf/GhI123== and AbC dEf/GhI123=='), 'key [redacted] and [redacted]', "a '+' sent unencoded is cut as written too");
  const both = requestCredentials({ headers: { authorization: `Bearer ${KEY_A}` }, path: `/v1/responses?key=${KEY_B}` }, defaultRedactor);
  t.not(both, credentials({ authorization: `Bearer ${KEY_A}` }, defaultRedactor), 'the query is part of the set');
  t.equal(both.cut!(`${KEY_A}/${KEY_B}`), '[redacted]/[redacted]');
  t.same(requestCredentials({ headers: {}, path: '/v1/responses?limit=5&key=&order=asc' }, defaultRedactor), { secrets: [], cut: null, finder: null }, 'no secret parameter, or an empty one: none');
});
