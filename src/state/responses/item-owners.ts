// Which stored response holds an item (in its own items or its output), by item id: what `item_reference` and
// reasoning lookups read. The first response to hold an id owns it until that response is dropped.
import type { StoredResponse } from './stored-response.js';

export class ItemOwners {
  /** Item id → the id of the response that holds it. */
  readonly #owners = new Map<string, string>();

  claim(node: StoredResponse): void {
    node.forEachItemId((id) => {
      if (!this.#owners.has(id)) this.#owners.set(id, node.id);
    });
  }

  release(node: StoredResponse): void {
    node.forEachItemId((id) => {
      if (this.#owners.get(id) === node.id) this.#owners.delete(id);
    });
  }

  ownerOf(itemId: string): string | undefined {
    return this.#owners.get(itemId);
  }

  clear(): void {
    this.#owners.clear();
  }
}
