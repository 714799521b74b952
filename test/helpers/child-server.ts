// The real CLI entry (src/server.ts) in a child process on 127.0.0.1, port 0: resolves once it listens, with
// everything it has written so far; killed by the test's teardown if still running.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Test } from 'tap';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The start-up line with the address, up to the end of the URL (a quote in JSON, a line end in pretty). */
export const LISTENING = /listening on (http:\/\/[^\s"]+)["\r\n]/;

export interface ChildServer {
  child: ChildProcess;
  url: URL;
  /** stdout and stderr so far. */
  output: () => string;
}

export function startServer(t: Test, env: Record<string, string> = {}, args: string[] = []): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts', '--port', '0', '--host', '127.0.0.1', ...args], {
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
