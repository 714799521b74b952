// GET /health: liveness for Docker HEALTHCHECK and CI services.
import type { FastifyInstance } from 'fastify';

export function healthRoute(app: FastifyInstance, args: { version: string }): void {
  app.get('/health', (_request, reply) => reply.send({ status: 'ok', version: args.version }));
}
