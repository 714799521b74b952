// OpenAI's Conversations API over a session's conversations: create (with up to 20 items), retrieve, update
// the metadata, delete; add, list, retrieve and delete items. Items are checked as create checks input items
// (path `items[i]`). Ids and times come from the request's deps: the same calls under a seed give the same ids.
import { validators } from '../../generated/request-body-validators.js';
import { fail, ok, type MockError, type Result } from '../../domain/types.js';
import { parseItems } from '../../domain/validation/items/items.js';
import { toChecker } from '../../domain/validation/json-schema/schema-check.js';
import { hex } from '../../providers/ids/ids.js';
import type { ProviderProfile } from '../../providers/types.js';
import type { Runtime } from '../../runtime.js';
import type { Conversation } from '../../state/conversations.js';
import { explainMissingState } from '../../state/lost.js';
import { pageOf, type PageQuery } from '../../state/responses/input-items.js';
import type { Scrubber } from '../../record/scrub.js';
import { sideBody, sideContext, type SideContext } from './side-request.js';

type Item = Record<string, unknown>;

export interface ConversationCall {
  profile: ProviderProfile;
  headers: Parameters<typeof sideContext>[1]['headers'];
  /** The raw JSON body (create, update, add items). */
  raw?: string;
  /** While recording: what the conversation keeps of the items and metadata is scrubbed of credentials, as a proxied turn's input is. */
  scrub?: Scrubber;
}

const checkBody = toChecker(validators.conversation);

export function createConversation(runtime: Runtime, call: ConversationCall): Result<Item> {
  const context = sideContext(runtime, call);
  if (!context.ok) return context;
  // No body at all (`curl -X POST …/conversations`) is an empty conversation.
  const body = readBody(call.raw || '{}');
  if (!body.ok) return body;
  const items = checkedItems(body.value.items, context.value);
  if (!items.ok) return items;
  const { conversations } = context.value.session;
  const deps = runtime.depsFor({ body: `${call.raw ?? ''}\n${conversations.created}`, scope: 'openai-conversation', seed: context.value.seed });
  const conversation = conversations.create({
    id: `conv_${hex(deps.ids, 48)}`,
    createdAt: deps.clock.nowSeconds(),
    metadata: kept(call, (body.value.metadata ?? {}) as Record<string, string>),
  });
  conversations.add(conversation, kept(call, items.value));
  return ok(view(conversation));
}

export function retrieveConversation(runtime: Runtime, call: ConversationCall & { id: string }): Result<Item> {
  const found = conversationOf(runtime, call);
  return found.ok ? ok(view(found.value.conversation)) : found;
}

export function updateConversation(runtime: Runtime, call: ConversationCall & { id: string }): Result<Item> {
  const found = conversationOf(runtime, call);
  if (!found.ok) return found;
  const body = readBody(call.raw ?? '{}');
  if (!body.ok) return body;
  if (body.value.metadata === undefined) return fail({ code: 'missing_required_parameter', message: "Missing required parameter: 'metadata'.", param: 'metadata' });
  const { session, conversation } = found.value;
  session.conversations.setMetadata(conversation, kept(call, (body.value.metadata ?? {}) as Record<string, string>));
  return ok(view(conversation));
}

export function deleteConversation(runtime: Runtime, call: ConversationCall & { id: string }): Result<Item> {
  const found = conversationOf(runtime, call);
  if (!found.ok) return found;
  found.value.session.conversations.delete(call.id);
  return ok({ id: call.id, object: 'conversation.deleted', deleted: true });
}

export function addItems(runtime: Runtime, call: ConversationCall & { id: string }): Result<Item> {
  const found = conversationOf(runtime, call);
  if (!found.ok) return found;
  const body = readBody(call.raw ?? '{}');
  if (!body.ok) return body;
  if (!Array.isArray(body.value.items)) return fail({ code: 'missing_required_parameter', message: "Missing required parameter: 'items'.", param: 'items' });
  const items = checkedItems(body.value.items, found.value);
  if (!items.ok) return items;
  const added = found.value.session.conversations.add(found.value.conversation, kept(call, items.value));
  return ok({ object: 'list', data: added, first_id: added[0]?.id ?? null, last_id: added.at(-1)?.id ?? null, has_more: false });
}

export function listItems(runtime: Runtime, call: ConversationCall & { id: string; query: PageQuery }): Result<Item> {
  const found = conversationOf(runtime, call);
  if (!found.ok) return found;
  const page = pageOf(found.value.conversation.items, call.query);
  if (page.ok) return ok(page.body);
  return fail({ code: 'invalid_value', message: `Invalid value for 'after': '${page.unknownAfter.slice(0, 128)}' is not the id of an item of this conversation.`, param: 'after' });
}

export function retrieveItem(runtime: Runtime, call: ConversationCall & { id: string; itemId: string }): Result<Item> {
  const found = conversationOf(runtime, call);
  if (!found.ok) return found;
  const item = found.value.conversation.items.find((candidate) => candidate.id === call.itemId);
  return item ? ok(item) : fail(itemNotFound(call));
}

export function deleteItem(runtime: Runtime, call: ConversationCall & { id: string; itemId: string }): Result<Item> {
  const found = conversationOf(runtime, call);
  if (!found.ok) return found;
  const { session, conversation } = found.value;
  return session.conversations.removeItem(conversation, call.itemId) ? ok(view(conversation)) : fail(itemNotFound(call));
}

/** What the conversation keeps of the client's items or metadata: while recording, scrubbed of credentials. */
function kept<T>(call: ConversationCall, value: T): T {
  return call.scrub ? call.scrub.json(value) : value;
}

/** The conversation object as the API returns it. */
function view(conversation: Conversation): Item {
  return { id: conversation.id, object: 'conversation', created_at: conversation.createdAt, metadata: conversation.metadata };
}

function conversationOf(runtime: Runtime, call: ConversationCall & { id: string }): Result<SideContext & { conversation: Conversation }> {
  const context = sideContext(runtime, call);
  if (!context.ok) return context;
  const conversation = context.value.session.conversations.get(call.id);
  if (conversation) return ok({ ...context.value, conversation });
  // Dropped with its session to stay within the limits: the 404 says so.
  return fail(explainMissingState(context.value.session, { code: 'conversation_not_found', message: `Conversation with id '${call.id.slice(0, 128)}' not found.`, param: null }, {}));
}

function itemNotFound(call: { id: string; itemId: string }): MockError {
  return { code: 'conversation_item_not_found', message: `Item with id '${call.itemId.slice(0, 128)}' not found in conversation '${call.id.slice(0, 128)}'.`, param: null };
}

function readBody(raw: string): Result<Item> {
  const body = sideBody(raw);
  if (!body.ok) return body;
  const problem = checkBody(body.value, '');
  return problem ? fail(problem) : body;
}

/** Items as create checks input items: shape first, then the provider's rules (ids, parts, unknown fields). */
function checkedItems(value: unknown, context: SideContext): Result<Item[]> {
  const items = (Array.isArray(value) ? value : []) as Item[];
  const parsed = parseItems(items, context.profile.rules(context.strictness).items, 'items');
  return parsed.ok ? ok(items) : parsed;
}
