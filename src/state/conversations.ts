// The conversations of one session (OpenAI's Conversations API): an id, a creation time, metadata and the
// items, kept as the API lists them (ids and statuses given). Responses created with `conversation` read its
// items as their history and add their input and output to it. Bounded in conversations and in bytes: past
// either limit the oldest other conversation goes, and a conversation alone past the byte limit loses its
// oldest items.
import { asResource } from './responses/input-items.js';
import { approximateSize } from './responses/stored-response.js';

type Item = Record<string, unknown>;

export interface Conversation {
  id: string;
  createdAt: number;
  metadata: Record<string, string>;
  items: Item[];
  /** Items ever added: the index the next item's derived id is made from. */
  added: number;
  bytes: number;
}

export interface ConversationLimits {
  conversations: number;
  bytes: number;
}

/** Fixed cost of a conversation beyond its items and metadata. */
const OVERHEAD = 128;

export class ConversationStore {
  private readonly held = new Map<string, Conversation>();
  private bytes = 0;
  /** Conversations ever created here (what tells two identical create calls apart under a seed). */
  created = 0;

  constructor(private readonly options: { limits: ConversationLimits; onBytes?: (delta: number) => void }) {}

  get size(): number {
    return this.held.size;
  }

  /** Bytes held, as counted against the session's memory. */
  get heldBytes(): number {
    return this.bytes;
  }

  create(args: { id: string; createdAt: number; metadata: Record<string, string> }): Conversation {
    this.created += 1;
    const conversation: Conversation = { ...args, items: [], added: 0, bytes: OVERHEAD + approximateSize(args.metadata) };
    this.held.set(args.id, conversation);
    this.charge(conversation.bytes);
    this.enforce(conversation);
    return conversation;
  }

  get(id: string): Conversation | undefined {
    return this.held.get(id);
  }

  setMetadata(conversation: Conversation, metadata: Record<string, string>): void {
    const delta = approximateSize(metadata) - approximateSize(conversation.metadata);
    conversation.metadata = metadata;
    conversation.bytes += delta;
    this.charge(delta);
    this.enforce(conversation);
  }

  delete(id: string): boolean {
    const conversation = this.held.get(id);
    if (!conversation) return false;
    this.held.delete(id);
    this.charge(-conversation.bytes);
    return true;
  }

  /** Forgets every conversation (a session reset or dropped), reporting the bytes given back. */
  clear(): void {
    this.held.clear();
    this.charge(-this.bytes);
  }

  /** Adds items at the end, each as a resource with an id; returns what was added. */
  add(conversation: Conversation, items: Item[]): Item[] {
    const resources = items.map((item) => asResource(item, { owner: conversation.id, index: conversation.added++ }));
    let size = 0;
    for (const resource of resources) size += approximateSize(resource);
    // A loop, not push(...resources): half a million items passes the call stack's limit on arguments.
    for (const resource of resources) conversation.items.push(resource);
    conversation.bytes += size;
    this.charge(size);
    this.enforce(conversation);
    return resources;
  }

  /** Removes one item by id; false when the conversation holds none. */
  removeItem(conversation: Conversation, itemId: string): boolean {
    const index = conversation.items.findIndex((item) => item.id === itemId);
    if (index < 0) return false;
    const [removed] = conversation.items.splice(index, 1);
    const size = approximateSize(removed);
    conversation.bytes -= size;
    this.charge(-size);
    return true;
  }

  private enforce(current: Conversation): void {
    const { limits } = this.options;
    for (const [id, conversation] of this.held) {
      if (this.held.size <= limits.conversations && this.bytes <= limits.bytes) return;
      if (conversation !== current) this.delete(id);
    }
    while (this.bytes > limits.bytes && current.items.length > 0) this.removeItem(current, current.items[0]!.id as string);
  }

  private charge(delta: number): void {
    this.bytes += delta;
    this.options.onBytes?.(delta);
  }
}
