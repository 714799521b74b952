// Every session's journal as one list in arrival order (entry ids are shared by the sessions of a registry):
// a page of the newest entries before an id, or of the entries after one. Journals are merged lazily with a
// heap, so a page costs O(sessions + limit·log sessions), whatever the journals hold.
import type { JournalEntry } from './journal-entry.js';
import type { Session } from '../session.js';

export interface FeedQuery {
  /** Entries after this id, oldest first (polling forward); otherwise the newest, newest first. */
  after?: number;
  /** With no `after`: entries before this id (paging back). */
  before?: number;
  limit: number;
}

export interface FeedItem {
  entry: JournalEntry;
  session: string;
}

interface Cursor {
  head: JournalEntry;
  rest: Iterator<JournalEntry>;
  session: string;
}

/** What the feed reads of the session registry. */
export interface FeedSource {
  all(): Iterable<Session>;
  peek(id: string): Session | undefined;
  readonly newestEntryId: number;
  /** Changes whenever entries leave other than oldest first: a reader holding entries then reads them again. */
  readonly journalsCleared: number;
}

/** A page of every session's journal (or one session's), the newest id of all, and how often journals were cleared. */
export function readFeed(source: FeedSource, query: FeedQuery & { session?: string }): { items: FeedItem[]; newestId: number; cleared: number } {
  const newestId = source.newestEntryId;
  const cleared = source.journalsCleared;
  // Nothing new since the last poll: answered without looking at any session.
  if (query.after !== undefined && query.after >= newestId) return { items: [], newestId, cleared };
  const only = query.session === undefined ? undefined : source.peek(query.session);
  const sessions = query.session === undefined ? source.all() : only ? [only] : [];
  return { items: feedPage(sessions, query), newestId, cleared };
}

/** A journal entry by its id, and its session. */
export function findEntry(source: FeedSource, id: number): FeedItem | undefined {
  if (id > source.newestEntryId) return undefined;
  for (const session of source.all()) {
    if (session.journal.newestId < id) continue;
    const entry = session.journal.find(id);
    if (entry) return { entry, session: session.id };
  }
  return undefined;
}

function feedPage(sessions: Iterable<Session>, query: FeedQuery): FeedItem[] {
  const forward = query.after !== undefined;
  const after = query.after ?? 0;
  const before = query.before ?? Number.MAX_SAFE_INTEGER;
  // Oldest first going forward, newest first going back: the heap's top is the next entry either way.
  const heap = new CursorHeap(forward ? (a, b) => a.head.id < b.head.id : (a, b) => a.head.id > b.head.id);
  for (const session of sessions) {
    const { journal } = session;
    if (journal.size === 0 || (forward && journal.newestId <= after)) continue;
    const rest = forward ? journal.upFrom(after) : journal.downFrom(before);
    const first = rest.next();
    if (!first.done) heap.push({ head: first.value, rest, session: session.id });
  }
  const page: FeedItem[] = [];
  while (page.length < query.limit && heap.size > 0) {
    const top = heap.peek();
    page.push({ entry: top.head, session: top.session });
    const next = top.rest.next();
    if (next.done) heap.pop();
    else {
      top.head = next.value;
      heap.settleTop();
    }
  }
  return page;
}

/** A binary heap of cursors; `above(a, b)` says that a comes out before b. */
class CursorHeap {
  private readonly items: Cursor[] = [];

  constructor(private readonly above: (a: Cursor, b: Cursor) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  peek(): Cursor {
    return this.items[0]!;
  }

  push(cursor: Cursor): void {
    const { items } = this;
    items.push(cursor);
    let index = items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.above(items[index]!, items[parent]!)) break;
      [items[index], items[parent]] = [items[parent]!, items[index]!];
      index = parent;
    }
  }

  pop(): void {
    const last = this.items.pop()!;
    if (this.items.length === 0) return;
    this.items[0] = last;
    this.settleTop();
  }

  /** Restores the order after the top cursor moved on. */
  settleTop(): void {
    const { items } = this;
    let index = 0;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let best = index;
      if (left < items.length && this.above(items[left]!, items[best]!)) best = left;
      if (right < items.length && this.above(items[right]!, items[best]!)) best = right;
      if (best === index) return;
      [items[index], items[best]] = [items[best]!, items[index]!];
      index = best;
    }
  }
}
