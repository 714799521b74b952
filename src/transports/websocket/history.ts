// The responses one socket continues from without storage, as the real service's connection-local cache:
// the latest response of each lane with the conversation it ends, so previous_response_id works even with
// store:false, with the settings prompt cache diagnostics compare. Bounded in entries (one per lane) and in bytes;
// a failed turn evicts the id it referenced.
import type { HistorySource } from '../../domain/validation/prepare.js';
import { reasoningBeforeIn } from '../../domain/validation/items/reasoning.js';
import type { BudgetMember, HistoryBudget } from './history-budget.js';

type Items = Array<Record<string, unknown>>;

interface Entry {
  lane: string | undefined;
  items: Items;
  /** What prompt cache diagnostics compare of the response (its settings as echoed). */
  response: Record<string, unknown> | undefined;
  bytes: number;
}

/** The fields of a response that prompt cache diagnostics read. */
const COMPARED = ['model', 'prompt_cache_key', 'tools', 'text', 'reasoning', 'instructions', 'service_tier'];

export class ConnectionHistory implements HistorySource, BudgetMember {
  /** By response id, oldest first. */
  readonly #entries = new Map<string, Entry>();
  readonly #latest = new Map<string | undefined, string>();
  #bytes = 0;
  /** Cleared for good (the socket closed): a turn that ends after keeps nothing, and charges no budget it left. */
  #closed = false;

  /** `shared`: what all sockets' histories may hold together. */
  constructor(private readonly limits: { bytes: number; shared?: HistoryBudget }) {
    limits.shared?.join(this);
  }

  get size(): number {
    return this.#entries.size;
  }

  get bytes(): number {
    return this.#bytes;
  }

  /** The latest response of a lane: replaces the lane's previous one. A conversation past the byte limit is not kept. */
  put(args: { lane: string | undefined; id: string; items: Items; response?: Record<string, unknown> }): void {
    if (this.#closed) return;
    const { lane, id, items } = args;
    const previous = this.#latest.get(lane);
    if (previous !== undefined) this.evict(previous);
    this.evict(id);
    const response = args.response ? Object.fromEntries(COMPARED.filter((key) => key in args.response!).map((key) => [key, args.response![key]])) : undefined;
    const bytes = JSON.stringify(items).length + (response ? JSON.stringify(response).length : 0);
    if (bytes > this.limits.bytes) return;
    this.#entries.set(id, { lane, items, response, bytes });
    this.#latest.set(lane, id);
    this.#charge(bytes);
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.limits.bytes) break;
      if (entry !== this.#entries.get(id)) this.evict(oldest);
    }
    this.limits.shared?.settle(this);
  }

  dropOldest(): boolean {
    const oldest = this.#entries.keys().next();
    if (oldest.done === true) return false;
    this.evict(oldest.value);
    return true;
  }

  #charge(delta: number): void {
    this.#bytes += delta;
    this.limits.shared?.charge(delta);
  }

  evict(id: string): void {
    const entry = this.#entries.get(id);
    if (!entry) return;
    this.#entries.delete(id);
    if (this.#latest.get(entry.lane) === id) this.#latest.delete(entry.lane);
    this.#charge(-entry.bytes);
  }

  /** Forgets every response and leaves the shared budget (the socket closed). */
  clear(): void {
    this.#closed = true;
    this.#entries.clear();
    this.#latest.clear();
    this.#charge(-this.#bytes);
    this.limits.shared?.leave(this);
  }

  conversation(responseId: string): Items | undefined {
    return this.#entries.get(responseId)?.items;
  }

  response(responseId: string): Record<string, unknown> | undefined {
    return this.#entries.get(responseId)?.response;
  }

  item(itemId: string): Record<string, unknown> | undefined {
    for (const entry of this.#entries.values()) {
      const found = entry.items.find((item) => item.id === itemId);
      if (found) return found;
    }
    return undefined;
  }

  reasoningBefore(itemId: string): string | undefined {
    for (const entry of this.#entries.values()) {
      if (entry.items.some((item) => item.id === itemId)) return reasoningBeforeIn(entry.items, itemId);
    }
    return undefined;
  }
}
