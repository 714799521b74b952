// `configuration_update` input items: the reasoning effort and text format they set hold for the response and
// the later turns of its conversation (the request's own settings are still what it echoes), each until a later
// update sets it again; their shape, format and effort are held to the rules of the request's own.
import t from 'tap';
import { OPENAI, OPENROUTER, post, testApp } from '../../helpers/app.js';

const user = (content: string) => ({ role: 'user', content });
const update = (fields: Record<string, unknown>) => ({ type: 'configuration_update', ...fields });
const CITY = {
  type: 'json_schema', name: 'city', strict: true,
  schema: { type: 'object', properties: { city: { type: 'string' }, celsius: { type: 'number' } }, required: ['city', 'celsius'], additionalProperties: false },
};

interface Output { type: string; content?: Array<{ text: string }> }
const body = (answer: { body: unknown }) => answer.body as { id: string; output: Output[]; reasoning: { effort: string | null }; usage: { output_tokens_details: { reasoning_tokens: number } } };
const reasoningTokens = (answer: { body: unknown }) => body(answer).usage.output_tokens_details.reasoning_tokens;
const types = (answer: { body: unknown }) => body(answer).output.map((item) => item.type);

t.test('an effort update sets how hard the response reasons; the request echoes its own', async (t) => {
  const app = testApp();
  const base = { model: 'gpt-5.6', store: false, reasoning: { effort: 'low' } };
  const plain = await post(app, { url: OPENAI, body: { ...base, input: [user('Hello')] } });
  const high = await post(app, { url: OPENAI, body: { ...base, input: [update({ reasoning: { effort: 'high' } }), user('Hello')] } });
  const none = await post(app, { url: OPENAI, body: { ...base, input: [update({ reasoning: { effort: 'none' } }), user('Hello')] } });
  t.equal(plain.status, 200);
  t.equal(high.status, 200);
  t.ok(reasoningTokens(high) > reasoningTokens(plain), `high reasons more (${reasoningTokens(high)} > ${reasoningTokens(plain)})`);
  t.equal(body(high).reasoning.effort, 'low', 'the echo is the request\'s own effort');
  t.same(types(none), ['message'], 'effort none: no reasoning item');
  t.equal(reasoningTokens(none), 0);
});

t.test('a format update makes the answer JSON for its schema, in JSON and in a stream', async (t) => {
  const app = testApp();
  const input = [user('What is the weather in Paris? It is 21 degrees.'), update({ text: { format: CITY } })];
  const answer = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', store: false, input } });
  t.equal(answer.status, 200);
  const text = body(answer).output[0]!.content![0]!.text;
  t.same(JSON.parse(text), { city: 'Paris', celsius: 21 });
  t.same((answer.body as { text: unknown }).text, { format: { type: 'text' } }, 'the request\'s own text settings are echoed');
  const streamed = await app.inject({ method: 'POST', url: OPENAI, payload: { model: 'gpt-4o-mini', store: false, stream: true, input } });
  const done = streamed.body.split('\n').find((line) => line.includes('"response.output_text.done"'));
  t.ok(done, 'the stream has the text done event');
  t.same(JSON.parse(JSON.parse(done!.slice('data: '.length)).text), { city: 'Paris', celsius: 21 });
});

t.test('updates hold across previous_response_id until a later one sets the same setting', async (t) => {
  const app = testApp();
  const first = await post(app, { url: OPENAI, body: { model: 'gpt-5.6', input: [update({ reasoning: { effort: 'none' } }), user('Hello')] } });
  t.same(types(first), ['message']);
  const second = await post(app, { url: OPENAI, body: { model: 'gpt-5.6', previous_response_id: body(first).id, input: [user('And again?')] } });
  t.same(types(second), ['message'], 'still no reasoning on the next turn');
  const third = await post(app, { url: OPENAI, body: { model: 'gpt-5.6', previous_response_id: body(second).id, input: [update({ reasoning: { effort: null } }), user('Once more')] } });
  t.same(types(third), ['reasoning', 'message'], 'a null effort gives reasoning back to the request');
  const last = await post(app, { url: OPENAI, body: { model: 'gpt-5.6', store: false, input: [update({ reasoning: { effort: 'none' } }), update({ text: { format: CITY } }), update({ reasoning: { effort: 'high' } }), user('What is the weather in Paris? It is 3 degrees.')] } });
  t.same(types(last), ['reasoning', 'message'], 'the last effort wins');
  t.same(JSON.parse(body(last).output[1]!.content![0]!.text), { city: 'Paris', celsius: 3 }, 'and an update of the other setting stays');
});

t.test('input_items lists an update as sent, with an id and no status', async (t) => {
  const app = testApp();
  const created = await post(app, { url: OPENAI, body: { model: 'gpt-5.6', input: [update({ reasoning: { effort: 'high' } }), user('Hello')] } });
  const listed = await app.inject({ method: 'GET', url: `${OPENAI}/${body(created).id}/input_items?order=asc` });
  const [first] = (listed.json() as { data: Array<Record<string, unknown>> }).data;
  t.match(first, { type: 'configuration_update', id: /^item_[0-9a-f]{50}$/, reasoning: { effort: 'high' } });
  t.notOk('status' in first!, 'no status');
});

t.test('a bad update is a 400 naming its path', async (t) => {
  const app = testApp();
  const cases: Array<[string, Record<string, unknown>, string, RegExp]> = [
    ['gpt-4o-mini', { reasoning: 'high' }, 'input[0].reasoning', /expected an object/],
    ['gpt-4o-mini', { reasoning: { effort: 3 } }, 'input[0].reasoning.effort', /expected a string/],
    ['gpt-4o-mini', { text: 'json' }, 'input[0].text', /expected an object/],
    ['gpt-4o-mini', { text: {} }, 'input[0].text.format', /Missing required parameter/],
    ['gpt-4o-mini', { text: { format: { type: 'yaml' } } }, 'input[0].text.format.type', /Invalid value: 'yaml'. Supported values are: 'text' and 'json_schema'/],
    ['gpt-4o-mini', { text: { format: { ...CITY, schema: { type: 'object', properties: {} } } } }, 'input[0].text.format.schema', /additionalProperties/],
    ['gpt-4o-mini', { text: { format: { type: 'json_object' } } }, 'input[0].text.format.type', /Invalid value: 'json_object'. Supported values are: 'text' and 'json_schema'/],
    ['gpt-4o-mini', { text: { format: null } }, 'input[0].text.format', /expected an object/],
    ['gpt-4o-mini', { reasoning: { effort: 'high' } }, 'input[0].reasoning.effort', /not supported with this model/],
    ['gpt-6-astra', { reasoning: { effort: 'none' } }, 'input[0].reasoning.effort', /Supported values are: 'low', 'medium', 'high', 'xhigh', and 'max'/],
    ['gpt-4o-mini', { reasoning: {}, model: 'gpt-5' }, 'input[0].model', /Unknown parameter/],
  ];
  for (const [model, fields, param, message] of cases) {
    const answer = await post(app, { url: OPENAI, body: { model, store: false, input: [update(fields), user('Hello there')] } });
    t.equal(answer.status, 400, JSON.stringify(fields));
    t.match(answer.body.error, { param, message }, JSON.stringify(fields));
  }
});

t.test('OpenRouter accepts an update and applies it', async (t) => {
  const app = testApp();
  const input = [user('What is the weather in Paris? It is 21 degrees.'), update({ text: { format: CITY } })];
  const answer = await post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4o-mini', input } });
  t.equal(answer.status, 200);
  t.same(JSON.parse(body(answer).output[0]!.content![0]!.text), { city: 'Paris', celsius: 21 });
});
