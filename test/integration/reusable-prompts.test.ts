// Reusable prompts on the OpenAI path: `prompt` without `input` is answered from its variables' text, the
// response echoes it after previous_response_id (JSON, stream, stored copy and WebSocket alike), a scenario's
// match.message sees the same text, a bad field is a 400 naming its path; OpenRouter ignores it but for its
// spec's shape (strict).
import t from 'tap';
import { OPENAI, OPENROUTER, post, testApp } from '../helpers/app.js';
import { listen } from '../helpers/server.js';
import { eventsOf, parseSse } from '../helpers/sse.js';
import { openSocket, socketURL, TERMINAL } from '../helpers/socket.js';

type Json = Record<string, unknown>;

const prompt = { id: 'pmpt_68a1b2c3', version: '2', variables: { city: 'Paris', topic: { type: 'input_text', text: 'the weather' } } };
const textOf = (response: Json): string => ((response.output as Json[]).at(-1)!.content as Json[])[0]!.text as string;

t.test('a prompt without input: answered from its variables, echoed after previous_response_id', async (t) => {
  const app = testApp();
  const answer = await post(app, { url: OPENAI, body: { model: 'gpt-4o', prompt } });
  t.equal(answer.status, 200);
  t.equal(textOf(answer.body), 'Here is a short answer about paris and weather.');
  t.same(answer.body.prompt, prompt, 'echoed as sent');
  const keys = Object.keys(answer.body);
  t.equal(keys.indexOf('prompt'), keys.indexOf('previous_response_id') + 1, 'after previous_response_id');
  t.equal(keys.indexOf('prompt_cache_key'), keys.indexOf('prompt') + 1, 'before prompt_cache_key');
  const stored = await app.inject({ method: 'GET', url: `/v1/responses/${String(answer.body.id)}` });
  t.same(stored.json<Json>().prompt, prompt, 'the stored response too');
  const items = await app.inject({ method: 'GET', url: `/v1/responses/${String(answer.body.id)}/input_items` });
  t.same(items.json<Json>().data, [], 'no input items are made up');
});

t.test('what was left out is echoed as null; without a prompt the key is absent', async (t) => {
  const app = testApp();
  const bare = await post(app, { url: OPENAI, body: { model: 'gpt-4o', prompt: { id: 'pmpt_1' } } });
  t.equal(bare.status, 200);
  t.same(bare.body.prompt, { id: 'pmpt_1', variables: null, version: null });
  const plain = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'hi' } });
  t.notOk('prompt' in plain.body);
});

t.test('with input, the input is the user message the engine answers', async (t) => {
  const answer = await post(testApp(), { url: OPENAI, body: { model: 'gpt-4o', prompt, input: 'What is the weather in Berlin?' } });
  t.equal(textOf(answer.body), 'Here is a short answer about weather and Berlin.');
  t.same(answer.body.prompt, prompt);
});

t.test('a streamed prompt: every response object echoes it', async (t) => {
  const answer = await post(testApp(), { url: OPENAI, body: { model: 'gpt-4o', prompt, stream: true } });
  t.equal(answer.status, 200);
  const responses = eventsOf(parseSse(answer.raw)).filter((event) => event.response !== undefined);
  t.same(responses.map((event) => event.type), ['response.created', 'response.in_progress', 'response.completed']);
  for (const event of responses) t.same((event.response as Json).prompt, prompt, event.type as string);
});

t.test("a scenario's match.message sees the prompt's text", async (t) => {
  const scenarios = { templated: { rules: [{ match: { message: { equals: 'Paris\nthe weather' } }, times: 'always' as const, respond: { text: 'Matched.' } }] } };
  const app = testApp({ scenarios });
  const answer = await post(app, { url: OPENAI, body: { model: 'gpt-4o', prompt }, headers: { 'x-mock-scenario': 'templated' } });
  t.equal(answer.status, 200);
  t.equal(textOf(answer.body), 'Matched.');
});

t.test('a bad prompt is a 400 naming its path; neither prompt nor input still needs input', async (t) => {
  const app = testApp();
  const cases: Array<[unknown, string, RegExp]> = [
    [{ version: '2' }, 'prompt.id', /^Missing required parameter: 'prompt\.id'\.$/],
    [{ id: 'p', variables: { city: 3 } }, 'prompt.variables.city', /expected one of a string or an object, but got an integer/],
    [{ id: 'p', variables: { city: { type: 'input_audio' } } }, 'prompt.variables.city.type', /Supported values are: 'input_text', 'input_image', and 'input_file'/],
    [{ id: 'p', name: 'x' }, 'prompt.name', /^Unknown parameter: 'prompt\.name'\.$/],
  ];
  for (const [value, param, message] of cases) {
    const answer = await post(app, { url: OPENAI, body: { model: 'gpt-4o', prompt: value } });
    t.equal(answer.status, 400, param);
    const error = answer.body.error as Json;
    t.equal(error.param, param);
    t.match(error.message, message);
  }
  const none = await post(app, { url: OPENAI, body: { model: 'gpt-4o', prompt: null } });
  t.equal((none.body.error as Json).message, "Missing required parameter: 'input'.");
});

t.test('OpenRouter: unchanged (input still required, prompt not echoed)', async (t) => {
  const app = testApp();
  const alone = await post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4o', prompt } });
  t.equal(alone.status, 400);
  t.equal((alone.body.error as Json).message, "Missing required parameter: 'input'.");
  const both = await post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4o', prompt, input: 'hi' } });
  t.equal(both.status, 200);
  t.notOk('prompt' in both.body);
});

t.test('OpenRouter, strict: a prompt of another shape than its spec\'s StoredPromptTemplate is an invalid_prompt', async (t) => {
  const app = testApp();
  const cases: Array<[unknown, string, Array<string | number>]> = [
    [5, "Invalid type for 'prompt': expected an object, but got an integer instead.", ['prompt']],
    [{ variables: {} }, "Missing required parameter: 'prompt.id'.", ['prompt', 'id']],
    [{ id: null }, "Invalid type for 'prompt.id': expected a string, but got null instead.", ['prompt', 'id']],
    [{ id: 'pmpt_1', variables: [] }, "Invalid type for 'prompt.variables': expected an object, but got an array instead.", ['prompt', 'variables']],
    [{ id: 'pmpt_1', variables: { city: 5 } }, "Invalid type for 'prompt.variables.city': expected one of a string or an object, but got an integer instead.", ['prompt', 'variables', 'city']],
  ];
  for (const [value, message, path] of cases) {
    const { status, body } = await post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4o', input: 'hi', prompt: value } });
    t.equal(status, 400, JSON.stringify(value));
    t.same(body.error, { code: 'invalid_prompt', message }, JSON.stringify(value));
    t.same(JSON.parse((body.metadata as Json).raw as string)[0].path, path);
  }
  const lenient = await post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4o', input: 'hi', prompt: 5 }, headers: { 'x-mock-strictness': 'lenient' } });
  t.equal(lenient.status, 200, 'lenient: ignored whatever it holds');
  const parts = await post(app, { url: OPENROUTER, body: { model: 'openai/gpt-4o', input: 'hi', prompt: { id: 'pmpt_1', version: 2, variables: { city: 'Paris', note: { type: 'input_text', text: 'x' } } } } });
  t.equal(parts.status, 200, 'its spec has no version: not checked');
});

t.test('WebSocket response.create with a prompt and no input', async (t) => {
  const server = await listen(t);
  const socket = await openSocket(socketURL(server.url));
  socket.send({ type: 'response.create', model: 'gpt-4o', prompt });
  const events = await socket.until(...TERMINAL);
  const done = events.at(-1)!;
  t.equal(done.type, 'response.completed');
  t.same((done.response as Json).prompt, prompt);
  t.equal(textOf(done.response as Json), 'Here is a short answer about paris and weather.');
});
