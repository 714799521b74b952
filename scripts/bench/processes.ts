// Helpers of the benchmarks for servers in their own processes: a free port, waiting for /health, and the CPU
// time a process has used.
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function health(port: number): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/health', agent: false }, (res) => res.resume().once('end', () => resolve(res.statusCode ?? 0)));
    req.once('error', () => resolve(0));
    req.end();
  });
}

/** Resolves once GET /health answers 200; throws if the process exits first or after `timeoutMs`. */
export async function waitForHealth(args: { port: number; child: ChildProcess; name: string; timeoutMs?: number }): Promise<void> {
  const started = performance.now();
  while ((await health(args.port)) !== 200) {
    if (args.child.exitCode !== null) throw new Error(`${args.name} exited with ${args.child.exitCode} before answering /health`);
    if (performance.now() - started > (args.timeoutMs ?? 15_000)) throw new Error(`${args.name}: no /health 200 in time`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * CPU time (ms) a process and its descendants have used (`npm start`: npm, sh, node), from Linux's
 * /proc/<pid>/task/<tid>/schedstat; NaN elsewhere. Unlike the time to ready, it barely moves with the
 * machine's other load.
 */
export function cpuMs(pid: number): number {
  let total = 0;
  const walk = (process: number): void => {
    for (const task of readdirSync(`/proc/${process}/task`)) {
      total += Number(readFileSync(`/proc/${process}/task/${task}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
      for (const child of readFileSync(`/proc/${process}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) walk(Number(child));
    }
  };
  try {
    walk(pid);
  } catch {
    return Number.NaN;
  }
  return total;
}
