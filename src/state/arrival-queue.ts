// The oldest-first order of what a store holds, for evicting: items are pushed as they arrive and passed
// over once no longer live. Asking a Map for its first entry instead skips every slot deleted before it,
// which costs more the bigger the store (tens of microseconds per request with 100,000 entries).

export class ArrivalQueue<T> {
  /**
   * From `head` on, in arrival order; a slot passed over is emptied at once (its item, a stored response, may
   * hold megabytes the store no longer counts), the slots themselves cut off in batches.
   */
  private items: Array<T | undefined> = [];
  private head = 0;

  constructor(private readonly isLive: (item: T) => boolean) {}

  /** Adds the newest item; `liveCount` (how many items are live) bounds the dead ones kept in between. */
  push(item: T, liveCount: number): void {
    this.items.push(item);
    if (this.items.length - this.head > 2 * liveCount + 64) {
      this.items = (this.items.slice(this.head) as T[]).filter(this.isLive);
      this.head = 0;
    }
  }

  /** The oldest item still live (dead ones before it are dropped for good). */
  oldest(): T | undefined {
    while (this.head < this.items.length && !this.isLive(this.items[this.head]!)) {
      this.items[this.head] = undefined;
      this.head += 1;
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
  }
}
