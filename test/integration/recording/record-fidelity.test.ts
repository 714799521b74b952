// Round-trip fidelity on real traffic: a local upstream answers with the bytes of the real OpenRouter
// recordings and OpenAI captures in test/conformance/, the proxy records them, and the replay (upstream
// stopped) gives the client the same bytes, event by event. RESPONSES_MOCK_RECORDINGS / _CAPTURES: other copies.
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import WebSocket from 'ws';
import { recordingDir, startApp, startRecorder, startTiny } from '../../helpers/recording.js';
import { openSocket, socketURL } from '../../helpers/socket.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const RECORDINGS = process.env.RESPONSES_MOCK_RECORDINGS ?? here('../../conformance/recordings/');
const CAPTURES = process.env.RESPONSES_MOCK_CAPTURES ?? here('../../conformance/openai-captures/');

interface Exchange {
  session: string;
  path: string;
  body: string;
  status: number;
  contentType: string;
  answer: string;
}

interface Interaction {
  request: { url: string; body: string };
  response: { status: number; headers: Record<string, string>; body: string };
}

/** Every interaction of every OpenRouter recording, as sent and as answered. */
function openRouterExchanges(): Exchange[] {
  return readdirSync(RECORDINGS).filter((name) => name.endsWith('.json')).flatMap((name) => {
    const file = JSON.parse(readFileSync(join(RECORDINGS, name), 'utf8')) as { interactions?: Interaction[] };
    return (file.interactions ?? []).map((interaction) => ({
      session: name.replace(/\.json$/, ''),
      path: new URL(interaction.request.url).pathname,
      body: interaction.request.body,
      status: interaction.response.status,
      contentType: interaction.response.headers['content-type'] ?? 'text/event-stream',
      answer: interaction.response.body,
    }));
  });
}

/** Every OpenAI capture: each stream of a JSON Lines file in OpenAI's framing, each JSON body as it was. */
function openAiExchanges(): Exchange[] {
  return readdirSync(CAPTURES).filter((name) => name.endsWith('.chunks.txt') || name.endsWith('.json')).flatMap((name) => {
    const session = name.replace(/\.(chunks\.txt|json)$/, '').replaceAll('.', '-');
    const text = readFileSync(join(CAPTURES, name), 'utf8');
    if (name.endsWith('.json')) {
      const body = JSON.parse(text) as { error?: unknown; model?: string };
      const sent = JSON.stringify({ model: body.model ?? 'gpt-4o', input: `capture ${name}` });
      return [{ session: `${session}-json`, path: '/v1/responses', body: sent, status: body.error ? 429 : 200, contentType: 'application/json', answer: text }];
    }
    const streams: string[][] = [];
    for (const line of text.split('\n').filter((line) => line.trim() !== '')) {
      const event = JSON.parse(line) as { type: string };
      if (event.type === 'response.created' || streams.length === 0) streams.push([]);
      streams.at(-1)!.push(`event: ${event.type}\ndata: ${line}\n\n`);
    }
    return streams.map((frames, index) => ({
      session,
      path: '/v1/responses',
      body: JSON.stringify({ model: 'gpt-5', input: `capture ${name}, stream ${index + 1}`, stream: true }),
      status: 200,
      contentType: 'text/event-stream',
      answer: frames.join(''),
    }));
  });
}

function post(url: string, args: { body: string; session: string }): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', authorization: 'Bearer sk-or-v1-fidelity0123456789abcdef', 'x-mock-session': args.session };
    const outgoing = request(url, { method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { text += chunk; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    outgoing.on('error', reject);
    outgoing.end(args.body);
  });
}

/**
 * The stream as the replay writes it: keep-alive comments are the upstream's wait, not its answer (a replay
 * without recorded timing has none), and each event's JSON is written anew (an upstream's `\u2014` escape
 * comes back as the character itself: the same JSON, other bytes).
 */
const replayed = (text: string): string => text.split('\n\n').filter((block) => !block.startsWith(':'))
  .map((block) => block.replace(/^data: (\{.*)$/m, (_line, json: string) => `data: ${JSON.stringify(JSON.parse(json))}`)).join('\n\n');

t.test('real recordings and captures: recorded through the proxy, replayed offline with the same bytes', async (t) => {
  const exchanges = [...openRouterExchanges(), ...openAiExchanges()];
  t.ok(exchanges.length >= 10, `${exchanges.length} real exchanges`);
  const answers = new Map(exchanges.map((exchange) => [exchange.body, exchange]));
  const upstream = await startTiny(t, (req, res) => {
    const exchange = answers.get(req.body);
    if (!exchange) return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not in the recordings"}}');
    res.writeHead(exchange.status, { 'content-type': exchange.contentType });
    res.end(exchange.answer);
  });
  const dir = recordingDir();
  const recorder = await startRecorder(t, { upstream: upstream.url, dir });
  for (const exchange of exchanges) {
    const passed = await post(`${recorder.url}${exchange.path}`, exchange);
    t.equal(passed.status, exchange.status, `${exchange.session}: the status passed through`);
    t.equal(passed.text, exchange.answer, `${exchange.session}: the bytes passed through`);
  }
  for (const path of ['/v1/responses', '/api/v1/responses']) {
    const refused = await new Promise<number | undefined>((resolve) => {
      const ws = new WebSocket(socketURL(recorder.url, path));
      ws.on('unexpected-response', (_request, response) => resolve(response.statusCode));
      ws.on('open', () => { ws.close(); resolve(101); });
      ws.on('error', () => {});
    });
    t.equal(refused, 426, `${path}: a socket is refused while recording (HTTP is what gets recorded)`);
  }
  await recorder.close();
  const asked = upstream.received.length;
  await upstream.close();
  t.equal(asked, exchanges.length, 'every exchange went upstream once while recording');
  t.notMatch(readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8')).join('\n'), /fidelity0123456789/, 'no key in the files');

  const replay = await startApp(t, { fixtures: dir, strictScenarios: true });
  for (const exchange of exchanges) {
    const again = await post(`${replay.url}${exchange.path}`, exchange);
    t.equal(again.status, exchange.status, `${exchange.session}: the same status on replay`);
    if (exchange.contentType === 'application/json') t.same(JSON.parse(again.text), JSON.parse(exchange.answer), `${exchange.session}: the same JSON on replay`);
    else t.equal(again.text, replayed(exchange.answer), `${exchange.session}: the same stream bytes on replay`);
  }

  // The same recording over a socket: each OpenAI stream's events, in order, as captured.
  const overSocket = await startApp(t, { fixtures: dir, strictScenarios: true });
  for (const exchange of exchanges.filter((exchange) => exchange.path === '/v1/responses')) {
    const socket = await openSocket(socketURL(overSocket.url), { 'x-mock-session': exchange.session });
    socket.send({ type: 'response.create', ...JSON.parse(exchange.body) });
    const json = exchange.contentType === 'application/json';
    // A stream's own `error` event is followed by response.failed; a refused create is an error event alone.
    const events = await socket.until('response.completed', 'response.incomplete', 'response.failed', ...(json ? ['error'] : []));
    socket.ws.close();
    if (json) t.equal(events.at(-1)!.type, exchange.status === 200 ? 'response.completed' : 'error', `${exchange.session}: a JSON recording over a socket`);
    else t.same(events, replayed(exchange.answer).split('\n\n').filter(Boolean).map((block) => JSON.parse(block.slice(block.indexOf('data: ') + 6))), `${exchange.session}: the same events over a socket`);
  }
  t.equal(upstream.received.length, asked, 'the upstream was not asked during the replay');
});
