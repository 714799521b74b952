// Throughput on the traffic users send: every request different (scripts/bench/workload.ts), JSON and
// streamed, against a bare Fastify route returning a canned answer (the baseline) and aimock answering the
// same requests from fixtures (the peer), all measured in one run, rounds alternating; plus the repeated
// identical request. Load comes from wrk (-t1, one connection per client) when installed, else autocannon. Each
// row also gives the server's CPU time per request and the bytes of an answer: what it serialises and writes.
// Usage: npx tsx scripts/bench/throughput.ts [--duration 10] [--connections 32] [--rounds 2]   (after npm run build)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { aimockArgs, aimockFixtures } from './aimock.js';
import { cpuMs, freePort, waitForHealth } from './processes.js';
import { CLIENT_HEADERS, MARKER, templates, wrkScript } from './workload.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({ options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '32' }, rounds: { type: 'string', default: '2' } } });
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
/** Load sent to each server, with requests of its own, before any is measured. */
const WARM_UP_SECONDS = 2;
const ROUNDS = Number(values.rounds);
const PATH = '/v1/responses';
const HAS_WRK = spawnSync('wrk', ['--version']).error === undefined;
const scratch = mkdtempSync(join(tmpdir(), 'responses-mock-bench-'));

interface Server { name: string; port: number; child: ChildProcess }
interface Figures {
  rps: number;
  p99: number;
  errors: number;
  /** The server's CPU time per request (µs, all its threads): it barely moves with the machine's other load. */
  cpuUs: number;
  /** Bytes read per answer, headers included (wrk only): what the server serialises and writes. */
  bytes: number;
}

async function start(name: string, command: (port: number) => string[]): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, command(port), { cwd: ROOT, stdio: 'ignore', env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' } });
  await waitForHealth({ port, child, name });
  return { name, port, child };
}

async function post(port: number, body: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`http://127.0.0.1:${port}${PATH}`, { method: 'POST', headers: CLIENT_HEADERS, body });
  return { status: response.status, text: await response.text() };
}

/** Runs so far: each run numbers its requests from its own start, so no run repeats another's requests. */
let runs = 0;

/** One load run, and the CPU time the server used during it per request answered. */
async function load(server: Server, bodies: string[]): Promise<Figures> {
  const before = cpuMs(server.child.pid!);
  const run = await drive(server, bodies);
  const cpuUs = ((cpuMs(server.child.pid!) - before) * 1000) / run.requests;
  return { rps: run.rps, p99: run.p99, errors: run.errors, bytes: run.bytes, cpuUs };
}

/** Bodies in turn, each with a fresh number in place of MARKER (or one body repeated). */
async function drive(server: Server, bodies: string[], seconds = DURATION): Promise<Omit<Figures, 'cpuUs'> & { requests: number }> {
  runs += 1;
  const start = runs * 100_000_000;
  if (HAS_WRK) {
    const script = join(scratch, `load-${runs}.lua`);
    writeFileSync(script, wrkScript({ path: PATH, bodies, start }));
    const args = ['-t1', `-c${CONNECTIONS}`, `-d${seconds}s`, '--latency', '-s', script, `http://127.0.0.1:${server.port}`];
    const run = spawnSync('wrk', args, { encoding: 'utf8' });
    const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(run.stdout)?.[1] ?? 0);
    const requests = Number(/(\d+) requests in/.exec(run.stdout)?.[1] ?? 0);
    const read = /requests in [\d.]+\w+, ([\d.]+)([KMG]?B) read/.exec(run.stdout);
    const bytes = read ? (Number(read[1]) * { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[read[2] as 'B' | 'KB' | 'MB' | 'GB']) / requests : NaN;
    const p99 = /99%\s+([\d.]+)(us|ms|s)/.exec(run.stdout);
    const unit = { us: 0.001, ms: 1, s: 1000 } as const;
    const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(run.stdout)?.[1] ?? 0);
    const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(run.stdout);
    const socketErrors = socket ? socket.slice(1).reduce((sum, value) => sum + Number(value), 0) : 0;
    return { rps, requests, bytes, p99: p99 ? Number(p99[1]) * unit[p99[2] as keyof typeof unit] : NaN, errors: non2xx + socketErrors };
  }
  let n = start;
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}${PATH}`, method: 'POST', connections: CONNECTIONS, duration: seconds,
    headers: { ...CLIENT_HEADERS },
    requests: [{ setupRequest: (request) => ({ ...request, body: bodies[(n += 1) % bodies.length]!.replace(MARKER, String(n)) }) }],
  });
  return { rps: result.requests.average, requests: result.requests.total, bytes: result.throughput.total / result.requests.total, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/** A request every server must answer with a function call before it is measured. */
async function check(server: Server, body: string): Promise<void> {
  const answer = await post(server.port, body.replace(MARKER, '0'));
  const streamed = body.includes('"stream":true');
  const ok = answer.status === 200 && (streamed ? answer.text.includes('function_call') : /"type":"function_call"/.test(answer.text));
  if (!ok) throw new Error(`${server.name} did not answer the workload with a function call: ${answer.status} ${answer.text.slice(0, 300)}`);
}

const best = (runs: Figures[]): Figures => runs.reduce((a, b) => (b.rps > a.rps ? b : a));

async function main(): Promise<void> {
  const json = templates({ path: PATH, stream: false });
  const streamed = templates({ path: PATH, stream: true });
  const aimockFile = join(scratch, 'aimock-fixtures.json');
  writeFileSync(aimockFile, JSON.stringify(aimockFixtures()));
  const mock = await start('responses-mock', (port) => ['bin/responses-mock.cjs', '--port', String(port), '--host', '127.0.0.1']);
  const aimock = await start('aimock', (port) => aimockArgs(port, aimockFile));
  const canned = (await post(mock.port, json[0]!.replace(MARKER, '0'))).text;
  writeFileSync(join(scratch, 'canned.json'), canned);
  const baseline = await start('baseline', (port) => ['--import', 'tsx', 'scripts/bench/baseline-server.ts', String(port), join(scratch, 'canned.json')]);
  for (const server of [mock, aimock]) {
    await check(server, json[0]!);
    await check(server, streamed[0]!);
    // Warmed up alike, so that no round measures a server still compiling its hot code (its p99 would be that).
    for (const bodies of [json, streamed]) await drive(server, bodies, WARM_UP_SECONDS);
  }
  await drive(baseline, [json[0]!], WARM_UP_SECONDS);
  const cases: Array<{ label: string; server: Server; bodies: string[] }> = [
    { label: 'baseline: bare Fastify, canned body', server: baseline, bodies: [json[0]!] },
    { label: 'responses-mock: every request different', server: mock, bodies: json },
    { label: 'aimock: every request different', server: aimock, bodies: json },
    { label: 'responses-mock: one request repeated', server: mock, bodies: [json[0]!.replace(MARKER, '0')] },
    { label: 'responses-mock: streamed, every request different', server: mock, bodies: streamed },
    { label: 'aimock: streamed, every request different', server: aimock, bodies: streamed },
  ];
  const runs = new Map<string, Figures[]>(cases.map((entry) => [entry.label, []]));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const entry of cases) runs.get(entry.label)!.push(await load(entry.server, entry.bodies));
  }
  await Promise.all([mock, aimock, baseline].map(async ({ child }) => {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }));
  const base = best(runs.get(cases[0]!.label)!);
  const peer = best(runs.get(cases[2]!.label)!);
  console.log(`Throughput: node ${process.version}, ${HAS_WRK ? 'wrk -t1' : 'autocannon'}, ${CONNECTIONS} connections, ${DURATION} s a run, best of ${ROUNDS} alternating rounds, POST ${PATH}`);
  console.log(`${'case'.padEnd(52)}${'req/s'.padStart(9)}${'p99 ms'.padStart(9)}${'× base'.padStart(8)}${'× aimock'.padStart(10)}${'cpu µs/req'.padStart(12)}${'bytes/answer'.padStart(14)}`);
  for (const entry of cases) {
    const figures = best(runs.get(entry.label)!);
    const errors = figures.errors ? `   ${figures.errors} errors` : '';
    const cpu = Number.isFinite(figures.cpuUs) ? figures.cpuUs.toFixed(0) : '—';
    console.log(`${entry.label.padEnd(52)}${figures.rps.toFixed(0).padStart(9)}${figures.p99.toFixed(2).padStart(9)}${(figures.rps / base.rps).toFixed(2).padStart(8)}${(figures.rps / peer.rps).toFixed(2).padStart(10)}${cpu.padStart(12)}${(Number.isFinite(figures.bytes) ? figures.bytes.toFixed(0) : '—').padStart(14)}${errors}`);
    if (figures.errors) process.exitCode = 1;
  }
}

await main();
