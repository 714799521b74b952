// The rule-based engine: decides what the "model" says for a prepared request (text, calls, or both) and
// turns that decision into a Plan with ids, usage and a terminal status.
import type { Random } from '../../deps.js';
import { generateArgumentSets, PromptFacts } from '../arguments/index.js';
import type { ModelProfile } from '../models.js';
import { fail, isCustomTool, ok, type CustomTool, type FunctionTool, type Plan, type PlannedItem, type Result, type Usage } from '../types.js';
import type { PreparedRequest } from '../validation/prepare.js';
import { chooseTools, type EngineWhy } from './choose.js';
import { callsByRequest, chooseByRequest } from './compound/compound.js';
import { customToolInput } from './content/custom.js';
import { planReasoning } from './content/reasoning.js';
import { structuredText } from './content/structured.js';
import { focusedFacts } from './tool-focus.js';
import { toolPath, unsupportedSchema } from './tool-path.js';
import { composeText, lastUserText, trailingOutputs, type TextStyle } from './content/text.js';
import { estimateUsage } from './usage.js';
import { capOutput } from './output-cap.js';

export interface IdFactory {
  message(): string;
  functionCall(): string;
  customToolCall(): string;
  reasoning(): string;
  /** A reasoning item's opaque state (drawn like an id: fresh per response unless seeded). */
  encryptedContent(): string;
  /** `index` is the call's position in this response (xAI numbers its call ids). */
  callId(index: number): string;
}

/** One call the model makes: JSON arguments for a function, raw input for a custom tool. */
export type DecidedCall = { tool: FunctionTool; arguments: string; caller?: string } | { tool: CustomTool; input: string };

/** What to say, before ids and usage: also the shape a scripted scenario produces. */
export interface Decision {
  text?: string;
  calls: DecidedCall[];
  /** A scripted ending other than completed. */
  outcome?: { status: 'incomplete'; reason: 'max_output_tokens' | 'content_filter' } | { status: 'failed'; error: { code: string; message: string } };
  /** Scripted usage figures, replacing the estimates. */
  usage?: Partial<Usage>;
  /** A refusal: the message holds a refusal part with this text (instead of `text`). */
  refusal?: string;
  /** A short message (`phase: "commentary"`) before the calls or the service's own items, saying what comes. */
  commentary?: string;
  /** The hosted tool the service runs before answering (`code interpreter`), named by the reasoning summary. */
  hostedTool?: string;
  /** Scripted reasoning summary parts, or `false` for no reasoning item even on a reasoning model. */
  reasoning?: string[] | false;
  /** Why the engine answered so (journaled): a sentence, and the ranked candidates with their reasons. */
  explanation?: EngineWhy;
}

export interface DecideOptions {
  /** How a text answer is worded (default `summary`). */
  style?: TextStyle | undefined;
  /** Unix seconds of the mock's clock: what relative dates in the prompt count from, read only for one. */
  now?: (() => number) | undefined;
}

/**
 * The rule-based decision. Obeys the tool policy: none → text, required/forced → at least one call. Fails
 * only when a chosen tool's schema or format is beyond what the mock can generate (a 400 naming the path).
 */
export function decide(request: PreparedRequest, random: Random, options: DecideOptions = {}): Result<Decision> {
  const { style = 'summary', now } = options;
  const { policy, conversation } = request;
  const prompt = lastUserText(conversation);
  const outputs = trailingOutputs(conversation);
  const plain = (): string => composeText({ prompt, instructions: request.body.instructions ?? undefined, outputs, style });
  const text = (): Result<Decision> => {
    const structured = structuredText(request, { prompt, outputs, plain, random, now });
    if (structured && !structured.ok) return structured;
    return ok({ text: structured?.value ?? plain(), calls: [] });
  };
  const compound = chooseByRequest(policy, { prompt, outputs: outputs.length });
  if (compound) {
    const calls = callsByRequest(request, { requests: compound.requests, random, now });
    return calls.ok ? ok({ calls: policy.parallel ? calls.value : calls.value.slice(0, 1), explanation: compound.why }) : calls;
  }
  const { tools: chosen, why: explanation } = chooseTools(policy, { prompt, outputs: outputs.length });
  if (chosen.length === 0) {
    const said = text();
    return said.ok ? ok({ ...said.value, explanation }) : said;
  }
  // The prompt is scanned once for every tool (a tool whose places lie in its own stretch of it sees only those).
  const facts = new PromptFacts(prompt, undefined, { now });
  const focused = focusedFacts(facts, chosen);
  const calls: Decision['calls'] = [];
  for (const tool of chosen) {
    if (isCustomTool(tool)) {
      const input = customToolInput(tool, { prompt, random, path: toolPath(request.body.tools, tool, 'custom') });
      if (!input.ok) return input;
      calls.push({ tool, input: input.value });
      continue;
    }
    const sets = generateArgumentSets({ schema: tool.parameters, prompt: focused?.get(tool) ?? facts, seed: random.uint32() });
    if (!sets.ok) return fail(unsupportedSchema(request, { tool, problem: sets.problem }));
    for (const args of policy.parallel ? sets.value : sets.value.slice(0, 1)) calls.push({ tool, arguments: args });
  }
  return ok({ calls: policy.parallel ? calls : calls.slice(0, 1), explanation });
}

export interface PlanContext {
  request: PreparedRequest;
  ids: IdFactory;
  model: ModelProfile;
  /** Reasoning models reason unasked (OpenAI); otherwise only when the request asks (OpenRouter). */
  reasoningByDefault?: boolean;
}

/** Ids, usage and status for a decision; output beyond max_output_tokens is cut and the plan incomplete. */
export function buildPlan(decision: Decision, context: PlanContext): Plan {
  const { request, ids, model } = context;
  let items: PlannedItem[] = [];
  const reasoning = planReasoning(decision, { request, model, byDefault: context.reasoningByDefault ?? false });
  if (reasoning) {
    const id = ids.reasoning();
    items.push({ ...reasoning.item, id, ...(reasoning.encrypted ? { encryptedContent: ids.encryptedContent() } : {}) });
  }
  if (decision.commentary !== undefined) items.push({ type: 'message', id: ids.message(), text: decision.commentary, phase: 'commentary' });
  if (decision.refusal !== undefined) {
    const phase = decision.calls.length === 0 ? model.messagePhase : undefined;
    items.push({ type: 'message', id: ids.message(), text: decision.refusal, refusal: true, ...(phase ? { phase } : {}) });
  } else if (decision.text !== undefined) {
    const phase = decision.calls.length === 0 ? model.messagePhase : undefined;
    items.push({ type: 'message', id: ids.message(), text: decision.text, ...(phase ? { phase } : {}) });
  }
  decision.calls.forEach((call, index) => {
    const { namespace } = call.tool;
    const name = call.tool.name;
    // Literals rather than a spread namespace, in the order the items have always had (ids drawn in order).
    if ('input' in call) {
      const id = ids.customToolCall();
      const callId = ids.callId(index);
      items.push(namespace
        ? { type: 'custom_tool_call', id, callId, name, namespace, input: call.input }
        : { type: 'custom_tool_call', id, callId, name, input: call.input });
      return;
    }
    const id = ids.functionCall();
    const callId = ids.callId(index);
    const planned: PlannedItem = namespace
      ? { type: 'function_call', id, callId, name, namespace, arguments: call.arguments }
      : { type: 'function_call', id, callId, name, arguments: call.arguments };
    // A program's call: its program's call id ('' until the program item of this response draws one).
    if (call.caller !== undefined) planned.caller = { programCallId: call.caller };
    items.push(planned);
  });
  // The reasoning tokens count against max_output_tokens first, then each item in order.
  const capped = capOutput(items, { limit: request.body.max_output_tokens ?? undefined, reasoningTokens: reasoning?.tokens ?? 0 });
  const { cut } = capped;
  items = capped.items;
  // estimateUsage makes a fresh object: the reasoning tokens and a scenario's figures are written over it.
  const usage: Usage = estimateUsage({
    instructions: request.body.instructions ?? undefined,
    conversation: request.conversation,
    functions: request.functions,
    output: items,
  });
  if (reasoning) usage.reasoningTokens = reasoning.tokens;
  if (decision.usage) Object.assign(usage, decision.usage);
  if (reasoning && decision.usage?.outputTokens === undefined) usage.outputTokens += usage.reasoningTokens;
  // A model stopped by the limit has spent all of it, the unfinished part left out (a call's name) included.
  const limit = request.body.max_output_tokens;
  if (cut && typeof limit === 'number' && decision.usage?.outputTokens === undefined) usage.outputTokens = limit;
  const outcome = decision.outcome;
  const explained = decision.explanation ? { explanation: decision.explanation } : {};
  if (outcome?.status === 'failed') return { items, status: 'failed', error: outcome.error, usage, ...explained };
  if (outcome?.status === 'incomplete') return { items: markIncomplete(items), status: 'incomplete', incompleteReason: outcome.reason, usage, ...explained };
  const plan: Plan = cut ? { items, status: 'incomplete', incompleteReason: 'max_output_tokens', usage } : { items, status: 'completed', usage };
  if (decision.explanation) plan.explanation = decision.explanation;
  return plan;
}

/** The message an incomplete response was cut in is itself incomplete. */
function markIncomplete(items: PlannedItem[]): PlannedItem[] {
  const last = items.findLastIndex((item) => item.type === 'message');
  return items.map((item, index) => (index === last && item.type === 'message' ? { ...item, status: 'incomplete' as const } : item));
}
