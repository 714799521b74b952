// A URL the router cannot take: a segment that is not valid percent-encoded UTF-8 (`/v1/responses/%ff`), or
// one longer than the router's parameter limit. Answered in the path's envelope, naming the route parameter
// the segment stands for (`id`) when a route matches once that segment is replaced, with the API's headers (an
// x-request-id on OpenAI's path): no hook has run for such a request.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { MockError } from '../../domain/types.js';
import { apiHeadersFor, type ApiPaths } from '../headers/api-headers.js';
import { errorReplyFor } from './errors.js';
import { completeJournal } from '../reply.js';

/** Stands in for the faulty segment when looking up which route and parameter it belongs to. */
const STAND_IN = 'segment-at-fault';
const SHOWN = 64;

function undecodable(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return false;
  } catch {
    return true;
  }
}

/** The route parameter the segment at `index` fills, if a route matches with that segment replaced. */
function parameterAt(request: FastifyRequest, segments: string[], index: number): string | undefined {
  const url = segments.map((segment, at) => (at === index ? STAND_IN : segment)).join('/');
  const found = request.server.findRoute({ method: request.method as 'GET', url });
  if (!found) return undefined;
  return Object.entries(found.params as Record<string, string>).find(([, value]) => value === STAND_IN)?.[0];
}

function describe(error: FastifyError, request: FastifyRequest): MockError {
  const path = request.url.split('?')[0]!;
  const segments = path.split('/');
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  const lengths = segments.map((segment) => segment.length);
  const index = tooLong ? lengths.indexOf(Math.max(...lengths)) : segments.findIndex(undecodable);
  const param = index < 0 ? undefined : parameterAt(request, segments, index);
  if (index >= 0 && param === undefined) {
    return { code: 'route_not_found', message: `Invalid URL (${request.method} ${path.slice(0, 2 * SHOWN)})`, param: null };
  }
  const segment = index < 0 ? path : segments[index]!;
  if (tooLong) {
    return { code: 'string_above_max_length', message: `Invalid '${param}': string too long (${segment.length} characters in the URL).`, param: param ?? null, status: 414 };
  }
  return { code: 'invalid_value', message: `Invalid '${param ?? 'url'}': '${segment.slice(0, SHOWN)}' is not valid percent-encoded UTF-8.`, param: param ?? null };
}

/** Fastify's frameworkErrors: the router's refusals, in the path's envelope. */
export function routingErrorAnswer(paths: ApiPaths): (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => FastifyReply {
  return (error, request, reply) => {
    const mock = describe(error, request);
    const answer = errorReplyFor(request.url, mock);
    const text = JSON.stringify(answer.body);
    completeJournal(request, { status: answer.status, text, error: mock });
    return reply.code(answer.status).headers(apiHeadersFor(paths, request.url)).headers(answer.headers).header('content-type', 'application/json').send(text);
  };
}
