// Clients that never read a stream, through the real app over HTTP: the server generates and holds only a
// bounded amount for each (read from its own counters, GET /__mock/stats and the journal's stream timeline),
// and drops each once it has read nothing for --stream-stall-ms, keeping nothing afterwards.
import { connect, type Socket } from 'node:net';
import t from 'tap';
import { OPENAI, OPENROUTER } from '../../helpers/app.js';
import { listen } from '../../helpers/server.js';

const CLIENTS = 4;
/** A 200,000-character answer sent a character per delta: about 200,000 events, a stream of 40–55 MB. */
const CHARS = 200_000;
const KiB = 1024;

interface StreamStats { open: number; started: number; completed: number; aborted: number; bufferedBytes: number }
interface Journal { requests: Array<{ stream?: { steps: unknown[]; omitted: number; end: string | null } }> }

/** Sends the request and then reads nothing: the socket stays paused. */
function neverReading(args: { port: number; path: string; session: string }): Socket {
  const body = JSON.stringify({ model: 'gpt-4o', input: `Reply exactly with: ${'word '.repeat(CHARS / 5)}`, stream: true });
  const socket = connect(args.port, '127.0.0.1');
  socket.on('error', () => {});
  socket.pause();
  const headers = ['host: 127.0.0.1', 'content-type: application/json', `x-mock-session: ${args.session}`, 'x-mock-stream: chunk=1', `content-length: ${Buffer.byteLength(body)}`];
  socket.write(`POST ${args.path} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n${body}`);
  return socket;
}

t.test('clients that never read: bounded bytes held and generated for each, then dropped', async (t) => {
  const server = await listen(t, { streamStallMs: 1000 });
  const port = Number(new URL(server.url).port);
  const get = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}${path}`)).json()) as T;
  const sockets = Array.from({ length: CLIENTS }, (_, index) => neverReading({ port, path: index % 2 ? OPENROUTER : OPENAI, session: `slow-${index}` }));
  t.teardown(() => sockets.forEach((socket) => socket.destroy()));

  // Sampled until every stream has started and been dropped: what the open ones hold stays small.
  const over: string[] = [];
  let peak = { open: 0, bufferedBytes: 0 };
  let stats: StreamStats;
  do {
    await new Promise((resolve) => setTimeout(resolve, 100));
    stats = (await get<{ streams: StreamStats }>('/__mock/stats')).streams;
    if (stats.bufferedBytes > stats.open * 256 * KiB) over.push(`${stats.open} open streams held ${stats.bufferedBytes} bytes`);
    if (stats.bufferedBytes > peak.bufferedBytes) peak = { open: stats.open, bufferedBytes: stats.bufferedBytes };
  } while (stats.started < CLIENTS || stats.open > 0);
  t.same(over, [], `at most 256 KiB held per open stream (peak ${Math.round(peak.bufferedBytes / KiB)} KiB for ${peak.open})`);
  t.same(stats, { open: 0, started: CLIENTS, completed: 0, aborted: CLIENTS, bufferedBytes: 0 }, 'all dropped as aborted, nothing held');

  // Each generated only what its socket took (a share of its events, as the journal recorded), then ended.
  for (let index = 0; index < CLIENTS; index += 1) {
    const timeline = (await get<Journal>(`/__mock/requests?session=slow-${index}`)).requests[0]?.stream;
    const generated = (timeline?.steps.length ?? 0) + (timeline?.omitted ?? 0);
    t.ok(generated > 0 && generated < CHARS / 2, `client ${index}: ${generated} of ~${CHARS} events generated while it read nothing`);
    t.equal(timeline?.end, 'destroyed', `client ${index}: the timeline ends as destroyed`);
  }
  t.equal((await fetch(`${server.url}/health`)).status, 200, 'the server still answers');
});
