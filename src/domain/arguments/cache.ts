// A least-recently-used cache bounded in entries AND bytes, keyed by a digest of its key text, so that
// neither a flood of distinct keys nor a few huge ones (a 2 MB prompt, a 10,000-value enum) grow memory.
import { createHash } from 'node:crypto';

export interface BoundedCacheOptions<V> {
  maxEntries: number;
  maxBytes: number;
  /** The approximate bytes one value holds (the digest key adds a fixed amount). */
  sizeOf: (value: V) => number;
  /** Called with each evicted value, e.g. to free what a compiled validator registered elsewhere. */
  onEvict?: (value: V) => void;
}

const KEY_BYTES = 64;

/** A fixed-size key for any text: SHA-256, base64. Collisions are not a practical concern. */
export function digestKey(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('base64');
}

export class BoundedCache<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private total = 0;

  constructor(private readonly options: BoundedCacheOptions<V>) {}

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.total;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    // Map keeps insertion order: re-inserting moves the key to the "most recent" end.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Stores `value` unless it alone is larger than the whole budget (then it is simply not kept). */
  set(key: string, value: V): void {
    const bytes = this.options.sizeOf(value) + KEY_BYTES;
    this.delete(key);
    if (bytes > this.options.maxBytes) return;
    this.entries.set(key, { value, bytes });
    this.total += bytes;
    while (this.entries.size > this.options.maxEntries || this.total > this.options.maxBytes) {
      const oldest = this.entries.keys().next();
      if (oldest.done === true) break;
      this.delete(oldest.value);
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.total -= entry.bytes;
    this.options.onEvict?.(entry.value);
  }

  clear(): void {
    for (const key of [...this.entries.keys()]) this.delete(key);
  }
}
