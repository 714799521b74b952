// Checks every request gets before its route, answered by the scope's error handler (the path's envelope):
// an HTTP/1.1 request needs a Host header (Node would answer an empty 400), and a body is read as sent, so a
// `content-encoding` other than identity (gzip, br, zstd, …) on a request with a body is a 415 before the body
// is read, rather than parsed as if it were plain JSON (no bomb is ever inflated). OpenAI does not document
// compressed request bodies, and its SDKs do not send them. Only a GET is upgraded (the WebSocket handshake): Node
// hands any request with `Connection: upgrade` over unparsed, so a POST asking for h2c would lose its body.
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { FastifyError, FastifyInstance } from 'fastify';

export const UNSUPPORTED_CONTENT_ENCODING = 'MOCK_UNSUPPORTED_CONTENT_ENCODING';
export const MISSING_HOST = 'MOCK_MISSING_HOST';
export const UPGRADE_NOT_GET = 'MOCK_UPGRADE_NOT_GET';

/** The codings named by the header that are not `identity` ('' when there are none). */
function encodedWith(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header.join(',') : header ?? '';
  return value.split(',').map((coding) => coding.trim().toLowerCase()).filter((coding) => coding !== '' && coding !== 'identity').join(', ');
}

/** Whether a body follows the headers: a content-length above zero, or a transfer-encoding (chunked). */
function sendsBody(headers: IncomingHttpHeaders): boolean {
  return headers['transfer-encoding'] !== undefined || Number(headers['content-length'] ?? 0) > 0;
}

function refusal(args: { code: string; status: number; message: string }): FastifyError {
  const error = new Error(args.message) as FastifyError;
  error.code = args.code;
  error.statusCode = args.status;
  return error;
}

/** Set by Node on a request it handed to the 'upgrade' listeners (the socket server's), its body unread. */
export const upgraded = (raw: IncomingMessage): boolean => (raw as { upgrade?: boolean }).upgrade === true;

/** Registered on the root, with Node's own Host check off (`requireHostHeader: false`). */
export function registerRequestChecks(app: FastifyInstance): void {
  // A request handed over for an upgrade and answered in HTTP instead (refused here or by its route): Node no
  // longer reads that connection, so it is closed once the answer is written rather than left open.
  app.addHook('onResponse', (request, _reply, done) => {
    if (upgraded(request.raw)) request.raw.socket.end();
    done();
  });
  app.addHook('onRequest', (request, _reply, done) => {
    if (request.raw.httpVersion === '1.1' && !request.headers.host) {
      return done(refusal({ code: MISSING_HOST, status: 400, message: 'Malformed HTTP request: an HTTP/1.1 request needs a Host header.' }));
    }
    if (upgraded(request.raw) && request.method !== 'GET') {
      return done(refusal({
        code: UPGRADE_NOT_GET,
        status: 400,
        message: `Invalid 'upgrade' header: only a GET is upgraded (the WebSocket handshake); send this ${request.method} without 'Connection: upgrade' (HTTP/2 over cleartext, h2c, is not supported).`,
      }));
    }
    const header = request.headers['content-encoding'];
    if (header === undefined || !sendsBody(request.headers)) return done();
    const codings = encodedWith(header);
    if (codings === '') return done();
    done(refusal({
      code: UNSUPPORTED_CONTENT_ENCODING,
      status: 415,
      message: `Unsupported content-encoding '${codings.slice(0, 64)}': send the request body uncompressed (no content-encoding, or identity).`,
    }));
  });
}
