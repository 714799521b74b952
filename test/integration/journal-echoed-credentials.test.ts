// A request that carries its own credential in a field gets it back as it sent it (an unknown parameter named
// by the key, a value quoted in a 400's message, a tool named by it and called), while the journal keeps the
// message, the param, the answer and what answered (the engine's tools and explanation) with the key cut.
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

t.test("the engine's tools and explanation keep no credential of the request's own in the journal and the log", async (t) => {
  const lines: string[] = [];
  const app = buildApp({ logger: true, logLevel: 'info', logStream: { write: (line: string) => void lines.push(line) } });
  t.teardown(() => app.close());
  const name = 'own-token-0123456789abcdef';
  const tool = { type: 'function', name, description: 'Look up the weather', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } };
  const answer = await app.inject({ method: 'POST', url: '/v1/responses', headers: { ...headers, authorization: `Bearer ${name}` }, payload: { model: 'gpt-4o', input: 'Look up the weather in Paris', tools: [tool], tool_choice: 'required' } });
  t.equal(answer.statusCode, 200);
  t.ok(answer.body.includes(name), 'the client gets the call it asked for');
  const journal = await app.inject({ url: '/__mock/requests?session=refused' });
  const entry = (JSON.parse(journal.body) as { requests: Array<{ engine: { tools: string[]; explanation: unknown } }> }).requests[0]!;
  t.same(entry.engine.tools, ['[redacted]'], 'the tool called, its name cut');
  t.notOk(journal.body.includes('0123456789abcdef'), 'the journal holds no key');
  t.ok(lines.some((line) => line.includes('called [redacted]')), 'the log line says what answered, the key cut');
  t.notOk(lines.join('').includes('0123456789abcdef'), 'the log holds no key');
});
