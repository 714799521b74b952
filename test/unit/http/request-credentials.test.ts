// A request's credentials, cut and split finder as remembered across requests: each set its own, the same set
// the same object, and a long set worked out every time.
import t from 'tap';
import { requestCredentials } from '../../../src/http/traffic/request-credentials.js';
import { createRedactor, defaultRedactor } from '../../../src/http/traffic/redact.js';

const KEY_A = 'sk-test-aaaaaaaaaaaaaaaaaaaa';
const KEY_B = 'sk-test-bbbbbbbbbbbbbbbbbbbb';

t.test('each key gets its own cut, remembered for the next request that sends it', async (t) => {
  const a = requestCredentials({ authorization: `Bearer ${KEY_A}`, 'content-type': 'application/json' }, defaultRedactor);
  const b = requestCredentials({ authorization: `Bearer ${KEY_B}` }, defaultRedactor);
  t.equal(a.cut!(`x ${KEY_A} ${KEY_B}`), `x [redacted] ${KEY_B}`);
  t.equal(b.cut!(`x ${KEY_A} ${KEY_B}`), `x ${KEY_A} [redacted]`);
  t.same(b.finder!.spans(`..${KEY_B}`), [[2, 2 + KEY_B.length]]);
  t.equal(requestCredentials({ authorization: `Bearer ${KEY_A}`, accept: '*/*' }, defaultRedactor), a, 'the same key: the same cut, whatever else the headers hold');
  // Another header carrying the same value is another set.
  const both = requestCredentials({ authorization: `Bearer ${KEY_A}`, 'x-api-key': KEY_B }, defaultRedactor);
  t.not(both, a);
  t.equal(both.cut!(`${KEY_A}/${KEY_B}`), '[redacted]/[redacted]');
});

t.test('headers without credentials, or with short ones, have no cut', async (t) => {
  t.same(requestCredentials({ 'content-type': 'application/json' }, defaultRedactor), { secrets: [], cut: null, finder: null });
  const short = requestCredentials({ 'x-api-key': 'abc1234' }, defaultRedactor);
  t.equal(short.cut, null);
  t.equal(short.finder, null);
});

t.test('past the remembered sets the one used longest ago goes, and a long set is cut all the same', async (t) => {
  const first = requestCredentials({ authorization: 'Bearer sk-first-0000000000' }, defaultRedactor);
  const steady = requestCredentials({ authorization: 'Bearer sk-steady-000000000' }, defaultRedactor);
  for (let i = 0; i < 40; i += 1) {
    requestCredentials({ authorization: `Bearer sk-many-${String(i).padStart(10, '0')}` }, defaultRedactor);
    t.equal(requestCredentials({ authorization: 'Bearer sk-steady-000000000' }, defaultRedactor), steady, 'a key sent with every request stays');
  }
  const again = requestCredentials({ authorization: 'Bearer sk-first-0000000000' }, defaultRedactor);
  t.not(again, first, 'made anew once 40 others came after it');
  t.equal(again.cut!('sk-first-0000000000'), '[redacted]');
  const long = `sk-long-${'x'.repeat(5000)}`;
  const one = requestCredentials({ authorization: `Bearer ${long}` }, defaultRedactor);
  t.not(requestCredentials({ authorization: `Bearer ${long}` }, defaultRedactor), one, 'not remembered');
  t.equal(one.cut!(`a ${long} b`), 'a [redacted] b');
});

t.test('each redactor remembers its own sets: another list of secret names makes its own', async (t) => {
  const own = createRedactor({ extra: ['x-team'] });
  const headers = { authorization: `Bearer ${KEY_A}`, 'x-team': KEY_B };
  t.equal(requestCredentials(headers, defaultRedactor).cut!(KEY_B), KEY_B, 'not a secret name by default');
  t.equal(requestCredentials(headers, own).cut!(KEY_B), '[redacted]');
});
