// --record in front of an upstream that misbehaves, over real sockets: whatever it answers (null output items,
// values nested 20,000 deep, a status of 999, an output that is not an array) reaches the client as it came and
// never stops the server; what cannot be recorded so that it loads again is logged and left out. What the
// proxy stores of an answer (GET /v1/responses/{id}, the journal) is as scrubbed as the recording.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { recordingDir, scenariosIn, send, startApp, startRecorder, startTiny } from '../../helpers/recording.js';

const response = (extra: Record<string, unknown>) => ({ id: 'resp_hostile', object: 'response', created_at: 1, status: 'completed', model: 'gpt-4o', output: [], usage: { input_tokens: 1, output_tokens: 1, total_tokens: 2 }, ...extra });
const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
const completed = (text: string) => `event: response.completed\ndata: {"type":"response.completed","sequence_number":0,"response":${text}}\n\n`;

/** Each misbehaviour by the input that asks for it: status, content type, body text, and the warning it gives. */
const HOSTILE: Record<string, { status: number; type: string; text: string; warning: RegExp }> = {
  'null output': { status: 200, type: 'application/json', text: JSON.stringify(response({ output: [null] })), warning: /body\.output\[0\]: must be an output item/ },
  'null output, streamed': { status: 200, type: 'text/event-stream', text: completed(JSON.stringify(response({ output: [null] }))), warning: /final response could not be replayed \(events\[0\]\.response\.output\[0\]: must be an output item/ },
  'deep JSON': { status: 200, type: 'application/json', text: `${JSON.stringify(response({})).slice(0, -1)},"extra":${deep}}`, warning: /the answer nests deeper than 128 levels/ },
  'deep stream': { status: 200, type: 'text/event-stream', text: completed(`${JSON.stringify(response({})).slice(0, -1)},"extra":${deep}}`), warning: /the answer nests deeper than 128 levels/ },
  'status 999': { status: 999, type: 'application/json', text: JSON.stringify(response({})), warning: /the recording would not load \(respond\.replay\.status: must be <= 599\)/ },
  'output not an array': { status: 200, type: 'application/json', text: JSON.stringify(response({ output: 'notarray' })), warning: /the recording would not load \(respond\.replay\.body\.output: a recorded response must have an 'output' array/ },
};

function logLines(): { lines: string[]; logStream: { write(line: string): void } } {
  const lines: string[] = [];
  return { lines, logStream: { write: (line: string) => void lines.push(line) } };
}

t.test('a malformed answer passes through as it came, is not recorded (with the reason logged), and the server lives on', async (t) => {
  const tiny = await startTiny(t, (req, res) => {
    const input = (JSON.parse(req.body) as { input: string }).input;
    const hostile = HOSTILE[input];
    if (!hostile) {
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify(response({ id: 'resp_fine', output: [{ id: 'msg_1', type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: 'Fine.', annotations: [] }] }] })));
    }
    res.writeHead(hostile.status, { 'content-type': hostile.type });
    res.end(hostile.text);
  });
  const dir = recordingDir();
  const log = logLines();
  const recorder = await startRecorder(t, { upstream: tiny.url, dir, logger: true, logLevel: 'warn', logStream: log.logStream });
  const headers = { 'x-mock-session': 'hostile' };
  for (const [input, hostile] of Object.entries(HOSTILE)) {
    const answer = await send(`${recorder.url}/v1/responses`, { body: { model: 'gpt-4o', input }, headers });
    t.equal(answer.status, hostile.status, `${input}: the upstream's status`);
    t.ok(answer.ended && answer.text === hostile.text, `${input}: the upstream's bytes, whole`);
    // The answer is checked once the client has it: give a crash its chance before the next request.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const fine = await send(`${recorder.url}/v1/responses`, { body: { model: 'gpt-4o', input: 'Say fine' }, headers });
  t.equal(fine.status, 200, 'the server still answers');
  const stored = await fetch(`${recorder.url}/v1/responses/resp_hostile`, { headers });
  t.equal(stored.status, 404, 'an answer not recorded is not stored either');
  await recorder.close();
  const warnings = log.lines.map((line) => (JSON.parse(line) as { msg: string }).msg).filter((message) => message.includes('passed through but not recorded'));
  t.equal(warnings.length, Object.keys(HOSTILE).length, 'one warning per exchange');
  for (const [input, hostile] of Object.entries(HOSTILE)) t.ok(warnings.some((warning) => hostile.warning.test(warning)), `${input}: the warning says why`);
  const rules = scenariosIn(dir).get('hostile')!.rules;
  t.same(rules.map((rule) => rule.name), ['turn 7: JSON, message'], 'only the well-formed exchange is recorded');
  // Replayed as in CI: the same requests in the same order, the last one's turn answered from the recording.
  const replay = await startApp(t, { fixtures: dir });
  for (const input of Object.keys(HOSTILE)) await send(`${replay.url}/v1/responses`, { body: { model: 'gpt-4o', input }, headers });
  const again = await send(`${replay.url}/v1/responses`, { body: { model: 'gpt-4o', input: 'Say fine' }, headers });
  t.equal(again.text, fine.text, 'the folder loads and replays');
});

t.test("the client's key echoed by the upstream is stored, journaled and logged as scrubbed as it is written", async (t) => {
  const key = 'my-own-key-0123456789abcdef';
  const queryKey = 'query-array-key-0123456789';
  const tiny = await startTiny(t, (req, res) => {
    const sent = `you sent ${String(req.headers.authorization)} and ${req.url}`;
    if (req.body.includes('plain')) {
      res.writeHead(401, { 'content-type': 'text/plain' });
      return void res.end(`Incorrect API key provided: ${key}`);
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(response({ metadata: { note: sent }, user: key, output: [{ id: 'msg_echo', type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: sent, annotations: [] }] }] })));
  });
  const dir = recordingDir();
  const log = logLines();
  const recorder = await startRecorder(t, { upstream: tiny.url, dir, logger: true, logLevel: 'warn', logStream: log.logStream });
  const headers = { authorization: `Bearer ${key}`, 'x-mock-session': 'echo' };
  const url = `${recorder.url}/v1/responses?api_key[]=${queryKey}`;
  const conversation = await (await fetch(`${recorder.url}/v1/conversations`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: '{}' })).json() as { id: string };
  const answer = await send(url, { body: { model: 'gpt-4o', input: 'Who am I?', conversation: conversation.id }, headers });
  t.ok(answer.text.includes(key) && answer.text.includes(queryKey), 'the client gets the answer as the upstream sent it');
  const plain = await send(url, { body: { model: 'gpt-4o', input: 'plain error' }, headers });
  t.equal(plain.status, 401);
  const stored = await (await fetch(`${recorder.url}/v1/responses/resp_hostile`, { headers })).text();
  t.match(JSON.parse(stored), { id: 'resp_hostile', user: '[redacted]', metadata: { note: 'you sent [redacted] and /v1/responses?api_key[]=[redacted]' } });
  const items = await (await fetch(`${recorder.url}/v1/conversations/${conversation.id}/items`, { headers })).text();
  t.match(items, /"you sent \[redacted\]/, 'the conversation holds the answered turn');
  const journal = await (await fetch(`${recorder.url}/__mock/requests?session=echo`)).text();
  await recorder.close();
  const written = readFileSync(join(dir, 'echo.yaml'), 'utf8');
  for (const [where, text] of [['GET /v1/responses/{id}', stored], ['the conversation', items], ['the journal', journal], ['the log', log.lines.join('')], ['the recording', written]]) {
    t.notOk(text!.includes(key) || text!.includes(queryKey), `${where} holds neither key`);
  }
  t.ok(log.lines.some((line) => line.includes('Incorrect API key provided: [redacted]')), 'the warning quotes the answer, scrubbed');
  t.match(scenariosIn(dir).get('echo')!.rules[0]!.respond.replay!.request, { query: { 'api_key[]': '[redacted]' } }, 'a bracketed key parameter is redacted in the recording');
});
