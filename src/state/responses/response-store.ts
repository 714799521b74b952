// Stored responses of one session (OpenAI path), bounded in responses and in bytes. Each response keeps only
// its own items and a link to the response it continues (previous_response_id), so a long chain grows
// linearly; `conversation()` walks the links. A response still continued by a stored one is kept, hidden,
// after it is deleted or pushed out by the response limit; the byte limit drops the oldest outright.
import type { HistorySource } from '../../domain/validation/prepare.js';
import { reasoningBeforeIn } from '../../domain/validation/items/reasoning.js';
import { ArrivalQueue } from '../arrival-queue.js';
import { unfinishedStatus } from './background.js';
import { approximateSize, keptInput, StoredResponse, type StoredInput } from './stored-response.js';

export { approximateSize, COPIED, StoredResponse, type ReplayRecipe, type StoredInput } from './stored-response.js';
export { EMPTY_HISTORY } from './empty-history.js';

export interface StoreLimits {
  /** Responses kept (visible to GET); older ones are hidden, and dropped once nothing continues them. */
  responses: number;
  /** Bytes held by the store, hidden links included: past it the oldest response is dropped outright. */
  bytes: number;
}

export interface StoreOptions {
  limits: StoreLimits;
  /** Told every change of the bytes held (the session registry's memory budget). */
  onBytes?: (delta: number) => void;
}

/** Fixed cost of a response beyond its texts and items. */
const RESPONSE_OVERHEAD = 256;
/** Ids of responses dropped by the limits, remembered to explain a later "not found". */
const REMEMBERED_DROPS = 1024;

export class ResponseStore implements HistorySource {
  /** Every response held, hidden ones included, oldest first. */
  private readonly nodes = new Map<string, StoredResponse>();
  /** The visible ones, oldest first. */
  private readonly visible = new Map<string, StoredResponse>();
  /** Item id → the id of the response that holds it (in its own items or its output). */
  private readonly owners = new Map<string, string>();
  private readonly dropped = new Map<string, 'responses' | 'bytes'>();
  /** Eviction order: the oldest visible response, and the oldest held (hidden ones included). */
  private readonly visibleOrder = new ArrivalQueue<StoredResponse>((node) => this.visible.get(node.id) === node);
  private readonly heldOrder = new ArrivalQueue<StoredResponse>((node) => this.nodes.get(node.id) === node);
  private held = 0;

  constructor(private readonly options: StoreOptions) {}

  /** Responses visible to GET. */
  get size(): number { return this.visible.size; }

  get bytes(): number {
    return this.held;
  }

  /** Stores a response; the node it is kept as (a stream in progress follows it there). */
  put(input: StoredInput): StoredResponse {
    const previousResponseId = input.previousResponseId ?? null;
    const ownCount = input.inputItems.length;
    const ownItems = previousResponseId === null ? input.historyItems : ownCount === 0 ? [] : input.historyItems.slice(-ownCount);
    const node = new StoredResponse(keptInput(input), ownItems);
    // The same id again (a seeded request repeated): the new response takes the old one's place in chains.
    const replaced = this.nodes.get(input.id);
    const oldParent = replaced && this.parentOf(replaced);
    if (replaced) {
      node.children = replaced.children;
      this.drop(replaced);
      if (oldParent) oldParent.children -= 1;
    }
    this.nodes.set(node.id, node);
    this.visible.set(node.id, node);
    this.visibleOrder.push(node, this.visible.size);
    this.heldOrder.push(node, this.nodes.size);
    this.dropped.delete(node.id);
    const parent = this.parentOf(node);
    if (parent) parent.children += 1;
    if (oldParent && oldParent !== parent) this.release(oldParent);
    node.forEachItemId((id) => {
      if (!this.owners.has(id)) this.owners.set(id, node.id);
    });
    this.recount(node);
    this.enforce(node);
    return node;
  }

  /** Ids of the responses visible to GET, oldest first. */
  ids(): string[] {
    return [...this.visible.keys()];
  }

  get(id: string): StoredResponse | undefined {
    return this.visible.get(id);
  }

  /** DELETE: hidden at once, dropped when nothing continues it. */
  delete(id: string): boolean {
    const node = this.visible.get(id);
    if (!node) return false;
    this.hide(node);
    return true;
  }

  /** The conversation up to and including a stored response; undefined if it, or a link of its chain, is gone. */
  conversation(responseId: string): Array<Record<string, unknown>> | undefined {
    const start = this.visible.get(responseId);
    if (!start) return undefined;
    const chain: StoredResponse[] = [];
    for (let node: StoredResponse | undefined = start; node; ) {
      chain.push(node);
      if (node.previousId === null) break;
      if (chain.length > this.nodes.size) return undefined;
      node = this.nodes.get(node.previousId);
      if (!node) return undefined;
    }
    const items: Array<Record<string, unknown>> = [];
    for (let index = chain.length - 1; index >= 0; index -= 1) {
      const node = chain[index]!;
      const parsed = node.outputParsed;
      for (const item of node.ownItems) items.push(item);
      for (const item of node.output) items.push(item);
      if (!parsed) this.recount(node);
    }
    return items;
  }

  /** The status of a stored response not finished yet (a stream still written, a background run still running). */
  unfinished(responseId: string): 'queued' | 'in_progress' | undefined {
    return unfinishedStatus(this.visible.get(responseId));
  }

  /** A stored response as it was sent (parsed again: prompt cache diagnostics compare with it, rarely). */
  response(responseId: string): Record<string, unknown> | undefined {
    return this.visible.get(responseId)?.response;
  }

  item(itemId: string): Record<string, unknown> | undefined {
    const owner = this.owners.get(itemId);
    const node = owner === undefined ? undefined : this.nodes.get(owner);
    if (!node) return undefined;
    return node.ownItems.find((item) => item.id === itemId) ?? node.output.find((item) => item.id === itemId);
  }

  reasoningBefore(itemId: string): string | undefined {
    const owner = this.owners.get(itemId);
    const node = owner === undefined ? undefined : this.nodes.get(owner);
    if (!node) return undefined;
    const parsed = node.outputParsed;
    const found = reasoningBeforeIn(node.output, itemId);
    if (!parsed) this.recount(node);
    return found;
  }

  /** Why an id resolves to nothing when the limits are why: it, or a response its chain continues, was dropped. */
  whyMissing(responseId: string): { id: string; limit: 'responses' | 'bytes' } | undefined {
    let id: string | null = responseId;
    for (let steps = 0; id !== null && steps <= this.nodes.size + 1; steps += 1) {
      const limit = this.dropped.get(id);
      if (limit) return { id, limit };
      const node = this.nodes.get(id);
      if (!node) return undefined;
      id = node.previousId;
    }
    return undefined;
  }

  /** Forgets everything (the session is reset or dropped). */
  clear(): void {
    this.nodes.clear();
    this.visible.clear();
    this.visibleOrder.clear();
    this.heldOrder.clear();
    this.owners.clear();
    this.dropped.clear();
    this.charge(-this.held);
  }

  private enforce(newest: StoredResponse): void {
    while (this.visible.size > this.options.limits.responses) {
      const oldest = this.visibleOrder.oldest()!;
      this.remember(oldest.id, 'responses');
      this.hide(oldest);
    }
    // The newest response stays even alone above the byte limit: a store must hold what it just answered.
    while (this.held > this.options.limits.bytes && this.nodes.size > 1) {
      const oldest = this.heldOrder.oldest()!;
      if (oldest === newest) break;
      this.remember(oldest.id, 'bytes');
      this.evict(oldest);
    }
  }

  private hide(node: StoredResponse): void {
    node.visible = false;
    this.visible.delete(node.id);
    this.release(node);
  }

  /** Drops hidden responses that nothing continues any more, walking up the chain (a loop: chains are long). */
  private release(start: StoredResponse): void {
    for (let current: StoredResponse | undefined = start; current && !current.visible && current.children === 0;) {
      const parent = this.parentOf(current);
      this.drop(current);
      if (!parent) break;
      parent.children -= 1;
      current = parent;
    }
  }

  /** Drops a response outright, even if others continue it (their chains are then broken). */
  private evict(node: StoredResponse): void {
    const parent = this.parentOf(node);
    this.drop(node);
    if (!parent) return;
    parent.children -= 1;
    this.release(parent);
  }

  private parentOf(node: StoredResponse): StoredResponse | undefined {
    return node.previousId === null ? undefined : this.nodes.get(node.previousId);
  }

  private drop(node: StoredResponse): void {
    this.nodes.delete(node.id);
    this.visible.delete(node.id);
    node.forEachItemId((id) => {
      if (this.owners.get(id) === node.id) this.owners.delete(id);
    });
    this.charge(-node.bytes);
    node.bytes = 0;
  }

  private remember(id: string, limit: 'responses' | 'bytes'): void {
    if (this.dropped.size >= REMEMBERED_DROPS) this.dropped.delete(this.dropped.keys().next().value!);
    this.dropped.set(id, limit);
  }

  private recount(node: StoredResponse): void {
    if (!this.nodes.has(node.id)) return;
    const textBytes = node.text.length;
    const bytes = RESPONSE_OVERHEAD + textBytes * (node.outputParsed ? 2 : 1) + approximateSize(node.ownItems) + (node.input.replay?.bytes ?? 0);
    this.charge(bytes - node.bytes);
    node.bytes = bytes;
  }

  private charge(delta: number): void {
    if (delta === 0) return;
    this.held += delta;
    this.options.onBytes?.(delta);
  }
}
