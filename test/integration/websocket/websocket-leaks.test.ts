// 10,000 sockets opened and dropped: most cut off right after the handshake (a raw TCP client), the rest
// through `ws` closed cleanly, cut off, or cut off mid-response. Afterwards the server's own counters show
// nothing open, no listener or connection was left behind, and the heap is about where it was.
import { connect } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import t from 'tap';
import WebSocket from 'ws';
import { buildApp } from '../../../src/app.js';
import { socketURL } from '../../helpers/socket.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const TOTAL = 10_000;
const AT_ONCE = 50;
const create = JSON.stringify({ type: 'response.create', model: 'gpt-4o-mini', input: 'Tell me about the sea.' });
const HANDSHAKE = 'GET /v1/responses HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n'
  + 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n';

/** Upgrades, then drops the TCP connection as soon as the 101 arrives. */
function rawDrop(url: URL): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => socket.write(HANDSHAKE));
    socket.once('data', (chunk) => {
      if (!chunk.toString('latin1').startsWith('HTTP/1.1 101')) reject(new Error(`not upgraded: ${chunk.toString().slice(0, 80)}`));
      socket.destroy();
    });
    socket.once('close', () => resolve());
    socket.on('error', () => {});
  });
}

/** Through a real client: a clean close, a cut, or a cut after the first event of a paced response. */
function clientDrop(url: URL, index: number): Promise<void> {
  return new Promise((resolve) => {
    const ws = new WebSocket(socketURL(url.origin), { headers: { 'x-mock-stream': 'delay=5' } });
    ws.on('error', () => {});
    ws.once('close', () => resolve());
    ws.once('open', () => {
      if (index % 3 === 0) return ws.close();
      if (index % 3 === 1) return ws.terminate();
      ws.send(create);
      ws.once('message', () => ws.terminate());
    });
  });
}

async function openAndDrop(url: URL, range: { from: number; count: number }): Promise<void> {
  let next = range.from;
  const worker = async () => {
    for (let index = next++; index < range.from + range.count; index = next++) {
      await (index % 10 === 0 ? clientDrop(url, index / 10) : rawDrop(url));
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
}

async function settled(app: ReturnType<typeof buildApp>): Promise<void> {
  while (app.mock.sockets.stats().open > 0 || app.mock.streams.stats().open > 0) await new Promise((resolve) => setTimeout(resolve, 20));
}

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function connections(app: ReturnType<typeof buildApp>): Promise<number> {
  return new Promise((resolve, reject) => app.server.getConnections((error, count) => (error ? reject(error) : resolve(count))));
}

t.test(`${TOTAL} sockets opened and dropped leave nothing behind`, { timeout: 300_000 }, async (t) => {
  const app = buildApp({ logLevel: 'silent' });
  const url = new URL(await app.listen({ port: 0, host: '127.0.0.1' }));
  t.teardown(() => app.close());
  const warmUp = 500;
  await openAndDrop(url, { from: 0, count: warmUp });
  await settled(app);
  const listeners = () => ['upgrade', 'connection', 'request', 'close'].map((name) => app.server.listenerCount(name));
  const before = { listeners: listeners(), heap: heapAfterGc(), connections: await connections(app) };
  await openAndDrop(url, { from: warmUp, count: TOTAL });
  await settled(app);
  t.same(app.mock.sockets.stats(), { open: 0, opened: warmUp + TOTAL, closed: warmUp + TOTAL });
  t.match(app.mock.streams.stats(), { open: 0 }, 'no stream left open');
  t.same(listeners(), before.listeners, 'no listener left on the server');
  t.equal(await connections(app), before.connections, 'no TCP connection left open');
  const grown = heapAfterGc() - before.heap;
  t.ok(grown < 8 * 1024 * 1024, `heap grew by ${(grown / 1024 / 1024).toFixed(1)} MiB (< 8 MiB)`);
});
