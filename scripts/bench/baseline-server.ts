// The throughput baseline: a bare Fastify route answering every POST with the same canned body (the mock's
// own answer to a workload request) and GET /health. Usage: tsx baseline-server.ts <port> <canned.json>
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const [port, file] = process.argv.slice(2);
const canned = readFileSync(file!, 'utf8');
const app = Fastify({ logger: false });
app.get('/health', (_request, reply) => reply.send({ status: 'ok' }));
app.post('/v1/responses', (_request, reply) => reply.header('content-type', 'application/json').send(canned));
await app.listen({ port: Number(port), host: '127.0.0.1' });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
