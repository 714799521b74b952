// The validation pipeline: a parsed JSON body in, a PreparedRequest (tools, policy, effective conversation)
// or the first MockError out. Stored state (previous_response_id, item_reference) comes in as a HistorySource.
import { validators } from '../../generated/request-body-validators.js';
import type { ResponsesRequest } from '../../schemas/request.js';
import type { ConversationItem, CustomTool, FunctionTool, Result, ToolPolicy } from '../types.js';
import { fail, ok } from '../types.js';
import { checkItemOrder } from './items/agent-items.js';
import { conversationShapeProblem } from './items/conversation.js';
import { configurationOf, updateFormatProblem, type Configuration } from './items/configuration.js';
import { validateHistory, type HistoryRules } from './items/history.js';
import { reasoningProblem } from './items/reasoning.js';
import { textFormatProblem, type TextFormatRules } from './json-schema/text-format.js';
import { requestSchemasProblem } from './json-schema/request-schemas.js';
import { tooLong, type ItemRules } from './items/item-rules.js';
import { modelParameterProblem } from './model-rules.js';
import { moderationProblem } from './moderation.js';
import { requestOptionsProblem } from './request-options.js';
import { promptMessage, promptProblem, storedPromptProblem } from './prompt.js';
import { normalizeInput, parseItems } from './items/items.js';
import { toChecker } from './json-schema/schema-check.js';
import { fieldNestedTooDeep, tooDeeplyNested } from './body-depth.js';
import { resolveToolPolicy } from './tools/tool-choice.js';
import { additionalTools, mergeTools, toolSearchProblem } from './tools/tool-search.js';
import { parseTools } from './tools/tools.js';
import { unknownParameter } from './items/unknown-fields.js';
import { locateHistory, type HistorySource } from './locate-history.js';
import { countsProblem, statelessProblem } from './request-fields.js';
import { withBacktrackingBudget } from '../arguments/index.js';

export type { HistorySource } from './locate-history.js';

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
  /** OpenRouter, strict: `prompt` must have its spec's shape (prompt.ts storedPromptProblem); it is otherwise ignored. */
  promptShape?: boolean;
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
  // Every schema check of the request shares one budget for patterns only the backtracking engine runs.
  return withBacktrackingBudget(() => prepareWithin(body, context));
}

function prepareWithin(body: unknown, context: { rules: RequestRules; history: HistorySource }): Result<PreparedRequest> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return fail({ code: 'invalid_body', message: 'The request body must be a JSON object.', param: null });
  }
  const deep = fieldNestedTooDeep(body);
  if (deep !== null) return fail(tooDeeplyNested(deep));
  const problem = (context.rules.rejectUnknownFields ? unknownParameter(body as Record<string, unknown>) : null)
    ?? countsProblem(body as ResponsesRequest, context.rules.minOutputTokens) ?? checkTopLevel(body, '') ?? statelessProblem(body as ResponsesRequest, { stateless: context.rules.stateless })
    ?? (context.rules.checkModelParameters ? modelParameterProblem(body as ResponsesRequest) ?? moderationProblem((body as Record<string, unknown>).moderation) ?? requestOptionsProblem(body as Record<string, unknown>) : null)
    ?? (context.rules.prompts ? promptProblem((body as ResponsesRequest).prompt, context.rules.items) : null)
    ?? (context.rules.promptShape ? storedPromptProblem((body as ResponsesRequest).prompt) : null);
  if (problem) return fail(problem);
  const request = body as ResponsesRequest;
  const prompted = context.rules.prompts === true && request.prompt !== undefined && request.prompt !== null;
  // A conversation's items are the input's start (OpenAI's spec: "prepended to input_items"), as a chain is.
  const conversed = !context.rules.stateless && request.conversation !== undefined && request.conversation !== null;
  // Its shape before anything else reads it: `conversation: 5` names no conversation, with input or without.
  const shape = conversed ? conversationShapeProblem(request.conversation) : null;
  if (shape) return fail(shape);
  if (request.input === undefined && !request.previous_response_id && !prompted && !conversed) {
    return fail({ code: 'missing_required_parameter', message: `Missing required parameter: 'input'.`, param: 'input' });
  }
  const crowded = requestSchemasProblem(request);
  if (crowded) return fail(crowded);
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
