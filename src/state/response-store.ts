// Stored responses of one session (OpenAI path): a bounded map, oldest evicted first, with an index of
// stored items by id so `item_reference` and `previous_response_id` resolve.
import type { HistorySource } from '../domain/validation/prepare.js';

export interface StoredResponse {
  id: string;
  /** The response object as returned. */
  response: Record<string, unknown>;
  /** The input items as sent (for GET /responses/:id/input_items). */
  inputItems: Array<Record<string, unknown>>;
  /** Effective history then output: what a later previous_response_id continues from. */
  conversation: Array<Record<string, unknown>>;
}

export class ResponseStore implements HistorySource {
  private readonly responses = new Map<string, StoredResponse>();
  private readonly items = new Map<string, { owner: string; item: Record<string, unknown> }>();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.responses.size;
  }

  put(stored: StoredResponse): void {
    this.delete(stored.id);
    this.responses.set(stored.id, stored);
    for (const item of stored.conversation) {
      if (typeof item.id === 'string' && !this.items.has(item.id)) this.items.set(item.id, { owner: stored.id, item });
    }
    while (this.responses.size > this.limit) {
      const oldest = this.responses.keys().next().value as string;
      this.delete(oldest);
    }
  }

  get(id: string): StoredResponse | undefined {
    return this.responses.get(id);
  }

  delete(id: string): boolean {
    const stored = this.responses.get(id);
    if (!stored) return false;
    this.responses.delete(id);
    for (const item of stored.conversation) {
      if (typeof item.id === 'string' && this.items.get(item.id)?.owner === id) this.items.delete(item.id);
    }
    return true;
  }

  clear(): void {
    this.responses.clear();
    this.items.clear();
  }

  conversation(responseId: string): Array<Record<string, unknown>> | undefined {
    return this.responses.get(responseId)?.conversation;
  }

  item(itemId: string): Record<string, unknown> | undefined {
    return this.items.get(itemId)?.item;
  }
}

/** What a stateless provider sees: nothing is ever stored. */
export const EMPTY_HISTORY: HistorySource = {
  conversation: () => undefined,
  item: () => undefined,
};
