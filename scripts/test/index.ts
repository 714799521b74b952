// `npm test`: every check of the repository. The JavaScript of dist/ is built first (the tests run it); then
// the type declarations, the type check, the lint, the tap suites and the node:test example run side by side,
// the tests waiting on sockets and child processes while the compilers use the CPU. Fails if any step fails.
// Ends with how long each step took and the slowest test files (test/run/suite.ts writes their times).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildJavaScript, DECLARATIONS } from '../build/index.js';
import { slowestFiles } from './times.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Step {
  name: string;
  command: string[];
  /** Output shown as it comes (the tests); the others' output is shown once they end. */
  live?: boolean;
  /** Pure CPU work, run at a lower priority so that the tests, which wait on sockets and timers, get the CPU when they wake. */
  background?: boolean;
}

const node = process.execPath;
/** Steps of a lane run one after another; the lanes run side by side. */
const LANES: Step[][] = [
  [{ name: 'tap', command: [node, join(ROOT, 'node_modules/.bin/tap')], live: true }],
  [{ name: 'node:test example', command: [node, '--import', 'tsx', '--test', 'examples/node-test/weather-agent.test.ts'] }],
  // The type check reads dist/index.d.ts (the examples import the package by name). Both tsc and eslint keep a
  // cache in node_modules/.cache/ (see package.json), which only saves time: a fresh clone checks everything.
  [{ name: 'declarations', command: DECLARATIONS, background: true }, { name: 'typecheck', command: ['npm', 'run', '--silent', 'typecheck'], background: true }],
  [{ name: 'lint', command: ['npm', 'run', '--silent', 'lint'], background: true }],
];
const BACKGROUND_PRIORITY = 10;

interface Outcome {
  name: string;
  ok: boolean;
  seconds: number;
  output: string;
}

function run(step: Step, env: NodeJS.ProcessEnv): Promise<Outcome> {
  const started = performance.now();
  const child = spawn(step.command[0]!, step.command.slice(1), { cwd: ROOT, env, stdio: ['ignore', step.live ? 'inherit' : 'pipe', step.live ? 'inherit' : 'pipe'] });
  // Before npm has started the script: its processes inherit the priority.
  if (step.background && child.pid !== undefined) {
    try {
      setPriority(child.pid, BACKGROUND_PRIORITY);
    } catch {
      // Already ended: its outcome says how.
    }
  }
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => {
    const end = (ok: boolean, why = '') => resolve({ name: step.name, ok, seconds: (performance.now() - started) / 1000, output: output + why });
    child.once('error', (error) => end(false, String(error)));
    child.once('close', (code, signal) => end(code === 0, code === 0 ? '' : `exited with ${code ?? signal}\n`));
  });
}

/** Runs a lane's steps in order, each only if the one before passed. */
async function runLane(steps: Step[], env: NodeJS.ProcessEnv): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const step of steps) {
    if (outcomes.some((outcome) => !outcome.ok)) outcomes.push({ name: step.name, ok: false, seconds: 0, output: 'not run: a step before it failed\n' });
    else outcomes.push(await run(step, env));
  }
  return outcomes;
}

const started = performance.now();
let built: Outcome;
try {
  await buildJavaScript();
  built = { name: 'build (JavaScript)', ok: true, seconds: (performance.now() - started) / 1000, output: '' };
} catch (error) {
  console.error(error);
  process.exit(1);
}
const times = mkdtempSync(join(tmpdir(), 'test-times-'));
try {
  const outcomes = (await Promise.all(LANES.map((lane) => runLane(lane, { ...process.env, TEST_TIMES_DIR: times })))).flat();
  for (const outcome of outcomes.filter((each) => each.output.trim() !== '')) {
    console.log(`\n==> ${outcome.name}${outcome.ok ? '' : ': FAILED'}\n${outcome.output.trimEnd()}`);
  }
  console.log('\n==> npm test');
  for (const outcome of [built, ...outcomes]) console.log(`  ${outcome.ok ? 'ok    ' : 'FAILED'} ${outcome.seconds.toFixed(1).padStart(6)} s  ${outcome.name}`);
  console.log(`slowest test files:\n${slowestFiles(times, 10)}`);
  console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = outcomes.every((outcome) => outcome.ok) ? 0 : 1;
} finally {
  rmSync(times, { recursive: true, force: true });
}
