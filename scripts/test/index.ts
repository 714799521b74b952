// `npm test`: every check of the repository. The JavaScript of dist/ is built and the tests compiled to plain
// JavaScript first (compile.ts); then the suite that asserts time limits runs alone; then the other suites
// (test/run/*.suite.ts: tap test files, each run by Node as a process of its own, a few at a time) and the
// node:test example, with the type declarations, the type check and the lint beside them (at a lower priority:
// they use the CPU while the tests wait on sockets and child processes). Fails if any step fails, showing
// that step's output. Ends with how long each step took, the assertions each suite made, and the slowest
// test files (test/run/suite.ts writes their times).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildJavaScript } from '../build/index.js';
import { compileTests, TESTS_JS } from './compile.js';
import { slowestFiles } from './times.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Step {
  name: string;
  command: string[];
  /** Started once this step has ended (and only if it passed, with `needsPass`); else at once. */
  after?: string;
  needsPass?: boolean;
  /** A tap suite: at most JOBS run at once, and its assertions are counted. */
  suite?: boolean;
  /** Pure CPU work, run at a lower priority so that the tests, which wait on sockets and timers, get the CPU when they wake. */
  background?: boolean;
}

const node = process.execPath;
const tapConfig = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { tap: { jobs: number; timeout: number } }).tap;
const JOBS = tapConfig.jobs;
// test/run/time-limits.suite.ts asserts time limits: it runs first and alone (with the compilers beside it, a
// CLI under the load of other work on 2 cores once took 2.1 s to exit where 2 s is the limit).
const ALONE = 'time-limits';
// In the order of their names, as test/run/suite.ts expects: those that wait the most or take the longest first.
const suites = readdirSync(join(ROOT, 'test/run')).filter((name) => name.endsWith('.suite.ts')).map((name) => name.replace(/\.suite\.ts$/, '')).sort();
const suite = (name: string): Step => ({ name: `tap: ${name}`, command: [node, '--enable-source-maps', join(TESTS_JS, `test/run/${name}.suite.js`)], suite: true });
const STEPS: Step[] = [
  suite(ALONE),
  ...suites.filter((name) => name !== ALONE).map((name) => ({ ...suite(name), after: `tap: ${ALONE}` })),
  { name: 'node:test example', command: [node, '--enable-source-maps', '--test', join(TESTS_JS, 'examples/node-test/weather-agent.test.js')], after: `tap: ${ALONE}` },
  // The type check reads src/'s declarations that the first step writes (tsconfig.json references
  // tsconfig.build.json) and dist/index.d.ts (the examples import the package by name). Both tsc and eslint keep a
  // cache in node_modules/.cache/ (see package.json), which only saves time: a fresh clone checks everything.
  { name: 'declarations', command: [node, '--import', 'tsx', 'scripts/build/declarations.ts'], after: `tap: ${ALONE}`, background: true },
  { name: 'typecheck', command: ['npm', 'run', '--silent', 'typecheck'], after: 'declarations', needsPass: true, background: true },
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'], after: `tap: ${ALONE}`, background: true },
];
const BACKGROUND_PRIORITY = 10;

interface Outcome {
  name: string;
  ok: boolean;
  seconds: number;
  output: string;
  /** A suite's assertions, from tap's closing `# { total: …, pass: … }` line. */
  assertions?: number;
}

/** Tap's closing summary of a test file run by Node: `# { total: 33, pass: 33 }` (with `fail: n` and others when there are). */
function assertionsOf(output: string): number | undefined {
  const summaries = [...output.matchAll(/^# \{ total: (\d+),/gm)];
  const last = summaries.at(-1);
  return last === undefined ? undefined : Number(last[1]);
}

function run(step: Step, env: NodeJS.ProcessEnv): Promise<Outcome> {
  const started = performance.now();
  const child = spawn(step.command[0]!, step.command.slice(1), { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  // Before npm has started the script: its processes inherit the priority.
  if (step.background && child.pid !== undefined) {
    try {
      setPriority(child.pid, BACKGROUND_PRIORITY);
    } catch {
      // Already ended: its outcome says how.
    }
  }
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => {
    const end = ({ ok, why = '' }: { ok: boolean; why?: string }) => {
      const outcome: Outcome = { name: step.name, ok, seconds: (performance.now() - started) / 1000, output: output + why };
      if (step.suite) outcome.assertions = assertionsOf(output);
      console.log(`${ok ? 'ok    ' : 'FAILED'} ${outcome.seconds.toFixed(1).padStart(6)} s  ${step.name}`);
      resolve(outcome);
    };
    child.once('error', (error) => end({ ok: false, why: String(error) }));
    child.once('close', (code, signal) => end({ ok: code === 0, why: code === 0 ? '' : `exited with ${code ?? signal}\n` }));
  });
}

/** Runs `work` once fewer than `slots` others run. */
function limiter(slots: number): <T>(work: () => Promise<T>) => Promise<T> {
  let free = slots;
  const waiting: (() => void)[] = [];
  return async (work) => {
    if (free > 0) free -= 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    }
  };
}

/** Runs every step, each once the step it comes after has ended; their outcomes in STEPS' order. */
function runAll(env: NodeJS.ProcessEnv): Promise<Outcome[]> {
  const running = new Map<string, Promise<Outcome>>();
  const suiteSlot = limiter(JOBS);
  for (const step of STEPS) {
    const before = step.after === undefined ? undefined : running.get(step.after);
    running.set(step.name, (before ?? Promise.resolve(undefined)).then((outcome) => (step.needsPass && outcome && !outcome.ok
      ? { name: step.name, ok: false, seconds: 0, output: `not run: ${outcome.name} failed\n` }
      : step.suite ? suiteSlot(() => run(step, env)) : run(step, env))));
  }
  return Promise.all(running.values());
}

const timed = async (name: string, work: () => Promise<void>): Promise<Outcome> => {
  const started = performance.now();
  await work();
  return { name, ok: true, seconds: (performance.now() - started) / 1000, output: '' };
};

const started = performance.now();
let prepared: Outcome[];
try {
  prepared = [await timed('build (JavaScript)', buildJavaScript), await timed('tests compiled to JavaScript', compileTests)];
} catch (error) {
  console.error(error);
  process.exit(1);
}
const times = mkdtempSync(join(tmpdir(), 'test-times-'));
try {
  // TAP_TIMEOUT: the time limit of a tap test file, as `tap` would set it from package.json.
  const outcomes = await runAll({ ...process.env, TEST_TIMES_DIR: times, TAP_TIMEOUT: String(tapConfig.timeout) });
  for (const outcome of outcomes.filter((each) => !each.ok || (!each.name.startsWith('tap:') && each.output.trim() !== ''))) {
    console.log(`\n==> ${outcome.name}${outcome.ok ? '' : ': FAILED'}\n${outcome.output.trimEnd()}`);
  }
  console.log('\n==> npm test');
  for (const outcome of [...prepared, ...outcomes]) {
    const count = outcome.assertions === undefined ? '' : ` (${outcome.assertions.toLocaleString('en')} assertions)`;
    console.log(`  ${outcome.ok ? 'ok    ' : 'FAILED'} ${outcome.seconds.toFixed(1).padStart(6)} s  ${outcome.name}${count}`);
  }
  const assertions = outcomes.reduce((sum, outcome) => sum + (outcome.assertions ?? 0), 0);
  console.log(`assertions: ${assertions.toLocaleString('en')} in the tap suites`);
  console.log(`slowest test files:\n${slowestFiles(times, 10)}`);
  console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = outcomes.every((outcome) => outcome.ok) ? 0 : 1;
} finally {
  rmSync(times, { recursive: true, force: true });
}
