// The quick scan before masking: a field name written with escapes sends the text to the masking pass only when its
// decoded text ends like a secret name, so that bodies full of escaped names that are not secret are passed over.
import t from 'tap';
import { byLastCharacter, mayHoldSecrets } from '../../../src/http/traffic/secret-scan.js';
import { createRedactor, SECRET_NAMES } from '../../../src/http/traffic/redact.js';

const endings = byLastCharacter(['key', 'keys', 'token', 'secret', 'auth', ...SECRET_NAMES]);
const redactor = createRedactor();

t.test('an escaped name that is not secret does not send the text to the masking pass', async (t) => {
  for (const text of [
    '{"n\\u0061me":"bob"}',
    '{"caf\\u00e9":"value","x":"\\u00e9t\\u00e9"}',
    '{"arguments":"{\\"n\\\\u0061me\\":\\"bob\\"}"}',
    '{"ke\\u0079_id":"k-1"}',
  ]) t.notOk(mayHoldSecrets(text, endings), text);
});

t.test('an escaped name whose decoded text ends like a secret does, however it is escaped', async (t) => {
  for (const text of [
    '{"api\\u005fkey":"sk-1"}',
    '{"api_ke\\u0079":"sk-1"}',
    '{"\\u0041PI_KE\\u0059":"sk-1"}',
    '{"openai\\u002dproject":"proj_1"}',
    '{"x":"\\u00e9","api\\/key":"sk-1"}',
    '{"api\\"_k\\u0065y":"sk-1"}',
    '{"arguments":"{\\"api\\\\u005fkey\\":\\"sk-1\\"}"}',
  ]) t.ok(mayHoldSecrets(text, endings), text);
});

t.test('names that do not decode to a secret name are left as written, by the scan and the masking pass alike', async (t) => {
  // A lone surrogate or a backslash after the name makes another name (as "api_key!" is): not masked. An invalid
  // escape is judged as written, as before.
  for (const text of ['{"api_key\\udfff":"sk-0123456789abcdef","z":"\\u00e9"}', '{"api_key\\\\":"sk-0123456789abcdef","z":"\\u00e9"}', '{"api_key\\x":"sk-0123456789abcdef","z":"\\u00e9"}']) {
    t.notOk(mayHoldSecrets(text, endings), `scan: ${text}`);
    t.equal(redactor.redactJsonText(text), text, `masked text: ${text}`);
  }
  const surrogateFirst = '{"\\ud800api_key":"sk-0123456789abcdef"}';
  t.ok(mayHoldSecrets(surrogateFirst, endings), 'a lone surrogate before the name leaves its ending: secret');
  t.notMatch(redactor.redactJsonText(surrogateFirst), /0123456789/);
});

t.test('the scan reads each name once: a megabyte of distinct escaped names is scanned in one pass', async (t) => {
  const names = Array.from({ length: 25_000 }, (_, index) => `"f\\u00e9ld_${index}":"caf\\u00e9 ${index}",`).join('');
  const text = `{${names}"z":"1"}`;
  t.notOk(mayHoldSecrets(text, endings), 'none is secret');
  t.ok(mayHoldSecrets(`{${names}"api\\u005fkey":"sk-1"}`, endings), 'the one that is, at the end, is found');
});
