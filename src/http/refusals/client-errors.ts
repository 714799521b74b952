// What Node's HTTP parser refuses before Fastify sees a request (headers over the size limit, bytes that are
// not HTTP/1.1, headers that never finish arriving), answered in the JSON envelope of the failing request's
// path. The requests parsed before it on the same connection still get their answers: the error waits for
// them, then is written and the connection closes. A bad body (a chunk size that is not hex) is answered at
// once: its request's own answer would wait for the rest of the body forever. The answer carries the API's
// headers when the failing request's path is known (an x-request-id on OpenAI's path).
import { maxHeaderSize as nodeMaxHeaderSize, STATUS_CODES, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { MockError } from '../../domain/types.js';
import { apiHeadersFor, type ApiPaths } from '../headers/api-headers.js';
import { bodyCutShort } from './body-cut-short.js';
import { errorReplyFor } from './errors.js';
import { failingRequestPath, requestInBody, type ParserState } from './failing-request.js';
import { defaultRedactor } from '../traffic/redact.js';
import { shownPath } from '../traffic/shown-url.js';
import { journalEntryOf } from '../traffic/journal.js';

type ParseError = Error & { code?: string; reason?: string; rawPacket?: Buffer; bytesParsed?: number };
/** Node's own fields: the response being written on the socket (pipelined ones wait behind it), and its parser. */
type HttpSocket = Socket & { _httpMessage?: ServerResponse | null; parser?: ParserState | null };

const answered = new WeakSet<Socket>();

function describe(error: ParseError, limit: number): MockError {
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return { code: 'headers_too_large', message: `Request header fields too large: the request line and headers exceed ${limit} bytes.`, param: null };
  }
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return { code: 'malformed_http', message: 'Request timeout: the request did not arrive in time; the connection is closed.', param: null, status: 408 };
  }
  const reason = (error.reason ?? error.message).slice(0, 200);
  return { code: 'malformed_http', message: `Malformed HTTP request (${error.code ?? 'parse error'}: ${reason}); the connection is closed.`, param: null };
}

/** Fastify's clientErrorHandler (Fastify binds it to the app). */
export function clientErrorAnswer(paths: ApiPaths): (this: unknown, failure: Error, socket: Socket) => void {
  return function answer(this: unknown, failure: Error, socket: Socket): void {
    answerClientError({ app: this as FastifyInstance | undefined, failure, socket, paths });
  };
}

function answerClientError(args: { app: FastifyInstance | undefined; failure: Error; socket: Socket; paths: ApiPaths }): void {
  const { app, failure, socket } = args;
  const error = failure as ParseError;
  if (error.code === 'ECONNRESET' || socket.destroyed || answered.has(socket)) return;
  answered.add(socket);
  const http = socket as HttpSocket;
  const limit = (socket as Socket & { server?: Server & { maxHeaderSize?: number } }).server?.maxHeaderSize ?? nodeMaxHeaderSize;
  const inBody = requestInBody(http.parser);
  // A body cut short by its client's leaving: as the body reader tells it too (src/http/refusals/errors.ts).
  const mock = inBody && error.code === 'HPE_INVALID_EOF_STATE' ? bodyCutShort(inBody) : describe(error, limit);
  const path = failingRequestPath({ packet: error.rawPacket, bytesParsed: error.bytesParsed, parser: http.parser });
  // The target as sent, shown as in every request's log line: a credential in its query masked, and while
  // recording anything shaped like a key cut (its headers, and so its own credentials, were not read).
  const config = app?.mock?.config;
  const recording = config !== undefined && (config.record !== undefined || config.recordMissing !== undefined);
  const shown = path === undefined ? undefined : shownPath(path, { redactor: app?.mock?.redactor ?? defaultRedactor, own: null, keyShaped: recording });
  const reply = errorReplyFor(path, mock);
  // Refused, as a request the routes refuse is: at info, with its status.
  app?.log?.info({ code: error.code, path: shown, status: reply.status }, `client error answered: ${reply.status} ${mock.code}`);
  const body = JSON.stringify(reply.body);
  // A request refused mid-body was routed and journaled: its entry gets this answer (its own never comes).
  const entry = inBody && journalEntryOf(inBody);
  if (entry && entry.status === null) entry.complete({ status: reply.status, error: { code: mock.code, message: mock.message, param: mock.param }, answer: body });
  let fields = '';
  for (const [name, value] of Object.entries(apiHeadersFor(args.paths, path))) fields += `${name}: ${value}\r\n`;
  const text = `HTTP/1.1 ${reply.status} ${STATUS_CODES[reply.status] ?? ''}\r\n${fields}content-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`;
  const flush = (): void => {
    if (socket.destroyed) return;
    // The response on the socket until its 'finish' (even when all is written: Node hands the socket to the
    // next pipelined response then, which the error must wait for too).
    // The refused request's own response never finishes (the rest of its body cannot be read): the error is
    // its answer, unless the route has begun one without the body.
    const pending = http._httpMessage;
    if (pending && !(pending.req === inBody && !pending.headersSent)) {
      let once = false;
      const next = () => {
        if (once) return;
        once = true;
        flush();
      };
      pending.once('finish', next).once('close', next);
      return;
    }
    if (socket.writable) socket.end(text, () => socket.destroy());
    else socket.destroy();
  };
  flush();
}
