// A rule's `respond` → what the engine would otherwise decide: scripted text and calls (arguments explicit,
// or generated from the tool's schema), outcome and usage overrides, or an injected HTTP error. Its hosted
// items are planned with the service's own (domain/hosted/scripted.ts).
import type { Random } from '../../deps.js';
import type { Respond } from '../../schemas/fixtures.js';
import { generateArgumentSets } from '../arguments/index.js';
import { customToolInput } from '../engine/content/custom.js';
import { decide, type DecidedCall, type Decision } from '../engine/plan.js';
import { unsupportedSchema } from '../engine/tool-path.js';
import { lastUserText, type TextStyle } from '../engine/content/text.js';
import { toolPath } from '../engine/tool-path.js';
import { fail, isCustomTool, ok, type CustomTool, type FunctionTool, type MockError, type ProviderId, type Result } from '../types.js';
import { toolFinder } from '../validation/tools/tool-choice.js';
import type { PreparedRequest } from '../validation/prepare.js';

export function scriptedDecision(respond: Respond, context: { request: PreparedRequest; random: Random; textStyle?: TextStyle; now?: (() => number) | undefined }): Result<Decision> {
  const { request, random } = context;
  const message = respond.text ?? (respond.json !== undefined ? JSON.stringify(respond.json) : undefined);
  const scripted = message !== undefined || respond.refusal !== undefined || respond.calls !== undefined || respond.hosted !== undefined;
  const calls: DecidedCall[] = [];
  // Read once for all the calls: a rule may script thousands of them for a request of thousands of tools.
  let finder: CallContext['find'] | undefined;
  let prompt: string | undefined;
  const shared: CallContext = {
    ...context,
    find: (name, namespace) => (finder ??= toolFinder([...request.functions, ...request.customTools]))(name, namespace),
    prompt: () => (prompt ??= lastUserText(request.conversation)),
  };
  for (const call of scripted ? respond.calls ?? [] : []) {
    const made = scriptedCall(call, shared);
    if (!made.ok) return made;
    calls.push(made.value);
  }
  // A failure with nothing scripted to say comes before any output, as a captured insufficient_quota stream does.
  const decided = scripted || respond.fail
    ? ok<Decision>({ ...(message !== undefined ? { text: message } : {}), calls, ...(scripted ? {} : { reasoning: false as const }) })
    : decide(request, random, { style: respond.textStyle ?? context.textStyle, now: context.now });
  if (!decided.ok) return decided;
  const base = decided.value;
  if (respond.refusal !== undefined) base.refusal = respond.refusal;
  if (respond.reasoning !== undefined) base.reasoning = typeof respond.reasoning === 'string' ? [respond.reasoning] : respond.reasoning;
  if (respond.fail) base.outcome = { status: 'failed', error: { code: respond.fail.code, message: respond.fail.message } };
  if (respond.incomplete) base.outcome = { status: 'incomplete', reason: respond.incomplete };
  if (respond.usage) {
    base.usage = {
      ...(respond.usage.input_tokens !== undefined ? { inputTokens: respond.usage.input_tokens } : {}),
      ...(respond.usage.output_tokens !== undefined ? { outputTokens: respond.usage.output_tokens } : {}),
      ...(respond.usage.cached_tokens !== undefined ? { cachedTokens: respond.usage.cached_tokens } : {}),
      ...(respond.usage.reasoning_tokens !== undefined ? { reasoningTokens: respond.usage.reasoning_tokens } : {}),
    };
  }
  return ok(base);
}

/** What the scripted calls of one answer share: the tools found through one index, the prompt read once. */
interface CallContext {
  request: PreparedRequest;
  random: Random;
  now?: (() => number) | undefined;
  find: ReturnType<typeof toolFinder<FunctionTool | CustomTool>>;
  prompt: () => string;
}

/** A scripted call: to an offered tool (function or custom) or to any name; what is not scripted is generated. */
function scriptedCall(call: NonNullable<Respond['calls']>[number], context: CallContext): Result<DecidedCall> {
  const { request } = context;
  const found = context.find(call.name, call.namespace);
  const seed = context.random.uint32();
  const prompt = context.prompt();
  if (found && isCustomTool(found)) {
    if (call.input !== undefined) return ok({ tool: found, input: call.input });
    const input = customToolInput(found, { prompt, random: context.random, path: toolPath(request.body.tools, found, 'custom') });
    return input.ok ? ok({ tool: found, input: input.value }) : input;
  }
  const offered = found as FunctionTool | undefined;
  if (call.input !== undefined) {
    return ok({ tool: { kind: 'custom', name: call.name, namespace: call.namespace, description: '', format: { type: 'text' } }, input: call.input });
  }
  const tool: FunctionTool = offered ?? { name: call.name, namespace: call.namespace, description: '', parameters: null, strict: undefined };
  let args: string;
  if (typeof call.arguments === 'string') args = call.arguments;
  else if (call.arguments !== undefined) args = JSON.stringify(call.arguments);
  else if (offered) {
    const sets = generateArgumentSets({ schema: offered.parameters, prompt, seed, now: context.now });
    if (!sets.ok) return fail(unsupportedSchema(request, { tool: offered, problem: sets.problem }));
    args = sets.value[0] ?? '{}';
  } else args = '{}';
  return ok({ tool, arguments: args });
}

const DEFAULT_MESSAGES: Record<number, string> = {
  400: 'Bad request.',
  401: 'Incorrect API key provided.',
  402: 'Insufficient credits.',
  403: 'Forbidden.',
  404: 'Not found.',
  408: 'Request timed out.',
  409: 'Conflict.',
  413: 'Request too large.',
  422: 'Unprocessable entity.',
  429: 'Rate limit reached for requests. Please try again later.',
  500: 'The server had an error while processing your request. Sorry about that!',
  502: 'Bad gateway.',
  503: 'The engine is currently overloaded, please try again later.',
  504: 'Gateway timeout.',
};

const DEFAULT_TYPES: Record<number, string> = { 401: 'invalid_request_error', 403: 'invalid_request_error', 429: 'requests' };
/** OpenAI's quota error (a 429, or a failed stream): its type is its code, and its message is always this one. */
const QUOTA = 'insufficient_quota';
const QUOTA_MESSAGE = 'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.';
const DEFAULT_CODES: Record<number, string> = { 401: 'invalid_api_key', 429: 'rate_limit_exceeded', 500: 'server_error', 503: 'server_error' };

/**
 * An injected error in the shape the provider envelopes expect. OpenRouter's generic envelope carries the
 * status as a numeric code unless the scenario names a code; OpenAI's gets a per-status default code.
 */
export function scriptedError(error: NonNullable<Respond['error']>, provider: ProviderId): MockError {
  const defaultCode = provider === 'openrouter' ? error.status : DEFAULT_CODES[error.status] ?? null;
  const quota = provider === 'openai' && error.code === QUOTA;
  return {
    code: 'injected_fault',
    status: error.status,
    message: error.message ?? (quota ? QUOTA_MESSAGE : DEFAULT_MESSAGES[error.status]) ?? `HTTP ${error.status}.`,
    param: error.param ?? null,
    headers: error.headers ?? {},
    type: error.type ?? (quota ? QUOTA : DEFAULT_TYPES[error.status]) ?? (error.status >= 500 ? 'server_error' : 'invalid_request_error'),
    providerCode: error.code !== undefined ? error.code : defaultCode,
  };
}
