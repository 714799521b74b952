// The request journal of one session: what the client sent (method, path, selected headers, the raw body)
// and what answered it (scenario, rule, status). Bounded: the oldest entries go first.
import type { IncomingHttpHeaders } from 'node:http';

/** As recorded: cheap references, formatted by `describeEntry` when read. */
export interface JournalEntry {
  /** Unix milliseconds. */
  time: number;
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The request body exactly as received. */
  body: string;
  scenario: string | null;
  rule: { index: number; name: string | null } | null;
  /** null while a stream is still being written. */
  status: number | null;
}

/** An entry as the admin and programmatic APIs show it. */
export interface JournalView {
  time: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  scenario: string | null;
  rule: { index: number; name: string | null } | null;
  status: number | null;
}

export function describeEntry(entry: JournalEntry): JournalView {
  return { ...entry, time: new Date(entry.time).toISOString(), headers: selectHeaders(entry.headers) };
}

const KEPT_HEADERS = new Set(['content-type', 'accept', 'user-agent', 'authorization', 'http-referer', 'openai-organization', 'openai-project', 'openai-beta']);

/** The headers worth asserting on: content negotiation, identity, x-* (x-stainless-retry-count, x-title, x-mock-*). */
export function selectHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || !(KEPT_HEADERS.has(name) || name.startsWith('x-'))) continue;
    const text = Array.isArray(value) ? value.join(', ') : value;
    out[name] = name === 'authorization' ? redact(text) : text;
  }
  return out;
}

/** `Bearer sk-abc…wxyz` → `Bearer ***wxyz`: enough to tell keys apart, not enough to leak one. */
function redact(value: string): string {
  const [scheme, token] = value.split(/\s+/, 2);
  if (!token) return '***';
  return `${scheme} ***${token.length > 8 ? token.slice(-4) : ''}`;
}

/** A ring: adding is O(1) even when full, which it is in any long benchmark or test run. */
export class Journal {
  private readonly entries: JournalEntry[] = [];
  private next = 0;

  constructor(private readonly limit: number) {}

  add(entry: JournalEntry): JournalEntry {
    if (this.entries.length < this.limit) this.entries.push(entry);
    else this.entries[this.next] = entry;
    this.next = (this.next + 1) % this.limit;
    return entry;
  }

  /** Oldest first. */
  list(): JournalEntry[] {
    if (this.entries.length < this.limit) return [...this.entries];
    return [...this.entries.slice(this.next), ...this.entries.slice(0, this.next)];
  }

  clear(): void {
    this.entries.length = 0;
    this.next = 0;
  }
}
