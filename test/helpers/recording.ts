// Test helpers for recording: a seeded mock as the "real" upstream, a tiny upstream for answers the mock never
// gives (each request counted), a recording proxy in front of them, a replay server on the folder, a raw POST
// that survives a dropped connection, and the scenarios a folder holds.
import { mkdtempSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Test } from 'tap';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/app.js';
import { loadFixtures } from '../../src/scenarios/load.js';
import type { Scenario } from '../../src/schemas/fixtures.js';

/** A one-argument function tool the recording tests ask about. */
export const weather = { type: 'function', name: 'get_weather', description: 'Weather for a city.', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false } };

export interface Running {
  url: string;
  /** Stops it (idempotent); a recorder's files are all written once this resolves. */
  close(): Promise<void>;
}

export const recordingDir = (): string => mkdtempSync(join(tmpdir(), 'recording-'));

/** A responses-mock on 127.0.0.1:0, closed by the test's teardown if not before. */
export async function startApp(t: Test, options: AppOptions): Promise<Running & { app: FastifyInstance }> {
  const app = buildApp({ logLevel: 'silent', fixtures: false, ...options });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= app.close());
  t.teardown(close);
  return { url, app, close };
}

/** The "real" service: a seeded mock. */
export const startUpstream = (t: Test, options: AppOptions = {}) => startApp(t, { seed: 11, ...options });

/** A recording proxy in front of `upstream` for both paths. */
export const startRecorder = (t: Test, args: { upstream: string; dir: string } & AppOptions) => {
  const { upstream, dir, ...options } = args;
  return startApp(t, { record: dir, upstreamOpenai: `${upstream}/v1`, upstreamOpenrouter: `${upstream}/api/v1`, ...options });
};

export interface TinyUpstream extends Running {
  /** Requests it received: method, url, headers, body. */
  received: Array<{ url: string; headers: IncomingMessage['headers']; body: string }>;
}

/** An HTTP server answering with `handle` (the request body already read). */
export async function startTiny(t: Test, handle: (req: IncomingMessage & { body: string }, res: ServerResponse) => void): Promise<TinyUpstream> {
  const received: TinyUpstream['received'] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => { body += chunk; });
    req.on('end', () => {
      received.push({ url: req.url ?? '', headers: req.headers, body });
      handle(Object.assign(req, { body }), res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  }));
  t.teardown(close);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, close };
}

/** SSE frames as OpenAI sends them. */
export const sse = (events: Array<Record<string, unknown>>): string =>
  events.map((event) => `event: ${String(event.type)}\ndata: ${JSON.stringify(event)}\n\n`).join('');

export interface Sent {
  status: number;
  headers: IncomingMessage['headers'];
  text: string;
  /** The body ended cleanly (false: the connection dropped). */
  ended: boolean;
}

/** POST JSON and read the whole answer (or as much as came before the connection dropped). */
export function send(url: string, args: { body: unknown; headers?: Record<string, string>; onResponse?: (res: IncomingMessage) => void }): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...args.headers } }, (res) => {
      args.onResponse?.(res);
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { text += chunk; });
      const done = (how: 'ended' | 'cut') => resolve({ status: res.statusCode ?? 0, headers: res.headers, text, ended: how === 'ended' });
      res.on('end', () => done('ended'));
      res.on('error', () => done('cut'));
      res.on('aborted', () => done('cut'));
    });
    outgoing.on('error', reject);
    outgoing.end(typeof args.body === 'string' ? args.body : JSON.stringify(args.body));
  });
}

export const scenariosIn = (dir: string): Map<string, Scenario> => {
  const loaded = loadFixtures(dir);
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  return new Map([...loaded.scenarios].map(([name, entry]) => [name, entry.scenario]));
};
