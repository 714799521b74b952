// Puts the service's own items into a plan: those before the answer (a search, a datetime; after any reasoning
// and commentary), citations on the answer's text (those still inside it when max_output_tokens cut it), those
// after it (a compaction, a scenario's apply_patch call).
import type { Plan, PlannedItem } from '../types.js';
import { citationEnd, codePoints, type Citation, type HostedWork, type ServerIdKind, type ServerItem, type ServerItemSpec } from './types.js';

export interface ServerIds {
  serverItem(kind: ServerIdKind): string;
  callId(index: number): string;
}

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
  return { ...plan, items: [...items.slice(0, split), ...preface, ...items.slice(split), ...trailer], usage };
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
