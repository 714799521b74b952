// A request whose client ended the connection before its body was complete, told one way wherever it is told:
// Node's parser reports it (the answer written, the log line) and the body reader fails with it (the journal),
// in whichever order they come; both say `400 malformed_http` with these words.
import type { IncomingMessage } from 'node:http';
import type { MockError } from '../../domain/types.js';

/** How the body reader fails when its client leaves mid-body (Node's `aborted`). */
export function isBodyAborted(error: { code?: string; message: string }): boolean {
  return error.code === 'ECONNRESET' && error.message === 'aborted';
}

/** What the request is refused with: its declared length, or that its last chunk never came. */
export function bodyCutShort(request: Pick<IncomingMessage, 'headers'>): MockError {
  const length = request.headers['content-length'];
  const declared = length === undefined ? 'its last chunk never came' : `its content-length is ${length.slice(0, 20)}`;
  return { code: 'malformed_http', message: `The connection ended before the request body was complete (${declared}); the connection is closed.`, param: null };
}
