// Puts the service's own items into a plan: those before the answer (a search, a datetime; after any reasoning
// and commentary, and followed by a second reasoning item when the model reasoned), citations on the answer's
// text (those still inside it when max_output_tokens cut it), those after it (a compaction).
import type { Plan, PlannedItem } from '../types.js';
import { citationEnd, codePoints, type Citation, type HostedWork, type ServerIdKind, type ServerItem, type ServerItemSpec } from './types.js';

export interface ServerIds {
  serverItem(kind: ServerIdKind): string;
  callId(index: number): string;
  reasoning(): string;
  encryptedContent(): string;
}

/**
 * The hosted tools' items, around which a reasoning model reasons before and after (as the web search, file
 * search and code interpreter captures show); not programs or tool searches, which lead on to calls.
 */
const TOOL_ITEMS = new Set(['web_search_call', 'file_search_call', 'code_interpreter_call', 'apply_patch_call', 'openrouter:web_search', 'openrouter:datetime']);

/** The summary of the reasoning between a hosted tool's items and the answer, when summaries are asked for. */
const RESUMED = '**Answering**\n\nThe tool has done its part; I can answer with what it returned.';

export function attachHostedWork(plan: Plan, work: HostedWork, ids: ServerIds): Plan {
  if (work.preface.length === 0 && work.trailer.length === 0 && work.annotations.length === 0) return plan;
  const place = (spec: ServerItemSpec): ServerItem => {
    const id = ids.serverItem(spec.idKind);
    if (!spec.drawsCallId) return { type: 'server_item', id, ...spec };
    const callId = ids.callId(0);
    return { type: 'server_item', id, ...spec, added: { ...spec.added, call_id: callId }, done: { ...spec.done, call_id: callId } };
  };
  const preface = work.preface.map(place);
  // A program written in this response: the calls it makes name it.
  const program = preface.find((item) => item.callsThrough)?.done.call_id;
  const items: PlannedItem[] = plan.items.map((item) => {
    if (item.type === 'message' && !item.refusal && item.phase !== 'commentary' && work.annotations.length > 0) return { ...item, annotations: within(work.annotations, item.text) };
    if (item.type === 'function_call' && item.caller?.programCallId === '' && typeof program === 'string') return { ...item, caller: { programCallId: program } };
    return item;
  });
  const trailer = work.trailer.map(place);
  // The model reasons first, says what it is about to do, then searches (reasoning, commentary, web_search_call,
  // … message), as captured.
  const at = items.findIndex((item) => item.type !== 'reasoning' && !(item.type === 'message' && item.phase === 'commentary'));
  const split = at < 0 ? items.length : at;
  const usage = work.outputTokens ? { ...plan.usage, outputTokens: plan.usage.outputTokens + work.outputTokens } : plan.usage;
  const tool = preface.length > 0 && TOOL_ITEMS.has(preface[0]!.itemType) ? preface[0] : undefined;
  const resumed = tool ? resumedReasoning(items, { next: items[split], ids }) : [];
  const opening = tool ? items.slice(0, split).map((item) => choosing(item, tool)) : items.slice(0, split);
  return { ...plan, items: [...opening, ...preface, ...resumed, ...items.slice(split), ...trailer], usage };
}

/** A reasoning summary before a hosted tool's item says the tool is chosen (not that the model answers directly). */
function choosing(item: PlannedItem, tool: ServerItem): PlannedItem {
  if (item.type !== 'reasoning' || item.summary.length === 0) return item;
  const name = tool.itemType.replace(/^openrouter:/, '').replace(/_call$/, '').replaceAll('_', ' ');
  return { ...item, summary: [`**Choosing a tool**\n\nThe request needs the ${name} tool: I'll use it, then answer with what it gives.`] };
}

/**
 * A model that reasoned before a hosted tool reasons again before answering with what it returned
 * (reasoning, web_search_call, reasoning, message; the same around file search and code interpreter runs).
 */
function resumedReasoning(items: PlannedItem[], at: { next: PlannedItem | undefined; ids: ServerIds }): PlannedItem[] {
  const first = items[0];
  if (first?.type !== 'reasoning' || at.next?.type !== 'message') return [];
  const id = at.ids.reasoning();
  const encrypted = first.encryptedContent !== undefined ? { encryptedContent: at.ids.encryptedContent() } : {};
  return [{ type: 'reasoning', id, summary: first.summary.length > 0 ? [RESUMED] : [], format: first.format, ...encrypted }];
}

function within(citations: Citation[], text: string): Citation[] {
  const length = codePoints(text);
  return citations.filter((citation) => citationEnd(citation) <= length);
}
