// Requests and fixtures that once crashed the server: a streamed call with a megabyte of arguments, content
// parts typed with Object.prototype names, a property named by a megabyte of one-letter words (now refused), scenario
// error headers with line breaks, bodies nested thousands deep, counts past every number, and patterns nested past
// the engines.
import t from 'tap';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../../src/app.js';
import { StartupError } from '../../../src/runtime.js';
import { OPENAI, OPENROUTER, post, testApp } from '../../helpers/app.js';

const searchTool = { type: 'function', name: 'search', description: 'Search the web.', parameters: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] } };

t.test('a streamed call with a megabyte of arguments streams', async (t) => {
  const app = testApp();
  const prompt = `search for ${'word '.repeat(200_000)}`;
  // One path: the chunker is shared, and the stream is ~50 MB.
  for (const url of [OPENAI]) {
    const response = await post(app, { url, body: { model: 'gpt-4o', input: prompt, stream: true, tools: [searchTool], tool_choice: 'required' } });
    t.equal(response.status, 200, url);
    // Booleans, not t.match: the stream is ~50 MB of text.
    const done = response.raw.lastIndexOf('"type":"response.output_item.done"');
    t.ok(done > 0 && response.raw.includes('"name":"search"', done), `${url}: the search call is completed`);
    t.ok(response.raw.includes('"type":"response.completed"'), `${url}: the response completes`);
    t.notOk(/"type":"(error|response\.failed)"/.test(response.raw), `${url}: no error event`);
  }
});

t.test('a property named by a megabyte of one-letter words is a 400 naming the path, answered at once', async (t) => {
  const app = testApp();
  // "😀é" splits into a word per pair: hundreds of thousands of name words (once a stack overflow, then
  // seconds of compiling the validator); a name that long is refused before any of it.
  const name = '😀é'.repeat(180_000);
  const tool = { type: 'function', name: 'get_forecast', parameters: { type: 'object', properties: { [name]: { type: 'integer' }, days: { type: 'integer' } }, required: ['days'] } };
  for (const url of [OPENROUTER, OPENAI]) {
    const response = await post(app, { url, body: { model: 'gpt-4o', input: 'Forecast for Paris for 3 days', tools: [tool], tool_choice: 'required' } });
    t.equal(response.status, 400, url);
    t.match(JSON.stringify(response.body), /Invalid schema for function 'get_forecast': tools\[0\]\.parameters\.properties: a key of 540000 characters/, `${url}: names the tool and the path`);
  }
  const fits = { type: 'function', name: 'get_forecast', parameters: { type: 'object', properties: { ['😀é'.repeat(300)]: { type: 'integer' }, days: { type: 'integer' } }, required: ['days'] } };
  const response = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'Forecast for Paris for 3 days', tools: [fits], tool_choice: 'required' } });
  const call = response.body.output?.find((item) => item.type === 'function_call');
  t.match(JSON.parse(String(call?.arguments)), { days: 3 }, 'a long name within the bound still gets its call, reading the prompt');
});

t.test('content parts typed with Object.prototype names are a 400 naming the path', async (t) => {
  const app = testApp();
  for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
    for (const url of [OPENROUTER, OPENAI]) {
      const inContent = await post(app, { url, body: { model: 'm', input: [{ role: 'user', content: [{ type, text: 'x' }] }] } });
      t.equal(inContent.status, 400, `${url} content ${type}`);
      t.match(JSON.stringify(inContent.body), url === OPENAI ? /"param":"input\[0\]\.content\[0\]"/ : /\\"path\\":\[\\"input\\",0,\\"content\\",0\]/);
      const inOutput = await post(app, {
        url,
        headers: { 'x-mock-strictness': 'lenient' },
        body: { model: 'm', input: [{ type: 'function_call', call_id: 'c', name: 'f', arguments: '{}' }, { type: 'function_call_output', call_id: 'c', output: [{ type, text: 'x' }] }] },
      });
      t.equal(inOutput.status, 400, `${url} output ${type}`);
      t.match(JSON.stringify(inOutput.body), url === OPENAI ? /"param":"input\[1\]\.output\[0\]"/ : /\\"path\\":\[\\"input\\",1,\\"output\\",0\]/);
    }
  }
});

t.test('scenario error headers with line breaks are refused at load and by the admin API', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'fixtures-'));
  writeFileSync(join(dir, 'bad.yaml'), 'scenarios:\n  crlf:\n    rules:\n      - respond: { error: { status: 429, headers: { retry-after: "1\\r\\nset-cookie: x=1" } } }\n');
  const problems = (() => {
    try {
      buildApp({ fixtures: dir, logLevel: 'silent' });
      return [];
    } catch (error) {
      return error instanceof StartupError ? error.problems : [String(error)];
    }
  })();
  t.match(problems, [/bad\.yaml: scenarios\.crlf\.rules\[0\]\.respond\.error\.headers\.retry-after: the value contains a line break/]);
  const app = testApp();
  const put = await app.inject({ method: 'PUT', url: '/__mock/scenarios/crlf', payload: { rules: [{ respond: { error: { status: 429, headers: { 'x-a': 'b\nc' } } } }] } });
  t.equal(put.statusCode, 400);
  t.match(put.json(), { error: { problems: [/rules\[0\]\.respond\.error\.headers\.x-a: the value contains a line break/] } });
});

t.test('a catastrophic fixture regex matches a long message without stalling the server', async (t) => {
  const app = testApp({ scenarios: { greedy: { rules: [{ match: { message: { regex: '^(a+)+$' } }, respond: { text: 'matched' }, times: 'always' }, { respond: { text: 'other' }, times: 'always' }] } } });
  const ask = (input: string) => post(app, { url: OPENAI, body: { model: 'm', input }, headers: { 'x-mock-scenario': 'greedy' } });
  const text = (answer: Awaited<ReturnType<typeof ask>>) => (answer.body.output?.[0]?.content as Array<{ text: string }>)[0]!.text;
  t.equal(text(await ask('a'.repeat(100_000))), 'matched');
  // The input that takes a backtracking engine exponential time: RE2 rejects it in one pass.
  t.equal(text(await ask(`${'a'.repeat(100_000)}!`)), 'other');
});

/** A value nested `depth` arrays deep, as JSON text (parsed, it would be too deep to write again). */
const nestedText = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

t.test('bodies nested thousands deep, streamed or not, and counts past every number: a 400 naming the field', async (t) => {
  const app = testApp();
  const send = (url: string, text: string) => app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: text });
  for (const url of [OPENAI, OPENROUTER]) {
    const model = url === OPENAI ? 'gpt-4o' : 'openai/gpt-4o';
    for (const stream of ['', '"stream":true,', '"stream":false,', '"stream_options":{},']) {
      const answer = await send(url, `{"model":"${model}","input":"hi",${stream}"metadata":${nestedText(20_000)}}`);
      t.equal(answer.statusCode, 400, `${url} ${stream || 'no stream'}`);
      t.match(answer.body, /nested more than 128 levels deep/);
    }
    for (const field of ['max_output_tokens', 'max_tool_calls', 'top_logprobs']) {
      const answer = await send(url, `{"model":"${model}","input":"hi","${field}":1e400}`);
      t.equal(answer.statusCode, 400, `${url} ${field}: 1e400`);
      t.match(answer.body, new RegExp(`Invalid type for '${field}': expected an integer, but got a decimal instead`));
    }
  }
  const zero = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'hi', max_output_tokens: 0 } });
  t.match(zero.body.error, { param: 'max_output_tokens', message: /Expected a value >= 16, but got 0 instead/ }, 'the least output OpenAI takes, for 0 as for 15');
});

t.test('patterns nested past the engines, or no regular expression at all: a 400 wherever a pattern is used', async (t) => {
  const app = testApp();
  const deep = `${'('.repeat(3000)}a${')'.repeat(3000)}`;
  const grammar = await post(app, { url: OPENAI, body: { model: 'gpt-5', input: 'hi', tool_choice: 'required', tools: [{ type: 'custom', name: 'c', format: { type: 'grammar', syntax: 'regex', definition: deep } }] } });
  t.match(grammar.body.error, { param: 'tools[0].format.definition', message: /nests groups 3000 deep/ });
  t.ok(grammar.raw.length < 2000, 'the message quotes the pattern cut short');
  const lark = await post(app, { url: OPENAI, body: { model: 'gpt-5', input: 'hi', tool_choice: 'required', tools: [{ type: 'custom', name: 'c', format: { type: 'grammar', syntax: 'lark', definition: `start: /${deep}/` } }] } });
  t.equal(lark.status, 400, 'a Lark terminal');
  const schema = { type: 'object', properties: { s: { type: 'string', pattern: deep } }, required: ['s'], additionalProperties: false };
  const format = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'hi', text: { format: { type: 'json_schema', name: 'x', schema } } } });
  t.match(format.body.error, { param: 'text.format.schema', message: /\(at 'text\.format\.schema\.properties\.s\.pattern'\)/ });
  const dangling = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'hi', text: { format: { type: 'json_schema', name: 'x', schema: { $ref: '#/nope' } } } } });
  t.match(dangling.body.error, { param: 'text.format.schema', message: /'#\/nope' cannot be resolved/ });
  t.equal((await app.inject({ method: 'GET', url: '/health' })).statusCode, 200);
});
