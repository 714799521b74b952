// The schemas of one request together: past 25,000 objects and arrays (five schemas at the per-schema bound) the
// tools' parameters and the text format's schema are a 400 naming the schema where the total was passed, on both
// paths and over the WebSocket transport; forty tools at the per-schema bound once took 18 to 30 s to check. A
// schema given again word for word counts once, as it is compiled once.
import t from 'tap';
import { OPENAI, OPENROUTER, post, testApp } from '../../../helpers/app.js';
import { buildApp } from '../../../../src/app.js';
import { openSocket, socketURL } from '../../../helpers/socket.js';
import { compiledSchemaStats } from '../../../../src/domain/arguments/schema/compiled.js';

const properties = (count: number, prefix = 'p'): Record<string, unknown> => Object.fromEntries(Array.from({ length: count }, (_, index) => [`${prefix}${index}`, { type: 'string' }]));
/** 4,902 objects and arrays: the root, its property map and 4,900 properties, each schema its own. */
const wide = (prefix: string): Record<string, unknown> => ({ type: 'object', properties: properties(4900, prefix) });
const tools = (count: number, prefix = 'w'): Array<Record<string, unknown>> => Array.from({ length: count }, (_, index) => ({ type: 'function', name: `wide_${index}`, parameters: wide(`${prefix}${index}_`) }));
const REASON = 'the tool and text format schemas of this request hold more than 25,000 objects and arrays together, beyond what the mock compiles';

t.test('six tools each within the bound but past it together: a 400 naming the sixth, on both paths', async (t) => {
  const app = testApp();
  for (const url of [OPENAI, OPENROUTER]) {
    const response = await post(app, { url, body: { model: 'gpt-4o', input: 'Call one', tools: tools(6) } });
    t.equal(response.status, 400, url);
    t.equal((response.body.error as { message: string }).message, `Invalid schema for function 'wide_5': tools[5].parameters: ${REASON}.`, url);
    if (url === OPENAI) t.match(response.body.error, { code: 'invalid_function_parameters', param: 'tools[5].parameters' });
    else t.match(response.body, { error: { code: 'invalid_prompt' }, metadata: { raw: /"path":\["tools",5,"parameters"\]/ } });
  }
});

t.test('refused before any schema is compiled, and additional tools count too', async (t) => {
  const app = testApp();
  const before = compiledSchemaStats().entries;
  const response = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'Call one', tools: tools(10, 'd') } });
  t.match(response.body.error, { param: 'tools[5].parameters' });
  t.equal(compiledSchemaStats().entries, before, 'no schema of the request was compiled');
  const input = [{ type: 'additional_tools', role: 'developer', tools: tools(3, 'late') }, { role: 'user', content: 'Call one' }];
  const added = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input, tools: tools(3, 'early') } });
  t.match(added.body.error, { code: 'invalid_function_parameters', param: 'input[0].tools[2].parameters' });
  t.equal(compiledSchemaStats().entries, before, 'nor of the one with additional tools');
});

t.test('eight tools sharing one schema of 4,900 properties count it once (39,000 objects and arrays, were each its own)', async (t) => {
  const app = testApp();
  const shared = wide('s');
  const many = Array.from({ length: 8 }, (_, index) => ({ type: 'function', name: `same_${index}`, parameters: shared }));
  for (const url of [OPENAI, OPENROUTER]) {
    const response = await post(app, { url, body: { model: 'gpt-4o', input: 'Call one', tools: url === OPENAI ? [{ type: 'namespace', name: 'ns', description: 'd', tools: many }] : many, tool_choice: 'required' } });
    t.equal(response.status, 200, url);
  }
});

t.test('five such tools are within the bound and get their call', async (t) => {
  const app = testApp();
  for (const url of [OPENAI, OPENROUTER]) {
    const response = await post(app, { url, body: { model: 'gpt-4o', input: 'Call one', tools: tools(5), tool_choice: 'required' } });
    t.equal(response.status, 200, url);
  }
});

t.test('OpenAI judges the schemas of tools it does not call without compiling them', async (t) => {
  const app = testApp();
  const before = compiledSchemaStats().entries;
  const quiet = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'Call one', tools: tools(5, 'judged'), tool_choice: 'none' } });
  t.equal(quiet.status, 200);
  const agent = Array.from({ length: 128 }, (_, index) => ({ type: 'function', name: `tool_${index}`, description: 'Does one thing.', parameters: { type: 'object', properties: properties(40, `a${index}_`), required: [`a${index}_0`] } }));
  t.equal((await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'Hello', tools: agent, tool_choice: 'none' } })).status, 200);
  t.equal(compiledSchemaStats().entries, before, 'none of them was compiled');
  const invalid = { type: 'object', properties: { ...properties(4900, 'bad'), last: { type: 'strng' } } };
  const refused = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'Call one', tools: [...tools(4, 'ok'), { type: 'function', name: 'bad', parameters: invalid }], tool_choice: 'none' } });
  t.match(refused.body.error, { code: 'invalid_function_parameters', param: 'tools[4].parameters', message: /^Invalid schema for function 'bad': 'strng' is not valid under any of the given schemas\. \(at 'tools\[4\]\.parameters\.properties\.last\.type'\)$/ }, 'a violation is still found');
  const dangling = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'x', tools: [{ type: 'function', name: 'd', parameters: { type: 'object', properties: { a: { $ref: '#/$defs/missing' } } } }], tool_choice: 'none' } });
  t.match(dangling.body.error, { message: /cannot be resolved/ }, 'and a reference to nothing, which compiling finds');
});

t.test('a namespace\'s tools count, and the text format\'s schema after them', async (t) => {
  const app = testApp();
  const namespaced = [...tools(4), { type: 'namespace', name: 'ns', description: 'd', tools: [{ type: 'function', name: 'inner', parameters: wide('inner') }] }];
  const format = { type: 'json_schema', name: 'report', schema: { type: 'object', properties: properties(600) } };
  for (const url of [OPENAI, OPENROUTER]) {
    const response = await post(app, { url, body: { model: 'gpt-4o', input: 'Report as JSON', tools: namespaced, text: { format } } });
    t.equal(response.status, 400, url);
    t.equal((response.body.error as { message: string }).message, `Invalid schema for response_format 'report': text.format.schema: ${REASON}.`, url);
    if (url === OPENAI) t.match(response.body.error, { code: 'invalid_json_schema', param: 'text.format.schema' });
  }
  const inside = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'x', tools: [...namespaced, ...tools(6, 'x').slice(4)] } });
  t.match(inside.body.error, { param: 'tools[5].parameters' }, 'the tool after the namespace passes it');
  const member = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'x', tools: [...tools(5), { type: 'namespace', name: 'ns', description: 'd', tools: [{ type: 'function', name: 'inner', parameters: wide('inner') }] }] } });
  t.match(member.body.error, { param: 'tools[5].tools[0].parameters' }, 'a namespace member passes it');
});

t.test('a tool or format whose name is not a string is named by its place', async (t) => {
  const app = testApp();
  const unnamed = [...tools(5), { type: 'function', name: 5, parameters: wide('n') }];
  for (const url of [OPENAI, OPENROUTER]) {
    const response = await post(app, { url, body: { model: 'gpt-4o', input: 'Call one', tools: unnamed } });
    t.equal((response.body.error as { message: string }).message, `Invalid schema for function at tools[5]: tools[5].parameters: ${REASON}.`, url);
  }
  const member = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'x', tools: [...tools(5), { type: 'namespace', name: 'ns', description: 'd', tools: [{ type: 'function', name: null, parameters: wide('m') }] }] } });
  t.equal((member.body.error as { message: string }).message, `Invalid schema for function at tools[5].tools[0]: tools[5].tools[0].parameters: ${REASON}.`);
  const format = { type: 'json_schema', name: ['report'], schema: wide('f') };
  const formatted = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: 'x', tools: tools(5), text: { format } } });
  t.equal((formatted.body.error as { message: string }).message, `Invalid schema for response_format at text.format: text.format.schema: ${REASON}.`);
});

t.test('over the WebSocket transport: an error event naming the tool', async (t) => {
  const app = buildApp({ logLevel: 'silent' });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  t.teardown(() => app.close());
  const socket = await openSocket(socketURL(url));
  socket.send({ type: 'response.create', model: 'gpt-4o', stream_id: 'wide', input: 'Call one', tools: tools(6) });
  t.match(await socket.next(), { type: 'error', status: 400, stream_id: 'wide', error: { type: 'invalid_request_error', param: 'tools[5].parameters', message: `Invalid schema for function 'wide_5': tools[5].parameters: ${REASON}.` } });
});
