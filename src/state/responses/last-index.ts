// The index of the one object looked up last (a stored response's item ids), held so that it goes with that
// object: lookups come in runs into one response, an index kept with every stored response would be memory the
// store's byte limit does not count, and one kept after its response is deleted or evicted would keep both.

export class LastIndex<Owner extends object, Index> {
  readonly #byOwner = new WeakMap<Owner, Index>();
  #last: WeakRef<Owner> | undefined;

  /** `owner`'s index: the one held if it was looked up last, else built (and the previous one let go). */
  of(owner: Owner, build: (owner: Owner) => Index): Index {
    const held = this.#byOwner.get(owner);
    if (held !== undefined) return held;
    const previous = this.#last?.deref();
    if (previous !== undefined) this.#byOwner.delete(previous);
    const index = build(owner);
    this.#byOwner.set(owner, index);
    this.#last = new WeakRef(owner);
    return index;
  }
}
