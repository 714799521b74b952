// What a stream plays, whatever made its events: the contract a writer iterates (the events built for a
// response, a recording's own, the rest of a stored stream after a resume point) and what the builder of a
// response's events is given.
import type { CreatedResponse } from '../../pipeline/create-response.js';
import type { ProviderProfile } from '../../providers/types.js';
import type { StreamEvent } from './stream-event.js';

/** What a stream plays: its events, made as they are written, and the events that end it if it is stopped. */
export interface EventSource extends Iterable<StreamEvent> {
  /** Events produced so far. */
  readonly produced: number;
  interrupt(args: { sent: number; error: { code: string; message: string } }): StreamEvent[];
}

export interface EventOptions {
  /** Characters per delta; 0 = the natural pieces. */
  chunkSize: number;
  /** The model's trait: arguments in small pieces, or in one delta. */
  argumentChunking: 'pieces' | 'whole';
  /** Its reasoning summaries likewise (grok: one delta, as recorded); pieces unless said. */
  summaryChunking?: 'pieces' | 'whole';
  /** Source of OpenAI's obfuscation padding (the response's variables). */
  padding(length: number): string;
}

export interface EventSourceArgs {
  created: CreatedResponse;
  profile: ProviderProfile;
  options: EventOptions;
  /** `JSON.stringify(created.body)` when the caller already has it (a stored response's text). */
  bodyText?: string;
}
