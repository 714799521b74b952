// How the admin and programmatic APIs show journal entries: in full (`describeEntry`), or as one line of a
// list across sessions (`summarizeEntry`, what the inspector's request list shows).
import type { ErrorFacts, JournalEntry, RuleRef, Transport } from './journal-entry.js';
import type { StreamTimelineView } from './journal-stream.js';

/** An entry as the admin and programmatic APIs show it. */
export interface JournalView {
  /** Increases by one per entry of the session: `?after=<seq>` pages from it. */
  seq: number;
  /** Increases with every entry of every session: the inspector's order. */
  id: number;
  time: string;
  transport: Transport;
  method: string;
  path: string;
  /** Which emulated API was called (`openai`, `openrouter`). */
  provider: string | null;
  headers: Record<string, string>;
  /** The body as received, credentials masked; past the body limit cut, with a marker saying how much. */
  body: string;
  /** The size of the body as received, in UTF-8 bytes. */
  bodyBytes: number;
  model: string | null;
  scenario: string | null;
  rule: RuleRef | null;
  /** The rule-based engine's choice when no rule answered: the tools called, and why when it says. */
  engine: { tools: string[]; explanation: unknown } | null;
  /** While recording: the service the request was sent on to (it answered; the answer is in the recording). */
  upstream: string | null;
  status: number | null;
  /** A refused request: code, message and the JSON path at fault (`param`). */
  error: ErrorFacts | null;
  /** The JSON answer (or error envelope) as sent, masked and cut like the body; '' for a stream. */
  answer: string;
  answerBytes: number;
  /** A streamed answer: each step with the milliseconds since the request arrived. */
  stream: StreamTimelineView | null;
  /** From arrival to the answer written (a stream: to its end). */
  durationMs: number | null;
}

/** One line of the inspector's list: no texts beyond names. */
export interface JournalSummary {
  id: number;
  seq: number;
  session: string;
  time: string;
  transport: Transport;
  method: string;
  path: string;
  provider: string | null;
  model: string | null;
  status: number | null;
  scenario: string | null;
  rule: RuleRef | null;
  engine: { tools: string[] } | null;
  upstream: string | null;
  error: { code: string; param: string | null } | null;
  stream: boolean;
  durationMs: number | null;
}

export function describeEntry(entry: JournalEntry): JournalView {
  return {
    seq: entry.seq,
    id: entry.id,
    time: new Date(entry.time).toISOString(),
    transport: entry.transport,
    method: entry.method,
    path: entry.path,
    provider: entry.provider,
    headers: entry.headers,
    body: entry.body,
    bodyBytes: entry.bodyBytes,
    model: entry.model,
    scenario: entry.scenario,
    rule: entry.rule,
    engine: entry.engine && { tools: entry.engine.tools, explanation: parseKept(entry.engine.explanation) },
    upstream: entry.upstream,
    status: entry.status,
    error: entry.error,
    answer: entry.answer,
    answerBytes: entry.answerBytes,
    stream: entry.stream?.view() ?? null,
    durationMs: rounded(entry.durationMs),
  };
}

export function summarizeEntry(entry: JournalEntry, session: string): JournalSummary {
  return {
    id: entry.id,
    seq: entry.seq,
    session,
    time: new Date(entry.time).toISOString(),
    transport: entry.transport,
    method: entry.method,
    path: entry.path,
    provider: entry.provider,
    model: entry.model,
    status: entry.status,
    scenario: entry.scenario,
    rule: entry.rule,
    engine: entry.engine && { tools: entry.engine.tools },
    upstream: entry.upstream,
    error: entry.error && { code: entry.error.code, param: entry.error.param },
    stream: entry.stream !== null,
    durationMs: rounded(entry.durationMs),
  };
}

/** Microseconds are noise here; three decimals keep the JSON short. */
function rounded(ms: number | null): number | null {
  return ms === null ? null : Math.round(ms * 1000) / 1000;
}

/** Kept JSON text back as data; text that was cut is shown as it is. */
function parseKept(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
