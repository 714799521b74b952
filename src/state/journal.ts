// The request journal of one session: what the client sent (method, path, selected headers, the body) and
// what answered it (scenario, rule, status). Credentials are masked and long bodies cut when an entry is
// recorded; the journal is bounded in entries and in bytes, the oldest entries going first.
import type { Redactor } from '../http/redact.js';
import { JournalEntry, keepBody, type JournalFacts, type JournalOutcome } from './journal-entry.js';

export { describeEntry, JournalEntry, keepBody, type JournalFacts, type JournalOutcome, type JournalView } from './journal-entry.js';

export interface JournalLimits {
  /** Entries kept. */
  entries: number;
  /** Bytes kept, all entries together (texts counted by length, plus a fixed cost per entry). */
  bytes: number;
  /** Bytes of one body kept; the rest is cut and a marker says how much. */
  bodyBytes: number;
}

export interface JournalOptions {
  limits: JournalLimits;
  redactor: Redactor;
  /** Told every change of the bytes held (the session registry's memory budget). */
  onBytes?: (delta: number) => void;
}

/** What an entry costs beyond its texts: the object, its fields, the scenario and rule. */
const ENTRY_OVERHEAD = 320;

/** Oldest first, bounded; adding is O(1) amortised even when full. */
export class Journal {
  private entries: JournalEntry[] = [];
  /** Index of the oldest live entry in `entries` (dropped ones are cut off in batches). */
  private head = 0;
  private nextSeq = 1;
  private held = 0;
  /** Entries dropped to stay within the limits since the journal was last cleared. */
  dropped = 0;

  /** One callback for all entries: JournalEntry.complete reaches the journal through it. */
  private readonly settleEntry = (entry: JournalEntry, outcome: JournalOutcome): void => this.settle(entry, outcome);

  constructor(private readonly options: JournalOptions) {}

  get size(): number {
    return this.entries.length - this.head;
  }

  get bytes(): number {
    return this.held;
  }

  add(facts: JournalFacts): JournalEntry {
    const entry = new JournalEntry({ seq: this.nextSeq, facts, redactor: this.options.redactor, settle: this.settleEntry });
    this.nextSeq += 1;
    this.entries.push(entry);
    this.settle(entry, facts);
    return entry;
  }

  /** Through JournalEntry.complete. */
  private settle(entry: JournalEntry, outcome: JournalOutcome): void {
    if (outcome.body !== undefined) {
      const kept = keepBody(outcome.body, this.options.limits.bodyBytes);
      entry.body = this.options.redactor.redactJsonText(kept.text);
      entry.bodyBytes = kept.bytes;
    }
    if (outcome.scenario !== undefined) entry.scenario = outcome.scenario;
    if (outcome.rule !== undefined) entry.rule = outcome.rule;
    if (outcome.status !== undefined) entry.status = outcome.status;
    if (!this.holds(entry)) return;
    const bytes = ENTRY_OVERHEAD + entry.path.length + entry.body.length + headerLength(entry.headers);
    this.charge(entry.recount(bytes));
    this.trim();
  }

  /** The newest `limit` entries, or those after `after` (oldest first, at most `limit`). */
  page(query: { after?: number; limit?: number } = {}): JournalEntry[] {
    const { after, limit } = query;
    if (after === undefined) return this.entries.slice(limit === undefined ? this.head : Math.max(this.head, this.entries.length - limit));
    const from = this.firstAfter(after);
    return this.entries.slice(from, limit === undefined ? undefined : from + limit);
  }

  /** Oldest first. */
  list(): JournalEntry[] {
    return this.page();
  }

  clear(): void {
    this.charge(-this.held);
    this.entries = [];
    this.head = 0;
    this.dropped = 0;
  }

  private holds(entry: JournalEntry): boolean {
    // Entries are in seq order: the oldest live one bounds what is still held.
    return this.size > 0 && entry.seq >= this.entries[this.head]!.seq;
  }

  private firstAfter(seq: number): number {
    let low = this.head;
    let high = this.entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.entries[middle]!.seq <= seq) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private trim(): void {
    const { entries: maxEntries, bytes: maxBytes } = this.options.limits;
    // The newest entry stays even alone above the byte limit: its body is already cut to the body limit.
    while (this.size > 1 && (this.size > maxEntries || this.held > maxBytes)) {
      const oldest = this.entries[this.head]!;
      this.head += 1;
      this.dropped += 1;
      this.charge(-oldest.bytes);
    }
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.head = 0;
    }
  }

  private charge(delta: number): void {
    if (delta === 0) return;
    this.held += delta;
    this.options.onBytes?.(delta);
  }
}

function headerLength(headers: Record<string, string>): number {
  let length = 0;
  for (const name of Object.keys(headers)) length += name.length + headers[name]!.length + 16;
  return length;
}

