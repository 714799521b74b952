// What a client may send on a Responses socket, read from one frame: a `response.create` (the create body
// without the socket's envelope fields, its lane and whether it generates), a `response.steer`, Codex's
// `response.processed` acknowledgement, or the precise reason a frame is refused.
import type { MockError } from '../../domain/types.js';
import { fieldNestedTooDeep, tooDeeplyNested } from '../../domain/validation/body-depth.js';
import { parseJsonBody } from '../../pipeline/parse-body.js';

export interface CreateMessage {
  type: 'response.create';
  /** The create body as the HTTP route would receive it, streamed: the envelope fields left out, `stream: true`. */
  parsed: Record<string, unknown>;
  /** The body's text without the envelope fields: what an HTTP client would post (seeded the same way). */
  raw: string;
  /** The lane (`stream_id`), echoed on every event of the response. */
  streamId: string | undefined;
  /** false: a warm-up with no output. */
  generate: boolean;
}

export type ClientMessage =
  | CreateMessage
  | { type: 'response.processed' }
  /** Steering input for a streaming response (steering.ts checks it). */
  | { type: 'response.steer'; fields: Record<string, unknown> }
  | { type: 'invalid'; error: MockError; streamId: string | undefined };

/** The SDKs' own rule for lane ids. */
const STREAM_ID = /^[A-Za-z0-9_.-]{1,256}$/;
/** Fields of the socket's envelope, and the HTTP-only switches a socket ignores (it always streams). */
const ENVELOPE = new Set(['type', 'stream_id', 'generate', 'stream', 'background']);
const SUPPORTED = "Supported values are: 'response.create', 'response.steer' and 'response.processed'.";
/** Client events of the protocol that responses-mock does not implement. */
const UNSUPPORTED = new Set(['response.append']);

export function readClientMessage(data: Buffer | string, frame: { binary: boolean }): ClientMessage {
  const invalid = (error: MockError, streamId?: string): ClientMessage => ({ type: 'invalid', error, streamId });
  if (frame.binary) {
    return invalid({ code: 'invalid_json', message: 'Binary messages are not read: send each client event as a JSON text message.', param: null });
  }
  const parsed = parseJsonBody(typeof data === 'string' ? data : data.toString('utf8'));
  if (!parsed.ok && parsed.error.code === 'too_many_values') return invalid(parsed.error);
  if (!parsed.ok) {
    return invalid({ code: 'invalid_json', message: 'We could not parse the JSON of your WebSocket message: it is not valid JSON.', param: null });
  }
  const event = parsed.value;
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    return invalid({ code: 'invalid_body', message: "The WebSocket message must be a JSON object with a string 'type'.", param: null });
  }
  const fields = event as Record<string, unknown>;
  // Checked before anything walks or re-serialises the message: a hostile nesting would overflow the stack.
  const deep = fieldNestedTooDeep(fields);
  if (deep !== null) return invalid(tooDeeplyNested(deep), typeof fields.stream_id === 'string' && STREAM_ID.test(fields.stream_id) ? fields.stream_id : undefined);
  const type = fields.type;
  if (type === undefined) return invalid({ code: 'missing_required_parameter', message: "Missing required parameter: 'type'.", param: 'type' });
  if (typeof type !== 'string') return invalid(wrongType('type', 'a string', type));
  if (type === 'response.processed') return { type };
  if (type === 'response.steer') return { type, fields };
  if (type !== 'response.create') {
    const why = UNSUPPORTED.has(type) ? `'${type}' is not supported by responses-mock.` : `Invalid value: '${type.slice(0, 64)}'.`;
    return invalid({ code: 'invalid_value', message: `${why} ${SUPPORTED}`, param: 'type' });
  }
  return readCreate(fields, invalid);
}

function readCreate(fields: Record<string, unknown>, invalid: (error: MockError, streamId?: string) => ClientMessage): ClientMessage {
  const { stream_id: streamId, generate } = fields;
  if (streamId !== undefined && typeof streamId !== 'string') return invalid(wrongType('stream_id', 'a string', streamId));
  if (streamId !== undefined && !STREAM_ID.test(streamId)) {
    return invalid({
      code: 'invalid_value',
      message: "Invalid 'stream_id': expected 1 to 256 characters, each a letter, a digit, '_', '.' or '-'.",
      param: 'stream_id',
    });
  }
  if (generate !== undefined && typeof generate !== 'boolean') return invalid(wrongType('generate', 'a boolean', generate), streamId);
  const body: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) if (!ENVELOPE.has(key)) body[key] = fields[key];
  return { type: 'response.create', parsed: { ...body, stream: true }, raw: JSON.stringify(body), streamId, generate: generate !== false };
}

function wrongType(param: string, expected: string, value: unknown): MockError {
  const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
  return { code: 'invalid_type', message: `Invalid type for '${param}': expected ${expected}, but got ${got} instead.`, param };
}
