// A small bounded map with least-recently-used eviction, used for the validator and result caches:
// the server sees an open-ended stream of schemas and prompts, so every cache here must have a ceiling.

export interface LruOptions<V> {
  maxEntries: number;
  /** Called with each evicted value, e.g. to release what a compiled validator holds elsewhere. */
  onEvict?: (value: V) => void;
}

export class LruMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly options: LruOptions<V>) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // Map keeps insertion order: re-inserting moves the key to the "most recent" end.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done === true) break;
      const evicted = this.entries.get(oldest.value);
      this.entries.delete(oldest.value);
      if (evicted !== undefined) this.options.onEvict?.(evicted);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
