// Start-up: process start → first `/health` 200, and the CPU time used by then (median of --runs), for the
// bin, `node dist/server.cjs`, `npm start`, `startMockServer()` (from dist/ as users import it, and from src/
// through tsx as our tests do) and aimock, alternating in one run; then how long the first create request
// takes on the fresh process (sent as soon as /health answers, before the CLI's own loading of the tool-schema
// engines a moment after it listens), the second, and the first streamed one after those.
// Usage: npx tsx scripts/bench/startup.ts [--runs 5]   (measures dist/: run `npm run build` first)
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { aimockArgs } from './aimock.js';
import { cpuMs, freePort } from './processes.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Number(values.runs);
const READY_TIMEOUT_MS = 15_000;

/** The create request of every figure: one function tool, answered with a call (aimock: by its fixture). */
const CREATE = JSON.stringify({
  model: 'gpt-4o-mini',
  input: 'What is the weather in Paris?',
  tools: [{ type: 'function', name: 'get_weather', description: 'Get current weather for a city.', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false } }],
});
/** The same request streamed (timed to the stream's end). */
const CREATE_STREAMED = JSON.stringify({ ...(JSON.parse(CREATE) as object), stream: true });

interface Subject {
  name: string;
  /** Command and arguments; PORT and HOST are also in the environment. */
  command: (port: number) => [string, string[]];
}

const startMockServer = (from: string) => `const { startMockServer } = await import(${JSON.stringify(from)}); await startMockServer({ port: Number(process.env.PORT) });`;

const SUBJECTS: Subject[] = [
  { name: 'responses-mock bin', command: (port) => [process.execPath, ['bin/responses-mock.cjs', '--port', String(port), '--host', '127.0.0.1']] },
  { name: 'node dist/server.cjs', command: (port) => [process.execPath, ['dist/server.cjs', '--port', String(port), '--host', '127.0.0.1']] },
  { name: 'aimock (llmock CLI)', command: (port) => [process.execPath, aimockArgs(port)] },
  { name: 'npm start', command: () => ['npm', ['start', '--silent']] },
  { name: 'startMockServer() from dist/', command: () => [process.execPath, ['--input-type=module', '-e', startMockServer('./dist/index.js')]] },
  { name: 'startMockServer() from src/ (tsx)', command: () => [process.execPath, ['--import', 'tsx', '--input-type=module', '-e', startMockServer('./src/index.ts')]] },
];

function call(port: number, args: { method: string; path: string; body?: string }): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, method: args.method, path: args.path, agent: false, headers: args.body ? { 'content-type': 'application/json' } : {} }, (res) => {
      res.resume().once('end', () => resolve(res.statusCode ?? 0));
    });
    req.once('error', () => resolve(0));
    req.end(args.body);
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  // Its own process group: `npm start` runs the server in a child of npm.
  process.kill(-child.pid!, 'SIGTERM');
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

interface Sample { ready: number; cpu: number; firstRequest: number; secondRequest: number; firstStream: number }

async function measure(subject: Subject): Promise<Sample> {
  const port = await freePort();
  const [command, args] = subject.command(port);
  const started = performance.now();
  const child = spawn(command, args, { cwd: ROOT, detached: true, stdio: 'ignore', env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' } });
  try {
    while ((await call(port, { method: 'GET', path: '/health' })) !== 200) {
      if (child.exitCode !== null) throw new Error(`${subject.name} exited with ${child.exitCode} before answering /health`);
      if (performance.now() - started > READY_TIMEOUT_MS) throw new Error(`${subject.name}: no /health 200 within ${READY_TIMEOUT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const ready = performance.now() - started;
    const cpu = cpuMs(child.pid!);
    const timed = async (body = CREATE) => {
      const sent = performance.now();
      const status = await call(port, { method: 'POST', path: '/v1/responses', body });
      if (status !== 200) throw new Error(`${subject.name}: POST /v1/responses answered ${status}`);
      return performance.now() - sent;
    };
    const firstRequest = await timed();
    const secondRequest = await timed();
    return { ready, cpu, firstRequest, secondRequest, firstStream: await timed(CREATE_STREAMED) };
  } finally {
    await stop(child);
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number): string => `${Math.round(value)} ms`.padStart(8);

if (!existsSync(`${ROOT}/dist/server.js`)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const samples = new Map<string, Sample[]>(SUBJECTS.map((subject) => [subject.name, []]));
// Alternate the subjects round by round, so that a slow moment of the machine hits them all alike, each
// round starting with another one (the first follows the previous round's last, still exiting).
for (let run = 0; run < RUNS; run += 1) {
  const first = run % SUBJECTS.length;
  for (const subject of [...SUBJECTS.slice(first), ...SUBJECTS.slice(0, first)]) samples.get(subject.name)!.push(await measure(subject));
}

const figures = SUBJECTS.map(({ name }) => {
  const list = samples.get(name)!;
  return { name, ready: median(list.map((s) => s.ready)), cpu: median(list.map((s) => s.cpu)), first: median(list.map((s) => s.firstRequest)), second: median(list.map((s) => s.secondRequest)), stream: median(list.map((s) => s.firstStream)) };
});
const aimock = figures.find((figure) => figure.name.startsWith('aimock'))!;
console.log(`Start-up, process start → first /health 200 and the CPU time used by then, median of ${RUNS}; then the first and second POST /v1/responses, and the first streamed one`);
console.log(`${'subject'.padEnd(36)}${'ready'.padStart(8)}  ${'× aimock'.padStart(8)}  ${'cpu'.padStart(8)}  ${'1st req'.padStart(8)}  ${'2nd req'.padStart(8)}  ${'1st strm'.padStart(8)}`);
for (const figure of figures) {
  console.log(`${figure.name.padEnd(36)}${ms(figure.ready)}  ${(figure.ready / aimock.ready).toFixed(2).padStart(8)}  ${ms(figure.cpu)}  ${ms(figure.first)}  ${ms(figure.second)}  ${ms(figure.stream)}`);
}
const bin = figures[0]!;
const library = figures.find((figure) => figure.name.startsWith('startMockServer() from dist/'))!;
console.log(`\nREADME: start-up (process start → first /health 200, median of ${RUNS}): bin ${Math.round(bin.ready)} ms, `
  + `aimock ${Math.round(aimock.ready)} ms in the same run (${(bin.ready / aimock.ready).toFixed(2)} ×); startMockServer() `
  + `${Math.round(library.ready)} ms; first create request ${Math.round(bin.first)} ms.`);
