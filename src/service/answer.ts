// Answers one create request: from a response template when the request's text alone decides the answer
// (the common case: no scenario, no stored state), else by rendering it directly. Either way the result is
// JSON text or a stream plan, and OpenAI-path responses are stored as the text that was sent.
import type { MockError, Result, Strictness } from '../domain/types.js';
import type { ProviderProfile } from '../providers/types.js';
import type { Runtime } from '../runtime.js';
import type { Session } from '../state/sessions.js';
import { planStream, streamOptionsFor, type StreamOptions, type StreamPlan } from '../streaming/index.js';
import { createResponse, type CreateContext, type CreatedResponse } from './create-response.js';
import { templateAnswer } from './templates/answer.js';
import { liveVariables } from './variables.js';

export type Answer =
  | { kind: 'error'; error: MockError }
  | { kind: 'json'; text: string | Buffer }
  | { kind: 'stream'; plan: StreamPlan };

export interface AnswerArgs {
  profile: ProviderProfile;
  runtime: Runtime;
  session: Session;
  /** The body, parsed on demand (a request answered from a template is never parsed), and its raw text. */
  body(): Result<unknown>;
  raw: string;
  /** The text that seeds the answer: the raw body without its stream switches (computed on demand). */
  seedText(): string;
  strictness: Strictness;
  seed: number | undefined;
  streamHeader: StreamOptions | undefined;
  /** A scenario's say (see createResponse), and its stream options once a rule has answered. */
  script?: CreateContext['script'];
  scenarioStream?: () => StreamOptions | undefined;
}

export function answer(args: AnswerArgs): Answer {
  if (!args.script) {
    const fromTemplate = templateAnswer(args);
    if (fromTemplate) return fromTemplate;
  }
  return answerDirectly(args);
}

export function answerDirectly(args: AnswerArgs): Answer {
  const { profile, runtime, session } = args;
  const body = args.body();
  if (!body.ok) return { kind: 'error', error: body.error };
  const deps = runtime.depsFor({ body: args.seedText(), scope: profile.id, seed: args.seed });
  const outcome = createResponse(body.value, {
    profile,
    strictness: args.strictness,
    deps,
    store: session.store,
    resolveModel: runtime.resolveModel,
    variables: liveVariables({ profile, deps }),
    script: args.script,
  });
  if (!outcome.ok) return { kind: 'error', error: outcome.error };
  const created = outcome.value;
  const stores = storesResponse(args.profile, created.request.body.store);
  const text = stores || !created.request.body.stream ? JSON.stringify(created.body) : '';
  if (stores) storeResponse(args, { created, text });
  if (!created.request.body.stream) return { kind: 'json', text };
  const options = streamOptionsFor(runtime.config, { scenario: args.scenarioStream?.(), header: args.streamHeader });
  return { kind: 'stream', plan: planStream({ created, profile, options, model: runtime.resolveModel(created.request.body.model) }) };
}

export function storesResponse(profile: ProviderProfile, store: boolean | null | undefined): boolean {
  return profile.stateful && (store ?? profile.defaultStore);
}

function storeResponse(args: AnswerArgs, stored: { created: CreatedResponse; text: string }): void {
  const { created, text } = stored;
  args.session.store.put({
    id: created.snapshot.id,
    text,
    inputItems: created.request.inputItems,
    historyItems: created.request.historyItems,
    outputIds: created.snapshot.items.map((item) => item.id),
  });
}
