// What a response store holds and for how long: every node, hidden ones included, linked to the response it
// continues; its bytes charged as they change; the limits enforced (the response limit hides the oldest, kept
// while a stored response continues it; the byte limit drops the oldest outright), and what was dropped noted.
import { ArrivalQueue } from '../arrival-queue.js';
import { DroppedIds } from './dropped-ids.js';
import { ItemOwners } from './item-owners.js';
import { approximateSize, type StoredResponse } from './stored-response.js';

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

export class HeldResponses {
  /** Every response held, hidden ones included, oldest first. */
  readonly nodes = new Map<string, StoredResponse>();
  /** The visible ones, oldest first. */
  readonly visible = new Map<string, StoredResponse>();
  readonly owners = new ItemOwners();
  readonly dropped = new DroppedIds();
  /** Eviction order: the oldest visible response, and the oldest held (hidden ones included). */
  readonly #visibleOrder = new ArrivalQueue<StoredResponse>((node) => this.visible.get(node.id) === node);
  readonly #heldOrder = new ArrivalQueue<StoredResponse>((node) => this.nodes.get(node.id) === node);
  #held = 0;

  constructor(private readonly options: StoreOptions) {}

  get bytes(): number {
    return this.#held;
  }

  /** Holds a new node, visible, in place of one of the same id if any; then enforces the limits. */
  add(node: StoredResponse): void {
    // The same id again (a seeded request repeated): the new response takes the old one's place in chains.
    const replaced = this.nodes.get(node.id);
    const oldParent = replaced && this.parentOf(replaced);
    if (replaced) {
      node.children = replaced.children;
      this.drop(replaced);
      if (oldParent) oldParent.children -= 1;
    }
    this.nodes.set(node.id, node);
    this.visible.set(node.id, node);
    this.#visibleOrder.push(node, this.visible.size);
    this.#heldOrder.push(node, this.nodes.size);
    this.dropped.forget(node.id);
    const parent = this.parentOf(node);
    if (parent) parent.children += 1;
    if (oldParent && oldParent !== parent) this.release(oldParent);
    this.owners.claim(node);
    this.recount(node);
    this.enforce(node);
  }

  /** Hidden from GET at once, dropped when nothing continues it. */
  hide(node: StoredResponse): void {
    node.visible = false;
    if (this.visible.delete(node.id)) this.#visibleOrder.noteDead();
    this.release(node);
  }

  /** Charges a node's bytes again (its output parsed since, say). */
  recount(node: StoredResponse): void {
    if (!this.nodes.has(node.id)) return;
    const textBytes = node.text.length;
    const bytes = RESPONSE_OVERHEAD + textBytes * (node.outputParsed ? 2 : 1) + approximateSize(node.ownItems) + (node.input.replay?.bytes ?? 0);
    this.charge(bytes - node.bytes);
    node.bytes = bytes;
  }

  clear(): void {
    this.nodes.clear();
    this.visible.clear();
    this.#visibleOrder.clear();
    this.#heldOrder.clear();
    this.owners.clear();
    this.dropped.clear();
    this.charge(-this.#held);
  }

  private enforce(newest: StoredResponse): void {
    while (this.visible.size > this.options.limits.responses) {
      const oldest = this.#visibleOrder.oldest()!;
      this.dropped.remember(oldest.id, 'responses');
      this.hide(oldest);
    }
    // The newest response stays even alone above the byte limit: a store must hold what it just answered.
    while (this.#held > this.options.limits.bytes && this.nodes.size > 1) {
      const oldest = this.#heldOrder.oldest()!;
      if (oldest === newest) break;
      this.dropped.remember(oldest.id, 'bytes');
      this.evict(oldest);
    }
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
    // Told to the eviction queues, which otherwise keep a node dropped from their middle until they compact.
    if (this.nodes.delete(node.id)) this.#heldOrder.noteDead();
    if (this.visible.delete(node.id)) this.#visibleOrder.noteDead();
    this.owners.release(node);
    this.charge(-node.bytes);
    node.bytes = 0;
  }

  private charge(delta: number): void {
    if (delta === 0) return;
    this.#held += delta;
    this.options.onBytes?.(delta);
  }
}
