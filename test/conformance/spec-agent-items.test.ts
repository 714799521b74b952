// The official OpenAPI schemas (test/conformance/spec, see its README) against the mock's answers: the events
// and items of reasoning, custom tool calls and refusals on both paths, streamed and in the final object.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import t from 'tap';
import { OPENAI, OPENROUTER, post, testApp } from '../helpers/app.js';
import { eventsOf, parseSse } from '../helpers/sse.js';

type Json = Record<string, unknown>;

function validators(file: string): (name: string) => ValidateFunction {
  const document = JSON.parse(readFileSync(fileURLToPath(new URL(`./spec/${file}`, import.meta.url)), 'utf8')) as Json;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ ...document, $id: 'spec' });
  return (name) => ajv.getSchema(`spec#/components/schemas/${name}`)!;
}

const SPECS = {
  openai: {
    url: OPENAI, model: 'gpt-5-mini', schema: validators('openai-agent-items.json'),
    events: new Map([
      ['response.custom_tool_call_input.delta', 'ResponseCustomToolCallInputDeltaEvent'], ['response.custom_tool_call_input.done', 'ResponseCustomToolCallInputDoneEvent'],
      ['response.reasoning_summary_part.added', 'ResponseReasoningSummaryPartAddedEvent'], ['response.reasoning_summary_part.done', 'ResponseReasoningSummaryPartDoneEvent'],
      ['response.reasoning_summary_text.delta', 'ResponseReasoningSummaryTextDeltaEvent'], ['response.reasoning_summary_text.done', 'ResponseReasoningSummaryTextDoneEvent'],
      ['response.refusal.delta', 'ResponseRefusalDeltaEvent'], ['response.refusal.done', 'ResponseRefusalDoneEvent'],
      ['response.content_part.added', 'ResponseContentPartAddedEvent'], ['response.content_part.done', 'ResponseContentPartDoneEvent'],
    ]),
    items: new Map([['reasoning', 'ReasoningItem'], ['custom_tool_call', 'CustomToolCallResource'], ['message', 'OutputMessage']]),
    parts: new Map<string, string>(),
  },
  openrouter: {
    url: OPENROUTER, model: 'openai/gpt-5.5', schema: validators('openrouter-agent-items.json'),
    events: new Map([
      ['response.custom_tool_call_input.delta', 'CustomToolCallInputDeltaEvent'], ['response.custom_tool_call_input.done', 'CustomToolCallInputDoneEvent'],
      ['response.reasoning_summary_part.added', 'ReasoningSummaryPartAddedEvent'], ['response.reasoning_summary_part.done', 'ReasoningSummaryPartDoneEvent'],
      ['response.reasoning_summary_text.delta', 'ReasoningSummaryTextDeltaEvent'], ['response.reasoning_summary_text.done', 'ReasoningSummaryTextDoneEvent'],
      ['response.refusal.delta', 'BaseRefusalDeltaEvent'], ['response.refusal.done', 'BaseRefusalDoneEvent'],
    ]),
    items: new Map([['reasoning', 'OutputReasoningItem'], ['custom_tool_call', 'OutputCustomToolCallItem']]),
    parts: new Map([['refusal', 'OpenAIResponsesRefusalContent']]),
  },
} as const;

const app = testApp({ scenarios: { refuses: { rules: [{ respond: { refusal: 'I cannot help with that.' }, times: 'always' }] } } });
t.teardown(() => app.close());
const requests = [
  { name: 'reasoning and a custom call', body: { input: 'Create a.txt', tools: [{ type: 'custom', name: 'apply_patch' }], tool_choice: 'required', reasoning: { effort: 'low', summary: 'auto' }, include: ['reasoning.encrypted_content'] } },
  { name: 'a refusal', body: { input: 'x' }, headers: { 'x-mock-scenario': 'refuses' } },
];

for (const [provider, spec] of Object.entries(SPECS)) {
  t.test(`${provider}: events and items valid for the spec`, async (t) => {
    const checked = new Set<string>();
    const check = (value: unknown, name: string, label: string) => {
      const validate = spec.schema(name);
      t.ok(validate(value), `${label} is a ${name}${validate.errors ? `: ${JSON.stringify(validate.errors.slice(0, 3))}` : ''}`);
      checked.add(name);
    };
    for (const request of requests) {
      const answer = await post(app, { url: spec.url, headers: 'headers' in request ? request.headers : {}, body: { model: spec.model, store: false, stream: true, ...request.body } });
      const events = eventsOf(parseSse(answer.raw));
      for (const event of events) {
        const name = (spec.events as ReadonlyMap<string, string>).get(String(event.type));
        if (name) check(event, name, `${request.name}: ${String(event.type)}`);
        const item = event.item as Json | undefined;
        const itemSchema = item && event.type === 'response.output_item.done' ? (spec.items as ReadonlyMap<string, string>).get(String(item.type)) : undefined;
        if (itemSchema) check(item, itemSchema, `${request.name}: the done ${String(item!.type)} item`);
        const part = event.part as Json | undefined;
        const partSchema = part && event.type === 'response.content_part.done' ? (spec.parts as ReadonlyMap<string, string>).get(String(part.type)) : undefined;
        if (partSchema) check(part, partSchema, `${request.name}: the done ${String(part!.type)} part`);
      }
      const output = ((events.at(-1)!.response as Json).output as Json[]);
      for (const item of output) {
        const itemSchema = (spec.items as ReadonlyMap<string, string>).get(String(item.type));
        if (itemSchema) check(item, itemSchema, `${request.name}: the final ${String(item.type)} item`);
      }
    }
    t.same([...checked].sort(), [...new Set([...spec.events.values(), ...spec.items.values(), ...spec.parts.values()])].sort(), 'every schema was exercised');
  });
}
