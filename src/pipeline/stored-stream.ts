// A stored response's stream, made again for `GET /responses/{id}?stream=true`: from the recipe kept when it was
// stored, by the same event builder as a streamed create (same events, numbers, ids and texts; the terminal
// event carries the stored JSON), resumed after `starting_after`, and following a background run's progress or
// a stream still being written; and the response as that stream stands, for a GET or a cancel meanwhile.
import type { ProviderProfile } from '../providers/types.js';
import type { Runtime } from '../runtime.js';
import type { ResponsesRequest } from '../schemas/request.js';
import { countSearches, unfinishedView, watchStored, type StoredView } from '../state/responses/background.js';
import type { StoredResponse } from '../state/responses/response-store.js';
import type { ReplayRecipe } from '../state/responses/stored-response.js';
import { planStream, streamOptionsFor, type StreamOptions, type StreamPlan } from '../streaming/index.js';
import { ResumedEvents } from '../streaming/events/resumed.js';
import { HeldEvents } from '../streaming/events/held.js';
import { outputThrough } from '../streaming/events/fold.js';
import type { PreparedRequest } from '../domain/validation/prepare.js';
import type { CreatedResponse } from './create-response.js';
import { liveVariables, type VariablesFactory } from './variables.js';
import { addsLogprobs, createdWithLogprobs, withStoredLogprobs } from './stored-logprobs.js';

export interface StreamRecipe extends ReplayRecipe {
  /** Characters per delta, as the create request resolved them (its stream would have been cut so). */
  chunkSize: number;
  /** The created response, kept or rendered again; undefined if it can no longer be made. */
  created(): CreatedResponse | undefined;
}

/**
 * The recipe of a response rendered by this request: what the events are made from, without the request's input
 * and history (kept by the store already; only tool search outputs change the echoed tools), and without the body
 * object: the stored text is that body, parsed again when a GET asks (keeping the object graph of every stored
 * answer alive made the garbage collector copy about half as much again per request).
 */
export function keptRecipe(created: CreatedResponse, args: { chunkSize: number; bytes: number; body: Buffer }): StreamRecipe {
  const { request, variables, plan, model, snapshot, replay } = created;
  const { input: _input, ...body } = request.body;
  const trimmed: PreparedRequest = { ...request, body: body as ResponsesRequest, inputItems: [], conversation: [], historyItems: request.historyItems.filter((item) => item.type === 'tool_search_output') };
  const { body: bodyBytes } = args;
  return {
    bytes: args.bytes,
    chunkSize: args.chunkSize,
    created: () => {
      const made: CreatedResponse = { request: trimmed, variables, plan, model, snapshot, body: JSON.parse(bodyBytes.toString('utf8')) as Record<string, unknown> };
      if (replay) made.replay = replay;
      return made;
    },
  };
}

/**
 * The recipe of an answer filled from the memo: the request rendered again when a GET asks, with variables that
 * give back the values its answer was filled with (the rendering draws them in the same order).
 */
export function drawnRecipe(args: {
  values: string[];
  requestBytes: number;
  chunkSize: number;
  render(variables: VariablesFactory): { ok: true; created: CreatedResponse } | { ok: false };
}): StreamRecipe {
  const { values, render } = args;
  let valueBytes = 0;
  for (const value of values) valueBytes += value.length;
  return {
    bytes: args.requestBytes + valueBytes,
    chunkSize: args.chunkSize,
    created: () => {
      const rendered = render(drawnVariables(values));
      return rendered.ok ? rendered.created : undefined;
    },
  };
}

function drawnVariables(values: readonly string[]): VariablesFactory {
  return () => {
    let next = 0;
    const take = (): string => values[next++] ?? '';
    return {
      now: () => Number(take()), datesFrom: () => Number(take()), responseId: take, message: take, functionCall: take, customToolCall: take, reasoning: take,
      encryptedContent: take, callId: take, serverItem: take, padding: take,
    };
  };
}

export type StoredStream = { ok: true; plan: StreamPlan } | { ok: false; reason: string };

interface ReplayArgs {
  stored: StoredResponse;
  runtime: Runtime;
  profile: ProviderProfile;
  header: StreamOptions | undefined;
  seed: number | undefined;
  includeObfuscation: boolean | undefined;
  /** The GET's `include`: output text logprobs asked of a finished response stored without them are added (stored-logprobs.ts). */
  include?: readonly string[];
}

/**
 * The plan of a stored response's replay. Pacing comes from this request (server settings and its own
 * `x-mock-stream`); chunking from the create, so that the deltas are the ones its stream had. Padding is drawn
 * afresh (seeded by the response id and the seed, if any): it is noise, not part of the response. A stream still
 * being written is followed: each event is played once that stream has sent it, and where it was cancelled, the
 * replay stops too.
 */
export function storedStream(args: ReplayArgs & { startingAfter: number }): StoredStream {
  // Logprobs are added to a finished response only: their deltas, cut on token boundaries, are not numbered as
  // those of a stream being followed or cut where it was cancelled.
  const { live, background } = args.stored;
  const finished = !live?.streaming && background?.phase !== 'cancelled' && background?.until === undefined && !background?.endsCancelled;
  const replay = replayPlan(finished ? args : { ...args, include: [] });
  if (!replay.ok) return replay;
  const { plan } = replay;
  const { stopAt, follow, held } = watchStored(args.stored);
  const source = held ? new HeldEvents({ source: plan.events, status: held, output: args.stored.response.output }) : plan.events;
  const events = new ResumedEvents({ source, startingAfter: args.startingAfter, ...(stopAt !== undefined ? { stopAt } : {}) });
  const cut = stopAt !== undefined || held !== undefined;
  return { ok: true, plan: { ...plan, events, ...(follow ? { follow } : {}), ...(cut ? { endsCut: true, cutMode: 'end' as const } : {}) } };
}

function replayPlan(args: ReplayArgs): StoredStream {
  const { stored, runtime, profile } = args;
  const recipe = stored.input.replay as StreamRecipe | undefined;
  const created = recipe?.created();
  if (!recipe || !created) return { ok: false, reason: `the events of response '${stored.id}' were not kept` };
  const deps = runtime.depsFor({ body: `GET ${stored.id}`, scope: profile.id, seed: args.seed });
  const body = args.includeObfuscation === undefined
    ? created.request.body
    : { ...created.request.body, stream_options: { ...created.request.body.stream_options, include_obfuscation: args.includeObfuscation } };
  let source = created;
  let bodyText = stored.text.toString();
  const response = args.include && args.include.length > 0 ? stored.response : undefined;
  if (response && addsLogprobs({ profile, include: args.include!, response })) {
    source = createdWithLogprobs(created, response);
    bodyText = JSON.stringify(source.body);
  }
  const replayed: CreatedResponse = {
    ...source,
    request: { ...created.request, body },
    variables: liveVariables({ profile, deps })(created.model),
  };
  const options = { ...streamOptionsFor(runtime.config, { header: args.header }), chunkSize: recipe.chunkSize };
  return { ok: true, plan: planStream({ created: replayed, profile, options, model: created.model, bodyText }) };
}

/**
 * A stored response as a GET or a cancel shows it (state/responses/background.ts says which view): its stored
 * text; without output (a background run polled, or cancelled before its stream); or with the output its stream
 * had written by then, folded from its events made again.
 */
export function storedViewText(args: { stored: StoredResponse; view: StoredView; runtime: Runtime; profile: ProviderProfile; include?: readonly string[] }): string | Buffer {
  const { stored, view, profile, include = [] } = args;
  if (view.kind === 'stored') {
    // Only a finished response gains logprobs, as on a streamed GET.
    const response = include.length > 0 ? stored.response : undefined;
    return response && addsLogprobs({ profile, include, response }) ? JSON.stringify(withStoredLogprobs(response)) : stored.text;
  }
  const response = unfinishedView(stored.response, view.status);
  if (view.kind === 'partial') {
    const replay = replayPlan({ ...args, header: undefined, seed: undefined, includeObfuscation: false });
    if (replay.ok) response.output = outputThrough(replay.plan.events, view.through);
    if ('tool_usage' in response) countSearches(response);
  }
  return JSON.stringify(response);
}
