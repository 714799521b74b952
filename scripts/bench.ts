// Benchmarks: non-streaming and streamed tool-call throughput and p99 latency of responses-mock against a
// bare Fastify route returning the same body (the baseline), measured in the same run; the same with every
// request different (no template reuse); and time to first event of a stream.
// Usage: npm run bench [-- --duration 10 --connections 10 --rounds 2]
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({ options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' }, rounds: { type: 'string', default: '2' } } });
const duration = Number(values.duration);
const connections = Number(values.connections);
const rounds = Number(values.rounds);

const toolCall = JSON.stringify({
  model: 'openai/gpt-4o-mini',
  input: 'What is the weather in Paris?',
  tools: [{ type: 'function', name: 'get_weather', description: 'Get current weather for a city.', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false } }],
});
const streamed = JSON.stringify({ ...JSON.parse(toolCall), stream: true });

async function startServer(args: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench-server.ts', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [chunk] = await once(child.stdout!, 'data') as [Buffer];
  return { url: chunk.toString().trim().split('\n')[0]!, child };
}

async function stop(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await once(child, 'exit');
}

interface Figures { rps: number; p99: number; errors: number }

async function load(args: { url: string; body: string; unique?: boolean }): Promise<Figures> {
  let counter = 0;
  // Unique bodies defeat the response templates: every request is validated, decided and rendered.
  const requests = args.unique
    ? [{ setupRequest: (request: autocannon.Request): autocannon.Request => ({ ...request, body: args.body.replace('Paris?', `Paris? #${(counter += 1)}`) }) }]
    : undefined;
  const options = { url: args.url, method: 'POST' as const, body: args.body, headers: { 'content-type': 'application/json' }, connections, pipelining: 1, ...(requests ? { requests } : {}) };
  await autocannon({ ...options, duration: 2 });
  const result = await autocannon({ ...options, duration });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function timeToFirstEvent(url: string, samples = 300): Promise<{ median: number; p99: number }> {
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const started = process.hrtime.bigint();
    await new Promise<void>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        let first = true;
        res.on('data', (chunk: Buffer) => {
          if (first && chunk.toString().includes('response.created')) {
            times.push(Number(process.hrtime.bigint() - started) / 1e6);
            first = false;
          }
        });
        res.on('end', resolve);
      });
      req.on('error', reject);
      req.end(streamed);
    });
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, p99: times[Math.floor(times.length * 0.99)]! };
}

const best = (runs: Figures[]): Figures => runs.reduce((a, b) => (b.rps > a.rps ? b : a));

async function main(): Promise<void> {
  const mock = await startServer(['mock']);
  const sample = await fetch(`${mock.url}/api/v1/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: toolCall });
  const cannedBody = await sample.text();
  const baseline = await startServer(['baseline', cannedBody]);
  const results = { baseline: [] as Figures[], mock: [] as Figures[], stream: [] as Figures[], unique: [] as Figures[] };
  for (let round = 0; round < rounds; round += 1) {
    results.baseline.push(await load({ url: `${baseline.url}/canned`, body: toolCall }));
    results.mock.push(await load({ url: `${mock.url}/api/v1/responses`, body: toolCall }));
    results.stream.push(await load({ url: `${mock.url}/api/v1/responses`, body: streamed }));
    results.unique.push(await load({ url: `${mock.url}/api/v1/responses`, body: toolCall, unique: true }));
  }
  const ttfe = await timeToFirstEvent(`${mock.url}/api/v1/responses`);
  await Promise.all([stop(mock.child), stop(baseline.child)]);
  const b = best(results.baseline);
  const m = best(results.mock);
  const s = best(results.stream);
  const u = best(results.unique);
  const row = (name: string, f: Figures) => `${name.padEnd(34)} ${f.rps.toFixed(0).padStart(8)} req/s   p99 ${String(f.p99).padStart(4)} ms   ratio ${(f.rps / b.rps).toFixed(2)}${f.errors ? `   errors ${f.errors}` : ''}`;
  console.log(`node ${process.version}, ${connections} connections, ${duration} s per run, best of ${rounds} rounds`);
  console.log(row('baseline (bare Fastify, canned)', b));
  console.log(row('mock: tool call, JSON', m));
  console.log(row('mock: tool call, streamed', s));
  console.log(row('mock: every request different', u));
  console.log(`stream time to first event: median ${ttfe.median.toFixed(2)} ms, p99 ${ttfe.p99.toFixed(2)} ms (sequential, ${300} samples)`);
  console.log(`targets: JSON ≥ 0.70 × baseline: ${m.rps / b.rps >= 0.7 ? 'met' : 'NOT met'}; streamed ≥ 0.50 × baseline: ${s.rps / b.rps >= 0.5 ? 'met' : 'NOT met'}`);
  if (m.errors || s.errors || u.errors || b.errors) process.exitCode = 1;
}

await main();
