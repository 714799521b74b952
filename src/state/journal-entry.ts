// One journal entry: what a transport hands over (plain facts), what the entry keeps of them (the path and
// selected headers masked, the body cut to the body limit and masked), and how the APIs show it.
import type { IncomingHttpHeaders } from 'node:http';
import type { Redactor } from '../http/redact.js';

/** What a transport knows about a request, handed over as plain facts. */
export interface JournalFacts {
  /** Unix milliseconds. */
  time: number;
  method: string;
  /** The path with its query string, as received. */
  path: string;
  headers: IncomingHttpHeaders;
  /** The request body as received ('' until it has been read). */
  body?: string;
  scenario?: string | null;
  rule?: { index: number; name: string | null } | null;
  /** null while the answer is not decided (a stream still being written counts as answered: 200). */
  status?: number | null;
}

/** What completes an entry once the answer is known. */
export type JournalOutcome = Partial<Pick<JournalFacts, 'body' | 'scenario' | 'rule' | 'status'>>;

/** An entry as the admin and programmatic APIs show it. */
export interface JournalView {
  /** Increases by one per entry of the session: `?after=<seq>` pages from it. */
  seq: number;
  time: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  /** The body as received, credentials masked; past the body limit cut, with a marker saying how much. */
  body: string;
  /** The size of the body as received, in UTF-8 bytes. */
  bodyBytes: number;
  scenario: string | null;
  rule: { index: number; name: string | null } | null;
  status: number | null;
}

/** The headers worth asserting on: content negotiation, identity, credentials (masked) and every x-*. */
const KEPT_HEADERS = new Set(['content-type', 'accept', 'user-agent', 'authorization', 'proxy-authorization', 'cookie', 'http-referer', 'openai-organization', 'openai-project', 'openai-beta']);

export class JournalEntry {
  #settle: (entry: JournalEntry, outcome: JournalOutcome) => void;
  #bytes = 0;
  readonly seq: number;
  readonly time: number;
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  body = '';
  bodyBytes = 0;
  scenario: string | null = null;
  rule: { index: number; name: string | null } | null = null;
  status: number | null = null;

  constructor(init: { seq: number; facts: JournalFacts; redactor: Redactor; settle: (entry: JournalEntry, outcome: JournalOutcome) => void }) {
    const { seq, facts, redactor } = init;
    this.#settle = init.settle;
    this.seq = seq;
    this.time = facts.time;
    this.method = facts.method;
    this.path = redactor.redactUrl(facts.path);
    this.headers = redactor.redactHeaders(selectHeaders(facts.headers));
  }

  /** Records the answer (and the body, once read); the journal re-counts its bytes. */
  complete(outcome: JournalOutcome): void {
    this.#settle(this, outcome);
  }

  /** @internal The bytes this entry was last counted at. */
  recount(bytes: number): number {
    const delta = bytes - this.#bytes;
    this.#bytes = bytes;
    return delta;
  }

  get bytes(): number {
    return this.#bytes;
  }
}

export function describeEntry(entry: JournalEntry): JournalView {
  return {
    seq: entry.seq,
    time: new Date(entry.time).toISOString(),
    method: entry.method,
    path: entry.path,
    headers: entry.headers,
    body: entry.body,
    bodyBytes: entry.bodyBytes,
    scenario: entry.scenario,
    rule: entry.rule,
    status: entry.status,
  };
}

function selectHeaders(headers: IncomingHttpHeaders): Record<string, string | string[] | undefined> {
  const out: Record<string, string | string[] | undefined> = {};
  for (const name of Object.keys(headers)) {
    if (KEPT_HEADERS.has(name) || name.startsWith('x-')) Object.defineProperty(out, name, { value: headers[name], enumerable: true });
  }
  return out;
}

/**
 * The body to keep: whole up to `limit` UTF-8 bytes, else its first `limit` bytes (never half a character) and
 * a marker. The cut text is copied, so that the journal does not pin the whole body in memory.
 */
export function keepBody(body: string, limit: number): { text: string; bytes: number } {
  // A UTF-16 code unit is at most 3 UTF-8 bytes: short bodies need no counting.
  if (body.length * 3 <= limit) return { text: body, bytes: Buffer.byteLength(body) };
  const bytes = Buffer.byteLength(body);
  if (bytes <= limit) return { text: body, bytes };
  const buffer = Buffer.from(body.slice(0, limit), 'utf8').subarray(0, limit);
  // Back off to a character boundary: find where the last character starts (UTF-8 continuation bytes are
  // 10xxxxxx) and drop it if it does not fit whole.
  let end = buffer.length;
  let start = end - 1;
  while (start > 0 && (buffer[start]! & 0xc0) === 0x80) start -= 1;
  const lead = buffer[start]!;
  const width = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  if (start + width > end) end = start;
  const kept = buffer.toString('utf8', 0, end);
  const cut = bytes - end;
  return { text: `${kept}…[responses-mock: ${cut} of ${bytes} bytes cut; raise --journal-body-limit to keep more]`, bytes };
}
