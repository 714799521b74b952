// OpenAI's prompt cache diagnostics (`prompt_cache_options.comparison_response_id`, gpt-5.6 on): this response
// compared with a stored one, as a prompt cache would see them. The first difference, in the order of the
// reasons openai-node 7.59 lists (model, prompt_cache_key, tools, text format, reasoning effort, verbosity, a
// compacted context, the input, the service tier), is a `cache_miss` naming it, with the input tokens it cost
// and the tokens the two share; none is a `cache_hit`. Both responses are compared as rendered, so that what
// the response echoes is what is compared.
import type { ModelProfile } from '../models.js';
import type { HistorySource, PreparedRequest } from '../validation/prepare.js';
import { estimateUsage } from './usage.js';

type Item = Record<string, unknown>;

/** Below this many reused tokens OpenAI caches nothing; above it, in steps of 128 (its prompt caching guide). */
const MIN_CACHED = 1024;
const CACHE_STEP = 128;

export interface CacheDiagnosis {
  diagnostics: Item;
  /** `usage.input_tokens_details.cached_tokens` on a hit. */
  cachedTokens?: number;
}

/** Settings that invalidate the whole prefix, in the order of the reasons. */
const SETTINGS: ReadonlyArray<[string, (response: Item) => unknown]> = [
  ['model_changed', (response) => response.model],
  ['prompt_cache_key_changed', (response) => response.prompt_cache_key],
  ['tools_changed', (response) => response.tools],
  ['text_format_changed', (response) => (response.text as Item | null | undefined)?.format],
  ['reasoning_effort_changed', (response) => (response.reasoning as Item | null | undefined)?.effort],
  ['verbosity_changed', (response) => (response.text as Item | null | undefined)?.verbosity],
];

export interface DiagnosisInput {
  comparisonId: string;
  model: ModelProfile;
  history: HistorySource;
  /** This response as rendered, and its request (its history: the stored chain, then the input). */
  rendered: Item;
  request: PreparedRequest;
}

export function diagnoseCache(input: DiagnosisInput): CacheDiagnosis {
  if (!input.model.promptCacheOptions) return { diagnostics: { type: 'unavailable' } };
  const compared = input.history.response?.(input.comparisonId);
  const conversation = input.history.conversation(input.comparisonId);
  if (!compared || !conversation) return { diagnostics: { type: 'comparison_response_not_found' } };
  const { request } = input;
  const inputTokens = ((input.rendered.usage as Item | null)?.input_tokens as number | undefined) ?? 0;
  const count = compared.instructions === input.rendered.instructions ? sharedItems(conversation, request.historyItems) : -1;
  // Counted as usage counts input (usage.ts): the instructions, the shared items and the tools; never past this input.
  const instructions = request.body.instructions ?? undefined;
  // Nothing shared at all (no instructions, items or tools) is 0, not the estimate's least of 1.
  const empty = count <= 0 && instructions === undefined && request.functions.length === 0;
  const shared = count < 0 || empty ? 0 : Math.min(inputTokens, estimateUsage({
    instructions, conversation: request.conversation.slice(0, count), functions: request.functions, output: [],
  }).inputTokens);
  // A changed setting leaves nothing reusable; a changed input, the prefix before it.
  const miss = (reason: string, reusable: number): CacheDiagnosis => ({
    diagnostics: { type: 'cache_miss', reason, cache_missed_tokens: Math.max(0, inputTokens - reusable), comparison_reusable_tokens: reusable },
  });
  for (const [reason, read] of SETTINGS) {
    if (JSON.stringify(read(compared)) !== JSON.stringify(read(input.rendered))) return miss(reason, 0);
  }
  if (count < conversation.length) {
    const diverging = request.historyItems[Math.max(0, count)];
    return miss(diverging?.type === 'compaction' ? 'context_compacted' : 'input_changed', shared);
  }
  if (compared.service_tier !== input.rendered.service_tier) return miss('service_tier_changed', 0);
  return { diagnostics: { type: 'cache_hit' }, cachedTokens: shared < MIN_CACHED ? 0 : shared - (shared % CACHE_STEP) };
}

/** How many leading items the two conversations share, by what the model reads of them. */
function sharedItems(before: readonly Item[], now: readonly Item[]): number {
  const length = Math.min(before.length, now.length);
  let count = 0;
  while (count < length && signature(before[count]!) === signature(now[count]!)) count += 1;
  return count;
}

/**
 * What the model reads of an item, in a fixed order: its kind, role and content (text parts as their text), then
 * its other fields by name; not its id, status or phase (an item sent back by value, or stored and referred to,
 * is the same prompt).
 */
function signature(item: Item): string {
  const { id: _id, status: _status, phase: _phase, type, role, content, ...rest } = item;
  const parts = typeof content === 'string' ? [{ text: content }]
    : Array.isArray(content) ? content.map((part: Item) => ({ text: part.text ?? part.refusal ?? part })) : content;
  const others = Object.keys(rest).sort().map((key) => [key, rest[key]]);
  return JSON.stringify([type ?? (role !== undefined ? 'message' : undefined), role, parts, others]);
}
