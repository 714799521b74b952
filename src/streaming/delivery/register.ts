// Wires streaming into an app: a preClose hook that ends open streams, so `app.close()` and SIGTERM do not
// wait for paced streams to finish.
import type { FastifyInstance } from 'fastify';
import type { StreamRegistry } from './registry.js';

export function registerStreaming(app: FastifyInstance, registry: StreamRegistry): void {
  // preClose, not onClose: Fastify's own onClose step waits in server.close() for open connections, and it
  // runs before hooks registered here; preClose runs first.
  app.addHook('preClose', async () => {
    await registry.abortAll();
  });
}
