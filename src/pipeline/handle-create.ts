// The one request pipeline for a create request, whatever the transport: the x-mock-* settings, the session
// and its scenario, then the response — rendered, or filled from the memo of an identical earlier request —
// stored when the provider stores it (store-answer.ts), and handed back as JSON text or a stream plan with the journal's facts.
import type { Digest, RequestKey } from '../deps.js';
import type { MockError, Result, Strictness } from '../domain/types.js';
import type { HistorySource } from '../domain/validation/prepare.js';
import { journalSessionOf, readMockHeaders } from '../http/input/mock-headers.js';
import type { ProviderProfile } from '../providers/types.js';
import type { Scrubber } from '../record/scrub.js';
import type { Runtime } from '../runtime.js';
import type { RegisteredScenario } from '../scenarios/registry.js';
import { explainMissingState, lostDefinitionError, previousResponseIdOf } from '../state/lost.js';
import type { ReplayRecipe } from '../state/responses/response-store.js';
import { DEFAULT_SESSION, sessionScenario, type Session } from '../state/sessions.js';
import { planStream, readStreamHeader, seedKey, streamOptionsFor, streamOptionsOf, type StreamOptions } from '../streaming/index.js';
import { conversationSeedMark, namedConversation, recordTurn, withConversations } from './conversation.js';
import { createResponse, type CreateContext, type CreatedResponse } from './create-response.js';
import { engineFacts, requestedModel } from './engine-facts.js';
import { memoAnswer, seenBefore } from './memo/memo.js';
import { parseJsonBody } from './parse-body.js';
import { stepScenario, type StepOutcome } from './scenario-step.js';
import { drawnRecipe, keptRecipe } from './stored-stream.js';
import { unfinishedView } from '../state/responses/background.js';
import { holdStream, storeCreated, storesResponse } from './store-answer.js';
import type { Answer, AnswerFacts, CreateInput } from './types.js';
import { liveVariables, type VariablesFactory } from './variables.js';
import { unknownScenario, type ScenarioSource } from '../scenarios/unknown-scenario.js';

/** One request's settings, read from its headers and the server's configuration. */
interface Settings {
  profile: ProviderProfile;
  session: Session;
  scenario: RegisteredScenario | undefined;
  strictness: Strictness;
  seed: number | undefined;
  streamHeader: StreamOptions | undefined;
}

export function handleCreate(runtime: Runtime, input: CreateInput): Answer {
  const headers = readMockHeaders(input.headers);
  // A valid x-mock-session names the session even when another x-mock-* header is refused (the journal's choice).
  const facts: AnswerFacts = { session: journalSessionOf(input.headers) ?? DEFAULT_SESSION, scenario: null, rule: null, responseId: null, model: null, engine: null };
  const failed = (error: MockError): Answer => ({ kind: 'error', error, facts });
  if (!headers.ok) return failed(headers.error);
  const streamHeader = readStreamHeader(input.headers);
  if (!streamHeader.ok) return failed(streamHeader.error);
  const session = runtime.sessions.get(facts.session);
  const scenarioName = headers.value.scenario ?? session.scenario ?? runtime.scenarios.forSession(session.id)?.name ?? runtime.config.scenario;
  const scenario = scenarioName === undefined ? undefined : sessionScenario(session, scenarioName, (name) => runtime.scenarios.get(name));
  const lostDefinition = scenarioName === undefined ? undefined : lostDefinitionError(session, scenarioName, { loaded: scenario !== undefined });
  if (lostDefinition) return failed(lostDefinition);
  if (scenarioName !== undefined && !scenario) {
    const source: ScenarioSource = headers.value.scenario !== undefined ? { kind: 'header' } : session.scenario !== undefined ? { kind: 'session', session: session.id } : { kind: 'server' };
    return failed(unknownScenario(scenarioName, { source, names: runtime.scenarios.unsortedNames() }));
  }
  facts.scenario = scenario?.name ?? null;
  const settings: Settings = {
    profile: input.profile,
    session,
    scenario,
    strictness: headers.value.strictness ?? scenario?.scenario.strictness ?? runtime.config.strictness,
    seed: headers.value.seed,
    streamHeader: streamHeader.value,
  };
  // A conversation's history grows with every turn: the same text is not the same request twice.
  if (!scenario && input.parsed === undefined && input.history === undefined && !input.raw.includes('"conversation"')) {
    // A stream is never memoised, and is seeded from its text without the stream switches (seedKey).
    if (input.raw.includes('"stream":true')) return render(runtime, { input, settings, facts, again: true });
    // Hashed once: the memo's key for "seen before", and the seed of the rendering if the memo misses.
    const digest = runtime.depsFor.digest({ body: input.raw, scope: input.profile.id, seed: settings.seed });
    return fromMemo(runtime, { input, settings, facts, digest }) ?? render(runtime, { input, settings, facts, digest, again: true });
  }
  return render(runtime, { input, settings, facts });
}

/** An answer filled from the memo, or undefined when the request has to be rendered. */
function fromMemo(runtime: Runtime, args: { input: CreateInput; settings: Settings; facts: AnswerFacts; digest: Digest }): Answer | undefined {
  const { input, settings, facts, digest } = args;
  if (!seenBefore(runtime.memo, { raw: input.raw, digest })) return undefined;
  const { profile } = settings;
  const outcome = memoAnswer(runtime.memo, {
    raw: input.raw,
    settings: `${profile.id} ${settings.strictness} ${settings.seed ?? ''}`,
    render: (variables) => {
      const rendered = renderResponse(runtime, { input, settings, variables, digest });
      facts.model = rendered.model;
      return rendered.ok ? { ok: true, value: { created: rendered.created, digest: rendered.digest } } : rendered;
    },
    live: ({ digest, model }) => liveVariables({ profile, deps: runtime.depsFor({ body: '', scope: profile.id, seed: settings.seed, digest }) })(model),
    stores: (store) => storesResponse(profile, store),
  });
  if (outcome.kind === 'miss') return undefined;
  if (outcome.kind === 'error') return { kind: 'error', error: outcome.error, facts };
  if (outcome.stored) {
    // The memo's stored input is made for this answer: its stream's recipe is assigned, not spread in.
    outcome.stored.replay = drawnRecipe({
      values: outcome.values,
      requestBytes: input.raw.length,
      chunkSize: streamOptionsFor(runtime.config, { header: settings.streamHeader }).chunkSize,
      render: renderAgain(runtime, { input, settings }),
    });
    settings.session.store.put(outcome.stored);
  }
  facts.responseId = outcome.responseId;
  facts.model = outcome.facts.model;
  facts.engine = outcome.facts.engine;
  const stored = outcome.stored ? outcome.responseId : undefined;
  return { kind: 'json', text: outcome.text, delayMs: 0, facts, forget: () => void (stored && settings.session.store.delete(stored)) };
}

function render(runtime: Runtime, args: { input: CreateInput; settings: Settings; facts: AnswerFacts; digest?: Digest; again?: boolean }): Answer {
  const { input, settings, facts } = args;
  const { profile, session } = settings;
  // A request the engine answers from its text alone (no scenario, no socket) can be rendered again later: its
  // draws are written down for a stored response's stream instead of keeping the rendered objects alive.
  const drawn: string[] | undefined = args.again ? [] : undefined;
  const rendered = renderResponse(runtime, { input, settings, digest: args.digest, record: drawn });
  const { step } = rendered;
  facts.model = rendered.model;
  if (step && step.kind !== 'fallback') facts.rule = step.rule;
  if (!rendered.ok) return { kind: 'error', error: rendered.error, facts };
  const { created } = rendered;
  // While recording, what the session keeps (the stored response, its stream, the conversation's turn) and the
  // journal are scrubbed of credentials; the client gets the answer as made.
  const kept = input.scrub ? scrubbed(created, input.scrub) : created;
  if (!step || step.kind === 'fallback') facts.engine = engineFacts(created.plan, { scenarioMiss: step?.kind === 'fallback' ? step.why : undefined });
  const respond = step?.kind === 'respond' ? step.respond : undefined;
  facts.responseId = created.snapshot.id;
  const body = created.request.body;
  const stores = storesResponse(profile, body.store);
  const text = stores || !body.stream ? JSON.stringify(created.body) : '';
  // A background run is answered as queued, or streamed from queued; GET /responses/{id} shows its progress and
  // cancel stops it (state/responses/background.ts).
  const background = stores && body.background === true;
  const options = streamOptionsFor(runtime.config, { scenario: streamOptionsOf(respond), header: settings.streamHeader });
  // Encoded once: the bytes the store keeps (off the JavaScript heap, which the collector copies), the journal
  // keeps, and the reply writes.
  const bytes = Buffer.from(text, 'utf8');
  const keptBytes = kept === created || !stores ? bytes : Buffer.from(JSON.stringify(kept.body), 'utf8');
  const replay = (): ReplayRecipe => (drawn
    ? drawnRecipe({ values: drawn.slice(), requestBytes: input.raw.length, chunkSize: options.chunkSize, render: renderAgain(runtime, { input, settings }) })
    : keptRecipe(kept, { chunkSize: options.chunkSize, bytes: input.raw.length + 2 * text.length, body: keptBytes }));
  const watch = stores ? storeCreated(session.store, { created: kept, bytes: keptBytes, replay: replay(), background, streamed: body.stream === true }) : undefined;
  const takeBack = recordTurn(session, kept);
  const forget = (): void => {
    if (stores) session.store.delete(created.snapshot.id);
    takeBack?.();
  };
  const delayMs = respond?.latencyMs ?? 0;
  if (!body.stream) return { kind: 'json', text: background ? JSON.stringify(unfinishedView(created.body, 'queued')) : { text, bytes }, delayMs, facts, forget };
  const plan = planStream({ created, profile, options, model: created.model, ...(stores ? { bodyText: text } : {}) });
  if (watch) plan.watch = watch;
  holdStream(plan, { background, response: created.body });
  return {
    kind: 'stream',
    plan,
    delayMs,
    facts,
    onFailure: forget,
    forget,
    continuation: () => [...created.request.historyItems, ...(created.body.output as Array<Record<string, unknown>>)],
    output: () => created.body.output as Array<Record<string, unknown>>,
    response: () => created.body,
  };
}

type Rendered =
  | { ok: true; created: CreatedResponse; digest: Digest; step: StepOutcome | undefined; model: string | null }
  | { ok: false; error: MockError; step: StepOutcome | undefined; model: string | null };

/** Parse, validate, step the scenario or ask the engine, and render: the request's response, or why not. */
function renderResponse(runtime: Runtime, args: { input: CreateInput; settings: Settings; variables?: VariablesFactory; digest?: Digest | undefined; record?: string[] | undefined }): Rendered {
  const { input, settings } = args;
  const { profile, session, scenario } = settings;
  const parsed: Result<unknown> = input.parsed !== undefined ? { ok: true, value: input.parsed } : parseJsonBody(input.raw);
  if (!parsed.ok) return { ok: false, error: parsed.error, step: undefined, model: null };
  const model = requestedModel(parsed.value);
  // A stateless provider ignores `conversation`, as any field it does not know.
  const conversationId = profile.stateful ? namedConversation(parsed.value) : undefined;
  const seedText = seedKey(parsed.value, input.raw) + conversationSeedMark(session, conversationId);
  // The raw text's digest is this one when the body has no stream switches to leave out.
  const key: RequestKey = { body: seedText, scope: profile.id, seed: settings.seed };
  if (seedText === input.raw && args.digest) key.digest = args.digest;
  const deps = runtime.depsFor(key);
  let step: StepOutcome | undefined;
  // Built field by field (optional parts assigned, not spread in): this runs for every rendered request.
  const context: CreateContext = {
    profile,
    strictness: settings.strictness,
    deps,
    history: withConversations(input.history ? layered(input.history, session.store) : session.store, { session, conversationId }),
    resolveModel: runtime.resolveModel,
    textStyle: runtime.config.textStyle,
  };
  if (input.generate === false) context.generate = false;
  if (args.variables) context.variables = args.variables;
  if (args.record) context.record = args.record;
  if (scenario) {
    context.script = (request) => {
      const versionOf = (name: string) => sessionScenario(session, name, (registered) => runtime.scenarios.get(registered))?.version;
      step = stepScenario({ scenario, session, strict: runtime.config.strictScenarios, versionOf, context: { provider: profile.id, request, headers: input.headers } });
      if (step.kind === 'respond') return { respond: step.respond, rule: step.label };
      return step.kind === 'error' ? { error: step.error } : undefined;
    };
  }
  const outcome = createResponse(parsed.value, context);
  // A stored response missing because a limit dropped it: the error says so, and which setting to raise.
  if (!outcome.ok) return { ok: false, error: explainMissingState(session, outcome.error, { responseId: previousResponseIdOf(parsed.value) }), step, model };
  return { ok: true, created: outcome.value, digest: deps.digest, step, model };
}

/**
 * The rendering of a request again, with given draws. Made here, not inline: a closure made inside render() would
 * share its scope with the ones that hold the rendered response, and keep it alive.
 */
function renderAgain(runtime: Runtime, args: { input: CreateInput; settings: Settings }): (variables: VariablesFactory) => Rendered {
  const { profile, transport, generate } = args.input;
  const { settings } = args;
  // The body kept as bytes: off the JavaScript heap, so that the garbage collector does not copy it while the
  // response is stored.
  const body = args.input.bytes ?? Buffer.from(args.input.raw, 'utf8');
  return (variables) => {
    // No scenario reads the headers of a request rendered again (one with a scenario never is).
    const input: CreateInput = { profile, transport, headers: {}, raw: body.toString('utf8') };
    if (generate !== undefined) input.generate = generate;
    return renderResponse(runtime, { input, settings, variables });
  };
}

/**
 * While recording: the response as the session keeps it, scrubbed of credentials: its input, history and
 * request fields, and the body (what it echoes of the request: `metadata`, `instructions`, `user`, …).
 */
function scrubbed(created: CreatedResponse, scrub: Scrubber): CreatedResponse {
  const { inputItems, historyItems, body } = created.request;
  return { ...created, request: { ...created.request, body: scrub.json(body), inputItems: scrub.json(inputItems), historyItems: scrub.json(historyItems) }, body: scrub.json(created.body) };
}

/** A transport's own history first (a socket's responses), then the session's stored responses. */
function layered(first: HistorySource, then: HistorySource): HistorySource {
  return {
    conversation: (id) => first.conversation(id) ?? then.conversation(id),
    item: (id) => first.item(id) ?? then.item(id),
    reasoningBefore: (id) => first.reasoningBefore?.(id) ?? then.reasoningBefore?.(id),
    response: (id) => first.response?.(id) ?? then.response?.(id),
    unfinished: (id) => first.unfinished?.(id) ?? then.unfinished?.(id),
  };
}
