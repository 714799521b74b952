// The plain data that goes into the request pipeline and comes out of it: what a transport read (provider,
// headers, body) and what it must write (JSON text, a stream plan, or an error), with what the journal keeps.
import type { IncomingHttpHeaders } from 'node:http';
import type { MockError } from '../domain/types.js';
import type { HistorySource } from '../domain/validation/prepare.js';
import type { ProviderProfile } from '../providers/types.js';
import type { Scrubber } from '../record/scrub.js';
import type { EngineFacts, RuleRef } from '../state/journal/journal.js';
import type { Kept } from '../state/journal/keep-body.js';
import type { StreamPlan } from '../streaming/plan.js';

export type Transport = 'http' | 'websocket';

export interface CreateInput {
  profile: ProviderProfile;
  transport: Transport;
  /** Request headers, names in lower case: the `x-mock-*` settings, and what scenario rules match on. */
  headers: IncomingHttpHeaders;
  /** The body exactly as received (what seeds the answer and what the journal shows). */
  raw: string;
  /** Its bytes as read, when the transport has them (a stored response keeps them; nothing encodes it again). */
  bytes?: Buffer;
  /** The body already parsed, when the transport has it (a socket message); otherwise `raw` is parsed. */
  parsed?: unknown;
  /** Looked up before the session's stored responses (a socket's connection-local responses). */
  history?: HistorySource;
  /** false: a warm-up (WebSocket `generate: false`): validated and given an id, no output, no scenario step. */
  generate?: boolean;
  /** While recording: the input and history the session keeps (a stored response's, a conversation's turn) are scrubbed of credentials. */
  scrub?: Scrubber;
}

/** Which scenario rule answered (at which turn). */
export type { RuleRef };

/** What the journal keeps about how a request was answered. */
export interface AnswerFacts {
  session: string;
  scenario: string | null;
  rule: RuleRef | null;
  /** The created response's id (none for errors). */
  responseId: string | null;
  /** The model requested (null when the body was not read that far). */
  model: string | null;
  /** What the rule-based engine chose, when no scenario rule answered. */
  engine: EngineFacts | null;
}

export type Answer =
  | { kind: 'error'; error: MockError; facts: AnswerFacts }
  | {
      kind: 'json';
      text: Kept;
      delayMs: number;
      facts: AnswerFacts;
      /** The answer is not served after all (a recording proxy sends the request on): forget what was stored for it. */
      forget(): void;
    }
  | {
      kind: 'stream';
      plan: StreamPlan;
      delayMs: number;
      facts: AnswerFacts;
      /** The stream could not be generated to its end: forget what was stored for it. */
      onFailure(error: unknown): void;
      /** The answer is not served after all: forget what was stored for it. */
      forget(): void;
      /** What a later previous_response_id continues from: the effective history, then the output. */
      continuation(): Array<Record<string, unknown>>;
      /** The response's output items, and the response object. */
      output(): Array<Record<string, unknown>>;
      response(): Record<string, unknown>;
    };
