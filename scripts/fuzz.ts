// The long fuzz run: 100,000 bodies over real HTTP against one server in its own process — mutated requests
// (94%), random JSON Schemas as tool parameters and text.format (5%) and megabytes in every position (1%) —
// judged as in `npm test` (a 200 that reads as a response, or a JSON 4xx naming the path at fault; never a 5xx,
// a hang or a dropped connection), with /health asked after every batch. Prints the bad answers, the
// statuses, the time taken, the server's peak memory and its own state counters. Bounded in time: past
// --max-minutes no new batch starts (the figures then say how many bodies were sent).
// Run: nice -n 19 npx tsx scripts/fuzz.ts [--bodies 100000] [--seed 1] [--concurrency 4] [--max-minutes 90]
//      [--only mutated|schema|huge]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { healthProblem, judge, sendOver, type FuzzRequest } from '../test/helpers/fuzz/check.js';
import { hugeRequest } from '../test/helpers/fuzz/huge.js';
import { mutatedRequest } from '../test/helpers/fuzz/mutations.js';
import { schemaRequest } from '../test/helpers/fuzz/schemas.js';
import { freePort, waitForHealth } from './bench/processes.js';

const { values } = parseArgs({
  options: {
    bodies: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '4' },
    only: { type: 'string' },
    'max-minutes': { type: 'string', default: '90' },
  },
});
const total = Number(values.bodies);
const seed = Number(values.seed);
const kinds: Array<{ name: string; share: number; arbitrary: fc.Arbitrary<FuzzRequest> }> = [
  { name: 'mutated', share: 0.94, arbitrary: mutatedRequest },
  { name: 'schema', share: 0.05, arbitrary: schemaRequest },
  { name: 'huge', share: 0.01, arbitrary: hugeRequest },
].filter((kind) => values.only === undefined || kind.name === values.only).map((kind, _i, all) => ({ ...kind, share: all.length === 1 ? 1 : kind.share }));

const port = await freePort();
const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts', '--port', String(port), '--host', '127.0.0.1'], {
  env: { ...process.env, RESPONSES_MOCK_LOG_LEVEL: 'warn', PORT: '', HOST: '' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let serverOutput = '';
const keep = (chunk: Buffer) => {
  serverOutput = (serverOutput + chunk.toString()).slice(-20_000);
};
child.stdout.on('data', keep);
child.stderr.on('data', keep);
await waitForHealth({ port, child, name: 'responses-mock', timeoutMs: 60_000 });
const url = `http://127.0.0.1:${port}`;
const server = { url, openrouterBaseURL: `${url}/api/v1`, openaiBaseURL: `${url}/v1` };

/** The server's peak resident memory so far (Linux), in MiB. */
const peakRssMiB = (): number | null => {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
};

/** An error and its cause (fetch says only "terminated"; the cause says who ended the connection). */
const describe = (error: unknown): string => {
  const { message, cause } = error as Error;
  return cause === undefined ? message : `${message}: ${(cause as Error).message ?? String(cause)}`;
};

const started = performance.now();
const deadline = started + Number(values['max-minutes']) * 60_000;
const statuses = new Map<number, number>();
const bad: string[] = [];
let sent = 0;

for (const [index, kind] of kinds.entries()) {
  const count = index === kinds.length - 1 ? total - sent : Math.round(total * kind.share);
  let made = 0;
  // Batches from a seed of their own (1,000 bodies, or 20 of megabytes each) keep the script's memory small.
  const batchSize = kind.name === 'huge' ? 20 : 1000;
  for (let batch = 0; made < count; batch += 1) {
    const size = Math.min(batchSize, count - made);
    const requests = fc.sample(kind.arbitrary, { numRuns: size, seed: seed * 1_000_003 + index * 10_007 + batch });
    const queue = requests.entries();
    const worker = async () => {
      for (const [at, request] of queue) {
        try {
          const answer = await sendOver(server, request);
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          const problem = judge(answer, request);
          if (problem) bad.push(`${kind.name} #${made + at}: ${problem} for ${request.provider} ${request.body.slice(0, 200)}`);
        } catch (error) {
          bad.push(`${kind.name} #${made + at}: no answer (${describe(error)}) for ${request.body.slice(0, 200)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: Number(values.concurrency) }, worker));
    const unwell = await healthProblem(server);
    if (unwell) bad.push(`after ${sent + size} bodies: ${unwell}`);
    made += size;
    sent += size;
    process.stderr.write(`\r${sent} / ${total} bodies, ${bad.length} bad`);
    if (child.exitCode !== null || child.signalCode !== null || performance.now() > deadline) break;
  }
  if (child.exitCode !== null || child.signalCode !== null || performance.now() > deadline) break;
}
const seconds = (performance.now() - started) / 1000;
process.stderr.write('\n');
const alive = child.exitCode === null && child.signalCode === null;
const stats = alive ? await (await fetch(`${url}/__mock/stats`)).json() as unknown : null;
const peak = peakRssMiB();
if (sent < total) console.log(`stopped at ${values['max-minutes']} minutes: ${sent} of ${total} bodies sent`);
console.log(`${sent} bodies in ${seconds.toFixed(0)} s (${kinds.map((kind) => `${kind.name} ${Math.round(kind.share * 100)}%`).join(', ')}), seed ${seed}, ${values.concurrency} at a time`);
console.log(`statuses: ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`);
console.log(`bad answers: ${bad.length}${alive ? '' : `; the server died (${child.exitCode ?? child.signalCode}):\n${serverOutput.slice(-3000)}`}`);
for (const line of bad.slice(0, 20)) console.log(`  ${line}`);
console.log(`server: peak RSS ${peak === null ? 'unknown' : `${peak.toFixed(0)} MiB`}; /__mock/stats ${JSON.stringify(stats)}`);
child.kill('SIGTERM');
process.exit(bad.length === 0 && alive ? 0 : 1);
