// A least-recently-used cache bounded in entries AND bytes (keys included), keyed by short texts themselves and
// long ones by a digest, so that neither a flood of distinct keys nor a few huge ones (a 2 MB prompt, a
// 10,000-value enum) grow memory.
import { createHash } from 'node:crypto';

export interface BoundedCacheOptions<V> {
  maxEntries: number;
  maxBytes: number;
  /** The approximate bytes one value holds (its key is counted on top). */
  sizeOf: (value: V) => number;
  /** Called with each evicted value, e.g. to free what a compiled validator registered elsewhere. */
  onEvict?: (value: V) => void;
}

const ENTRY_BYTES = 64;

/**
 * What a JavaScript RegExp holds once it has run: V8's compiled code, about 2 KB and 32 bytes a character of its
 * source (a 240-character pattern with `iu` flags measured 11 KB).
 */
export function regExpBytes(pattern: RegExp): number {
  return 2048 + 32 * pattern.source.length;
}
/** Keys up to this many characters are kept as they are: hashing them costs more than the Map's own hash. */
const MAX_PLAIN_KEY = 2048;

/**
 * A key for one or more texts: when short, one text as it is (a copy with a mark in front only when it starts
 * with a mark: `s`), several length-prefixed after `t`, so that parts cannot run together; else `h` and
 * SHA-256 in base64. The marks keep the kinds apart; a text as it is costs no copy.
 */
export function cacheKey(...parts: readonly string[]): string {
  let length = 0;
  for (const part of parts) length += part.length;
  if (length <= MAX_PLAIN_KEY) {
    if (parts.length !== 1) return `t${parts.map((part) => `${part.length}:${part}`).join('')}`;
    const text = parts[0]!;
    return MARKS.has(text[0] ?? '') ? `s${text}` : text;
  }
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return `h${hash.digest('base64')}`;
}

const MARKS = new Set(['s', 't', 'h']);

export class BoundedCache<V> {
  private readonly entries = new Map<string, { value: V; bytes: number; used: boolean }>();
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
    // Marked rather than moved: a Map delete and insert per hit costs more than the look-up itself. Eviction
    // gives a marked entry a second chance (the CLOCK approximation of least-recently-used).
    entry.used = true;
    return entry.value;
  }

  /** Stores `value` unless it alone is larger than the whole budget (then it is simply not kept). */
  set(key: string, value: V): void {
    const bytes = this.options.sizeOf(value) + ENTRY_BYTES + 2 * key.length;
    this.delete(key);
    if (bytes > this.options.maxBytes) return;
    this.entries.set(key, { value, bytes, used: false });
    this.total += bytes;
    while (this.entries.size > this.options.maxEntries || this.total > this.options.maxBytes) this.evictOne();
  }

  /** Drops the oldest entry not used since it was last passed over; used ones move to the recent end. */
  private evictOne(): void {
    // Each pass over an entry clears its mark, so this ends within two rounds of the entries.
    for (const [key, entry] of this.entries) {
      if (!entry.used) {
        this.delete(key);
        return;
      }
      entry.used = false;
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.total -= entry.bytes;
    this.options.onEvict?.(entry.value);
  }

  /** Drops every entry whose value `drop` picks. */
  dropWhere(drop: (value: V) => boolean): void {
    for (const [key, entry] of [...this.entries]) if (drop(entry.value)) this.delete(key);
  }

  clear(): void {
    for (const key of [...this.entries.keys()]) this.delete(key);
  }
}
