// What a transport hands the journal about one request (plain facts), and what completes its entry once the
// answer is known.
import type { IncomingHttpHeaders } from 'node:http';
import type { Encoded, Kept } from './keep-body.js';

export type Transport = 'http' | 'websocket';

/** Which scenario rule answered. */
export interface RuleRef {
  index: number;
  name: string | null;
  /** The session's turn in the scenario (1 for its first request). */
  turn?: number;
}

/** How the rule-based engine answered a request that no scenario rule took. */
export interface EngineFacts {
  /** The tools it called, in order (`namespace.name` for a namespace member); none for a text answer. */
  tools: string[];
  /** Why these tools (the engine's ranking of the offered tools), as data, when the engine gives it. */
  explanation?: unknown;
}

/** A refused request: the catalog code, the message, and the JSON path (or header name) at fault. */
export interface ErrorFacts {
  code: string;
  message: string;
  param: string | null;
}

/** What a transport knows about a request, handed over as plain facts. */
export interface JournalFacts {
  /** Unix milliseconds. */
  time: number;
  method: string;
  /** The path with its query string, as received. */
  path: string;
  headers: IncomingHttpHeaders;
  /** How the request came (default http). */
  transport?: Transport;
  /** While recording: anything shaped like a key is cut from the path, as the recording cuts it. */
  keyShaped?: boolean;
  /** Which emulated API was called (`openai`, `openrouter`). */
  provider?: string | null;
  /** The request body as received ('' until it has been read). */
  body?: string;
  scenario?: string | null;
  rule?: RuleRef | null;
  /** null while the answer is not decided (a stream still being written counts as answered: 200). */
  status?: number | null;
}

/** What completes an entry once the answer is known. */
export interface JournalOutcome extends Partial<Pick<JournalFacts, 'scenario' | 'rule' | 'status'>> {
  /** The request body as received, with its bytes when the transport has them. */
  body?: string | Encoded;
  /**
   * Cuts what the body, the answer and a stream's data must not keep beyond the journal's own masking and the
   * request's own credentials (while recording: the recorder's scrub of text).
   */
  scrub?: (text: string) => string;
  /** The model requested. */
  model?: string | null;
  engine?: EngineFacts | null;
  /** While recording: the service the request was sent on to, which answered it. */
  upstream?: string;
  error?: ErrorFacts | null;
  /** The answer's JSON text (an error envelope included); a stream keeps its timeline instead. */
  answer?: Kept;
  /** The client left before any answer was written: the entry ends without a status, timed now. */
  unanswered?: true;
}
