// The oldest-first order of what a store holds, for evicting: items are pushed as they arrive and passed
// over once no longer live. Asking a Map for its first entry instead skips every slot deleted before it,
// which costs more the bigger the store (tens of microseconds per request with 100,000 entries).

/** Dead items kept in between before the queue is compacted: this many, or an eighth of the live, whichever is more. */
const MIN_DEAD = 64;

export class ArrivalQueue<T> {
  /**
   * From `head` on, in arrival order; a slot passed over is emptied at once (its item, a stored response, may
   * hold megabytes the store no longer counts), the slots themselves cut off in batches.
   */
  private items: Array<T | undefined> = [];
  private head = 0;
  /** Items from `head` on that died (told by `noteDead`) and are still in place. */
  private dead = 0;

  constructor(private readonly isLive: (item: T) => boolean) {}

  /** Items from `head` on, dead ones included: what the queue keeps alive. */
  get held(): number {
    return this.items.length - this.head;
  }

  /** Adds the newest item; `liveCount` (how many items are live) bounds the dead ones kept in between. */
  push(item: T, liveCount: number): void {
    this.items.push(item);
    if (this.items.length - this.head > 2 * liveCount + MIN_DEAD) this.compact();
  }

  /**
   * Told when a pushed item stops being live wherever it stands (deleted from the middle of a store): once the
   * dead pass an eighth of the live (64 at least), they are let go.
   */
  noteDead(): void {
    this.dead += 1;
    if (this.dead > Math.max(MIN_DEAD, (this.held - this.dead) / 8)) this.compact();
  }

  /** The oldest item still live (dead ones before it are dropped for good). */
  oldest(): T | undefined {
    while (this.head < this.items.length && !this.isLive(this.items[this.head]!)) {
      this.items[this.head] = undefined;
      this.head += 1;
      if (this.dead > 0) this.dead -= 1;
    }
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return this.items[this.head];
  }

  clear(): void {
    this.items = [];
    this.head = 0;
    this.dead = 0;
  }

  private compact(): void {
    this.items = (this.items.slice(this.head) as T[]).filter(this.isLive);
    this.head = 0;
    this.dead = 0;
  }
}
