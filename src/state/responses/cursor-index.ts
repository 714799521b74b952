// Where an id sits in a long list of items, found without holding the ids: each item's id hashed and sorted with
// its index (8 bytes an item, less than the item itself takes), a candidate checked against the id it really has.
// A cursor page costs a few id checks, however long the list; building it costs reading every id once.

/** Hash bits kept beside a 32-bit index in one float: keys stay exact integers below 2^53. */
const HASH_BITS = 21;
const INDEX_SPAN = 2 ** 32;

export class CursorIndex {
  /** `hash * 2^32 + index` for every item, ascending: an id's candidates lie together, in input order. */
  readonly #keys: Float64Array;

  constructor(count: number, idAt: (index: number) => string) {
    if (count >= INDEX_SPAN) throw new RangeError('too many items to index');
    const keys = new Float64Array(count);
    for (let index = 0; index < count; index++) keys[index] = hashOf(idAt(index)) * INDEX_SPAN + index;
    this.#keys = keys.sort();
  }

  /** The first index (asc) or the last (desc) whose id is `id`, checked with `idAt`; undefined when none. */
  find(id: string, options: { last: boolean; idAt: (index: number) => string }): number | undefined {
    const hash = hashOf(id);
    const keys = this.#keys;
    if (options.last) {
      for (let at = lowerBound(keys, (hash + 1) * INDEX_SPAN) - 1; at >= 0 && keys[at]! >= hash * INDEX_SPAN; at--) {
        const index = keys[at]! - hash * INDEX_SPAN;
        if (options.idAt(index) === id) return index;
      }
      return undefined;
    }
    for (let at = lowerBound(keys, hash * INDEX_SPAN); at < keys.length && keys[at]! < (hash + 1) * INDEX_SPAN; at++) {
      const index = keys[at]! - hash * INDEX_SPAN;
      if (options.idAt(index) === id) return index;
    }
    return undefined;
  }
}

/** The first position whose key is at least `key`. */
function lowerBound(keys: Float64Array, key: number): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keys[middle]! < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** FNV-1a over the id's UTF-16 units, cut to HASH_BITS bits. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < id.length; at++) hash = Math.imul(hash ^ id.charCodeAt(at), 0x01000193);
  return (hash >>> 0) >>> (32 - HASH_BITS);
}
