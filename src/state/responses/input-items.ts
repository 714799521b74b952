// GET /v1/responses/{id}/input_items as the API serves it: each input item as a resource with an id and a
// status, string content as a content array, item references resolved, and cursor pages (limit, after, order
// with desc by default). Ids the client did not send are derived from the response id: stable across pages.
// Conversations list their items the same way.
import { createRandom, seedFrom } from '../../deps.js';
import type { StoredResponse } from './stored-response.js';

type Item = Record<string, unknown>;

const HEX = '0123456789abcdef';

/** Id prefixes of resources the API names when the input item came without an id. */
const PREFIXES = new Map<string, string>([
  ['message', 'msg'], ['function_call', 'fc'], ['function_call_output', 'fco'], ['custom_tool_call', 'ctc'],
  ['custom_tool_call_output', 'ctco'], ['tool_search_call', 'tsc'], ['tool_search_output', 'tso'], ['compaction', 'cmp'],
  ['additional_tools', 'at'], ['reasoning', 'rs'], ['apply_patch_call', 'apc'], ['apply_patch_call_output', 'apco'],
]);

/** Items whose resources carry no `status`. */
const WITHOUT_STATUS = new Set(['reasoning', 'compaction', 'item_reference', 'additional_tools', 'configuration_update']);

/** The response's own input items (after the stored chain), references resolved, as resources in input order. */
export function inputResources(stored: StoredResponse): Item[] {
  return stored.ownItems.map((item, index) => asResource(item, { owner: stored.id, index }));
}

/** An input item as the API lists it: its id (else one derived from its owner's id and its index), and a status. */
export function asResource(item: Item, at: { owner: string; index: number }): Item {
  const type = typeof item.type === 'string' ? item.type : 'message';
  const id = typeof item.id === 'string' && item.id !== '' ? item.id : derivedId(type, at);
  const { id: _id, type: _type, status, ...rest } = item;
  const resource: Item = { id, type, ...rest };
  if (type === 'message') resource.content = contentArray(item);
  if (!WITHOUT_STATUS.has(type)) resource.status = typeof status === 'string' ? status : 'completed';
  return resource;
}

function contentArray(message: Item): unknown {
  if (typeof message.content !== 'string') return message.content;
  return message.role === 'assistant'
    ? [{ type: 'output_text', text: message.content, annotations: [] }]
    : [{ type: 'input_text', text: message.content }];
}

function derivedId(type: string, at: { owner: string; index: number }): string {
  const random = createRandom(seedFrom(at.owner, String(at.index)));
  return `${PREFIXES.get(type) ?? 'item'}_${random.string(HEX, 50)}`;
}

export interface PageQuery {
  limit: number;
  order: 'asc' | 'desc';
  after: string | undefined;
}

export type Page = { ok: true; body: Item } | { ok: false; unknownAfter: string };

/** One cursor page: the items after `after` in the requested order, at most `limit` of them. */
export function pageOf(items: Item[], query: PageQuery): Page {
  let ordered = query.order === 'desc' ? [...items].reverse() : items;
  if (query.after !== undefined) {
    const at = ordered.findIndex((item) => item.id === query.after);
    if (at < 0) return { ok: false, unknownAfter: query.after };
    ordered = ordered.slice(at + 1);
  }
  const data = ordered.slice(0, query.limit);
  return {
    ok: true,
    body: {
      object: 'list',
      data,
      first_id: (data[0]?.id as string | undefined) ?? null,
      last_id: (data.at(-1)?.id as string | undefined) ?? null,
      has_more: ordered.length > data.length,
    },
  };
}
