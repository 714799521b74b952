// The Python `openai` SDK (pinned) in a virtual environment under node_modules/.cache, made on first use with
// python3's venv and pip, and the Python test groups run with it against a mock; says why when it cannot be made.
import { execFile } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** The version the contract tests are written against; the README names it. */
export const PYTHON_OPENAI_VERSION = '3.22.1';
const VENV = join(ROOT, 'node_modules', '.cache', 'python-openai');
const PYTHON = join(VENV, 'bin', 'python');
const SETUP_TIMEOUT_MS = 300_000;

export type PythonSetup = { ok: true; python: string } | { ok: false; reason: string };

/** The end of a failed command's output (pip's reason is there), on one line for a skip message. */
function tail(error: unknown): string {
  const { stderr, stdout, message } = error as { stderr?: string; stdout?: string; message?: string };
  const text = (stderr || stdout || message || String(error)).trim();
  return text.split('\n').slice(-3).map((line) => line.trim()).join(' · ');
}

async function installedVersion(python: string): Promise<string | null> {
  if (!existsSync(python)) return null;
  try {
    const { stdout } = await run(python, ['-c', 'import openai, pydantic, websockets; print(openai.__version__)']);
    return stdout.trim();
  } catch {
    return null;
  }
}

async function create(): Promise<PythonSetup> {
  if (await installedVersion(PYTHON) === PYTHON_OPENAI_VERSION) return { ok: true, python: PYTHON };
  const system = process.env.PYTHON ?? 'python3';
  try {
    await run(system, ['-c', 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 9))']);
  } catch (error) {
    return { ok: false, reason: `${system} (3.9 or later, with venv and ensurepip) is not usable: ${tail(error)}` };
  }
  // Built beside its final place and renamed into it, so that a run cut short or a concurrent run never
  // leaves a half-made environment where the check above would find it.
  const building = `${VENV}.${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  try {
    await run(system, ['-m', 'venv', building], { timeout: SETUP_TIMEOUT_MS });
    // pip's own retries of an index it cannot reach cost minutes before it tries the next one; PIP_RETRIES
    // in the environment still decides. The realtime extra brings websockets, for responses.connect().
    await run(join(building, 'bin', 'python'), ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', `openai[realtime]==${PYTHON_OPENAI_VERSION}`], {
      timeout: SETUP_TIMEOUT_MS,
      env: { ...process.env, PIP_RETRIES: process.env.PIP_RETRIES ?? '0' },
    });
    // Another suite's process may have finished first: a good environment is kept, never removed under it.
    if (await installedVersion(PYTHON) === PYTHON_OPENAI_VERSION) rmSync(building, { recursive: true, force: true });
    else {
      rmSync(VENV, { recursive: true, force: true });
      renameSync(building, VENV);
    }
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    return { ok: false, reason: `pip could not install openai[realtime]==${PYTHON_OPENAI_VERSION}: ${tail(error)}` };
  }
  // Between another process's removal of an older environment and its rename of the new one, there is none.
  let version = await installedVersion(PYTHON);
  for (let wait = 0; version !== PYTHON_OPENAI_VERSION && wait < 10; wait += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    version = await installedVersion(PYTHON);
  }
  return version === PYTHON_OPENAI_VERSION
    ? { ok: true, python: PYTHON }
    : { ok: false, reason: `the environment at ${VENV} has openai ${version ?? '(none)'} after installing ${PYTHON_OPENAI_VERSION}` };
}

let setup: Promise<PythonSetup> | undefined;

/** The environment's python, made once per process; a failure is reported loudly and returned as the reason. */
export function pythonOpenAI(): Promise<PythonSetup> {
  setup ??= create().then((result) => {
    if (!result.ok) console.error(`\n*** The Python openai SDK tests are SKIPPED: ${result.reason}\n`);
    return result;
  });
  return setup;
}

export type GroupResult<T> = { report: T; error?: undefined } | { report?: undefined; error: string };

/**
 * Runs groups of test/contract/python/ (modules with a run() function) in one Python process against the mock
 * at mockURL (MOCK_URL): each group's observations, or the traceback that stopped it. Rejects when Python
 * itself fails.
 */
export async function runPython<T>(python: string, groups: string[], mockURL: string): Promise<Record<string, GroupResult<T>>> {
  const main = join(ROOT, 'test', 'contract', 'python', 'main.py');
  const env: NodeJS.ProcessEnv = { ...process.env, MOCK_URL: mockURL, PYTHONDONTWRITEBYTECODE: '1', NO_PROXY: '127.0.0.1,localhost', no_proxy: '127.0.0.1,localhost' };
  // Keep a user's own settings for the SDK out of the run.
  for (const name of Object.keys(env)) if (name.startsWith('OPENAI_')) delete env[name];
  try {
    const { stdout } = await run(python, [main, ...groups], { env, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 });
    return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Record<string, GroupResult<T>>;
  } catch (error) {
    // execFile's message already holds the command and its stderr (the traceback).
    const { stdout } = error as { stdout?: string };
    throw new Error(`python ${groups.join(' ')} failed: ${(error as Error).message}${stdout ? `\nstdout: ${stdout}` : ''}`, { cause: error });
  }
}
