// A credential an upstream echoes in a stream arrives in pieces, one delta each: none of them looks like a key,
// and the recording must still hold none of it — nor the journal the recording proxy keeps.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { recordingDir, scenariosIn, send, sse, startRecorder, startTiny } from '../../../helpers/recording.js';

const key = 'sk-proj-REALSECRETKEY0123456789abcdefXYZ';
const pieces = ['Your token is ', 'sk', '-', 'proj', '-', 'REALSECRETKEY0123456789abcdefXYZ', '.'];
const text = pieces.join('');
const item = { id: 'msg_1', type: 'message', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text, annotations: [] }] };
const response = (status: string, output: unknown[]) => ({ id: 'resp_1', object: 'response', status, model: 'gpt-4o', output });
const events = [
  { type: 'response.created', sequence_number: 0, response: response('in_progress', []) },
  ...pieces.map((delta, index) => ({ type: 'response.output_text.delta', sequence_number: index + 1, item_id: 'msg_1', output_index: 0, content_index: 0, delta })),
  { type: 'response.output_text.done', sequence_number: 8, item_id: 'msg_1', output_index: 0, content_index: 0, text },
  { type: 'response.output_item.done', sequence_number: 9, output_index: 0, item },
  { type: 'response.completed', sequence_number: 10, response: response('completed', [item]) },
];

t.test('a key streamed across deltas is cut from every delta it spans', async (t) => {
  const dir = recordingDir();
  const tiny = await startTiny(t, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.end(sse(events));
  });
  const recorder = await startRecorder(t, { upstream: tiny.url, dir });
  const answer = await send(`${recorder.url}/v1/responses`, { body: { model: 'gpt-4o', input: 'Repeat my token', stream: true }, headers: { authorization: `Bearer ${key}`, 'x-mock-session': 'echo' } });
  t.ok(answer.text.includes('REALSECRETKEY'), 'the client gets the answer as it came');
  await recorder.close();
  const file = readFileSync(join(dir, 'echo.yaml'), 'utf8');
  t.notOk(file.includes('REALSECRETKEY'), 'no piece of the key is in the file');
  const replay = scenariosIn(dir).get('echo')!.rules[0]!.respond.replay!;
  const deltas = replay.events!.filter((event) => event.type === 'response.output_text.delta').map((event) => event.delta);
  t.same(deltas, ['Your token is ', '[redacted]', '', '', '', '', '.'], 'the key says [redacted] where it started');
  const done = replay.events!.find((event) => event.type === 'response.output_text.done')!;
  t.equal(deltas.join(''), done.text, 'the deltas still make the text the stream ends with');
});

t.test('a key that one delta holds whole, and deltas without one, are recorded as before', async (t) => {
  const dir = recordingDir();
  const whole = ['Your token is ', key, '.'];
  const tiny = await startTiny(t, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.end(sse([
      { type: 'response.created', sequence_number: 0, response: response('in_progress', []) },
      ...whole.map((delta, index) => ({ type: 'response.output_text.delta', sequence_number: index + 1, item_id: 'msg_1', output_index: 0, content_index: 0, delta })),
      { type: 'response.completed', sequence_number: 4, response: response('completed', []) },
    ]));
  });
  const recorder = await startRecorder(t, { upstream: tiny.url, dir });
  await send(`${recorder.url}/v1/responses`, { body: { model: 'gpt-4o', input: 'Repeat my token', stream: true }, headers: { authorization: 'Bearer test', 'x-mock-session': 'whole' } });
  await recorder.close();
  const replay = scenariosIn(dir).get('whole')!.rules[0]!.respond.replay!;
  t.same(replay.events!.filter((event) => event.type === 'response.output_text.delta').map((event) => event.delta), ['Your token is ', '[redacted]', '.']);
});

t.test("the recording proxy's journal keeps the body without the request's credentials or key-shaped text", async (t) => {
  const dir = recordingDir();
  const tiny = await startTiny(t, (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(response('completed', [])));
  });
  const recorder = await startRecorder(t, { upstream: tiny.url, dir });
  const own = 'own-bearer-token-0123456789';
  const body = { model: 'gpt-4o', input: `my token is ${own}`, metadata: { note: `key is ${key}` } };
  const sent = await send(`${recorder.url}/v1/responses`, { body, headers: { authorization: `Bearer ${own}`, 'x-mock-session': 'journal' } });
  t.equal(sent.status, 200);
  const journal = await recorder.app.inject({ url: '/__mock/requests?session=journal' });
  const [entry] = (JSON.parse(journal.body) as { requests: Array<{ body: string; bodyBytes: number }> }).requests;
  t.notOk(entry!.body.includes('REALSECRETKEY'), 'no key-shaped text');
  t.notOk(entry!.body.includes(own), "no credential the request's headers carry");
  t.same(JSON.parse(entry!.body), { ...body, input: 'my token is [redacted]', metadata: { note: 'key is [redacted]' } });
  t.equal(entry!.bodyBytes, Buffer.byteLength(JSON.stringify(body)), 'bodyBytes: the size received');
});

t.test("what the recording proxy stores of a turn's input holds no credential: input_items and a conversation's items", async (t) => {
  const dir = recordingDir();
  const tiny = await startTiny(t, (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(response('completed', [item])));
  });
  const recorder = await startRecorder(t, { upstream: tiny.url, dir });
  const headers = { authorization: 'Bearer own-bearer-token-0123456789', 'x-mock-session': 'kept' };
  const made = await recorder.app.inject({ method: 'POST', url: '/v1/conversations', headers, payload: {} });
  const conversation = (JSON.parse(made.body) as { id: string }).id;
  const sent = await send(`${recorder.url}/v1/responses`, { body: { model: 'gpt-4o', input: `remember ${key} and own-bearer-token-0123456789`, conversation }, headers });
  t.equal(sent.status, 200);
  const items = await recorder.app.inject({ url: '/v1/responses/resp_1/input_items', headers });
  t.equal(items.statusCode, 200);
  const held = await recorder.app.inject({ url: `/v1/conversations/${conversation}/items?order=asc`, headers });
  for (const [what, text] of [['input_items', items.body], ["the conversation's items", held.body]] as const) {
    t.notOk(text.includes('REALSECRETKEY'), `${what}: no key-shaped text`);
    t.notOk(text.includes('own-bearer-token'), `${what}: no credential of the request's`);
    t.ok(text.includes('remember [redacted] and [redacted]'), `${what}: the rest as sent`);
  }
});

t.test('logprobs are recorded with their tokens, a key spelled over several tokens cut from each (bytes too)', async (t) => {
  const dir = recordingDir();
  const logprob = (token: string) => ({ token, logprob: -0.1, bytes: [...Buffer.from(token)], top_logprobs: [{ token, logprob: -0.1, bytes: [...Buffer.from(token)] }] });
  const withLogprobs = { ...item, content: [{ type: 'output_text', text, annotations: [], logprobs: pieces.map(logprob) }] };
  const tiny = await startTiny(t, (req, res) => {
    const stream = (JSON.parse(req.body) as { stream?: boolean }).stream === true;
    res.writeHead(200, { 'content-type': stream ? 'text/event-stream' : 'application/json' });
    if (!stream) return res.end(JSON.stringify(response('completed', [withLogprobs])));
    res.end(sse([
      { type: 'response.created', sequence_number: 0, response: response('in_progress', []) },
      ...pieces.map((delta, index) => ({ type: 'response.output_text.delta', sequence_number: index + 1, item_id: 'msg_1', output_index: 0, content_index: 0, delta, logprobs: [logprob(delta)] })),
      { type: 'response.completed', sequence_number: 8, response: response('completed', [withLogprobs]) },
    ]));
  });
  const recorder = await startRecorder(t, { upstream: tiny.url, dir });
  const headers = { authorization: 'Bearer test', 'x-mock-session': 'lp' };
  await send(`${recorder.url}/v1/responses`, { body: { model: 'gpt-4o', input: 'Repeat my token', include: ['message.output_text.logprobs'] }, headers });
  await send(`${recorder.url}/v1/responses`, { body: { model: 'gpt-4o', input: 'Repeat my token', include: ['message.output_text.logprobs'], stream: true }, headers });
  await recorder.close();
  const file = readFileSync(join(dir, 'lp.yaml'), 'utf8');
  t.notOk(file.includes('REALSECRETKEY'), 'no piece of the key in the file');
  const [json, stream] = scenariosIn(dir).get('lp')!.rules.map((rule) => rule.respond.replay!);
  const spelled: string[] = [];
  JSON.stringify([json, stream], (key, value: unknown) => {
    if (key === 'bytes' && Array.isArray(value)) spelled.push(Buffer.from(value as number[]).toString('utf8'));
    return value;
  });
  t.ok(spelled.length > 0);
  t.notOk(spelled.join('').includes('SECRET'), 'nor its bytes');
  const tokens = (json!.body!.output as Array<{ content: Array<{ logprobs: Array<{ token: string; bytes: number[]; top_logprobs: unknown[] }> }> }>)[0]!.content[0]!.logprobs;
  t.same(tokens.map((entry) => entry.token), ['Your token is ', '[redacted]', '', '', '', '', '.'], 'the tokens kept, the key cut');
  t.same(tokens[1]!.bytes, [...Buffer.from('[redacted]')], "a cut token's bytes follow it");
  t.same(tokens[1]!.top_logprobs, [], 'and its alternatives go');
  t.same(tokens[0]!.top_logprobs, [logprob('Your token is ').top_logprobs[0]], 'the others keep theirs');
  const deltas = stream!.events!.filter((event) => event.type === 'response.output_text.delta');
  t.same(deltas.map((event) => (event.logprobs as Array<{ token: string }>)[0]!.token), ['Your token is ', '[redacted]', '', '', '', '', '.'], "each delta's logprobs cut as the delta is");
});
