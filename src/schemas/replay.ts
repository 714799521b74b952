// The `replay` form of a rule's respond: one recorded exchange with a real upstream, answered back exactly as
// it came (the response object or the stream's events, the ids, the chunking, optionally the timing, or an
// HTTP error with its headers). Written by --record; a JSON recording can be asked for as a stream and back.
import { Type, type Static } from '@sinclair/typebox';

const Strict = { additionalProperties: false } as const;

export const RecordedRequest = Type.Object({
  body: Type.Unknown({ description: 'The request body as sent, secrets redacted.' }),
  headers: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'Request headers worth sending again (credentials redacted, transport headers left out).' })),
  query: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'The query string, secrets redacted.' })),
}, { ...Strict, description: 'What was sent: what `responses-mock verify-recordings` sends again. Not used to match.' });

export type RecordedEvent = { type: string } & Record<string, unknown>;
export const StreamEventRecord = Type.Unsafe<RecordedEvent>(Type.Object({ type: Type.String() }, { additionalProperties: true, description: 'One event as it came, sequence_number included.' }));

export const Replay = Type.Object({
  request: Type.Optional(RecordedRequest),
  status: Type.Optional(Type.Integer({ minimum: 200, maximum: 599, description: 'HTTP status (default 200); 400 and above answers `body` as the error envelope.' })),
  headers: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'Response headers of a recorded error (retry-after, x-ratelimit-*).' })),
  body: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'The JSON answer: a response object, or the error envelope.' })),
  events: Type.Optional(Type.Array(StreamEventRecord, { description: 'The stream, one entry per event: a recorded stream replays these exactly (its chunking included).' })),
  timing: Type.Optional(Type.Array(Type.Integer({ minimum: 0, maximum: 600_000 }), { description: 'Milliseconds before each event (--record-timing), one per event.' })),
  cut: Type.Optional(Type.Boolean({ description: 'The upstream dropped the connection after these events.' })),
}, { ...Strict, description: 'A recorded exchange, answered exactly as it came: give `body` (a JSON answer) or `events` (a stream).' });
export type Replay = Static<typeof Replay>;
