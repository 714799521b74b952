// Output items beyond messages and function calls, in each service's field order: custom tool calls,
// reasoning items (OpenAI: no status, `content: []`; OpenRouter: status, the upstream's `format`, a blob naming
// its endpoint), and the refusal content part of a message.
import type { Citation } from '../../domain/hosted/types.js';
import type { PlannedItem, ProviderId, TokenLogprob } from '../../domain/types.js';
import type { ItemStage } from '../types.js';

type CustomCall = Extract<PlannedItem, { type: 'custom_tool_call' }>;
type Reasoning = Extract<PlannedItem, { type: 'reasoning' }>;
type Message = Extract<PlannedItem, { type: 'message' }>;

export function renderCustomCall(item: CustomCall, at: { stage: ItemStage; provider: ProviderId }): Record<string, unknown> {
  const done = at.stage !== 'added';
  const status = done ? item.status ?? 'completed' : 'in_progress';
  const input = done ? item.input : '';
  const namespace = item.namespace ? { namespace: item.namespace } : {};
  // OpenAI lays it out as its function_call (input where arguments are); OpenRouter as its own function_call.
  return at.provider === 'openai'
    ? { id: item.id, type: 'custom_tool_call', status, input, call_id: item.callId, name: item.name, ...namespace }
    : { id: item.id, type: 'custom_tool_call', status, call_id: item.callId, name: item.name, input, ...namespace };
}

export function summaryParts(item: Reasoning): Array<{ type: 'summary_text'; text: string }> {
  return item.summary.map((text) => ({ type: 'summary_text', text }));
}

export function renderReasoning(item: Reasoning, at: { stage: ItemStage; provider: ProviderId }): Record<string, unknown> {
  const done = at.stage !== 'added';
  const summary = done ? summaryParts(item) : [];
  const encrypted = item.encryptedContent !== undefined ? { encrypted_content: item.encryptedContent } : {};
  if (at.provider === 'openai') return { id: item.id, type: 'reasoning', content: [], ...encrypted, summary };
  if (!done) return { id: item.id, type: 'reasoning', status: 'in_progress', summary };
  const blob = item.encryptedContent !== undefined ? { encrypted_content: endpointNamed(item.encryptedContent, item) } : {};
  return { id: item.id, type: 'reasoning', status: 'completed', summary, ...blob, format: item.format };
}

/** Endpoints by model, as recorded: OpenRouter names a dated one; other models' are not known, so named as sent. */
const ENDPOINTS = new Map([['meta/muse-spark-1.3', 'meta/muse-spark-1.3-20260902'], ['x-ai/grok-4.3', 'x-ai/grok-4.3-20260430']]);

/**
 * OpenRouter's blob: the upstream's, then `.` and base64url JSON naming the endpoint that made it
 * (`{"endpoint_slug":"meta/muse-spark-1.3-20260902|meta"}`, recorded for every reasoning item), the provider being
 * the vendor of the `format`. A blob that names one already (sent back and replayed) is kept.
 */
function endpointNamed(blob: string, item: Reasoning): string {
  if (item.model === undefined || blob.includes('.')) return blob;
  const slug = `${ENDPOINTS.get(item.model) ?? item.model}|${item.format.split('-')[0]!}`;
  return `${blob}.${Buffer.from(JSON.stringify({ endpoint_slug: slug })).toString('base64url')}`;
}

/** The one content part of a finished message: output text, or a refusal. */
export function messagePart(item: Message, textPart: (text: string, annotations: Citation[], logprobs: TokenLogprob[] | undefined) => Record<string, unknown>): Record<string, unknown> {
  return item.refusal ? { type: 'refusal', refusal: item.text } : textPart(item.text, item.annotations ?? [], item.logprobs);
}
