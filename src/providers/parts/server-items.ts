// Rendering of what the service produces itself: server items (hosted tool calls, tool search, compaction,
// OpenRouter server tools) from their planned fields, and citations in each service's key order.
import type { Citation, ServerItem } from '../../domain/hosted/types.js';
import type { PlannedItem, ProviderId } from '../../domain/types.js';
import type { ItemStage } from '../types.js';

export function renderServerItem(item: ServerItem, stage: ItemStage): Record<string, unknown> {
  return { id: item.id, type: item.itemType, ...(stage === 'added' ? item.added : item.done) };
}

/**
 * OpenAI lays a url citation out `type, end_index, start_index, title, url`, OpenRouter `type, url, title,
 * start_index, end_index`; file and container file citations (OpenAI's hosted tools) as captured.
 */
export function renderCitation(citation: Citation, provider: ProviderId): Record<string, unknown> {
  if (citation.type === 'file_citation') return { type: 'file_citation', file_id: citation.fileId, filename: citation.filename, index: citation.index };
  if (citation.type === 'container_file_citation') {
    const { containerId, endIndex, fileId, filename, startIndex } = citation;
    return { type: 'container_file_citation', container_id: containerId, end_index: endIndex, file_id: fileId, filename, start_index: startIndex };
  }
  const { url, title, startIndex, endIndex } = citation;
  return provider === 'openai'
    ? { type: 'url_citation', end_index: endIndex, start_index: startIndex, title, url }
    : { type: 'url_citation', url, title, start_index: startIndex, end_index: endIndex };
}

/** Web searches among the items: OpenAI's `tool_usage.web_search.num_requests`, OpenRouter's server tool use. */
export function webSearchCount(items: PlannedItem[]): number {
  let count = 0;
  for (const item of items) {
    if (item.type === 'server_item' && (item.itemType === 'web_search_call' || item.itemType === 'openrouter:web_search')) count += 1;
  }
  return count;
}
