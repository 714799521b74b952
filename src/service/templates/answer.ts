// The template path: the second time a request text is seen it is rendered once with sentinels and compiled;
// every identical request after that replays the draws (ids, timestamps, padding) for real and joins the
// parts. Undefined means "render directly" (first sight, or not templatable).
import type { AnswerArgs, Answer } from '../answer.js';
import { storesResponse } from '../answer.js';
import { createResponse } from '../create-response.js';
import { liveVariables } from '../variables.js';
import { planStream, streamOptionsFor, type ResolvedStreamOptions } from '../../streaming/index.js';
import { MAX_KEY_LENGTH, type StreamTemplate, type TemplateEntry } from './cache.js';
import { compile, fill, type Compiled } from './compile.js';
import { Recorder, replay, TooManyDraws } from './recorder.js';

/** Request texts that cannot be templated: stored-state references, or look-alikes of the sentinels. */
const INELIGIBLE = /previous_response_id|item_reference|[\uE000\uE001]|\\u[eE]00[01]|9000000000/;

export function templateAnswer(args: AnswerArgs): Answer | undefined {
  const { profile, runtime } = args;
  // Keyed by the raw text (a request and its streamed twin have entries of their own, seeded alike).
  if (args.raw.length > MAX_KEY_LENGTH) return undefined;
  const settings = `${profile.id} ${args.strictness} ${args.seed ?? ''}`;
  let entry = runtime.templates.get(args.raw, settings);
  if (entry === null) return undefined;
  if (entry === undefined) {
    if (INELIGIBLE.test(args.raw) || !runtime.templates.secondSight(args.raw, settings)) return undefined;
    const built = buildEntry(args);
    if ('error' in built) return built.error;
    runtime.templates.set(args.raw, settings, built.entry);
    if (!built.entry) return undefined;
    entry = built.entry;
  }
  const deps = runtime.depsFor({ body: '', scope: profile.id, seed: args.seed, digest: entry.digest });
  const live = liveVariables({ profile, deps })(runtime.resolveModel(entry.request.body.model));
  // The entry was rendered from this very text: its stream switches are this request's.
  const body = entry.request.body;
  if (body.stream !== true) {
    const values = replay(entry.draws, live);
    const text = fill(entry.body, values);
    if (entry.stores) store(args, { entry, values, text });
    return { kind: 'json', text };
  }
  const options = streamOptionsFor(runtime.config, { header: args.streamHeader });
  const variant = streamVariant(args, { entry, options, obfuscation: body.stream_options?.include_obfuscation, header: args.streamHeader });
  if (!variant) return undefined;
  const values = replay(variant.draws, live);
  if (entry.stores) store(args, { entry, values, text: fill(entry.body, values) });
  return {
    kind: 'stream',
    plan: { bursts: variant.bursts.map((burst) => ({ waitMs: burst.waitMs, text: fill(burst.body, values) })), cut: variant.cut, cutMode: variant.cutMode },
  };
}

type Built = { error: Answer } | { entry: TemplateEntry | null };

function buildEntry(args: AnswerArgs): Built {
  const { profile, runtime } = args;
  const parsed = args.body();
  if (!parsed.ok) return { error: { kind: 'error', error: parsed.error } };
  const deps = runtime.depsFor({ body: args.seedText(), scope: profile.id, seed: args.seed });
  const recorder = new Recorder();
  try {
    const outcome = createResponse(parsed.value, {
      profile,
      strictness: args.strictness,
      deps,
      store: args.session.store,
      resolveModel: runtime.resolveModel,
      variables: () => recorder.variables(),
    });
    if (!outcome.ok) return { error: { kind: 'error', error: outcome.error } };
    const created = outcome.value;
    const draws = recorder.draws;
    const body = compile(JSON.stringify(created.body), draws.length);
    if (!body) return { entry: null };
    return {
      entry: {
        request: created.request,
        created,
        stores: storesResponse(profile, created.request.body.store),
        digest: deps.digest,
        draws,
        body,
        itemDraws: draws.flatMap((draw, index) => (draw.kind === 'message' || draw.kind === 'functionCall' ? [index] : [])),
        responseDraw: draws.findIndex((draw) => draw.kind === 'responseId'),
        streams: new Map(),
      },
    };
  } catch (error) {
    if (error instanceof TooManyDraws) return { entry: null };
    throw error;
  }
}

function streamVariant(args: AnswerArgs, at: { entry: TemplateEntry; options: ResolvedStreamOptions; obfuscation: unknown; header: unknown }): StreamTemplate | null {
  const { entry, options } = at;
  // Server settings are fixed for an app: without a header, the options are always the same.
  const key = `${at.obfuscation === false ? 'plain' : 'padded'} ${at.header === undefined ? 'server' : JSON.stringify(options)}`;
  const known = entry.streams.get(key);
  if (known !== undefined) return known;
  let variant: StreamTemplate | null = null;
  try {
    const fork = new Recorder([...entry.draws]);
    const request = { ...entry.created.request, body: { ...entry.created.request.body, stream: true, stream_options: at.obfuscation === false ? { include_obfuscation: false } : null } };
    const created = { ...entry.created, request, variables: fork.variables() };
    const plan = planStream({ created, profile: args.profile, options, model: args.runtime.resolveModel(entry.request.body.model) });
    const bursts = plan.bursts.map((burst) => ({ waitMs: burst.waitMs, body: compile(String(burst.text), fork.draws.length) }));
    if (bursts.every((burst): burst is { waitMs: number; body: Compiled } => burst.body !== undefined)) {
      variant = { draws: fork.draws, bursts, cut: plan.cut, cutMode: plan.cutMode };
    }
  } catch (error) {
    if (!(error instanceof TooManyDraws)) throw error;
  }
  entry.streams.set(key, variant);
  return variant;
}

function store(args: AnswerArgs, at: { entry: TemplateEntry; values: string[]; text: Buffer }): void {
  const { entry, values, text } = at;
  args.session.store.put({
    id: values[entry.responseDraw]!,
    text,
    inputItems: entry.request.inputItems,
    historyItems: entry.request.historyItems,
    outputIds: entry.itemDraws.map((index) => values[index]!),
  });
}
