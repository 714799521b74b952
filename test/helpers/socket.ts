// A raw WebSocket client for tests (the `ws` package): connect with handshake headers, send client events,
// and read what the server sends, in order, one message or one whole response at a time.
import WebSocket from 'ws';

export type ServerEvent = Record<string, unknown> & { type: string };

export interface TestSocket {
  ws: WebSocket;
  send(event: unknown): void;
  /** The next message, parsed. Rejects when the socket closes first. */
  next(): Promise<ServerEvent>;
  /** Messages up to and including the first whose type is one of `types`. */
  until(...types: string[]): Promise<ServerEvent[]>;
  /** Resolves with the close code and reason. */
  closed: Promise<{ code: number; reason: string }>;
}

export const TERMINAL = ['response.completed', 'response.incomplete', 'response.failed'];

/** How long one wait for the next event may last. */
const WAIT_MS = 20_000;

export function socketURL(httpURL: string, path = '/v1/responses'): string {
  return `${httpURL.replace(/^http/, 'ws')}${path}`;
}

export async function openSocket(url: string, headers: Record<string, string> = {}): Promise<TestSocket> {
  const ws = new WebSocket(url, { headers });
  const queue: ServerEvent[] = [];
  const waiting: Array<{ resolve: (event: ServerEvent) => void; reject: (error: Error) => void }> = [];
  let ended: { code: number; reason: string } | undefined;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on('close', (code, reason) => {
      ended = { code, reason: reason.toString() };
      for (const waiter of waiting.splice(0)) waiter.reject(new Error(`socket closed (${code})`));
      resolve(ended);
    });
  });
  const seen: ServerEvent[] = [];
  ws.on('message', (data) => {
    const event = JSON.parse(data.toString()) as ServerEvent;
    seen.push(event);
    if (seen.length > 3) seen.shift();
    const waiter = waiting.shift();
    if (waiter) waiter.resolve(event);
    else queue.push(event);
  });
  ws.on('error', () => {});
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_request, response) => reject(new Error(`upgrade refused: ${response.statusCode}`)));
    ws.once('error', reject);
  });
  const next = (): Promise<ServerEvent> => {
    const queued = queue.shift();
    if (queued) return Promise.resolve(queued);
    if (ended) return Promise.reject(new Error(`socket closed (${ended.code})`));
    return new Promise((resolve, reject) => {
      // A wait that nothing ends fails the test in seconds, not at the suite's timeout.
      const waiter = {
        resolve: (event: ServerEvent) => { clearTimeout(timer); resolve(event); },
        reject: (error: Error) => { clearTimeout(timer); reject(error); },
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(waiter), 1);
        reject(new Error(`no event within ${WAIT_MS} ms (events so far: ${JSON.stringify(seen.slice(-3))})`));
      }, WAIT_MS);
      waiting.push(waiter);
    });
  };
  return {
    ws,
    send: (event) => ws.send(typeof event === 'string' ? event : JSON.stringify(event)),
    next,
    async until(...types) {
      const events: ServerEvent[] = [];
      for (;;) {
        const event = await next();
        events.push(event);
        if (types.includes(event.type)) return events;

      }
    },
    closed,
  };
}
