// The real CLI entry as users run it (dist/server.js, which `npm run build` bundles from src/server.ts) in a
// child process on 127.0.0.1, port 0: resolves once it listens, with everything it has written so far; killed
// by the test's teardown if still running. The bundle starts in a fraction of the time that src/ takes via tsx.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Test } from 'tap';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVER = join(ROOT, 'dist/server.js');

/** dist/server.js, refused when missing or older than a file of src/ (a test of stale code would mislead). */
export function builtServer(): string {
  const built = statSync(SERVER, { throwIfNoEntry: false })?.mtimeMs;
  if (built === undefined) throw new Error('dist/server.js is missing: run `npm run build` first');
  const src = join(ROOT, 'src');
  const newer = readdirSync(src, { recursive: true, encoding: 'utf8' }).find((name) => statSync(join(src, name)).mtimeMs > built);
  if (newer) throw new Error(`src/${newer} is newer than dist/server.js: run \`npm run build\` first`);
  return SERVER;
}

/** The start-up line with the address, up to the end of the URL (a quote in JSON, a line end in pretty). */
export const LISTENING = /listening on (http:\/\/[^\s"]+)["\r\n]/;

export interface ChildServer {
  child: ChildProcess;
  url: URL;
  /** stdout and stderr so far. */
  output: () => string;
}

export function startServer(t: Test, env: Record<string, string> = {}, args: string[] = []): Promise<ChildServer> {
  const child = spawn(process.execPath, [builtServer(), '--port', '0', '--host', '127.0.0.1', ...args], {
    cwd: ROOT,
    env: { ...process.env, RESPONSES_MOCK_LOG_LEVEL: 'info', PORT: '', HOST: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.teardown(() => void (child.exitCode === null && child.signalCode === null && child.kill('SIGKILL')));
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // Up to the character after the URL, so that a chunk cut mid-URL is never taken for it.
      const match = LISTENING.exec(output);
      if (match?.[1]) resolve({ child, url: new URL(match[1]), output: () => output });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
}
