// Sends one create request on to the real service and hands back its response as it starts to arrive: the
// client's headers go along (its own Authorization included) except those that describe this hop or steer
// the mock, and the answer is asked for uncompressed so that it can be recorded as it passes; and the way
// back: the headers passed back, and the sink that writes the answer to the client while it is there.
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Writable } from 'node:stream';

/** Headers of one hop only, or the mock's own; never sent on. */
const HOP_HEADERS = new Set([
  'host', 'connection', 'keep-alive', 'proxy-connection', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding',
  'upgrade', 'content-length', 'accept-encoding', 'expect',
]);

export interface UpstreamRequest {
  /** POST (a create, a cancel) unless GET (a stored response read). */
  method?: 'GET' | 'POST';
  /** The service's base URL, e.g. https://api.openai.com/v1. */
  base: string;
  /** The path below the base, e.g. `/responses`. */
  path: string;
  /** The query string without its `?` ('' when none). */
  query: string;
  headers: IncomingHttpHeaders | Record<string, string>;
  body: string;
  signal?: AbortSignal;
  /** Keep the connection for later requests (default); a one-off command closes it, so that it can exit. */
  keepAlive?: boolean;
}

export function upstreamUrl(args: { base: string; path: string; query: string }): URL {
  const url = new URL(args.base);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${args.path}`;
  url.search = args.query;
  return url;
}

/** Resolves with the response once its status and headers are in; rejects if the service cannot be reached. */
export function sendUpstream(args: UpstreamRequest): Promise<IncomingMessage> {
  const url = upstreamUrl(args);
  // No prototype: header names are the client's.
  const headers = Object.create(null) as Record<string, string | string[]>;
  for (const [name, value] of Object.entries(args.headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || HOP_HEADERS.has(lower) || lower.startsWith('x-mock-')) continue;
    headers[lower] = value;
  }
  headers['accept-encoding'] = 'identity';
  const method = args.method ?? 'POST';
  if (method === 'GET') delete headers['content-type'];
  else headers['content-length'] = String(Buffer.byteLength(args.body));
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = send(url, { method, headers, ...(args.signal ? { signal: args.signal } : {}), ...(args.keepAlive === false ? { agent: false } : {}) }, resolve);
    outgoing.on('error', reject);
    outgoing.end(method === 'GET' ? undefined : args.body);
  });
}

/** Response headers sent back to the client: all but those of the upstream hop. */
export function passedBackHeaders(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const out = Object.create(null) as Record<string, string | string[]>;
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || name === 'connection' || name === 'keep-alive' || name === 'transfer-encoding' || name === 'upgrade' || name === 'trailer') continue;
    out[name] = value;
  }
  return out;
}

/**
 * Where the answer goes: the client's response, written no faster than the client reads (each write waits for
 * its drain), and ended with it. Once the client has left, the rest is taken unsent, so that what reads the
 * upstream (a background run's recording) goes on to its end. A failure of the upstream cuts the client's answer.
 */
export function clientSink(res: ServerResponse): Writable {
  let closed = false;
  res.once('close', () => void (closed = true));
  const gone = () => closed || res.destroyed || res.writableEnded;
  /** Calls `done` once the client has taken the bytes (drain), or has left (close). */
  const whenTaken = (done: () => void) => {
    const go = () => {
      res.off('drain', go);
      res.off('close', go);
      done();
    };
    res.on('drain', go);
    res.on('close', go);
  };
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (gone() || res.write(chunk)) return done();
      whenTaken(() => done());
    },
    final(done) {
      if (gone()) return done();
      let called = false;
      const once = () => void (called || ((called = true), res.off('close', once), done()));
      res.once('close', once);
      res.end(once);
    },
    destroy(error, done) {
      if (error && !res.destroyed) res.destroy();
      done(error);
    },
  });
}
