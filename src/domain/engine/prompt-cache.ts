// OpenAI's prompt cache diagnostics (`prompt_cache_options.comparison_response_id`, gpt-5.6 on): this response
// compared with a stored one, as a prompt cache would see them. The first difference, in the order of the
// reasons openai-node 7.59 lists (model, prompt_cache_key, tools, text format, reasoning effort, verbosity, a
// compacted context, the input, the service tier), is a `cache_miss` naming it, with the input tokens it cost
// and the tokens the two share; none is a `cache_hit`. Both responses are compared as rendered, so that what
// the response echoes is what is compared.
import type { ModelProfile } from '../models.js';
import type { HistorySource } from '../validation/prepare.js';
import { countTokens } from './usage.js';

type Item = Record<string, unknown>;

/** Below this many reused tokens OpenAI caches nothing; above it, in steps of 128 (its prompt caching guide). */
const MIN_CACHED = 1024;
const CACHE_STEP = 128;
const PER_ITEM = 4;

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
  /** This response as rendered, and its history items (the stored chain, then the input). */
  rendered: Item;
  historyItems: readonly Item[];
}

export function diagnoseCache(input: DiagnosisInput): CacheDiagnosis {
  if (!input.model.promptCacheOptions) return { diagnostics: { type: 'unavailable' } };
  const compared = input.history.response?.(input.comparisonId);
  const conversation = input.history.conversation(input.comparisonId);
  if (!compared || !conversation) return { diagnostics: { type: 'comparison_response_not_found' } };
  const inputTokens = ((input.rendered.usage as Item | null)?.input_tokens as number | undefined) ?? 0;
  const shared = sharedPrefix(conversation, input.historyItems, { sameInstructions: compared.instructions === input.rendered.instructions });
  const miss = (reason: string, missed: number): CacheDiagnosis => ({
    diagnostics: { type: 'cache_miss', reason, cache_missed_tokens: Math.min(inputTokens, missed), comparison_reusable_tokens: shared.tokens },
  });
  for (const [reason, read] of SETTINGS) {
    if (JSON.stringify(read(compared)) !== JSON.stringify(read(input.rendered))) return miss(reason, inputTokens);
  }
  if (shared.count < conversation.length) {
    const diverging = input.historyItems[shared.count];
    return miss(diverging?.type === 'compaction' ? 'context_compacted' : 'input_changed', inputTokens - shared.tokens);
  }
  if (compared.service_tier !== input.rendered.service_tier) return miss('service_tier_changed', inputTokens);
  const reused = Math.min(inputTokens, shared.tokens);
  return { diagnostics: { type: 'cache_hit' }, cachedTokens: reused < MIN_CACHED ? 0 : reused - (reused % CACHE_STEP) };
}

/** How many leading items the two conversations share (none if the instructions differ), and their tokens. */
function sharedPrefix(before: readonly Item[], now: readonly Item[], at: { sameInstructions: boolean }): { count: number; tokens: number } {
  let count = 0;
  let tokens = 0;
  if (!at.sameInstructions) return { count, tokens };
  const length = Math.min(before.length, now.length);
  while (count < length) {
    const text = signature(before[count]!);
    if (text !== signature(now[count]!)) break;
    tokens += PER_ITEM + countTokens(text);
    count += 1;
  }
  return { count, tokens };
}

/**
 * What the model reads of an item: its kind, role and content, not its id or status (an item sent back by
 * value, or stored and referred to, is the same prompt).
 */
function signature(item: Item): string {
  const { id: _id, status: _status, ...read } = item;
  if (read.type === undefined && read.role !== undefined) read.type = 'message';
  const content = read.content;
  if (typeof content === 'string') read.content = [{ text: content }];
  else if (Array.isArray(content)) read.content = content.map((part: Item) => ({ text: part.text ?? part.refusal ?? part }));
  return JSON.stringify(read);
}
