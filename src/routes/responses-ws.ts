// GET {prefix}/responses with a WebSocket upgrade: the socket transport of the create pipeline on the OpenAI
// path (src/transports/websocket/). OpenRouter has no WebSocket mode: its path refuses the upgrade with 426,
// which Codex takes as "use HTTP" at once; so do both paths while recording. A GET without an upgrade is
// still an unknown route. A handshake ws would refuse is refused first, in JSON; the 101 carries the request id.
import type { IncomingMessage } from 'node:http';
import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { REQUEST_ID } from '../http/headers/api-headers.js';
import { sendError } from '../http/reply.js';
import { PROFILES } from '../providers/index.js';
import type { ProviderProfile } from '../providers/types.js';
import type { Runtime } from '../runtime.js';
import { ResponsesConnection } from '../transports/websocket/connection.js';
import { handshakeProblem } from '../transports/websocket/handshake.js';

export function responsesSocketRoutes(app: FastifyInstance, runtime: Runtime): void {
  app.register(websocket, {
    // Messages as large as HTTP bodies; no compression (openai-node turns it off; Codex works without it).
    options: { maxPayload: runtime.config.bodyLimit, perMessageDeflate: false, clientTracking: false },
    // After the open streams were ended (registerStreaming's preClose): close every socket with 1001.
    preClose: () => runtime.sockets.shutdownAll(),
    // A broken frame or an oversize message: ws has already closed the socket with the right code.
    errorHandler: (error, socket, request) => {
      request.log.debug({ err: error }, 'websocket error');
      socket.terminate();
    },
  });
  // A recording proxies HTTP only: a socket refused with 426 makes Codex and openai-node use HTTP at once,
  // rather than get the mock's answers unrecorded.
  const recording = runtime.config.record !== undefined || runtime.config.recordMissing !== undefined;
  app.register(async (scope) => {
    for (const profile of PROFILES) {
      if (profile.stateful && !recording) acceptUpgrades(scope, { profile, runtime });
      else refuseUpgrades(scope, { profile, recording });
    }
  });
}

function acceptUpgrades(app: FastifyInstance, args: { profile: ProviderProfile; runtime: Runtime }): void {
  const { profile, runtime } = args;
  // The request id the answer's hooks gave an upgrade, until ws writes its 101 (which Fastify's reply does not).
  // The socket server (and ws) loads on first use: the listener is added at the first upgrade, not at start-up.
  const ids = new WeakMap<IncomingMessage, string>();
  let listening = false;
  const listen = (): void => {
    if (listening) return;
    listening = true;
    app.websocketServer.on('headers', (headers: string[], request: IncomingMessage) => {
      const id = ids.get(request);
      if (id !== undefined) headers.push(`${REQUEST_ID}: ${id}`);
    });
  };
  app.route({
    method: 'GET',
    url: `${profile.prefix}/responses`,
    onRequest: (request, reply, done) => {
      if (!request.ws) return done();
      const problem = handshakeProblem(request.headers);
      if (problem) return void sendError(reply, { profile, error: problem });
      const id = reply.getHeader(REQUEST_ID);
      if (typeof id === 'string') {
        listen();
        ids.set(request.raw, id);
      }
      done();
    },
    handler: notFound,
    wsHandler: (ws, request) => {
      request.journalEntry?.complete({ status: 101 });
      new ResponsesConnection({ ws, tcp: request.socket, headers: request.headers, path: request.url, profile, runtime, registry: runtime.sockets, log: request.log });
    },
  });
}

function refuseUpgrades(app: FastifyInstance, args: { profile: ProviderProfile; recording: boolean }): void {
  const { profile } = args;
  const why = args.recording ? 'responses-mock records HTTP requests only' : 'The OpenRouter Responses API has no WebSocket mode';
  app.get(`${profile.prefix}/responses`, {
    onRequest: (request, reply, done) => {
      if (!request.ws) return done();
      void sendError(reply, {
        profile,
        error: { code: 'websocket_not_supported', message: `${why}: POST ${profile.prefix}/responses over HTTP instead (with stream: true for events).`, param: null },
      });
    },
  }, notFound);
}

function notFound(_request: FastifyRequest, reply: FastifyReply): void {
  reply.callNotFound();
}
