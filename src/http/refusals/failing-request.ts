// Which request Node's HTTP parser refused, when one packet holds several (pipelined): the path on that
// request's own line, not on the first line of the packet. Undefined when the line cannot be read (bytes
// that are not HTTP, a request line cut by the packet), and the caller answers in OpenAI's envelope.
import type { IncomingMessage } from 'node:http';

/** What Node's parser knows: the last request whose headers it read (`complete` once its body is read too). */
export interface ParserState {
  incoming?: IncomingMessage | null;
}

/** The request whose body the parser refused, if the error is in a body. */
export function requestInBody(parser: ParserState | null | undefined): IncomingMessage | undefined {
  const incoming = parser?.incoming;
  return incoming && !incoming.complete ? incoming : undefined;
}

/** How much after a request's start is searched for its target. */
const REQUEST_LINE_MAX = 8192;
const HEAD_END = '\r\n\r\n';
const REQUEST_LINE = /^[A-Z]{1,16} (\/[^ \r\n]*) /;

/** The target of the request line starting at `start`, if one starts there. */
function targetAt(packet: Buffer, start: number): string | undefined {
  return REQUEST_LINE.exec(packet.toString('latin1', start, start + REQUEST_LINE_MAX))?.[1];
}

/** The body length the last complete request declared, so that the request after it is found past its body. */
function declaredLength(state: ParserState['incoming']): number {
  const header = state?.headers?.['content-length'];
  return typeof header === 'string' && /^\d{1,15}$/.test(header) ? Number(header) : 0;
}

/**
 * The failing request is the one being parsed at `bytesParsed` (the error's offset in `packet`). A bad body of
 * a request whose headers were read (a bad chunk size) is that request's; otherwise the error is in a head,
 * which holds no blank line before it, so the request starts after the last blank line (and the body of the
 * request it ended), or at the packet's start.
 */
export function failingRequestPath(args: { packet?: Buffer; bytesParsed?: number; parser?: ParserState | null }): string | undefined {
  const inBody = requestInBody(args.parser);
  if (inBody) return inBody.url;
  const incoming = args.parser?.incoming;
  const { packet, bytesParsed } = args;
  if (!packet || typeof bytesParsed !== 'number') return undefined;
  const end = Math.min(bytesParsed, packet.length);
  const headEnd = end >= HEAD_END.length ? packet.lastIndexOf(HEAD_END, end - HEAD_END.length, 'latin1') : -1;
  if (headEnd < 0) return targetAt(packet, 0);
  const after = headEnd + HEAD_END.length;
  const starts = [after, after + declaredLength(incoming)].filter((start) => start <= end);
  for (const start of starts) {
    const target = targetAt(packet, start);
    if (target !== undefined) return target;
  }
  return undefined;
}
