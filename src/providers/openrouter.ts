// The OpenRouter profile (`/api/v1`): stateless, strict history rules by default (its documented ones),
// gen-/msg_tmp_/fc_tmp_ ids, the 32-key response object with cost fields, and `data:`-only streams.
import { catalogEntry } from '../errors.js';
import { unaskedSummary, type ModelProfile } from '../domain/models.js';
import type { MockError, PlannedItem, Strictness, Usage } from '../domain/types.js';
import type { PreparedRequest, RequestRules } from '../domain/validation/prepare.js';
import { pathSegments } from '../domain/validation/paths.js';
import type { Citation } from '../domain/hosted/types.js';
import { messagePart, renderCustomCall, renderReasoning } from './parts/agent-items.js';
import { openRouterServerId } from './ids/server-ids.js';
import { renderCitation, renderServerItem, webSearchCount } from './parts/server-items.js';
import { alnum, lowerAlnum, vendorCallId, vendorReasoningId } from './ids/ids.js';
import { listOpenRouterModels } from './parts/openrouter-models.js';
import { reasoningEcho, recordedItem, textEcho, usageFields } from './shared.js';
import type { ErrorReply, IdFormats, ItemStage, ProviderProfile, ResponseSnapshot } from './types.js';

export const LENIENT_HINT = "send the header 'x-mock-strictness: lenient' to accept what the live service accepts";

function rules(strictness: Strictness): RequestRules {
  const strict = strictness === 'strict';
  return {
    stateless: true,
    promptShape: strict,
    history: {
      requireIds: strict,
      requireKnownCalls: strict,
      rejectOrphanOutputs: strict,
      rejectUnansweredCalls: false,
      hint: LENIENT_HINT,
    },
  };
}

const ids: IdFormats = {
  response: (random, createdAt) => `gen-${createdAt}-${alnum(random, 20)}`,
  message: (random) => `msg_tmp_${lowerAlnum(random, 11)}`,
  functionCall: (random) => `fc_tmp_${lowerAlnum(random, 11)}`,
  customToolCall: (random) => `ctc_tmp_${lowerAlnum(random, 11)}`,
  reasoning: (random, at) => vendorReasoningId({ random, ...at }),
  callId: (random, at) => vendorCallId({ random, ...at }),
  serverItem: (random, at) => openRouterServerId(random, at.kind, at.of),
};

function renderItem(item: PlannedItem, stage: ItemStage): Record<string, unknown> {
  if (item.type === 'recorded') return recordedItem(item.item, stage);
  const done = stage !== 'added';
  const status = done ? ((item.type === 'message' || item.type === 'function_call') && item.status) || 'completed' : 'in_progress';
  if (item.type === 'function_call') {
    return {
      id: item.id, type: 'function_call', status, call_id: item.callId, name: item.name,
      arguments: done ? item.arguments : '',
      ...(item.namespace ? { namespace: item.namespace } : {}),
    };
  }
  if (item.type === 'custom_tool_call') return renderCustomCall(item, { stage, provider: 'openrouter' });
  if (item.type === 'reasoning') return renderReasoning(item, { stage, provider: 'openrouter' });
  if (item.type === 'server_item') {
    const rendered = renderServerItem(item, stage);
    // A native search leads with its type in the final object (recorded), with its id in the item events.
    return stage === 'final' && item.itemType === 'web_search_call' ? { type: rendered.type, ...rendered } : rendered;
  }
  const content = done ? [messagePart(item, textPart)] : [];
  const phase = item.phase ? { phase: item.phase } : {};
  // Key order differs on the wire between the final object and the item events.
  return stage === 'final'
    ? { id: item.id, type: 'message', role: 'assistant', status, content, ...phase }
    : { id: item.id, type: 'message', status, role: 'assistant', content, ...phase };
}

const textPart = (text: string, annotations: Citation[]) => ({
  type: 'output_text', text, annotations: annotations.map((citation) => renderCitation(citation, 'openrouter')), logprobs: [],
});

function echoTools(tools: unknown): unknown[] {
  if (!Array.isArray(tools)) return [];
  return tools.map((tool: Record<string, unknown>) => (tool.type !== 'function' ? tool : {
    type: 'function',
    name: tool.name,
    ...(tool.description != null ? { description: tool.description } : {}),
    ...(typeof tool.strict === 'boolean' ? { strict: tool.strict } : {}),
    parameters: tool.parameters ?? null,
  }));
}

function renderUsage(usage: Usage, at: { model: ModelProfile; searches: number }): Record<string, unknown> {
  const { model } = at;
  const inputCost = round(usage.inputTokens * model.pricing.input / 1e6);
  const outputCost = round(usage.outputTokens * model.pricing.output / 1e6);
  const cost = round(inputCost + outputCost);
  return {
    ...usageFields(usage),
    cost,
    is_byok: false,
    cost_details: { upstream_inference_cost: cost, upstream_inference_input_cost: inputCost, upstream_inference_output_cost: outputCost },
    // As recorded after a native search (the docs name it `server_tool_use`).
    ...(at.searches > 0 ? { server_tool_use_details: { web_search_requests: at.searches } } : {}),
  };
}

const round = (value: number): number => Number(value.toPrecision(12));

function renderResponse(snapshot: ResponseSnapshot, request: PreparedRequest, model: ModelProfile): Record<string, unknown> {
  const body = request.body;
  // Once the upstream has answered, the object shows what it reported; until then, the request's echo.
  const filled = snapshot.status !== 'in_progress';
  return {
    id: snapshot.id,
    object: 'response',
    created_at: snapshot.createdAt,
    model: body.model,
    status: snapshot.status,
    completed_at: snapshot.completedAt,
    output: snapshot.items.map((item) => renderItem(item, 'final')),
    error: snapshot.error ?? null,
    incomplete_details: snapshot.incompleteReason ? { reason: snapshot.incompleteReason } : null,
    tools: echoTools(body.tools),
    tool_choice: body.tool_choice ?? 'auto',
    parallel_tool_calls: body.parallel_tool_calls ?? true,
    max_output_tokens: body.max_output_tokens ?? null,
    temperature: body.temperature ?? 1,
    top_p: body.top_p ?? 1,
    presence_penalty: body.presence_penalty ?? 0,
    frequency_penalty: body.frequency_penalty ?? 0,
    top_logprobs: body.top_logprobs ?? 0,
    max_tool_calls: body.max_tool_calls ?? null,
    metadata: body.metadata ?? {},
    background: false,
    previous_response_id: null,
    service_tier: filled ? upstreamTier(body.model) : 'auto',
    truncation: body.truncation ?? 'disabled',
    store: false,
    instructions: body.instructions ?? null,
    text: textEcho(body),
    reasoning: filled ? upstreamReasoning(body, model) : body.reasoning ?? null,
    safety_identifier: body.safety_identifier ?? null,
    prompt_cache_key: body.prompt_cache_key ?? null,
    prompt_cache_options: null,
    usage: snapshot.usage ? renderUsage(snapshot.usage, { model, searches: webSearchCount(snapshot.items) }) : null,
  };
}

/** The upstream's own tier: OpenAI's and xAI's models report `default`; muse-spark's report none (`auto` stays). */
const upstreamTier = (slug: string): string => (/^meta(?:-llama)?\//i.test(slug) ? 'auto' : 'default');

/**
 * The reasoning settings the upstream reports, as recorded: OpenAI's reasoning models give OpenAI's own object with
 * the detailed summary OpenRouter asks for (gpt-5.5, none sent: `{context, effort: medium, mode, summary:
 * detailed}`); grok adds the summary it gave (`none` at effort none, else `detailed`); the rest echo the request.
 */
function upstreamReasoning(body: PreparedRequest['body'], model: ModelProfile): Record<string, unknown> | null {
  const sent = body.reasoning ?? null;
  if (/^openai\//i.test(body.model) && model.reasoning === true) {
    // OpenAI's own object: its four keys (what only OpenRouter reads, such as max_tokens, is not OpenAI's to report).
    const { context, effort, mode, summary } = reasoningEcho(sent, model);
    return { context, effort, mode, summary: summary ?? 'detailed' };
  }
  const unasked = unaskedSummary(model, (sent as Record<string, unknown> | null)?.effort);
  if (sent !== null && unasked !== undefined) return { ...sent, summary: sent.summary ?? unasked };
  return sent;
}

/** Request validation errors carry the string code `invalid_prompt` and zod-style issues; the rest a number. */
function errorReply(error: MockError): ErrorReply {
  const entry = catalogEntry(error.code);
  const status = error.status ?? entry.status;
  const headers = error.headers ?? {};
  if (error.envelope !== undefined) return { status, headers, body: error.envelope };
  if (error.code !== 'injected_fault' && status === 400 && error.param !== null) {
    // `store` is checked as the live service's schema does (`z.literal(false)`): its issue is that one, word for word.
    const issue = error.param === 'store'
      ? { code: 'invalid_value', values: [false], path: ['store'], message: 'Invalid input: expected false' }
      : { code: zodCode(error), path: pathSegments(error.param), message: error.message };
    return { status, headers, body: { error: { code: 'invalid_prompt', message: error.message }, metadata: { raw: JSON.stringify([issue]) } } };
  }
  const code = error.code === 'injected_fault' && error.providerCode != null ? error.providerCode : status;
  return { status, headers, body: { error: { code, message: error.message } } };
}

function zodCode(error: MockError): string {
  if (error.code === 'missing_required_parameter' || error.code === 'invalid_type' || error.code === 'history_missing_id') return 'invalid_type';
  if (error.code === 'invalid_value' || error.code === 'store_not_supported') return 'invalid_value';
  return 'custom';
}

export function createOpenRouterProfile(resolveModel: (model: string) => ModelProfile): ProviderProfile {
  return {
    id: 'openrouter',
    prefix: '/api/v1',
    stateful: false,
    defaultStore: false,
    reasoningByDefault: false,
    rules,
    ids,
    echoModel: (model) => model,
    renderResponse: (snapshot, request) => renderResponse(snapshot, request, resolveModel(request.body.model)),
    renderItem,
    errorReply,
    stream: {
      contentType: 'text/event-stream', eventLines: false, doneMarker: true, keepAliveComment: ' ', sequenceNumber: 'last',
      locatorOrder: 'output-index-first', obfuscation: false, nameOnArgumentsDone: true, errorEvent: 'flat', annotationEvents: 'after-text',
    },
    listModels: listOpenRouterModels,
    pagedModels: true,
  };
}
