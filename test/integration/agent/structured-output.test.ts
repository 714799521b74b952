// text.format through inject, on both paths: json_schema answers are one JSON document valid for the
// schema (Ajv says so), seeded and streamed in JSON pieces; json_object gives an object; with tools under
// auto the calls come first and the document answers the tool outputs; max_output_tokens cuts it (incomplete);
// scenarios script json answers and refusals (with their stream events); and the real 400s.
import { Ajv } from 'ajv';
import t from 'tap';
import { OPENAI, OPENROUTER, post, testApp, weatherTool } from '../../helpers/app.js';
import { eventsOf, parseSse } from '../../helpers/sse.js';

const schema = {
  type: 'object', additionalProperties: false, required: ['city', 'temperature', 'unit', 'tags'],
  properties: {
    city: { type: 'string' }, temperature: { type: 'number' }, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
    tags: { type: 'array', items: { type: 'string' } },
  },
};
const format = { type: 'json_schema', name: 'weather', schema, strict: true };
const validate = new Ajv().compile(schema);
const paths = [['OpenRouter', OPENROUTER, 'openai/gpt-4o-mini'], ['OpenAI', OPENAI, 'gpt-4o-mini']] as const;
const messageText = (body: Record<string, unknown>) => {
  const message = (body.output as Array<Record<string, unknown>>).find((item) => item.type === 'message')!;
  return (message.content as Array<{ text: string }>)[0]!.text;
};

t.test('json_schema: one document valid for the schema, values from the prompt, seeded', async (t) => {
  const app = testApp();
  for (const [name, url, model] of paths) {
    const body = { model, input: 'It is 18 degrees celsius in Lyon.', text: { format }, store: false };
    const first = await post(app, { url, body });
    const document = JSON.parse(messageText(first.body)) as unknown;
    t.ok(validate(document), `${name}: valid (${JSON.stringify(validate.errors)})`);
    t.match(document, { city: 'Lyon', temperature: 18, unit: 'celsius' }, `${name}: values from the prompt`);
    t.same(Object.keys(document as object), Object.keys(schema.properties), `${name}: keys in the schema's order`);
    t.equal(messageText((await post(testApp(), { url, body })).body), messageText(first.body), `${name}: same request and seed, same document`);
    t.same((first.body.text as { format: unknown }).format, format, `${name}: the format is echoed`);
  }
});

t.test('streams send the document as JSON fragments', async (t) => {
  for (const [name, url, model] of paths) {
    const answer = await post(testApp(), { url, body: { model, input: 'Weather in Oslo?', text: { format }, stream: true, store: false } });
    const events = eventsOf(parseSse(answer.raw));
    const deltas = events.filter((event) => event.type === 'response.output_text.delta').map((event) => String(event.delta));
    const done = events.find((event) => event.type === 'response.output_text.done')!;
    t.equal(deltas.join(''), done.text, `${name}: fragments add up`);
    t.ok(deltas.length > 4 && deltas[0]!.startsWith('{'), `${name}: token-sized pieces (${deltas.slice(0, 4).join(' | ')})`);
    t.ok(validate(JSON.parse(String(done.text))), `${name}: valid`);
  }
});

t.test('json_object: a JSON object, an example in the prompt followed', async (t) => {
  for (const [name, url, model] of paths) {
    const plain = await post(testApp(), { url, body: { model, input: 'Say hello in JSON.', text: { format: { type: 'json_object' } } , store: false } });
    t.type(JSON.parse(messageText(plain.body)), 'object', `${name}: an object`);
    const example = await post(testApp(), { url, body: { model, input: 'Reply in JSON like {"ok": true, "items": []}', text: { format: { type: 'json_object' } }, store: false } });
    t.same(JSON.parse(messageText(example.body)), { ok: true, items: [] }, `${name}: the example's shape`);
  }
});

t.test('with tools under auto: calls first, the document after the tool outputs', async (t) => {
  const app = testApp();
  for (const [name, url, model] of paths) {
    const first = await post(app, { url, body: { model, input: 'What is the weather in Paris?', tools: [weatherTool], text: { format }, store: false } });
    const [call] = first.body.output!;
    t.match(call, { type: 'function_call', name: 'get_weather' }, `${name}: the call comes first`);
    const input = [
      { role: 'user', content: 'What is the weather in Paris?' },
      { type: 'function_call', id: call!.id, call_id: call!.call_id, name: 'get_weather', arguments: call!.arguments },
      { type: 'function_call_output', id: 'fco_1', call_id: call!.call_id, output: '{"temperature": 22, "unit": "celsius"}' },
    ];
    const second = await post(app, { url, body: { model, input, tools: [weatherTool], text: { format }, store: false } });
    const document = JSON.parse(messageText(second.body)) as Record<string, unknown>;
    t.ok(validate(document), `${name}: valid`);
    t.match(document, { city: 'Paris', temperature: 22 }, `${name}: filled from the prompt and the tool output`);
  }
});

t.test('max_output_tokens cuts the document: incomplete', async (t) => {
  for (const [name, url, model] of paths) {
    // 16 is the least max_output_tokens OpenAI takes; the document takes about 20.
    const answer = await post(testApp(), { url, body: { model, input: 'Weather in Oslo?', text: { format }, max_output_tokens: 16, store: false } });
    t.equal(answer.body.status, 'incomplete', name);
    t.same(answer.body.incomplete_details, { reason: 'max_output_tokens' }, name);
    t.throws(() => JSON.parse(messageText(answer.body)), `${name}: the cut text is not a document`);
  }
});

t.test('scenarios: json answers and refusals, with the refusal events', async (t) => {
  const app = testApp({
    scenarios: {
      structured: { rules: [{ respond: { json: { city: 'Nice', temperature: 25, unit: 'celsius', tags: ['sunny'] } }, times: 'always' }] },
      refuses: { rules: [{ respond: { refusal: "I'm sorry, I can't help with that." }, times: 'always' }] },
    },
  });
  for (const [name, url, model] of paths) {
    const json = await post(app, { url, headers: { 'x-mock-scenario': 'structured' }, body: { model, input: 'x', text: { format }, store: false } });
    t.equal(messageText(json.body), '{"city":"Nice","temperature":25,"unit":"celsius","tags":["sunny"]}', `${name}: the scripted JSON text`);
    const refusal = await post(app, { url, headers: { 'x-mock-scenario': 'refuses' }, body: { model, input: 'x', text: { format }, store: false } });
    const message = refusal.body.output![0]!;
    t.same(message.content, [{ type: 'refusal', refusal: "I'm sorry, I can't help with that." }], `${name}: a refusal part`);
    t.equal(refusal.body.status, 'completed', `${name}: completed`);
    const streamed = await post(app, { url, headers: { 'x-mock-scenario': 'refuses' }, body: { model, input: 'x', stream: true, store: false } });
    const events = eventsOf(parseSse(streamed.raw));
    const types = [...new Set(events.map((event) => String(event.type)))];
    t.same(types, ['response.created', 'response.in_progress', 'response.output_item.added', 'response.content_part.added', 'response.refusal.delta', 'response.refusal.done', 'response.content_part.done', 'response.output_item.done', 'response.completed'], `${name}: refusal events`);
    t.match(events.find((event) => event.type === 'response.content_part.added'), { content_index: 0, part: { type: 'refusal', refusal: '' } });
    const deltas = events.filter((event) => event.type === 'response.refusal.delta').map((event) => event.delta).join('');
    t.equal(deltas, events.find((event) => event.type === 'response.refusal.done')!.refusal, `${name}: deltas add up`);
  }
});

t.test('the real 400s', async (t) => {
  const app = testApp();
  const base = { model: 'gpt-4o-mini', input: 'Alice is 30.' };
  const cases: Array<[string, object, string, RegExp]> = [
    ['Chat-style nested format', { text: { format: { type: 'json_schema', json_schema: { name: 'x', schema } } } }, 'text.format.name', /^Missing required parameter: 'text\.format\.name'\.$/],
    ['missing schema', { text: { format: { type: 'json_schema', name: 'x' } } }, 'text.format.schema', /^Missing required parameter: 'text\.format\.schema'\.$/],
    ['response_format', { response_format: { type: 'json_object' } }, 'response_format', /^Unsupported parameter: 'response_format'\. In the Responses API, this parameter has moved to 'text\.format'\. Try again with the new parameter\.$/],
    ['string format', { text: { format: 'json_schema' } }, 'text.format', /^Invalid type for 'text\.format': expected a text format, but got a string instead\.$/],
    ['strict without additionalProperties', { text: { format: { ...format, schema: { ...schema, additionalProperties: undefined } } } }, 'text.format.schema', /^Invalid schema for response_format 'weather': In context=\(\), 'additionalProperties' is required to be supplied and to be false\.$/],
    ['strict with an optional key', { text: { format: { ...format, schema: { ...schema, required: ['city'] } } } }, 'text.format.schema', /^Invalid schema for response_format 'weather': In context=\(\), 'required' is required to be supplied and to be an array including every key in properties\. Missing 'temperature'\.$/],
    ['root not an object', { text: { format: { ...format, schema: { type: 'array', items: { type: 'string' } } } } }, 'text.format.schema', /^Invalid schema for response_format 'weather': schema must be a JSON Schema of 'type: "object"', got 'type: "array"'\.$/],
    ['unsupported keyword', { text: { format: { ...format, schema: { ...schema, properties: { ...schema.properties, tags: { type: 'array', items: { type: 'string' }, uniqueItems: true } } } } } }, 'text.format.schema', /^Invalid schema for response_format 'weather': In context=\('properties', 'tags'\), 'uniqueItems' is not permitted\.$/],
    ['json_object without the word', { instructions: 'Answer in JSON.', text: { format: { type: 'json_object' } } }, 'input', /^Response input messages must contain the word 'json' in some form to use 'text\.format' of type 'json_object'\.$/],
    ['bad name', { text: { format: { ...format, name: 'my format' } } }, 'text.format.name', /does not match pattern/],
    ['unknown type', { text: { format: { type: 'yaml' } } }, 'text.format.type', /'text', 'json_object', and 'json_schema'/],
  ];
  for (const [name, extra, param, message] of cases) {
    const answer = await post(app, { url: OPENAI, body: { ...base, ...extra } });
    t.equal(answer.status, 400, name);
    t.equal(answer.body.error?.param, param, `${name}: param`);
    t.match(answer.body.error?.message, message, `${name}: message`);
  }
  const strictCode = await post(app, { url: OPENAI, body: { ...base, text: { format: { ...format, schema: { type: 'array' } } } } });
  t.equal(strictCode.body.error?.code, 'invalid_json_schema', 'strict-rule code');
  const nonStrict = await post(app, { url: OPENAI, body: { ...base, text: { format: { ...format, strict: false, schema: { type: 'object', properties: { a: { type: 'string' } } } } } } });
  t.equal(nonStrict.status, 200, 'strict off: the schema is a hint, not checked');
  const openrouter = await post(app, { url: OPENROUTER, body: { ...base, model: 'openai/gpt-4o-mini', response_format: { type: 'json_object' }, text: { format: { type: 'json_object' } } } });
  t.equal(openrouter.status, 200, 'OpenRouter: neither response_format nor the json word is refused');
});
