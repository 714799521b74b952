// What the request-body tests share: an app with a 1 MiB body budget listening on a port, a request whose body is
// held while its answer waits a minute, and plain node:http requests whose answers are read whole.
import { request, type Agent, type IncomingMessage } from 'node:http';
import type { Test } from 'tap';
import { buildApp } from '../../src/app.js';

export const BUDGET = 1024 * 1024;
/** A streamed create whose first event waits a minute: its body is held meanwhile. */
export const WAITING = { 'x-mock-stream': 'ttft=60000' };

export async function started(t: Test) {
  const app = buildApp({ logLevel: 'silent', bodyMemory: BUDGET });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  t.teardown(() => app.close());
  const held = () => app.mock.bodies.stats().heldBytes;
  return { app, port: Number(new URL(url).port), url, held };
}

/** A create of about `bytes` bytes (in one input message). */
export const create = (bytes: number, extra: object = {}): Buffer => Buffer.from(JSON.stringify({ model: 'gpt-4o-mini', input: 'x'.repeat(bytes), ...extra }));

export interface Sent {
  response: Promise<IncomingMessage>;
  destroy(): void;
}

/** POSTs (or PUTs) `body` (chunked when `chunked`), leaving the answer to read. */
export function post(port: number, args: { path?: string; method?: string; body: Buffer; headers?: Record<string, string>; chunked?: boolean; agent?: Agent }): Sent {
  const headers = { 'content-type': 'application/json', ...(args.chunked ? {} : { 'content-length': String(args.body.length) }), ...args.headers };
  const sent = request({ port, host: '127.0.0.1', method: args.method ?? 'POST', path: args.path ?? '/v1/responses', headers, ...(args.agent ? { agent: args.agent } : {}) });
  const response = new Promise<IncomingMessage>((resolve, reject) => {
    sent.once('response', resolve);
    sent.once('error', reject);
  });
  if (args.chunked) {
    // In pieces, as a client streaming its body would.
    for (let at = 0; at < args.body.length; at += 64 * 1024) sent.write(args.body.subarray(at, at + 64 * 1024));
    sent.end();
  } else sent.end(args.body);
  return { response, destroy: () => sent.destroy() };
}

export async function read(response: IncomingMessage): Promise<{ status: number; headers: IncomingMessage['headers']; body: unknown }> {
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  return { status: response.statusCode!, headers: response.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
}

export async function until(t: Test, what: string, check: () => boolean): Promise<void> {
  for (let tries = 0; tries < 200 && !check(); tries += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  t.ok(check(), what);
}
