// A memo of values computed for the last few objects, matched by identity: what one request works out
// several times for the same parsed object (a schema's JSON text, an answer's journal facts). A WeakMap
// entry costs the garbage collector work for as long as its key lives; this costs it nothing and holds at
// most `slots` objects alive, so callers keep only small values (and say how small) in it.
export class RecentMemo<K extends object, V> {
  private readonly keys: Array<K | undefined>;
  private readonly values: Array<V | undefined>;
  private next = 0;

  constructor(slots: number) {
    this.keys = new Array<K | undefined>(slots).fill(undefined);
    this.values = new Array<V | undefined>(slots).fill(undefined);
  }

  get(key: K): V | undefined {
    const { keys } = this;
    for (let i = 0; i < keys.length; i += 1) if (keys[i] === key) return this.values[i];
    return undefined;
  }

  /** Remembers `value` for `key`, in place of the oldest remembered object. */
  set(key: K, value: V): void {
    this.keys[this.next] = key;
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.keys.length;
  }
}
