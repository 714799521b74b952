// Ids of stored responses dropped by the store's limits, remembered (a bounded number, oldest forgotten first)
// to explain a later "not found": which limit dropped it, or a response its chain continues.
import type { StoredResponse } from './stored-response.js';

export type DropLimit = 'responses' | 'bytes';

/** Ids remembered at most. */
const REMEMBERED_DROPS = 1024;

export class DroppedIds {
  readonly #limits = new Map<string, DropLimit>();

  remember(id: string, limit: DropLimit): void {
    if (this.#limits.size >= REMEMBERED_DROPS) this.#limits.delete(this.#limits.keys().next().value!);
    this.#limits.set(id, limit);
  }

  /** The id is stored again (a seeded request repeated): no longer missing. */
  forget(id: string): void {
    this.#limits.delete(id);
  }

  clear(): void {
    this.#limits.clear();
  }

  /** Why an id resolves to nothing when the limits are why: it, or a response its chain continues, was dropped. */
  whyMissing(responseId: string, nodes: ReadonlyMap<string, StoredResponse>): { id: string; limit: DropLimit } | undefined {
    let id: string | null = responseId;
    for (let steps = 0; id !== null && steps <= nodes.size + 1; steps += 1) {
      const limit = this.#limits.get(id);
      if (limit) return { id, limit };
      const node = nodes.get(id);
      if (!node) return undefined;
      id = node.previousId;
    }
    return undefined;
  }
}
