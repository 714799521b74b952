// What differs between the two emulated services, behind one interface chosen by the route's base path:
// validation rules, id formats, the response object's field set, error envelopes and stream framing.
import type { Random } from '../deps.js';
import type { ServerIdKind } from '../domain/hosted/types.js';
import type { ModelProfile } from '../domain/models.js';
import type { MockError, Plan, PlannedItem, ProviderId, Strictness, Usage } from '../domain/types.js';
import type { PreparedRequest, RequestRules } from '../domain/validation/prepare.js';

/** A response at one moment: in progress (no output yet) or finished. */
export interface ResponseSnapshot {
  id: string;
  createdAt: number;
  completedAt: number | null;
  status: 'in_progress' | Plan['status'];
  items: PlannedItem[];
  usage: Usage | null;
  error?: Plan['error'];
  incompleteReason?: Plan['incompleteReason'];
  /** OpenAI's `prompt_cache_diagnostics`, when the request asks for a comparison (domain/engine/prompt-cache.ts). */
  promptCacheDiagnostics?: Record<string, unknown>;
}

export interface ErrorReply {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

export interface StreamFraming {
  /** The stream's content-type: OpenRouter's recordings carry no charset. */
  contentType: 'text/event-stream' | 'text/event-stream; charset=utf-8';
  /** OpenRouter: `data:` lines only; OpenAI: `event:` + `data:`. */
  eventLines: boolean;
  /** OpenRouter ends with `data: [DONE]`. */
  doneMarker: boolean;
  /** The keep-alive comment text OpenRouter sends (a bare `: ` on the 2026-09 wire). */
  keepAliveComment: string | null;
  /** `sequence_number` right after `type` (OpenAI) or last in every event (OpenRouter wire order). */
  sequenceNumber: 'after-type' | 'last';
  /** Item-scoped events lead with `output_index` (OpenRouter) or with `item_id` (OpenAI). */
  locatorOrder: 'output-index-first' | 'item-id-first';
  /** OpenAI pads delta events with a random `obfuscation` string (unless stream_options turns it off). */
  obfuscation: boolean;
  /** OpenRouter repeats the function `name` on `function_call_arguments.done`; OpenAI live omits it. */
  nameOnArgumentsDone: boolean;
  /** The mid-stream `error` event: OpenAI live nests `{error:{type,code,message,param}}`; OpenRouter's is flat. */
  errorEvent: 'nested' | 'flat';
  /** `output_text.annotation.added`: right after the delta that completes the cited text (OpenAI), or after the last delta (OpenRouter). */
  annotationEvents: 'inline' | 'after-text';
}

export type ItemStage = 'added' | 'done' | 'final';

export interface IdFormats {
  response(random: Random, createdAt: number): string;
  message(random: Random): string;
  functionCall(random: Random): string;
  customToolCall(random: Random): string;
  /** A reasoning item's id, in the style of the model's vendor where it shows through. */
  reasoning(random: Random, at: { model: ModelProfile }): string;
  /** `index` is the call's position in the response (xAI numbers its call ids). */
  callId(random: Random, at: { model: ModelProfile; index: number }): string;
  /**
   * An item the service produces itself, in this service's id shape for its kind; `of`: the id of the item it
   * belongs to (a native search's reasoning, the search a tool output's reasoning reads), which some shapes embed.
   */
  serverItem(random: Random, at: { kind: ServerIdKind; model: ModelProfile; of?: string | undefined }): string;
}

export interface ProviderProfile {
  id: ProviderId;
  /** The base path: `/api/v1` or `/v1`. */
  prefix: string;
  /** Whether responses are stored (previous_response_id, GET /responses/:id). */
  stateful: boolean;
  /** `store` when the request does not say. */
  defaultStore: boolean;
  /** Reasoning models emit reasoning items unasked (OpenAI), or only when the request asks (OpenRouter). */
  reasoningByDefault: boolean;
  rules(strictness: Strictness): RequestRules;
  /** How this provider's ids look; each draws from the request's id stream. */
  ids: IdFormats;
  /** The `model` the response echoes (OpenAI echoes the dated snapshot of an alias). */
  echoModel(model: string): string;
  renderResponse(snapshot: ResponseSnapshot, request: PreparedRequest): Record<string, unknown>;
  /** Top-level fields a JSON answer carries and the response objects of a stream do not (OpenAI's `billing`). */
  jsonOnlyFields?: readonly string[];
  renderItem(item: PlannedItem, stage: ItemStage): Record<string, unknown>;
  /** Output text carries logprobs when `include` asks for them (OpenAI); OpenRouter's show none (its include has no such value). */
  textLogprobs?: boolean;
  errorReply(error: MockError): ErrorReply;
  stream: StreamFraming;
  /** The models list; `page` (OpenRouter's `offset` and `limit`) when the provider pages it (`pagedModels`). */
  listModels(page?: ModelPage): unknown;
  /** GET {prefix}/models takes `offset` and `limit` (OpenRouter's spec); OpenAI's list has no parameters. */
  pagedModels?: boolean;
}

/** A page of the models list: both absent, the whole list. */
export interface ModelPage {
  offset?: number | undefined;
  limit?: number | undefined;
}
