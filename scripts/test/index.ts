// `npm test`: every check of the repository. The JavaScript of dist/ is built first (the tests run it); then
// the suite that asserts time limits runs alone; then the other tap suites and the node:test example, with the
// type declarations, the type check and the lint beside them (at a lower priority: they use the CPU while the
// tests wait on sockets and child processes). Fails if any step fails.
// Ends with how long each step took and the slowest test files (test/run/suite.ts writes their times).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildJavaScript } from '../build/index.js';
import { slowestFiles } from './times.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Step {
  name: string;
  command: string[];
  /** Started once this step has ended (and only if it passed, with `needsPass`); else at once. */
  after?: string;
  needsPass?: boolean;
  /** Output shown as it comes (the tests); the others' output is shown once they end. */
  live?: boolean;
  /** Pure CPU work, run at a lower priority so that the tests, which wait on sockets and timers, get the CPU when they wake. */
  background?: boolean;
}

const node = process.execPath;
const tap = [node, join(ROOT, 'node_modules/.bin/tap')];
// test/run/time-limits.suite.ts asserts time limits: it runs first and alone (with the compilers beside it, a
// CLI under the load of other work on 2 cores once took 2.1 s to exit where 2 s is the limit).
const ALONE = 'test/run/time-limits.suite.ts';
const suites = readdirSync(join(ROOT, 'test/run')).filter((name) => name.endsWith('.suite.ts')).map((name) => `test/run/${name}`).filter((file) => file !== ALONE);
const STEPS: Step[] = [
  { name: 'tap: time limits', command: [...tap, ALONE], live: true },
  { name: 'tap', command: [...tap, ...suites], after: 'tap: time limits', live: true },
  { name: 'node:test example', command: [node, '--import', 'tsx', '--test', 'examples/node-test/weather-agent.test.ts'], after: 'tap: time limits' },
  // The type check reads dist/index.d.ts (the examples import the package by name). Both tsc and eslint keep a
  // cache in node_modules/.cache/ (see package.json), which only saves time: a fresh clone checks everything.
  { name: 'declarations', command: [node, '--import', 'tsx', 'scripts/build/declarations.ts'], after: 'tap: time limits', background: true },
  { name: 'typecheck', command: ['npm', 'run', '--silent', 'typecheck'], after: 'declarations', needsPass: true, background: true },
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'], after: 'tap: time limits', background: true },
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

/** Runs every step, each once the step it comes after has ended; their outcomes in STEPS' order. */
function runAll(env: NodeJS.ProcessEnv): Promise<Outcome[]> {
  const running = new Map<string, Promise<Outcome>>();
  for (const step of STEPS) {
    const before = step.after === undefined ? undefined : running.get(step.after);
    running.set(step.name, (before ?? Promise.resolve(undefined)).then((outcome) => (step.needsPass && outcome && !outcome.ok
      ? { name: step.name, ok: false, seconds: 0, output: `not run: ${outcome.name} failed\n` }
      : run(step, env))));
  }
  return Promise.all(running.values());
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
  const outcomes = await runAll({ ...process.env, TEST_TIMES_DIR: times });
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
