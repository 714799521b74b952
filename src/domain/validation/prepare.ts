// The validation pipeline: a parsed JSON body in, a PreparedRequest (tools, policy, effective conversation)
// or the first MockError out. Stored state (previous_response_id, item_reference) comes in as a HistorySource.
import { validators } from '../../generated/request-body-validators.js';
import type { ResponsesRequest } from '../../schemas/request.js';
import type { ConversationItem, CustomTool, FunctionTool, MockError, Result, ToolPolicy } from '../types.js';
import { fail, ok } from '../types.js';
import { checkItemOrder } from './items/agent-items.js';
import { configurationOf, updateFormatProblem, type Configuration } from './items/configuration.js';
import { conversationItems } from './items/conversation.js';
import { validateHistory, type HistoryRules, type LocatedItem } from './items/history.js';
import { reasoningProblem } from './items/reasoning.js';
import { textFormatProblem, type TextFormatRules } from './json-schema/text-format.js';
import { tooLong, type ItemRules } from './items/item-rules.js';
import { modelParameterProblem } from './model-rules.js';
import { moderationProblem } from './moderation.js';
import { requestOptionsProblem } from './request-options.js';
import { promptMessage, promptProblem } from './prompt.js';
import { normalizeInput, parseItem, parseItems, type ParsedItem } from './items/items.js';
import { toChecker } from './json-schema/schema-check.js';
import { fieldNestedTooDeep, tooDeeplyNested } from './body-depth.js';
import { resolveToolPolicy } from './tools/tool-choice.js';
import { additionalTools, mergeTools, toolSearchProblem } from './tools/tool-search.js';
import { parseTools } from './tools/tools.js';
import { unknownParameter } from './items/unknown-fields.js';

export interface RequestRules {
  /** OpenRouter: `store` must be false or absent, `previous_response_id` null or absent. */
  stateless: boolean;
  history: HistoryRules;
  /** How `text.format` is checked (OpenAI's extra rules, or not). */
  textFormat?: TextFormatRules;
  /** OpenAI: tool parameters and json_schema formats must be valid under the JSON Schema meta-schema. */
  metaSchema?: boolean;
  /** OpenAI: the fields of the hosted tools it runs (file_search, code_interpreter) are checked. */
  hostedToolFields?: boolean;
  /** OpenAI: what input items may hold beyond their shape (part types by role, text length). */
  items?: ItemRules;
  /** OpenAI: the most tools a request may list. */
  maxTools?: number;
  /** OpenAI: what each model refuses (model-rules.ts): efforts it does not know, sampling while it reasons. */
  checkModelParameters?: boolean;
  /** OpenAI: the least `max_output_tokens` may be (16). */
  minOutputTokens?: number;
  /** OpenAI, strict: a top-level field the API does not take is `Unknown parameter: 'x'.` (unknown-fields.ts). */
  rejectUnknownFields?: boolean;
  /** OpenAI: a reusable `prompt` is checked, may stand in for `input`, and is read as a user message (prompt.ts). */
  prompts?: boolean;
}

/** Read access to stored responses (OpenAI path); empty on a stateless provider. */
export interface HistorySource {
  /** The full conversation (inputs and outputs) up to and including a stored response. */
  conversation(responseId: string): Array<Record<string, unknown>> | undefined;
  /** One stored item by id, for `item_reference`. */
  item(itemId: string): Record<string, unknown> | undefined;
  /** The reasoning item a stored output item was produced after (`reasoningBeforeIn`), if any. */
  reasoningBefore?(itemId: string): string | undefined;
  /** The items of a conversation (`conversation` on the request), oldest first. */
  conversationItems?(conversationId: string): Array<Record<string, unknown>> | undefined;
  /** A stored response object, for prompt cache diagnostics. */
  response?(responseId: string): Record<string, unknown> | undefined;
  /** The status of a stored response that has not finished (still streaming, or a background run still running). */
  unfinished?(responseId: string): 'queued' | 'in_progress' | undefined;
}

export interface PreparedRequest {
  body: ResponsesRequest;
  /** The input items as sent (a string input becomes one user message). */
  inputItems: Array<Record<string, unknown>>;
  /** The raw items of the effective history: stored chain, then input with references resolved. */
  historyItems: Array<Record<string, unknown>>;
  conversation: ConversationItem[];
  functions: FunctionTool[];
  /** Custom (freeform) tools offered. */
  customTools: CustomTool[];
  policy: ToolPolicy;
  /** The reasoning effort and text format that the conversation's configuration updates put in effect. */
  configuration?: Configuration;
}

const checkTopLevel = toChecker(validators.request);

export function prepareRequest(body: unknown, context: { rules: RequestRules; history: HistorySource }): Result<PreparedRequest> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return fail({ code: 'invalid_body', message: 'The request body must be a JSON object.', param: null });
  }
  const deep = fieldNestedTooDeep(body);
  if (deep !== null) return fail(tooDeeplyNested(deep));
  const problem = (context.rules.rejectUnknownFields ? unknownParameter(body as Record<string, unknown>) : null)
    ?? countsProblem(body as ResponsesRequest, context.rules.minOutputTokens) ?? checkTopLevel(body, '') ?? statelessProblem(body as ResponsesRequest, context.rules)
    ?? (context.rules.checkModelParameters ? modelParameterProblem(body as ResponsesRequest) ?? moderationProblem((body as Record<string, unknown>).moderation) ?? requestOptionsProblem(body as Record<string, unknown>) : null)
    ?? (context.rules.prompts ? promptProblem((body as ResponsesRequest).prompt, context.rules.items) : null);
  if (problem) return fail(problem);
  const request = body as ResponsesRequest;
  const prompted = context.rules.prompts === true && request.prompt !== undefined && request.prompt !== null;
  if (request.input === undefined && !request.previous_response_id && !prompted) {
    return fail({ code: 'missing_required_parameter', message: `Missing required parameter: 'input'.`, param: 'input' });
  }
  const toolRules = { metaSchema: context.rules.metaSchema ?? false, maxTools: context.rules.maxTools, hostedFields: context.rules.hostedToolFields };
  const offered = parseTools((request.tools ?? []) as Array<Record<string, unknown>>, toolRules);
  if (!offered.ok) return offered;
  const itemRules = context.rules.items;
  const longInput = typeof request.input === 'string' && itemRules ? tooLong(request.input, { path: 'input', max: itemRules.maxText }) : null;
  if (longInput) return fail(longInput);
  const inputItems = normalizeInput(request.input);
  const parsed = parseItems(inputItems, itemRules);
  if (!parsed.ok) return parsed;
  const added = additionalTools(inputItems, toolRules);
  if (!added.ok) return added;
  const tools = { value: added.value ? mergeTools(offered.value, added.value) : offered.value };
  const searchProblem = toolSearchProblem({ tools: (request.tools ?? []) as Array<Record<string, unknown>>, parsed: tools.value, toolChoice: request.tool_choice });
  if (searchProblem) return fail(searchProblem);
  const policy = resolveToolPolicy({
    toolChoice: request.tool_choice,
    callable: tools.value.callable,
    hostedTypes: tools.value.hostedTypes,
    parallel: request.parallel_tool_calls,
  });
  if (!policy.ok) return policy;
  const misplaced = checkItemOrder(inputItems);
  if (misplaced) return fail(misplaced);
  const located = locateHistory({ request, parsed: parsed.value, history: context.history });
  if (!located.ok) return located;
  const rules = context.rules.history;
  const conversation = located.value.map((entry) => entry.item);
  // The prompt's message comes before this request's input, after the history it continues.
  const templated = prompted ? promptMessage(request.prompt) : undefined;
  if (templated) conversation.splice(located.value.length - parsed.value.length, 0, templated);
  // A template's own text, unknown here, may say "json": a prompted request is not held to the json_object rule.
  const formats = { rules: context.rules.textFormat ?? { openai: false }, metaSchema: toolRules.metaSchema, conversation, templated: prompted };
  const invalid = validateHistory(located.value, { functions: tools.value.functions, customTools: tools.value.custom, rules })
    ?? (rules.checkReasoning ? reasoningProblem(located.value, { store: request.store ?? true, reasoningBefore: context.history.reasoningBefore?.bind(context.history) }) : null)
    ?? textFormatProblem(request, formats) ?? updateFormatProblem(inputItems, formats);
  if (invalid) return fail(invalid);
  const prepared: PreparedRequest = {
    body: request,
    inputItems,
    historyItems: located.value.map((entry) => entry.raw),
    conversation: formats.conversation,
    functions: tools.value.functions,
    customTools: tools.value.custom,
    policy: policy.value,
  };
  const configuration = configurationOf(located.value);
  if (configuration) prepared.configuration = configuration;
  return ok(prepared);
}

const RESPONSE_ID = /^[A-Za-z0-9_-]+$/;

/** `Invalid 'max_output_tokens': integer below minimum value. Expected a value >= 16, but got 10 instead.` */
/** The counts a request sets: never past every number (`1e400` reads as Infinity), and the model's least output. */
function countsProblem(request: ResponsesRequest, min: number | undefined): MockError | null {
  for (const field of ['max_output_tokens', 'max_tool_calls', 'top_logprobs'] as const) {
    const value = request[field];
    // An integer field given a number past every integer: a decimal, as the real API's parser reads it.
    if (typeof value === 'number' && !Number.isFinite(value)) return { code: 'invalid_type', message: `Invalid type for '${field}': expected an integer, but got a decimal instead.`, param: field };
  }
  const asked = request.max_output_tokens;
  if (min === undefined || typeof asked !== 'number' || asked >= min) return null;
  return {
    code: 'value_out_of_range',
    message: `Invalid 'max_output_tokens': integer below minimum value. Expected a value >= ${min}, but got ${asked} instead.`,
    param: 'max_output_tokens',
    providerCode: 'integer_below_min_value',
  };
}

function statelessProblem(request: ResponsesRequest, rules: RequestRules): MockError | null {
  if (!rules.stateless) {
    const id = request.previous_response_id;
    if (typeof id !== 'string' || id === '' || RESPONSE_ID.test(id)) return null;
    return {
      code: 'invalid_value',
      message: `Invalid 'previous_response_id': '${id.slice(0, 100)}'. Expected an ID that contains letters, numbers, underscores, or dashes, but this value contained additional characters.`,
      param: 'previous_response_id',
    };
  }
  if ('store' in request && request.store !== false && request.store !== undefined) {
    return {
      code: 'store_not_supported',
      message: `Invalid value for 'store': ${JSON.stringify(request.store)}. This endpoint is stateless: 'store' must be false or absent.`,
      param: 'store',
    };
  }
  if (request.previous_response_id != null) {
    return {
      code: 'previous_response_not_supported',
      message: `Invalid value for 'previous_response_id': this endpoint is stateless and does not accept it; send the full conversation in 'input' instead.`,
      param: 'previous_response_id',
    };
  }
  return null;
}

type LocatedRaw = LocatedItem & { raw: Record<string, unknown> };

function locateHistory(args: { request: ResponsesRequest; parsed: ParsedItem[]; history: HistorySource }): Result<LocatedRaw[]> {
  const { request, parsed, history } = args;
  const located: LocatedRaw[] = [];
  // A stateless provider ignores `conversation`, as it ignores any field it does not know.
  const conversation = history.conversationItems ? conversationItems(request, (id) => history.conversationItems!(id)) : ok([]);
  if (!conversation.ok) return conversation;
  for (const raw of conversation.value) {
    const item = parseItem(raw, 'conversation');
    if (item.ok && item.value.kind === 'item') located.push({ item: item.value.item, raw, path: 'conversation' });
  }
  if (request.previous_response_id) {
    const unfinished = history.unfinished?.(request.previous_response_id);
    if (unfinished) {
      return fail({
        code: 'invalid_value',
        message: `Previous response with id '${request.previous_response_id}' is still ${unfinished === 'queued' ? 'queued' : 'in progress'}: a response can be continued once it has finished.`,
        param: 'previous_response_id',
      });
    }
    const chain = history.conversation(request.previous_response_id);
    if (!chain) {
      return fail({
        code: 'previous_response_not_found',
        message: `Previous response with id '${request.previous_response_id}' not found: 'previous_response_id' names no response stored in this session.`,
        param: 'previous_response_id',
      });
    }
    for (const raw of chain) {
      const item = parseItem(raw, 'previous_response_id');
      if (item.ok && item.value.kind === 'item') located.push({ item: item.value.item, raw, path: 'previous_response_id' });
    }
  }
  for (const [index, entry] of parsed.entries()) {
    const path = `input[${index}]`;
    if (entry.kind === 'item') {
      located.push({ item: entry.item, raw: entry.raw, path });
      continue;
    }
    const stored = history.item(entry.id);
    const resolved = stored ? parseItem(stored, path) : undefined;
    if (!resolved?.ok || resolved.value.kind !== 'item') {
      return fail({
        code: 'item_reference_not_found',
        message: `Item with id '${entry.id}' not found: '${entry.path}' references no stored item.`,
        param: entry.path,
      });
    }
    located.push({ item: resolved.value.item, raw: stored!, path });
  }
  return ok(located);
}
