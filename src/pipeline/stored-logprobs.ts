// Output text logprobs for a stored response created without them, when `GET /responses/{id}` asks for them
// (`include[]=message.output_text.logprobs`), as JSON or replayed as a stream: drawn once per response from a
// random stream of its own (its id), in output order, so that every GET, JSON or stream, shows the same values.
import { createRandom, seedFrom } from '../deps.js';
import { LOGPROBS_INCLUDE, MAX_TOP_LOGPROBS, textLogprobs } from '../domain/logprobs/logprobs.js';
import type { PlannedItem, TokenLogprob } from '../domain/types.js';
import { givesLogprobs } from '../domain/validation/model-rules.js';
import { partLogprobs } from '../providers/parts/logprobs.js';
import type { ProviderProfile } from '../providers/types.js';
import type { CreatedResponse } from './create-response.js';

type Json = Record<string, unknown>;

/** The output_text parts of a response body, in order (refusals have none), each with the id of its message. */
function outputTexts(response: Json): Array<{ part: Json; itemId: unknown }> {
  const parts: Array<{ part: Json; itemId: unknown }> = [];
  const output = Array.isArray(response.output) ? response.output as Json[] : [];
  for (const item of output) {
    if (item.type !== 'message' || !Array.isArray(item.content)) continue;
    for (const part of item.content as Json[]) if (part.type === 'output_text' && typeof part.text === 'string') parts.push({ part, itemId: item.id });
  }
  return parts;
}

/**
 * Whether the GET's `include` makes this stored response gain logprobs: asked, given on this path, not already
 * there (a create that asked stored them), and of a model that would have given them (one that reasons refuses
 * them on create, so its responses have none to show).
 */
export function addsLogprobs(args: { profile: ProviderProfile; include: readonly string[]; response: Json }): boolean {
  const { profile, include, response } = args;
  if (!profile.textLogprobs || !include.includes(LOGPROBS_INCLUDE)) return false;
  const effort = (response.reasoning as { effort?: unknown } | null | undefined)?.effort;
  if (!givesLogprobs(typeof response.model === 'string' ? response.model : '', effort)) return false;
  return !outputTexts(response).some(({ part }) => Array.isArray(part.logprobs) && part.logprobs.length > 0);
}

/** One output_text part of a body, the id of the message that holds it, and the logprobs drawn for it. */
interface DrawnPart { part: Json; itemId: unknown; logprobs: TokenLogprob[] }

/** The logprobs of every output_text part, drawn in output order from the response's own random stream. */
function drawLogprobs(response: Json): DrawnPart[] {
  const random = createRandom(seedFrom(LOGPROBS_INCLUDE, String(response.id)));
  const asked = typeof response.top_logprobs === 'number' ? response.top_logprobs : 0;
  const top = Math.min(MAX_TOP_LOGPROBS, Math.max(0, Math.floor(asked)));
  return outputTexts(response).map(({ part, itemId }) => ({ part, itemId, logprobs: textLogprobs(part.text as string, { top, random }) }));
}

/** The body with every output_text part given its logprobs (the body is changed and returned). */
export function withStoredLogprobs(response: Json): Json {
  for (const { part, logprobs } of drawLogprobs(response)) part.logprobs = partLogprobs(logprobs);
  return response;
}

/**
 * The created response with its messages holding logprobs drawn for the stored body (matched by item id; a
 * message's first output_text part is the one its plan renders), and that body with its parts rendered from them.
 */
export function createdWithLogprobs(created: CreatedResponse, response: Json): CreatedResponse {
  const byId = new Map<string, TokenLogprob[]>();
  for (const { part, itemId, logprobs } of drawLogprobs(response)) {
    part.logprobs = partLogprobs(logprobs);
    if (typeof itemId === 'string' && !byId.has(itemId)) byId.set(itemId, logprobs);
  }
  const give = (item: PlannedItem): PlannedItem => {
    if (item.type !== 'message' || item.refusal) return item;
    const logprobs = byId.get(item.id);
    return logprobs ? { ...item, logprobs } : item;
  };
  return {
    ...created,
    plan: { ...created.plan, items: created.plan.items.map(give) },
    snapshot: { ...created.snapshot, items: created.snapshot.items.map(give) },
    body: response,
  };
}
