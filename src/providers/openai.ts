// The OpenAI profile (`/v1`): stored responses (store defaults to true), pairing enforced both ways and the
// `fc` id prefix, resp_/msg_/fc_ ids, OpenAI's response field set, and `event:` + `data:` streams.
import { catalogEntry } from '../errors.js';
import { INPUT_TEXT_MAX_LENGTH, ITEM_ID_MAX_LENGTH, TOOLS_MAX_LENGTH } from '../schemas/constants.js';
import { MODEL_CATALOG, type ModelProfile } from '../domain/models.js';
import type { MockError, PlannedItem, Strictness, TokenLogprob } from '../domain/types.js';
import { conversationIdOf } from '../domain/validation/items/conversation.js';
import type { PreparedRequest, RequestRules } from '../domain/validation/prepare.js';
import type { Citation } from '../domain/hosted/types.js';
import { messagePart, renderCustomCall, renderReasoning } from './parts/agent-items.js';
import { echoOpenAITools } from './parts/openai-tools.js';
import { partLogprobs } from './parts/logprobs.js';
import { stagedBlobs } from './parts/opaque.js';
import { moderationResults } from './parts/moderation.js';
import { openAIServerId } from './ids/server-ids.js';
import { renderCitation, renderServerItem, webSearchCount } from './parts/server-items.js';
import { alnum, hex } from './ids/ids.js';
import { reasoningEcho, recordedItem, textEcho, usageFields } from './shared.js';
import type { ErrorReply, IdFormats, ItemStage, ProviderProfile, ResponseSnapshot } from './types.js';

function rules(strictness: Strictness): RequestRules {
  const strict = strictness === 'strict';
  return {
    stateless: false,
    textFormat: { openai: true },
    // As strict-mode schema errors, at every strictness: the live service refuses such a schema outright.
    metaSchema: true,
    hostedToolFields: true,
    items: { maxText: INPUT_TEXT_MAX_LENGTH, maxId: ITEM_ID_MAX_LENGTH, rejectUnknownFields: strict },
    maxTools: TOOLS_MAX_LENGTH,
    checkModelParameters: true,
    minOutputTokens: 16,
    prompts: true,
    // The live service refuses them at any strictness; lenient lets through fields newer than the mock's tables.
    rejectUnknownFields: strict,
    history: {
      requireIds: false,
      requireKnownCalls: false,
      rejectOrphanOutputs: strict,
      rejectUnansweredCalls: strict,
      pairApplyPatch: strict,
      idPrefixes: strict ? { function_call: 'fc', custom_tool_call: 'ctc', apply_patch_call: 'apc', message: 'msg', reasoning: 'rs' } : undefined,
      checkReasoning: strict,
      hint: "send the header 'x-mock-strictness: lenient' to skip these checks",
    },
  };
}

const ids: IdFormats = {
  response: (random) => `resp_${hex(random, 50)}`,
  message: (random) => `msg_${hex(random, 50)}`,
  functionCall: (random) => `fc_${hex(random, 50)}`,
  customToolCall: (random) => `ctc_${hex(random, 50)}`,
  reasoning: (random) => `rs_${hex(random, 50)}`,
  callId: (random) => `call_${alnum(random, 24)}`,
  serverItem: (random, at) => openAIServerId(random, at.kind),
};

function renderItem(item: PlannedItem, stage: ItemStage): Record<string, unknown> {
  return item.type === 'recorded' ? recordedItem(item.item, stage) : stagedBlobs(renderPlanned(item, stage), stage);
}

function renderPlanned(item: Exclude<PlannedItem, { type: 'recorded' }>, stage: ItemStage): Record<string, unknown> {
  const done = stage !== 'added';
  const status = done ? ((item.type === 'message' || item.type === 'function_call') && item.status) || 'completed' : 'in_progress';
  if (item.type === 'function_call') {
    // A program's call stays in progress, even in the finished response: the program waits for its output (captured).
    if (item.caller) return { id: item.id, type: 'function_call', status: 'in_progress', arguments: done ? item.arguments : '', call_id: item.callId, caller: { type: 'program', caller_id: item.caller.programCallId }, name: item.name };
    const call: Record<string, unknown> = { id: item.id, type: 'function_call', status, arguments: done ? item.arguments : '', call_id: item.callId, name: item.name };
    if (item.namespace) call.namespace = item.namespace;
    return call;
  }
  if (item.type === 'custom_tool_call') return renderCustomCall(item, { stage, provider: 'openai' });
  if (item.type === 'reasoning') return renderReasoning(item, { stage, provider: 'openai' });
  if (item.type === 'server_item') return renderServerItem(item, stage);
  const content = done ? [messagePart(item, textPart)] : [];
  // A phase comes between content and role (captured, gpt-5.3-codex: stream and JSON body alike).
  const phase = item.phase ? { phase: item.phase } : {};
  return { id: item.id, type: 'message', status, content, ...phase, role: 'assistant' };
}

const textPart = (text: string, annotations: Citation[], logprobs: TokenLogprob[] | undefined) => ({
  type: 'output_text', annotations: annotations.map((citation) => renderCitation(citation, 'openai')), logprobs: logprobs ? partLogprobs(logprobs) : [], text,
});

/** `conversation: {id}` when the request names one, as the API echoes it; nothing otherwise. */
function conversationEcho(value: unknown): { conversation?: { id: string } } {
  const id = conversationIdOf(value);
  return id === undefined ? {} : { conversation: { id } };
}

const NOTHING = Object.freeze({});

/**
 * `prompt: {id, variables, version}` as sent (null for what was not), where openai-node's Response has it; no
 * capture shows the key on a request without one, so it is left out then.
 */
function promptEcho(value: unknown): { prompt?: Record<string, unknown> | null } {
  if (value === undefined) return NOTHING;
  if (value === null) return { prompt: null };
  const { id, variables, version } = value as Record<string, unknown>;
  return { prompt: { id, variables: variables ?? null, version: version ?? null } };
}

/** The prompt cache options applied, with their defaults, on a model that takes them (gpt-5.6 on) when sent. */
function promptCacheEcho(options: unknown, model: ModelProfile): { prompt_cache_options?: Record<string, unknown> } {
  if (!model.promptCacheOptions || typeof options !== 'object' || options === null) return NOTHING;
  const { mode, ttl, comparison_response_id: comparison } = options as Record<string, unknown>;
  const applied: Record<string, unknown> = { mode: mode ?? 'implicit', ttl: ttl ?? '30m' };
  if (typeof comparison === 'string') applied.comparison_response_id = comparison;
  return { prompt_cache_options: applied };
}

/** Rendered for a request that is not streamed; a stored one replayed as a stream leaves it out (jsonOnlyFields). */
const BILLING = Object.freeze({ billing: Object.freeze({ payer: 'developer' }) });

function renderResponse(snapshot: ResponseSnapshot, request: PreparedRequest, model: { echo: string; profile: ModelProfile }): Record<string, unknown> {
  const body = request.body;
  const { echoes } = model.profile;
  return {
    id: snapshot.id,
    object: 'response',
    created_at: snapshot.createdAt,
    status: snapshot.status,
    background: body.background === true,
    // Answers sent as one JSON body say who pays; the response objects of a stream do not (captures).
    ...(body.stream === true ? {} : BILLING),
    completed_at: snapshot.completedAt,
    // Only a response in a conversation names it: the key is absent otherwise (captures).
    ...conversationEcho(body.conversation),
    error: snapshot.error ?? null,
    frequency_penalty: body.frequency_penalty ?? 0,
    incomplete_details: snapshot.incompleteReason ? { reason: snapshot.incompleteReason } : null,
    instructions: body.instructions ?? null,
    max_output_tokens: body.max_output_tokens ?? null,
    max_tool_calls: body.max_tool_calls ?? null,
    model: model.echo,
    // Results for a moderated completion (`moderation: {model}`), else null.
    moderation: moderationResults((body as { moderation?: unknown }).moderation),
    output: snapshot.items.map((item) => renderItem(item, 'final')),
    parallel_tool_calls: body.parallel_tool_calls ?? true,
    presence_penalty: body.presence_penalty ?? 0,
    previous_response_id: body.previous_response_id ?? null,
    ...promptEcho(body.prompt),
    ...(snapshot.promptCacheDiagnostics ? { prompt_cache_diagnostics: snapshot.promptCacheDiagnostics } : NOTHING),
    prompt_cache_key: body.prompt_cache_key ?? null,
    ...promptCacheEcho(body.prompt_cache_options, model.profile),
    prompt_cache_retention: body.prompt_cache_retention ?? echoes?.promptCacheRetention ?? null,
    reasoning: reasoningEcho(body.reasoning, model.profile),
    safety_identifier: body.safety_identifier ?? null,
    service_tier: serviceTier(body.service_tier, snapshot),
    store: body.store ?? true,
    temperature: body.temperature ?? 1,
    text: textEcho(body, { verbosity: echoes?.verbosity }),
    tool_choice: body.tool_choice ?? 'auto',
    tool_usage: toolUsage(webSearchCount(snapshot.items)),
    tools: echoOpenAITools(body.tools, request.historyItems),
    top_logprobs: body.top_logprobs ?? 0,
    top_p: body.top_p ?? echoes?.topP ?? 1,
    truncation: body.truncation ?? 'disabled',
    usage: snapshot.usage ? usageFields(snapshot.usage, { cacheWrites: true }) : null,
    user: body.user ?? null,
    metadata: body.metadata ?? {},
  };
}

/**
 * The tier that served it: `auto` while in progress (response.created / in_progress) and `default` once
 * finished, as on the wire; still `auto` when it failed before any output (the insufficient_quota capture:
 * nothing served it); a tier the request asks for by name (flex, priority, …) throughout.
 */
function serviceTier(asked: string | null | undefined, snapshot: { status: string; items: readonly unknown[] }): string {
  if (asked && asked !== 'auto' && asked !== 'default') return asked;
  const { status } = snapshot;
  const unserved = status === 'in_progress' || status === 'queued' || (status === 'failed' && snapshot.items.length === 0);
  return unserved ? 'auto' : 'default';
}

/** The 2026 envelope's per-tool usage: image generation tokens (none here) and web searches made. */
function toolUsage(searches: number): Record<string, unknown> {
  const tokens = { input_tokens: 0, input_tokens_details: { image_tokens: 0, text_tokens: 0 }, output_tokens: 0, output_tokens_details: { image_tokens: 0, text_tokens: 0 }, total_tokens: 0 };
  return { image_gen: tokens, web_search: { num_requests: searches } };
}

function errorReply(error: MockError): ErrorReply {
  const entry = catalogEntry(error.code);
  const status = error.status ?? entry.status;
  if (error.envelope !== undefined) return { status, headers: error.headers ?? {}, body: error.envelope };
  return {
    status,
    headers: error.headers ?? {},
    body: {
      error: {
        message: error.message,
        type: error.type ?? entry.openaiType,
        param: error.param,
        code: error.providerCode !== undefined ? error.providerCode : entry.openaiCode,
      },
    },
  };
}

function listModels(): unknown {
  return {
    object: 'list',
    data: MODEL_CATALOG.filter((model) => model.id.startsWith('openai/')).map((model) => ({
      id: model.id.slice('openai/'.length),
      object: 'model',
      created: model.created,
      owned_by: 'system',
    })),
  };
}

export function createOpenAIProfile(resolveModel: (model: string) => ModelProfile): ProviderProfile {
  return {
    id: 'openai',
    prefix: '/v1',
    stateful: true,
    defaultStore: true,
    reasoningByDefault: true,
    rules,
    ids,
    echoModel: (model) => resolveModel(model).snapshot ?? model,
    jsonOnlyFields: ['billing'],
    renderResponse: (snapshot, request) => {
      const profile = resolveModel(request.body.model);
      return renderResponse(snapshot, request, { echo: profile.snapshot ?? request.body.model, profile });
    },
    renderItem,
    textLogprobs: true,
    errorReply,
    stream: {
      contentType: 'text/event-stream; charset=utf-8', eventLines: true, doneMarker: false, keepAliveComment: null, sequenceNumber: 'after-type',
      locatorOrder: 'item-id-first', obfuscation: true, nameOnArgumentsDone: false, errorEvent: 'nested', annotationEvents: 'inline',
    },
    listModels,
  };
}
