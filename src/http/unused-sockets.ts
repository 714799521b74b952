// Connections no request ever came on are closed when the app closes. Node's server.close() leaves them open
// until their headers timeout (60 s): an HTTP client that opens a spare connection (the openai SDK does, after
// a request it gave up on) made `app.close()` at the end of a test file take over a minute.
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';

export function closeUnusedSocketsOnClose(app: FastifyInstance): void {
  const sockets = new Set<Socket>();
  app.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  app.addHook('preClose', (done) => {
    for (const socket of sockets) if (socket.bytesRead === 0) socket.destroy();
    done();
  });
}
