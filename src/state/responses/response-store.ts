// Stored responses of one session (OpenAI path), bounded in responses and in bytes. Each response keeps only
// its own items and a link to the response it continues (previous_response_id), so a long chain grows
// linearly; `conversation()` walks the links. How long a response is held (limits, hidden links, bytes) is
// held-responses.ts; which response holds an item, item-owners.ts; what was dropped, dropped-ids.ts.
import type { HistorySource } from '../../domain/validation/prepare.js';
import { reasoningBeforeIn } from '../../domain/validation/items/reasoning.js';
import { unfinishedStatus } from './background.js';
import type { DropLimit } from './dropped-ids.js';
import { HeldResponses, type StoreOptions } from './held-responses.js';
import { keptInput, StoredResponse, type StoredInput } from './stored-response.js';

export { approximateSize, COPIED, StoredResponse, type ReplayRecipe, type StoredInput } from './stored-response.js';
export { EMPTY_HISTORY } from './empty-history.js';
export type { StoreLimits, StoreOptions } from './held-responses.js';

export class ResponseStore implements HistorySource {
  private readonly held: HeldResponses;

  constructor(options: StoreOptions) {
    this.held = new HeldResponses(options);
  }

  /** Responses visible to GET. */
  get size(): number { return this.held.visible.size; }

  get bytes(): number {
    return this.held.bytes;
  }

  /** Stores a response; the node it is kept as (a stream in progress follows it there). */
  put(input: StoredInput): StoredResponse {
    const previousResponseId = input.previousResponseId ?? null;
    const ownCount = input.inputItems.length;
    const ownItems = previousResponseId === null ? input.historyItems : ownCount === 0 ? [] : input.historyItems.slice(-ownCount);
    const node = new StoredResponse(keptInput(input), ownItems);
    this.held.add(node);
    return node;
  }

  /** Ids of the responses visible to GET, oldest first. */
  ids(): string[] {
    return [...this.held.visible.keys()];
  }

  get(id: string): StoredResponse | undefined {
    return this.held.visible.get(id);
  }

  /** DELETE: hidden at once, dropped when nothing continues it. */
  delete(id: string): boolean {
    const node = this.held.visible.get(id);
    if (!node) return false;
    this.held.hide(node);
    return true;
  }

  /** The conversation up to and including a stored response; undefined if it, or a link of its chain, is gone. */
  conversation(responseId: string): Array<Record<string, unknown>> | undefined {
    const { nodes, visible } = this.held;
    const start = visible.get(responseId);
    if (!start) return undefined;
    const chain: StoredResponse[] = [];
    for (let node: StoredResponse | undefined = start; node; ) {
      chain.push(node);
      if (node.previousId === null) break;
      if (chain.length > nodes.size) return undefined;
      node = nodes.get(node.previousId);
      if (!node) return undefined;
    }
    const items: Array<Record<string, unknown>> = [];
    for (let index = chain.length - 1; index >= 0; index -= 1) {
      const node = chain[index]!;
      const parsed = node.outputParsed;
      for (const item of node.ownItems) items.push(item);
      for (const item of node.output) items.push(item);
      if (!parsed) this.held.recount(node);
    }
    return items;
  }

  /** The status of a stored response not finished yet (a stream still written, a background run still running). */
  unfinished(responseId: string): 'queued' | 'in_progress' | undefined {
    return unfinishedStatus(this.held.visible.get(responseId));
  }

  /** A stored response as it was sent (parsed again: prompt cache diagnostics compare with it, rarely). */
  response(responseId: string): Record<string, unknown> | undefined {
    return this.held.visible.get(responseId)?.response;
  }

  item(itemId: string): Record<string, unknown> | undefined {
    const node = this.ownerOf(itemId);
    if (!node) return undefined;
    return node.ownItem(itemId) ?? node.output.find((item) => item.id === itemId);
  }

  reasoningBefore(itemId: string): string | undefined {
    const node = this.ownerOf(itemId);
    if (!node) return undefined;
    const parsed = node.outputParsed;
    const found = reasoningBeforeIn(node.output, itemId);
    if (!parsed) this.held.recount(node);
    return found;
  }

  /** Why an id resolves to nothing when the limits are why: it, or a response its chain continues, was dropped. */
  whyMissing(responseId: string): { id: string; limit: DropLimit } | undefined {
    return this.held.dropped.whyMissing(responseId, this.held.nodes);
  }

  /** Forgets everything (the session is reset or dropped). */
  clear(): void {
    this.held.clear();
  }

  private ownerOf(itemId: string): StoredResponse | undefined {
    const owner = this.held.owners.ownerOf(itemId);
    return owner === undefined ? undefined : this.held.nodes.get(owner);
  }
}
