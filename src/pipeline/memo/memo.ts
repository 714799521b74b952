// A memo around the pipeline's rendering, for JSON answers: the second time a request text is seen (same
// provider, strictness and seed, no scenario, no stored-state reference) it is rendered once with sentinels for
// ids, timestamps and padding and compiled; every identical request after that replays those draws for real
// and joins the parts. Never a second pipeline: a miss, and anything it cannot template, is rendered directly.
import type { Result } from '../../domain/types.js';
import type { ModelProfile } from '../../domain/models.js';
import type { Digest } from '../../deps.js';
import type { StoredInput } from '../../state/responses/response-store.js';
import type { CreatedResponse } from '../create-response.js';
import { engineFacts } from '../engine-facts.js';
import type { AnswerFacts } from '../types.js';
import type { Variables, VariablesFactory } from '../variables.js';
import { MAX_KEY_LENGTH, type MemoCache, type MemoEntry } from './cache.js';
import { compile, fill } from './compile.js';
import { ReadsClock, Recorder, replay, TooManyDraws, type Draw } from './recorder.js';

export interface MemoRequest {
  raw: string;
  /** What decides the rendering besides the text: provider, strictness, seed. */
  settings: string;
  /** The pipeline's rendering, with these variables for ids, timestamps and padding. */
  render(variables: VariablesFactory): Result<{ created: CreatedResponse; digest: Digest }>;
  /** The real variables for an answer filled from an entry rendered under this digest. */
  live(args: { digest: Digest; model: ModelProfile }): Variables;
  /** Whether the provider stores a response with this `store` field. */
  stores(store: boolean | null | undefined): boolean;
}

export type MemoOutcome =
  | { kind: 'miss' }
  | { kind: 'error'; error: Extract<Result<never>, { ok: false }>['error'] }
  | { kind: 'hit'; text: Buffer; responseId: string; stored: StoredInput | undefined; facts: Pick<AnswerFacts, 'model' | 'engine'>; values: string[] };

/** Draws that are output item ids, which the store indexes. */
const ITEM_DRAWS = new Set<Draw['kind']>(['message', 'functionCall', 'customToolCall', 'reasoning', 'serverItem']);

/**
 * Request texts never memoised: stored-state references, look-alikes of the sentinels, answers that state the
 * clock (the datetime tool) and background runs (stored as they progress).
 */
const INELIGIBLE = /previous_response_id|item_reference|[\uE000\uE001]|\\u[eE]00[01]|9000000000|openrouter:datetime|"background"/;

const MISS: MemoOutcome = Object.freeze({ kind: 'miss' });

/**
 * Whether a request text may be in the memo: false the first time it is seen (most requests of a varied load),
 * told by its digest alone, before the text is hashed for the entries' map or anything is built for it.
 */
export function seenBefore(cache: MemoCache, request: { raw: string; digest: Digest }): boolean {
  if (request.raw.length > MAX_KEY_LENGTH) return false;
  // 53 bits of the digest: a safe integer, which a Set hashes without making a string.
  const [high, low] = request.digest;
  return cache.sighted((high! & 0x1fffff) * 2 ** 32 + low!);
}

/** The answer to a text seen before (seenBefore): filled from its entry, made now, or a miss. */
export function memoAnswer(cache: MemoCache, request: MemoRequest): MemoOutcome {
  const { raw, settings } = request;
  let entry = cache.get(raw, settings);
  if (entry === null) return MISS;
  if (entry === undefined) {
    // Known not to be memoisable from now on: later sights stop at the look-up above.
    if (INELIGIBLE.test(raw)) {
      cache.set(raw, settings, null);
      return MISS;
    }
    const built = buildEntry(request);
    if (!built.ok) return { kind: 'error', error: built.error };
    cache.set(raw, settings, built.value);
    if (built.value === null) return MISS;
    entry = built.value;
  }
  const values = replay(entry.draws, request.live({ digest: entry.digest, model: entry.model }));
  const text = fill(entry.body, values);
  const responseId = values[entry.responseDraw]!;
  const stored = entry.stores
    ? { id: responseId, text, inputItems: entry.inputItems, historyItems: entry.historyItems, outputIds: entry.itemDraws.map((index) => values[index]!) }
    : undefined;
  return { kind: 'hit', text, responseId, stored, facts: entry.facts, values };
}

/**
 * The entry for a request, or null when it cannot be memoised (a stream, too many draws, ambiguous text, dates
 * counted from the clock).
 */
function buildEntry(request: MemoRequest): Result<MemoEntry | null> {
  const recorder = new Recorder();
  try {
    const rendered = request.render(() => recorder.variables());
    if (!rendered.ok) return rendered;
    const { created, digest } = rendered.value;
    if (created.request.body.stream === true) return { ok: true, value: null };
    const draws = recorder.draws;
    const body = compile(JSON.stringify(created.body), draws.length);
    if (!body) return { ok: true, value: null };
    return {
      ok: true,
      value: {
        model: created.model,
        stores: request.stores(created.request.body.store),
        inputItems: created.request.inputItems,
        historyItems: created.request.historyItems,
        digest,
        draws,
        body,
        itemDraws: draws.flatMap((draw, index) => (ITEM_DRAWS.has(draw.kind) ? [index] : [])),
        responseDraw: draws.findIndex((draw) => draw.kind === 'responseId'),
        facts: { model: created.request.body.model, engine: engineFacts(created.plan) },
      },
    };
  } catch (error) {
    if (error instanceof TooManyDraws || error instanceof ReadsClock) return { ok: true, value: null };
    throw error;
  }
}
