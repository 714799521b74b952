// POST /v1/responses/compact: the conversation (input, or the chain of previous_response_id) compacted to its
// user messages and one `compaction` item whose opaque `encrypted_content` a later request sends back as
// input. Seeded like a create request: same body and seed, same bytes.
import { compactionContent } from '../../domain/hosted/compaction.js';
import { estimateUsage } from '../../domain/engine/usage.js';
import { fail, ok, type Result } from '../../domain/types.js';
import { hex } from '../../providers/ids/ids.js';
import { usageFields } from '../../providers/shared.js';
import type { Runtime } from '../../runtime.js';
import { prepareSide, sideBody, sideContext, type SideInput } from './side-request.js';

type Item = Record<string, unknown>;

export function compactConversation(runtime: Runtime, input: SideInput): Result<Item> {
  const context = sideContext(runtime, input);
  if (!context.ok) return context;
  const body = sideBody(input.raw);
  if (!body.ok) return body;
  if (body.value.model === undefined || body.value.model === null) {
    return fail({ code: 'missing_required_parameter', message: `Missing required parameter: 'model'.`, param: 'model' });
  }
  const filled = { ...body.value };
  if (filled.input == null) filled.input = [];
  const prepared = prepareSide(context.value, filled);
  if (!prepared.ok) return prepared;
  const request = prepared.value;
  const deps = runtime.depsFor({ body: input.raw, scope: 'openai-compact', seed: context.value.seed });
  const createdAt = deps.clock.nowSeconds();
  const { inputTokens } = estimateUsage({
    instructions: request.body.instructions ?? undefined,
    conversation: request.conversation,
    functions: request.functions,
    output: [],
  });
  const id = context.value.profile.ids.response(deps.ids, createdAt);
  const output: Item[] = request.historyItems.filter(isUserMessage).map((message) => ({
    id: typeof message.id === 'string' && message.id !== '' ? message.id : `msg_${hex(deps.ids, 50)}`,
    type: 'message',
    status: 'completed',
    content: typeof message.content === 'string' ? [{ type: 'input_text', text: message.content }] : message.content,
    role: 'user',
  }));
  output.push({ id: `cmp_${hex(deps.ids, 50)}`, type: 'compaction', encrypted_content: compactionContent(deps.content, inputTokens) });
  const outputTokens = Math.max(1, Math.ceil(inputTokens / 8));
  return ok({
    id,
    object: 'response.compaction',
    created_at: createdAt,
    output,
    usage: usageFields({ inputTokens, outputTokens, cachedTokens: 0, reasoningTokens: 0, cacheWriteTokens: 0 }, { cacheWrites: true }),
  });
}

function isUserMessage(item: Item): boolean {
  return (item.type === undefined || item.type === 'message') && item.role === 'user';
}
