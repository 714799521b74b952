// @openrouter/sdk 1.3.19, unmodified, against the OpenRouter path on a real port: every streamed event and the
// non-stream result parse without validation errors and without `UNKNOWN` (its forgiving unions' fallback),
// including the failed and incomplete endings a scenario will produce.
import { OpenRouter } from '@openrouter/sdk';
import Fastify from 'fastify';
import t from 'tap';
import { DEFAULT_CONFIG } from '../../../src/config/config.js';
import { modelProfile } from '../../../src/domain/models.js';
import { openRouterProfile } from '../../../src/providers/index.js';
import { createRuntime } from '../../../src/runtime.js';
import type { CreatedResponse } from '../../../src/pipeline/create-response.js';
import { planStream, registerStreaming, streamOptionsFor, writeSse } from '../../../src/streaming/index.js';
import { timeTool, weatherTool } from '../../helpers/app.js';
import { listen } from '../../helpers/server.js';
import { asFailed, asIncomplete, created, textRequest } from '../../unit/streaming/fixtures.js';

// camelCase on the way in: the SDK serialises to snake_case itself.
const tools = [weatherTool, timeTool].map((tool) => ({ ...tool, strict: false })) as never[];

/** Paths of every object the SDK could not match to a schema (`type: "UNKNOWN"` / `isUnknown`). */
function unknownPaths(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((entry, i) => unknownPaths(entry, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own = record.type === 'UNKNOWN' || record.isUnknown === true ? [`${path} (raw: ${JSON.stringify(record.raw).slice(0, 160)})`] : [];
  return [...own, ...Object.entries(record).flatMap(([key, entry]) => (key === 'raw' ? [] : unknownPaths(entry, `${path}.${key}`)))];
}

async function collect(stream: unknown): Promise<Array<Record<string, unknown>>> {
  const events: Array<Record<string, unknown>> = [];
  for await (const event of stream as AsyncIterable<Record<string, unknown>>) events.push(event);
  return events;
}

t.test('streaming: every event parses, for a tool call, parallel calls and text', async (t) => {
  const server = await listen(t);
  const client = new OpenRouter({ apiKey: 'k', serverURL: server.openrouterBaseURL, retryConfig: { strategy: 'none' } });
  const requests = [
    { model: 'openai/gpt-4o-mini', input: 'What is the weather in Paris?', tools, toolChoice: 'required' },
    { model: 'openai/gpt-4o-mini', input: 'What is the weather and the time in Tokyo?', tools, parallelToolCalls: true },
    { model: 'x-ai/grok-4.3', input: 'What is the weather in Paris?', tools, toolChoice: 'required' },
    { model: 'openai/gpt-5.5', input: 'Reply exactly with: Paris is sunny.', maxOutputTokens: 80 },
  ];
  for (const request of requests) {
    const stream = await client.responses.send({ responsesRequest: { ...request, stream: true } as never });
    const events = await collect(stream);
    const label = `${request.model}: ${request.input}`;
    t.same(unknownPaths(events), [], `${label}: nothing UNKNOWN`);
    t.same(events.map((event) => event.sequenceNumber), events.map((_, i) => i), `${label}: integer sequence numbers`);
    t.equal(events[0]!.type, 'response.created');
    t.equal(events.at(-1)!.type, 'response.completed');
    const final = events.at(-1)!.response as { status: string; output: Array<Record<string, unknown>>; usage: Record<string, unknown> };
    t.equal(final.status, 'completed');
    t.type(final.usage.inputTokens, 'number', `${label}: usage parsed`);
    for (const done of events.filter((event) => event.type === 'response.function_call_arguments.done')) {
      t.type(done.name, 'string', 'name on function_call_arguments.done');
    }
    for (const text of events.filter((event) => event.type === 'response.output_text.delta' || event.type === 'response.output_text.done')) {
      t.same(text.logprobs, [], 'logprobs on text events');
      t.equal(text.contentIndex, 0);
    }
    const calls = final.output.filter((item) => item.type === 'function_call');
    if (request.input.includes('Tokyo')) t.equal(calls.length, 2, 'parallel calls');
    for (const call of calls) t.doesNotThrow(() => JSON.parse(call.arguments as string), 'JSON arguments');
  }
});

t.test('non-stream: the result parses', async (t) => {
  const server = await listen(t);
  const client = new OpenRouter({ apiKey: 'k', serverURL: server.openrouterBaseURL, retryConfig: { strategy: 'none' } });
  const result = await client.responses.send({ responsesRequest: { model: 'openai/gpt-4o-mini', input: 'What is the weather in Paris?', tools, toolChoice: 'required' } as never });
  t.same(unknownPaths(result), []);
  const response = result as unknown as { object: string; status: string; output: Array<{ type: string; name: string; callId: string }>; completedAt: number };
  t.equal(response.object, 'response');
  t.equal(response.status, 'completed');
  t.match(response.output, [{ type: 'function_call', name: 'get_weather', callId: /^call_/ }]);
  t.type(response.completedAt, 'number');
});

t.test('failed and incomplete endings parse too (flat error event, response.failed / .incomplete)', async (t) => {
  const base = created(openRouterProfile, textRequest);
  const endings: Array<[string, CreatedResponse]> = [['failed', asFailed(openRouterProfile, base)], ['incomplete', asIncomplete(openRouterProfile, base)]];
  for (const [name, planned] of endings) {
    const app = Fastify();
    const runtime = createRuntime(DEFAULT_CONFIG);
    registerStreaming(app, runtime.streams);
    const plan = planStream({ created: planned, profile: openRouterProfile, options: streamOptionsFor(DEFAULT_CONFIG, {}), model: modelProfile('openai/gpt-4o-mini') });
    app.post('/api/v1/responses', (_request, reply) => writeSse({ reply, plan, registry: runtime.streams, stallMs: 1000 }));
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    t.teardown(() => app.close());
    const client = new OpenRouter({ apiKey: 'k', serverURL: `${url}/api/v1`, retryConfig: { strategy: 'none' } });
    const events = await collect(await client.responses.send({ responsesRequest: { model: 'openai/gpt-4o-mini', input: 'hi', stream: true } as never }));
    t.same(unknownPaths(events), [], `${name}: nothing UNKNOWN`);
    if (name === 'failed') {
      t.same(events.map((event) => event.type), ['response.created', 'response.in_progress', 'error', 'response.failed']);
      t.match(events[2], { type: 'error', code: 'rate_limit_exceeded', message: /Rate limit/, param: null, sequenceNumber: 2 });
      t.match(events[3], { response: { status: 'failed', error: { code: 'rate_limit_exceeded' } } });
    } else {
      t.equal(events.at(-1)!.type, 'response.incomplete');
      t.match(events.at(-1), { response: { status: 'incomplete', incompleteDetails: { reason: 'max_output_tokens' } } });
    }
  }
});
