// A recorded exchange as the pipeline's answer: the recorded response object (or the stream's final one) is
// the JSON body, its ids and items are the response's, and its objects render as they came, so a JSON
// recording streams through the usual event renderer and a recorded stream plays its own events.
import type { MockError, Plan, PlannedItem, Result, Usage } from '../domain/types.js';
import { TERMINAL_EVENTS } from '../domain/scenarios/replay-checks.js';
import { fail, ok } from '../domain/types.js';
import { recordedItem } from '../providers/shared.js';
import type { ProviderProfile, ResponseSnapshot } from '../providers/types.js';
import type { RecordedEvent, Replay } from '../schemas/replay.js';

type Json = Record<string, unknown>;

/** A recorded stream: its events as they came. */
export interface RecordedStream {
  events: RecordedEvent[];
  /** Milliseconds before each event. */
  timing?: number[];
  /** The upstream dropped the connection after the events. */
  cut: boolean;
}

/** How a replayed response renders: its own objects, and its own events if it was recorded as a stream. */
export interface ReplayRendering {
  render: Pick<ProviderProfile, 'renderResponse' | 'renderItem'>;
  stream?: RecordedStream;
}

/** What a recording gives a created response. */
export interface Replayed {
  snapshot: ResponseSnapshot;
  plan: Plan;
  body: Json;
  replay: ReplayRendering;
}

/** The recorded answer; a dropped stream asked for as JSON has none. */
export function replayRecording(replay: Replay, wanted: { stream: boolean }): Result<Replayed> {
  const events = replay.events;
  const stream: RecordedStream | undefined = events ? { events, ...(replay.timing ? { timing: replay.timing } : {}), cut: replay.cut === true } : undefined;
  const final = replay.body ?? (events ? finalResponse(events) : undefined);
  if (!final && !wanted.stream) {
    return fail({ code: 'upstream_failed', message: 'The recorded upstream dropped the connection before the response finished; replay it as a stream to see the events it sent.', param: null });
  }
  const body = final ?? lastResponse(events ?? []) ?? {};
  const recorded = new Map<PlannedItem, Json>();
  const output = Array.isArray(body.output) ? (body.output as Json[]) : [];
  const items = output.map((item) => {
    const planned = plannedItem(item);
    recorded.set(planned, item);
    return planned;
  });
  const usage = usageOf(body.usage);
  const plan: Plan = { items, status: planStatus(body.status), usage: usage ?? { inputTokens: 0, outputTokens: 0, cachedTokens: 0, reasoningTokens: 0 } };
  const error = body.error as Plan['error'] | null | undefined;
  if (plan.status === 'failed' && error) plan.error = error;
  const reason = (body.incomplete_details as { reason?: Plan['incompleteReason'] } | null | undefined)?.reason;
  if (plan.status === 'incomplete' && reason) plan.incompleteReason = reason;
  const snapshot: ResponseSnapshot = {
    id: typeof body.id === 'string' ? body.id : '',
    createdAt: typeof body.created_at === 'number' ? body.created_at : 0,
    completedAt: typeof body.completed_at === 'number' ? body.completed_at : null,
    status: plan.status,
    items,
    usage,
    ...(plan.error ? { error: plan.error } : {}),
    ...(plan.incompleteReason ? { incompleteReason: plan.incompleteReason } : {}),
  };
  const render: ReplayRendering['render'] = {
    renderItem: (item, stage) => recordedItem(recorded.get(item) ?? (item.type === 'recorded' ? item.item : {}), stage),
    renderResponse: (at) => overlay(body, {
      status: at.status,
      completed_at: null,
      output: at.items.map((item) => render.renderItem(item, 'final')),
      usage: null,
      error: at.error ?? null,
      incomplete_details: null,
    }),
  };
  return ok({ snapshot, plan, body, replay: { render, ...(stream ? { stream } : {}) } });
}

/** A recorded HTTP error: its status, headers and body exactly as they came. */
export function replayedError(replay: Replay): MockError {
  const body = replay.body ?? {};
  const error = body.error as { message?: unknown } | undefined;
  const message = typeof error?.message === 'string' ? error.message : `HTTP ${replay.status ?? 500}`;
  return { code: 'injected_fault', status: replay.status ?? 500, message, param: null, headers: replay.headers ?? {}, envelope: body };
}

/**
 * A recorded output item as the event renderer knows it: a message, a call, a custom call or a reasoning
 * summary streams its text, arguments, input or summary; anything else goes out whole.
 */
function plannedItem(item: Json): PlannedItem {
  const id = typeof item.id === 'string' ? item.id : '';
  const text = (value: unknown): value is string => typeof value === 'string';
  const namespace = text(item.namespace) ? { namespace: item.namespace } : {};
  switch (item.type) {
    case 'message': {
      const content = item.content as Json[] | undefined;
      const part = Array.isArray(content) && content.length === 1 ? content[0] : undefined;
      const phase = item.phase === 'commentary' || item.phase === 'final_answer' ? { phase: item.phase as 'commentary' | 'final_answer' } : {};
      const incomplete = item.status === 'incomplete' ? { status: 'incomplete' as const } : {};
      if (part?.type === 'output_text' && text(part.text)) return { type: 'message', id, text: part.text, ...phase, ...incomplete };
      if (part?.type === 'refusal' && text(part.refusal)) return { type: 'message', id, text: part.refusal, refusal: true, ...phase, ...incomplete };
      break;
    }
    case 'function_call':
      if (text(item.call_id) && text(item.name) && text(item.arguments)) return { type: 'function_call', id, callId: item.call_id, name: item.name, arguments: item.arguments, ...namespace };
      break;
    case 'custom_tool_call':
      if (text(item.call_id) && text(item.name) && text(item.input)) return { type: 'custom_tool_call', id, callId: item.call_id, name: item.name, input: item.input, ...namespace };
      break;
    case 'reasoning': {
      const summary = Array.isArray(item.summary) ? (item.summary as Json[]) : [];
      if (summary.every((part) => text(part?.text))) {
        const encrypted = text(item.encrypted_content) ? { encryptedContent: item.encrypted_content } : {};
        return { type: 'reasoning', id, summary: summary.map((part) => part.text as string), format: text(item.format) ? item.format : '', ...encrypted };
      }
      break;
    }
    default:
      break;
  }
  return { type: 'recorded', id, item };
}

function finalResponse(events: RecordedEvent[]): Json | undefined {
  for (let index = events.length - 1; index >= 0; index -= 1) {
    const event = events[index]!;
    if (TERMINAL_EVENTS.has(event.type)) return event.response as Json | undefined;
  }
  return undefined;
}

/** The latest response object a dropped stream carried (response.created's, usually). */
function lastResponse(events: RecordedEvent[]): Json | undefined {
  for (let index = events.length - 1; index >= 0; index -= 1) {
    const response = events[index]!.response;
    if (typeof response === 'object' && response !== null) return response as Json;
  }
  return undefined;
}

function planStatus(status: unknown): Plan['status'] {
  return status === 'incomplete' || status === 'failed' ? status : 'completed';
}

function usageOf(usage: unknown): Usage | null {
  if (typeof usage !== 'object' || usage === null) return null;
  const figures = usage as { input_tokens?: number; output_tokens?: number; input_tokens_details?: { cached_tokens?: number }; output_tokens_details?: { reasoning_tokens?: number } };
  return {
    inputTokens: figures.input_tokens ?? 0,
    outputTokens: figures.output_tokens ?? 0,
    cachedTokens: figures.input_tokens_details?.cached_tokens ?? 0,
    reasoningTokens: figures.output_tokens_details?.reasoning_tokens ?? 0,
  };
}

/** The recorded object with some fields set, in its own key order; fields it does not have stay absent. */
function overlay(body: Json, fields: Json): Json {
  const out: Json = { ...body };
  for (const [key, value] of Object.entries(fields)) if (Object.hasOwn(body, key) || key === 'status' || key === 'output') out[key] = value;
  return out;
}
