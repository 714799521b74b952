// Puts the service's own items into a plan: those before the answer (a search, a datetime; after any reasoning
// and commentary, and followed by a second reasoning item when the model reasoned — grok's native search by two),
// citations on the answer's text (those still inside it when max_output_tokens cut it), those after it (a
// compaction, a scenario's apply_patch call).
import type { ModelProfile } from '../models.js';
import type { Plan, PlannedItem } from '../types.js';
import { citationEnd, codePoints, type Citation, type HostedWork, type ServerIdKind, type ServerItem, type ServerItemSpec } from './types.js';

export interface ServerIds {
  /** `of`: the id of the item this one belongs to, which the provider's shape may embed (grok's native search). */
  serverItem(kind: ServerIdKind, of?: string): string;
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

/**
 * `reasonAgain`: a model that reasoned before a hosted tool reasons again after it (not when a scenario
 * scripted the reasoning: it gets what it scripted).
 */
export function attachHostedWork(plan: Plan, work: HostedWork, options: { ids: ServerIds; reasonAgain: boolean; model: Pick<ModelProfile, 'searchReasoning'> }): Plan {
  const { ids } = options;
  if (work.preface.length === 0 && work.trailer.length === 0 && work.annotations.length === 0) return plan;
  // grok names its native search after the reasoning it started in (`rs_<uuid>`, `ws_<uuid>_call-…`, recorded).
  const first = plan.items[0];
  const began = options.model.searchReasoning === 'tool-output-pair' && first?.type === 'reasoning' ? first.id : undefined;
  const place = (spec: ServerItemSpec): ServerItem => {
    const id = ids.serverItem(spec.idKind, spec.idKind === 'web_search' ? began : undefined);
    if (!spec.drawsCallId) return { type: 'server_item', id, ...spec };
    const callId = ids.callId(0);
    return { type: 'server_item', id, ...spec, added: { ...spec.added, call_id: callId }, done: { ...spec.done, call_id: callId } };
  };
  const preface = work.preface.map(place);
  // A program written in this response: the calls it makes name it.
  const program = preface.find((item) => item.callsThrough)?.done.call_id;
  // A message before a call the client answers is not the final answer (as before function calls).
  const callsAfter = work.trailer.some((spec) => 'call_id' in spec.done);
  const items: PlannedItem[] = plan.items.map((item) => {
    if (item.type !== 'message') return plannedCall(item, program);
    const { phase, ...unphased } = item;
    const message = callsAfter && phase === 'final_answer' ? unphased : item;
    if (!item.refusal && phase !== 'commentary' && work.annotations.length > 0) return { ...message, annotations: within(work.annotations, item.text) };
    return message;
  });
  const trailer = work.trailer.map(place);
  // The model reasons first, says what it is about to do, then searches (reasoning, commentary, web_search_call,
  // … message), as captured.
  const at = items.findIndex((item) => item.type !== 'reasoning' && !(item.type === 'message' && item.phase === 'commentary'));
  const split = at < 0 ? items.length : at;
  const usage = work.outputTokens ? { ...plan.usage, outputTokens: plan.usage.outputTokens + work.outputTokens } : plan.usage;
  const tools = options.reasonAgain && hostedToolOf(work) !== undefined ? withReasoning(preface, { items, next: items[split], ids, model: options.model }) : preface;
  return { ...plan, items: [...items.slice(0, split), ...tools, ...items.slice(split), ...trailer], usage };
}

/** The hosted tool the service runs first (`code interpreter`), for the reasoning summary to name. */
export function hostedToolOf(work: HostedWork): string | undefined {
  const first = work.preface[0];
  if (first === undefined || !TOOL_ITEMS.has(first.itemType)) return undefined;
  return first.itemType.replace(/^openrouter:/, '').replace(/_call$/, '').replaceAll('_', ' ');
}

/**
 * A model that reasoned before a hosted tool reasons again after each run, before the next one or the answer
 * (reasoning, web_search_call, reasoning, message; reasoning, call, reasoning, call, reasoning, message around
 * several runs, as the web search, file search and code interpreter captures show).
 */
function withReasoning(preface: ServerItem[], at: { items: PlannedItem[]; next: PlannedItem | undefined; ids: ServerIds; model: Pick<ModelProfile, 'searchReasoning'> }): PlannedItem[] {
  const first = at.items[0];
  if (first?.type !== 'reasoning') return preface;
  const { ids } = at;
  const sealed = (lead = ''): { encryptedContent?: string } => (first.encryptedContent !== undefined ? { encryptedContent: `${lead}${ids.encryptedContent()}` } : {});
  const out: PlannedItem[] = [];
  preface.forEach((item, index) => {
    out.push(item);
    const following = preface[index + 1] ?? at.next;
    if (!TOOL_ITEMS.has(item.itemType) || (following?.type !== 'message' && following?.type !== 'server_item')) return;
    if (item.itemType === 'web_search_call' && at.model.searchReasoning === 'tool-output-pair') {
      // Named after the search whose output it reads (`tco_<uuid>_call-…` beside `ws_<uuid>_call-…`, recorded).
      const onOutput = ids.serverItem('tool_output_reasoning', item.id);
      out.push({ type: 'reasoning', id: onOutput, summary: [], format: first.format, model: first.model, ...sealed(`${onOutput}_`) });
      const interim = ids.serverItem('interim_reasoning');
      out.push({ type: 'reasoning', id: interim, summary: [], format: first.format, model: first.model, ...sealed() });
      return;
    }
    const id = ids.reasoning();
    out.push({ type: 'reasoning', id, summary: first.summary.length > 0 ? [RESUMED] : [], format: first.format, model: first.model, ...sealed() });
  });
  return out;
}

/** A call a program of this response makes names it. */
function plannedCall(item: PlannedItem, program: unknown): PlannedItem {
  if (item.type === 'function_call' && item.caller?.programCallId === '' && typeof program === 'string') return { ...item, caller: { programCallId: program } };
  return item;
}

function within(citations: Citation[], text: string): Citation[] {
  const length = codePoints(text);
  return citations.filter((citation) => citationEnd(citation) <= length);
}
