// One create request from parsed body to finished response: validate, decide, plan, render.
// Both renderings (JSON body and stream events) start from the `CreatedResponse` this returns.
import { createRandom, seedFrom, type RequestDeps } from '../deps.js';
import { withBacktrackingBudget } from '../domain/arguments/index.js';
import { withCommentary } from '../domain/engine/content/commentary.js';
import { buildPlan, decide, type Decision } from '../domain/engine/plan.js';
import { diagnoseCache } from '../domain/engine/prompt-cache.js';
import { attachHostedWork, hostedToolOf } from '../domain/hosted/attach.js';
import { planHosted } from '../domain/hosted/plan-hosted.js';
import { asksLogprobs, withLogprobs } from '../domain/logprobs/logprobs.js';
import type { HostedScript } from '../domain/hosted/scripted.js';
import { NO_HOSTED_WORK } from '../domain/hosted/types.js';
import type { TextStyle } from '../domain/engine/content/text.js';
import type { ModelProfile } from '../domain/models.js';
import { scriptedDecision } from '../domain/scenarios/respond.js';
import type { Respond } from '../schemas/fixtures.js';
import { ok, type MockError, type Plan, type Strictness } from '../domain/types.js';
import { prepareRequest, type HistorySource, type PreparedRequest } from '../domain/validation/prepare.js';
import type { ProviderProfile, ResponseSnapshot } from '../providers/types.js';
import { EMPTY_HISTORY } from '../state/responses/response-store.js';
import { replayRecording, type ReplayRendering } from './replay.js';
import { liveVariables, RecordedVariables, type Variables, type VariablesFactory } from './variables.js';

export interface CreateContext {
  profile: ProviderProfile;
  strictness: Strictness;
  deps: RequestDeps;
  /** Stored responses, read for previous_response_id and item_reference; ignored by stateless providers. */
  history: HistorySource;
  resolveModel(model: string): ModelProfile;
  /** How the engine words text answers (default: summary). */
  textStyle?: TextStyle;
  /** Where ids, timestamps and padding come from (default: the request's deps). */
  variables?: VariablesFactory;
  /** Written with every id and timestamp drawn, as text in draw order (what a stored stream is made again from). */
  record?: string[];
  /** false: a warm-up that only validates and allocates the id: no output, and no scenario step. */
  generate?: boolean;
  /**
   * A scenario's say, once the request is valid: a scripted respond, an error, or nothing (the rule-based
   * engine answers).
   */
  script?: (request: PreparedRequest) => HostedScript | { error: MockError } | undefined;
}

export interface CreatedResponse {
  request: PreparedRequest;
  /** The source of this response's ids and timestamps; a stream keeps drawing its padding from it. */
  variables: Variables;
  plan: Plan;
  /** The model the response was made as (id formats and streaming traits). */
  model: ModelProfile;
  /** The finished response (what `response.completed` carries and the JSON body is). */
  snapshot: ResponseSnapshot;
  body: Record<string, unknown>;
  /** A replayed recording: its objects render as recorded, and a recorded stream plays its own events. */
  replay?: ReplayRendering;
}

export type CreateOutcome = { ok: true; value: CreatedResponse } | { ok: false; error: MockError };

/**
 * The request's schema checks and generation share one budget for patterns only the backtracking engine runs
 * (time and tests); it starts here, and nothing of it is carried to the next request.
 */
export function createResponse(body: unknown, context: CreateContext): CreateOutcome {
  return withBacktrackingBudget(() => created(body, context));
}

function created(body: unknown, context: CreateContext): CreateOutcome {
  const { profile, deps } = context;
  const history = profile.stateful ? context.history : EMPTY_HISTORY;
  const prepared = prepareRequest(body, { rules: profile.rules(context.strictness), history });
  if (!prepared.ok) return prepared;
  const request = prepared.value;
  // A warm-up: a socket's generate:false, or a prompt cache prewarm (which overrides generate, openai-node 7.59).
  if (context.generate === false || (profile.id === 'openai' && prewarms(request))) return finish({ request, decision: { calls: [], reasoning: false }, context: { ...context, generate: false }, engine: false });
  const scripted = context.script?.(request);
  if (scripted && 'error' in scripted) return { ok: false, error: scripted.error };
  if (scripted?.respond.replay) return replayed({ request, replay: scripted.respond.replay, context });
  // Made before the decision: a relative date in the prompt ("tomorrow") counts from the clock, drawn as a variable.
  const model = context.resolveModel(request.body.model);
  const variables = variablesFor(context, model);
  const now = (): number => variables.datesFrom();
  const decided = scripted
    ? scriptedDecision(scripted.respond, { request, random: deps.content, textStyle: context.textStyle, now })
    : decide(request, deps.content, { style: context.textStyle, now });
  if (!decided.ok) return decided;
  return finish({ request, decision: decided.value, context, engine: !scripted, script: scripted, made: { model, variables } });
}

/** A recording answers: its response, ids and items, not the engine's. */
function replayed(args: { request: PreparedRequest; replay: NonNullable<Respond['replay']>; context: CreateContext }): CreateOutcome {
  const { request, context } = args;
  const recorded = replayRecording(args.replay, { stream: request.body.stream === true });
  if (!recorded.ok) return recorded;
  const model = context.resolveModel(request.body.model);
  return { ok: true, value: { request, variables: variablesFor(context, model), model, ...recorded.value } };
}

function variablesFor(context: CreateContext, model: ModelProfile): Variables {
  const variables = (context.variables ?? liveVariables({ profile: context.profile, deps: context.deps }))(model);
  return context.record ? new RecordedVariables(variables, context.record) : variables;
}

/** `engine`: the rule-based engine decided; `script`: a scenario's rule did (its hosted items are planned here). */
function finish(args: { request: PreparedRequest; decision: Decision; context: CreateContext; engine: boolean; script?: HostedScript | undefined; made?: { model: ModelProfile; variables: Variables } }): CreateOutcome {
  const { request, context } = args;
  const { profile } = context;
  const model = args.made?.model ?? context.resolveModel(request.body.model);
  const variables = args.made?.variables ?? variablesFor(context, model);
  const createdAt = variables.now();
  const id = variables.responseId(createdAt);
  // A warm-up (generate: false) answers nothing, not even the service's own items.
  const hosted = context.generate === false
    ? ok({ decision: args.decision, work: NO_HOSTED_WORK })
    : planHosted(args.decision, { request, provider: profile.id, random: context.deps.content, now: createdAt, engine: args.engine, script: args.script });
  if (!hosted.ok) return hosted;
  const { decision: finished, work } = hosted.value;
  // The engine's model may first say what it is about to do; a scenario's script is answered as scripted.
  const decision = args.engine
    ? withCommentary(finished, { model, instructions: request.body.instructions ?? undefined, conversation: request.conversation, preface: work.preface })
    : finished;
  const tool = hostedToolOf(work);
  const planned = buildPlan(tool === undefined ? decision : { ...decision, hostedTool: tool }, { request, ids: variables, model, reasoningByDefault: profile.reasoningByDefault });
  // A model reasons again after a hosted tool, unless a scenario scripted its reasoning.
  // grok's recorded reasoning after its native search is OpenRouter's (its ids are no OpenAI path's).
  const attached = attachHostedWork(planned, work, { ids: variables, reasonAgain: decision.reasoning === undefined, model: profile.id === 'openrouter' ? model : {} });
  // Tokens and their logprobs only when asked for (and where the service gives them): no cost otherwise.
  const plan = profile.textLogprobs && asksLogprobs(request.body.include) ? withLogprobs(attached, { top: request.body.top_logprobs ?? 0, random: logprobsRandom(context.deps) }) : attached;
  const snapshot: ResponseSnapshot = {
    id,
    createdAt,
    // Only a completed response has a completion time (null when incomplete or failed, as on the wire).
    completedAt: plan.status === 'completed' ? createdAt : null,
    status: plan.status,
    items: plan.items,
    // A failed response reports no usage, as the real services do.
    usage: plan.status === 'failed' ? null : plan.usage,
  };
  // Assigned, not spread in: this runs for every response.
  if (plan.error) snapshot.error = plan.error;
  if (plan.incompleteReason) snapshot.incompleteReason = plan.incompleteReason;
  let body = profile.renderResponse(snapshot, request);
  const comparisonId = profile.id === 'openai' ? comparisonOf(request) : undefined;
  if (comparisonId !== undefined) {
    // Compared as rendered, then rendered again with the diagnosis (asked for rarely).
    const diagnosis = diagnoseCache({ comparisonId, model, history: context.history, rendered: body, request });
    snapshot.promptCacheDiagnostics = diagnosis.diagnostics;
    if (diagnosis.cachedTokens !== undefined && snapshot.usage) snapshot.usage = { ...snapshot.usage, cachedTokens: diagnosis.cachedTokens };
    body = profile.renderResponse(snapshot, request);
  }
  return { ok: true, value: { request, variables, plan, model, snapshot, body } };
}

/** A stream of its own, from the request's digest: the logprobs do not move any other draw of the response. */
function logprobsRandom(deps: RequestDeps) {
  return createRandom(seedFrom('message.output_text.logprobs', ...deps.digest.map(String)));
}

function cacheOptions(request: PreparedRequest): Record<string, unknown> | undefined {
  const options = request.body.prompt_cache_options;
  return typeof options === 'object' && options !== null ? options as Record<string, unknown> : undefined;
}

function prewarms(request: PreparedRequest): boolean {
  return cacheOptions(request)?.prewarm === true;
}

function comparisonOf(request: PreparedRequest): string | undefined {
  const id = cacheOptions(request)?.comparison_response_id;
  return typeof id === 'string' ? id : undefined;
}
