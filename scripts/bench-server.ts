// A server for scripts/bench.ts, in its own process: `baseline` (a bare Fastify route answering a POST with
// a canned body) or `mock` (responses-mock compiled to dist/, as the image and the bin run it). Prints its
// URL on the first line of stdout.
import Fastify from 'fastify';
import { buildApp } from '../dist/app.js';

const kind = process.argv[2];
const canned = process.argv[3] ?? '{}';

const app = kind === 'baseline'
  ? Fastify({ logger: false })
  : buildApp({ logLevel: 'silent' });
if (kind === 'baseline') {
  app.post('/canned', (_request, reply) => reply.header('content-type', 'application/json').send(canned));
}
const url = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(url);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
