// Events per second for the same responses over one WebSocket and over SSE on one keep-alive HTTP connection,
// against the built server in its own process: one response at a time (as agent loops run), rounds
// alternating; plus the socket with every create sent at once (queued FIFO by the server).
// Usage: npx tsx scripts/bench/websocket.ts [--duration 5] [--rounds 3]   (after npm run build)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { freePort, waitForHealth } from './processes.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({ options: { duration: { type: 'string', default: '5' }, rounds: { type: 'string', default: '3' } } });
const DURATION_MS = Number(values.duration) * 1000;
const ROUNDS = Number(values.rounds);
const QUEUED = 64;

/** A tool-loop turn and a text answer of about 60 words: 20 to 70 events each. */
const BODIES = [
  { model: 'gpt-4o-mini', input: 'What is the weather in Paris?', tools: [{ type: 'function', name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } }], tool_choice: 'required' },
  { model: 'gpt-4o-mini', input: `Reply exactly with: ${'The quick brown fox jumps over the lazy dog. '.repeat(6).trim()}` },
];

interface Rate { events: number; responses: number; ms: number }

/** One response at a time over SSE (POST stream:true), counting `event:` lines. */
async function sse(port: number): Promise<Rate> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const texts = BODIES.map((body) => JSON.stringify({ ...body, stream: true }));
  let events = 0;
  let responses = 0;
  const started = performance.now();
  while (performance.now() - started < DURATION_MS) {
    const text = await post({ port, agent, body: texts[responses % texts.length]! });
    events += text.split('\nevent: ').length - 1 + (text.startsWith('event: ') ? 1 : 0);
    responses += 1;
  }
  agent.destroy();
  return { events, responses, ms: performance.now() - started };
}

function post(args: { port: number; agent: Agent; body: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: args.port, path: '/v1/responses', method: 'POST', agent: args.agent, headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk)).once('end', () => resolve(text));
    });
    req.once('error', reject);
    req.end(args.body);
  });
}

/** Over one socket: one create at a time, or `inFlight` creates kept queued. */
async function socket(port: number, inFlight: number): Promise<Rate> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/v1/responses`, { perMessageDeflate: false });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const texts = BODIES.map((body) => JSON.stringify({ type: 'response.create', ...body }));
  let events = 0;
  let responses = 0;
  let sent = 0;
  const started = performance.now();
  await new Promise<void>((resolve) => {
    const send = (): void => void ws.send(texts[sent++ % texts.length]!);
    ws.on('message', (data: Buffer) => {
      events += 1;
      // Terminal events carry the whole response; the type is near the start of every message.
      const head = data.toString('latin1', 0, 40);
      if (!head.includes('"response.completed"') && !head.includes('"response.incomplete"')) return;
      responses += 1;
      if (performance.now() - started < DURATION_MS) send();
      else if (responses === sent) resolve();
    });
    for (let index = 0; index < inFlight; index += 1) send();
  });
  const ms = performance.now() - started;
  ws.close();
  return { events, responses, ms };
}

const perSecond = (rate: Rate, of: 'events' | 'responses') => Math.round((rate[of] * 1000) / rate.ms);

async function main(): Promise<void> {
  if (!existsSync(`${ROOT}dist/server.js`)) throw new Error('dist/server.js is missing: run npm run build first');
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/server.js'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', RESPONSES_MOCK_LOG_LEVEL: 'silent' } });
  try {
    await waitForHealth({ port, child, name: 'responses-mock' });
    // Warm-up: compiled validators, JIT.
    await sse(port);
    await socket(port, 1);
    const runs: Record<string, Rate[]> = { 'SSE over HTTP, one at a time': [], 'WebSocket, one at a time': [], [`WebSocket, ${QUEUED} queued`]: [] };
    for (let round = 0; round < ROUNDS; round += 1) {
      runs['SSE over HTTP, one at a time']!.push(await sse(port));
      runs['WebSocket, one at a time']!.push(await socket(port, 1));
      runs[`WebSocket, ${QUEUED} queued`]!.push(await socket(port, QUEUED));
    }
    console.log(`events per second (median of ${ROUNDS} rounds of ${DURATION_MS / 1000} s; responses of ${BODIES.length} kinds in turn)`);
    const base = median(runs['SSE over HTTP, one at a time']!.map((rate) => perSecond(rate, 'events')));
    for (const [name, rates] of Object.entries(runs)) {
      const events = median(rates.map((rate) => perSecond(rate, 'events')));
      const responses = median(rates.map((rate) => perSecond(rate, 'responses')));
      console.log(`  ${name.padEnd(32)} ${String(events).padStart(8)} events/s ${String(responses).padStart(7)} responses/s   ×${(events / base).toFixed(2)}`);
    }
  } finally {
    child.kill('SIGTERM');
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

await main();
