// Runs the Codex CLI (`codex exec`, the devDependency) non-interactively against a mock on 127.0.0.1: a scratch
// CODEX_HOME whose config.toml declares a custom provider at the mock's /v1 (wire_api responses), a scratch
// working folder, and a clean environment. Returns Codex's JSONL events, its stderr and the working folder.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../../node_modules/.bin/codex', import.meta.url));
/** The optional dependency that holds this platform's native binary (the launcher in BIN runs it). */
const NATIVE = fileURLToPath(new URL(`../../../node_modules/@openai/codex-${process.platform}-${process.arch}/package.json`, import.meta.url));

export interface CodexRun {
  code: number | null;
  events: Array<Record<string, unknown>>;
  stderr: string;
  /** The folder Codex worked in (removed when the caller's teardown runs `cleanup`). */
  workdir: string;
  cleanup(): void;
}

export interface CodexOptions {
  /** The mock's OpenAI base URL (`…/v1`). */
  baseURL: string;
  prompt: string;
  /** Sent as x-mock-scenario / x-mock-session on every request. */
  headers?: Record<string, string>;
  model?: string;
  /** Declare `supports_websockets = true` on the provider: Codex then uses the Responses socket. */
  websockets?: boolean;
}

/** Whether the native binary of this platform was installed with the package (an optional dependency). */
export function codexAvailable(): boolean {
  return existsSync(BIN) && existsSync(NATIVE);
}

function configToml(options: CodexOptions): string {
  const headers = Object.entries(options.headers ?? {}).map(([name, value]) => `${JSON.stringify(name)} = ${JSON.stringify(value)}`);
  return [
    `model = ${JSON.stringify(options.model ?? 'gpt-5.5')}`,
    'model_provider = "mock"',
    'approval_policy = "never"',
    'sandbox_mode = "danger-full-access"',
    'model_reasoning_summary = "auto"',
    '',
    '[model_providers.mock]',
    'name = "responses-mock"',
    `base_url = ${JSON.stringify(options.baseURL)}`,
    'wire_api = "responses"',
    'env_key = "MOCK_API_KEY"',
    'request_max_retries = 0',
    'stream_max_retries = 0',
    `http_headers = { ${headers.join(', ')} }`,
    ...(options.websockets ? ['supports_websockets = true'] : []),
    '',
  ].join('\n');
}

export async function runCodex(options: CodexOptions): Promise<CodexRun> {
  const root = mkdtempSync(join(tmpdir(), 'responses-mock-codex-'));
  const home = join(root, 'home');
  const workdir = join(root, 'work');
  await mkdir(home);
  await mkdir(workdir);
  await writeFile(join(home, 'config.toml'), configToml(options));
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: root, CODEX_HOME: home, MOCK_API_KEY: 'sk-mock-codex', NO_COLOR: '1' };
  const args = ['exec', '--json', '--skip-git-repo-check', '--ephemeral', '--color', 'never', '-C', workdir, options.prompt];
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(BIN, args, { env, cwd: workdir, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (error, out, err) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout: out, stderr: err });
    });
    child.stdin?.end();
  });
  const events = stdout.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
  return { code, events, stderr, workdir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
