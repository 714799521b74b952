// What steering is made of and what it sends: a steer, a play of a response open to steering, what follows its
// end, the create that carries steers on, and the failure that returns a steer's input (steering.ts uses them).
import type { CreateMessage } from '../messages.js';

type Item = Record<string, unknown>;
type Event = Record<string, unknown>;

export interface Steer {
  id: string;
  /** The input as sent (what a failure returns), its items, and its bytes. */
  input: unknown;
  items: Item[];
  bytes: number;
  previousResponseId: string;
  /** The lane of the response it steers (where its continuation comes from). */
  lane: string | undefined;
}

/** What a streaming response offers steering: its lane, its create body, and how to send on its stream. */
export interface SteerTarget {
  lane: string | undefined;
  create: Item;
  /** Sends an event in the response's stream, numbered after the events already sent. */
  send(event: Event): void;
}

/** One play of a response open to steering: what `begin` returns and `end` takes. */
export interface SteerPlay extends SteerTarget {
  readonly id: string;
  steers: Steer[];
}

/** A response that ended waiting for client output, with the steers its continuation on its lane takes. */
export type Waiting = Pick<SteerPlay, 'id' | 'lane' | 'steers'>;

/** What follows a response's end: events to send on its stream, and the successor to run, if any. */
export interface SteerOutcome {
  events: Event[];
  /** Failures of steers another response held (replaced, or dropped past the bound), each on its own lane. */
  elsewhere: string[];
  successor?: Job;
}

/** A create to run on the socket, its text as the journal shows it, and the steers it commits. */
export interface Job {
  create: CreateMessage;
  text: string;
  steers?: Steer[];
}

/** The key of a response waiting for output: its id on its lane (JSON keeps any two pairs apart). */
export function waitingKey(id: string, lane: string | undefined): string {
  return JSON.stringify([id, lane ?? null]);
}

/** A create message for `body` (the create without `stream`, which a socket always sets), on `lane`. */
export function createMessage(body: Item, at: { lane: string | undefined; generate: boolean }): CreateMessage {
  return { type: 'response.create', parsed: { ...body, stream: true }, raw: JSON.stringify(body), streamId: at.lane, generate: at.generate };
}

export function failedEvent(args: { responseId: string; input: unknown; code: string; message: string; steerId?: string; type?: string }): Event {
  const steer: Item = { input: args.input ?? null, previous_response_id: args.responseId };
  if (args.steerId !== undefined) steer.id = args.steerId;
  return { type: 'response.steer.failed', sequence_number: 0, error: { code: args.code, message: args.message, type: args.type ?? 'invalid_request_error' }, steer };
}
