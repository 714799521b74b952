// The request journal of one session: what the client sent (method, path, selected headers, the body) and
// what answered it (scenario or engine, status, the answer or a stream's timeline, the time taken).
// Credentials are masked and long texts cut when an entry is recorded; the journal is bounded in entries and
// in bytes, the oldest entries going first.
import type { Redactor } from '../../http/traffic/redact.js';
import { cutEngine, JournalEntry, keepEngine, type JournalFacts, type JournalOutcome } from './journal-entry.js';
import { cutPrefixAtEnd } from '../../http/traffic/split-credentials.js';
import { cutSplitInJson } from './journal-split.js';

export { JournalEntry, keepBody, type EngineFacts, type ErrorFacts, type JournalFacts, type JournalOutcome, type RuleRef, type Transport } from './journal-entry.js';
export { describeEntry, summarizeEntry, type JournalSummary, type JournalView } from './journal-view.js';

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
  /** Numbers entries across journals (the registry's arrival order); default: the journal's own seq. */
  nextId?: () => number;
}

const bySeq = (entry: JournalEntry): number => entry.seq;
const byId = (entry: JournalEntry): number => entry.id;

/** Oldest first, bounded; adding is O(1) amortised even when full. */
export class Journal {
  /**
   * Live from `head` on. A dropped entry's slot is emptied at once (it may hold megabytes of body and stream
   * that the byte limit no longer counts); the slots themselves are cut off in batches.
   */
  private entries: Array<JournalEntry | undefined> = [];
  /** Index of the oldest live entry in `entries`. */
  private head = 0;
  private nextSeq = 1;
  private held = 0;
  /** Entries dropped to stay within the limits since the journal was last cleared. */
  dropped = 0;

  /** One callback for all entries: JournalEntry.complete reaches the journal through it. */
  private readonly settleEntry = (entry: JournalEntry, outcome: JournalOutcome): void => this.settle(entry, outcome);

  /** How a body or an answer is kept: cut to the body limit, masked. */
  private readonly keeping: { limit: number; mask: (text: string) => string };

  constructor(private readonly options: JournalOptions) {
    this.keeping = { limit: options.limits.bodyBytes, mask: (text) => options.redactor.redactJsonText(text) };
  }

  get size(): number {
    return this.entries.length - this.head;
  }

  get bytes(): number {
    return this.held;
  }

  add(facts: JournalFacts): JournalEntry {
    const id = this.options.nextId?.() ?? this.nextSeq;
    const entry = new JournalEntry({ seq: this.nextSeq, id, facts, redactor: this.options.redactor, streamLimit: this.options.limits.bodyBytes, settle: this.settleEntry });
    this.nextSeq += 1;
    this.entries.push(entry);
    this.settle(entry, facts);
    return entry;
  }

  /** Through JournalEntry.complete. */
  private settle(entry: JournalEntry, outcome: JournalOutcome): void {
    const { limits } = this.options;
    const cut = entry.cutFor(outcome);
    if (outcome.body !== undefined || outcome.answer !== undefined) {
      // A text cut at the limit inside a credential keeps no start of it.
      const finder = entry.splitFinder;
      const cutShort = finder ? (text: string) => cutPrefixAtEnd(text, finder) : undefined;
      const keeping = cut ? { limit: this.keeping.limit, mask: (text: string) => this.keeping.mask(cut(text)), cutShort } : { ...this.keeping, cutShort };
      if (outcome.body !== undefined) entry.heldBody.hold(outcome.body, keeping);
      // A logprobs list may spell a credential token by token: cut before the whole ones are.
      if (outcome.answer !== undefined) entry.heldAnswer.hold(outcome.answer, finder ? { ...keeping, mask: (text) => keeping.mask(cutSplitInJson(text, finder)) } : keeping);
    }
    if (outcome.engine !== undefined) entry.engine = outcome.engine && cutEngine(keepEngine(outcome.engine, limits.bodyBytes), cut);
    entry.note(outcome);
    if (!this.holds(entry)) return;
    this.charge(entry.recount(entry.size()));
    this.trim();
  }

  /** The newest `limit` entries, or those after `after` (oldest first, at most `limit`). */
  page(query: { after?: number; limit?: number } = {}): JournalEntry[] {
    const { after, limit } = query;
    if (after === undefined) return this.entries.slice(limit === undefined ? this.head : Math.max(this.head, this.entries.length - limit)) as JournalEntry[];
    const from = this.firstAbove(after, bySeq);
    return this.entries.slice(from, limit === undefined ? undefined : from + limit) as JournalEntry[];
  }

  /** Entries with an id above `after`, oldest first, one at a time (merging journals by id). */
  *upFrom(after: number): Generator<JournalEntry> {
    for (let index = this.firstAbove(after, byId); index < this.entries.length; index += 1) yield this.entries[index]!;
  }

  /** Entries with an id below `before`, newest first, one at a time. */
  *downFrom(before: number): Generator<JournalEntry> {
    for (let index = this.firstAbove(before - 1, byId) - 1; index >= this.head; index -= 1) yield this.entries[index]!;
  }

  /** The entry with this id, if still held. */
  find(id: number): JournalEntry | undefined {
    const entry = this.entries[this.firstAbove(id - 1, byId)];
    return entry?.id === id ? entry : undefined;
  }

  /** The newest entry's id (0 when empty). */
  get newestId(): number {
    return this.size > 0 ? this.entries[this.entries.length - 1]!.id : 0;
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

  /** The index of the first entry whose key (seq or id: both increase along the journal) is above `value`. */
  private firstAbove(value: number, key: (entry: JournalEntry) => number): number {
    let low = this.head;
    let high = this.entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (key(this.entries[middle]!) <= value) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private trim(): void {
    const { entries: maxEntries, bytes: maxBytes } = this.options.limits;
    // The newest entry stays even alone above the byte limit: its body is already cut to the body limit.
    while (this.size > 1 && (this.size > maxEntries || this.held > maxBytes)) {
      const oldest = this.entries[this.head]!;
      this.entries[this.head] = undefined;
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
