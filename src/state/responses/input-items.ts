// GET /v1/responses/{id}/input_items as the API serves it: each input item as a resource with an id and a
// status, string content as a content array, item references resolved, and cursor pages (limit, after, order
// with desc by default). Ids the client did not send are derived from the response id: stable across pages.
// Conversations list their items the same way.
import { createRandom, seedFrom } from '../../deps.js';
import { CursorIndex } from './cursor-index.js';
import { LastIndex } from './last-index.js';
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

/**
 * One page of the response's own input items (after the stored chain, references resolved): only the page's
 * items are made into resources.
 */
export function inputPage(stored: StoredResponse, query: PageQuery): Page {
  const items = stored.ownItems;
  return pageFrom({
    count: items.length,
    resourceAt: (index) => asResource(items[index]!, { owner: stored.id, index }),
    indexOf: (id, order) => indexOfId(stored, id, order),
  }, query);
}

/** The cursor index of the response listed last. */
const listed = new LastIndex<StoredResponse, CursorIndex>();

function indexOfId(stored: StoredResponse, id: string, order: PageQuery['order']): number | undefined {
  const items = stored.ownItems;
  const idAt = (index: number) => resourceId(items[index]!, { owner: stored.id, index });
  return listed.of(stored, () => new CursorIndex(items.length, idAt)).find(id, { last: order === 'desc', idAt });
}

/** An input item as the API lists it: its id (else one derived from its owner's id and its index), and a status. */
export function asResource(item: Item, at: { owner: string; index: number }): Item {
  const type = typeOf(item);
  const id = resourceId(item, at);
  const { id: _id, type: _type, status, ...rest } = item;
  const resource: Item = { id, type, ...rest };
  if (type === 'message') resource.content = contentArray(item);
  if (!WITHOUT_STATUS.has(type)) resource.status = typeof status === 'string' ? status : 'completed';
  return resource;
}

function typeOf(item: Item): string {
  return typeof item.type === 'string' ? item.type : 'message';
}

function resourceId(item: Item, at: { owner: string; index: number }): string {
  return typeof item.id === 'string' && item.id !== '' ? item.id : derivedId(typeOf(item), at);
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
  return pageFrom({
    count: items.length,
    resourceAt: (index) => items[index]!,
    indexOf: (id, order) => {
      if (order === 'asc') return indexOrUndefined(items.findIndex((item) => item.id === id));
      return indexOrUndefined(items.findLastIndex((item) => item.id === id));
    },
  }, query);
}

/** What a page is cut from: the items in input order, and the index of the first item of an id in the given order. */
interface Listing {
  count: number;
  resourceAt(index: number): Item;
  indexOf(id: string, order: PageQuery['order']): number | undefined;
}

/** A page costs its own items, not the whole list: positions in the requested order map to input indexes. */
function pageFrom(listing: Listing, query: PageQuery): Page {
  const { count } = listing;
  const indexAt = (position: number) => (query.order === 'desc' ? count - 1 - position : position);
  let start = 0;
  if (query.after !== undefined) {
    const index = listing.indexOf(query.after, query.order);
    if (index === undefined) return { ok: false, unknownAfter: query.after };
    start = indexAt(index) + 1;
  }
  const end = Math.min(count, start + query.limit);
  const data: Item[] = [];
  for (let position = start; position < end; position++) data.push(listing.resourceAt(indexAt(position)));
  return {
    ok: true,
    body: {
      object: 'list',
      data,
      first_id: (data[0]?.id as string | undefined) ?? null,
      last_id: (data.at(-1)?.id as string | undefined) ?? null,
      has_more: end < count,
    },
  };
}

function indexOrUndefined(index: number): number | undefined {
  return index < 0 ? undefined : index;
}
