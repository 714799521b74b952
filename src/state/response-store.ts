// Stored responses of one session (OpenAI path): a bounded map, oldest evicted first, with an index of
// stored items by id so `item_reference` and `previous_response_id` resolve. A response is kept as the text
// that was sent and parsed only when something reads it back.
import type { HistorySource } from '../domain/validation/prepare.js';

export interface StoredInput {
  id: string;
  /** The response body exactly as sent. */
  text: string | Buffer;
  /** The input items as sent (for GET /responses/:id/input_items). */
  inputItems: Array<Record<string, unknown>>;
  /** The effective history before this response: stored chain, then input with references resolved. */
  historyItems: Array<Record<string, unknown>>;
  /** Ids of the output items, in order. */
  outputIds: string[];
}

export class StoredResponse {
  #parsed: Record<string, unknown> | undefined;

  constructor(readonly input: StoredInput) {}

  get id(): string {
    return this.input.id;
  }

  get text(): string | Buffer {
    return this.input.text;
  }

  get response(): Record<string, unknown> {
    this.#parsed ??= JSON.parse(this.input.text.toString()) as Record<string, unknown>;
    return this.#parsed;
  }

  get output(): Array<Record<string, unknown>> {
    return (this.response.output as Array<Record<string, unknown>> | undefined) ?? [];
  }

  /** Effective history then output: what a later previous_response_id continues from. */
  get conversation(): Array<Record<string, unknown>> {
    return [...this.input.historyItems, ...this.output];
  }
}

export class ResponseStore implements HistorySource {
  private readonly responses = new Map<string, StoredResponse>();
  /** Item id → the response that holds it (in its history or output). */
  private readonly owners = new Map<string, string>();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.responses.size;
  }

  put(input: StoredInput): void {
    this.delete(input.id);
    this.responses.set(input.id, new StoredResponse(input));
    for (const id of this.itemIds(input)) if (!this.owners.has(id)) this.owners.set(id, input.id);
    while (this.responses.size > this.limit) this.delete(this.responses.keys().next().value as string);
  }

  get(id: string): StoredResponse | undefined {
    return this.responses.get(id);
  }

  delete(id: string): boolean {
    const stored = this.responses.get(id);
    if (!stored) return false;
    this.responses.delete(id);
    for (const itemId of this.itemIds(stored.input)) if (this.owners.get(itemId) === id) this.owners.delete(itemId);
    return true;
  }

  conversation(responseId: string): Array<Record<string, unknown>> | undefined {
    return this.responses.get(responseId)?.conversation;
  }

  item(itemId: string): Record<string, unknown> | undefined {
    const owner = this.owners.get(itemId);
    return owner === undefined ? undefined : this.responses.get(owner)?.conversation.find((item) => item.id === itemId);
  }

  private *itemIds(input: StoredInput): Generator<string> {
    for (const item of input.historyItems) if (typeof item.id === 'string') yield item.id;
    yield* input.outputIds;
  }
}

/** What a stateless provider sees: nothing is ever stored. */
export const EMPTY_HISTORY: HistorySource = {
  conversation: () => undefined,
  item: () => undefined,
};
