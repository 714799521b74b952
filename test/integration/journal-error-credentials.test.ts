// A refused request that carries its own credential in a field (an unknown parameter named by the key, a value
// echoed in the message) gets the key back in its 400 as the real API would echo it, while the journal keeps
// the message, the param and the answer with the key cut.
import t from 'tap';
import { buildApp } from '../../src/app.js';

const KEY = 'sk-proj-OwnKey0123456789abcdefghij';
const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json', 'x-mock-session': 'refused' };

t.test("an error's message and param keep no credential of the request's own in the journal", async (t) => {
  const app = buildApp();
  t.teardown(() => app.close());
  const refusals = [
    { body: { model: 'gpt-4o', input: 'hi', [KEY]: 1 }, param: '[redacted]' },
    { body: { model: 'gpt-4o', input: 'hi', metadata: { [KEY]: 'x'.repeat(600) } }, param: 'metadata.[redacted]' },
    { body: { model: 'gpt-4o', input: [{ type: KEY }] }, param: 'input[0].type' },
  ];
  for (const { body } of refusals) {
    const answer = await app.inject({ method: 'POST', url: '/v1/responses', headers, payload: body });
    t.equal(answer.statusCode, 400);
    t.ok(answer.body.includes(KEY), 'the client gets its own value back, as sent');
  }
  const journal = await app.inject({ url: '/__mock/requests?session=refused' });
  t.notOk(journal.body.includes('OwnKey0123'), 'the journal holds no key');
  const entries = (JSON.parse(journal.body) as { requests: Array<{ error: { param: string; message: string } }> }).requests;
  t.same(entries.map((entry) => entry.error.param), refusals.map((refusal) => refusal.param), 'each param, the key cut');
  t.ok(entries.every((entry) => !entry.error.message.includes(KEY)), 'each message, the key cut');
});
