// Reasoning items through inject, on both paths: when they appear (reasoning models on OpenAI at their default
// effort, which is none for gpt-5.1 to 5.4; asked-for reasoning anywhere; never at effort none), their shape per provider, summaries and their stream events,
// encrypted_content on request, reasoning_tokens within output_tokens, and replayed items checked as OpenAI
// checks them (404 by id with store off, tampered blobs, a missing following item; lenient lifts them).
import t from 'tap';
import { OPENAI, OPENROUTER, post, testApp, weatherTool } from '../../helpers/app.js';
import { eventsOf, parseSse } from '../../helpers/sse.js';

const include = ['reasoning.encrypted_content'];
const ask = { reasoning: { effort: 'low', summary: 'auto' }, include, store: false };
const output = (body: Record<string, unknown>) => (body.output ?? []) as Array<Record<string, unknown>>;

t.test('when a reasoning item opens the response', async (t) => {
  const app = testApp();
  const first = async (url: string, body: object) => output((await post(app, { url, body: { input: 'hello', store: false, ...body } })).body)[0]?.type;
  t.equal(await first(OPENAI, { model: 'gpt-5-mini' }), 'reasoning', 'OpenAI: a reasoning model reasons unasked');
  t.equal(await first(OPENAI, { model: 'o4-mini' }), 'reasoning', 'OpenAI: o-series too');
  t.equal(await first(OPENAI, { model: 'gpt-4o-mini' }), 'message', 'OpenAI: not a reasoning model');
  t.equal(await first(OPENAI, { model: 'gpt-5.5', reasoning: { effort: 'none' } }), 'message', 'effort none: no reasoning');
  t.equal((await post(app, { url: OPENAI, body: { model: 'gpt-5-mini', input: 'hello', reasoning: { effort: 'none' } } })).status, 400, 'gpt-5 before 5.1 knows no effort none');
  t.equal(await first(OPENAI, { model: 'gpt-5.4' }), 'message', 'gpt-5.1 to 5.4 default to effort none (captured)');
  t.equal(await first(OPENAI, { model: 'gpt-5.2', reasoning: { effort: 'low' } }), 'reasoning', 'and reason when asked');
  t.equal(await first(OPENAI, { model: 'gpt-5.5' }), 'reasoning', 'gpt-5.5 reasons unasked');
  t.equal(await first(OPENAI, { model: 'gpt-5-chat-latest' }), 'message', 'a chat model does not reason');
  t.equal(await first(OPENROUTER, { model: 'openai/gpt-4o-mini', reasoning: { effort: 'low' } }), 'reasoning', 'OpenRouter: asked for, any model');
  t.equal(await first(OPENAI, { model: 'my-own-model', reasoning: { effort: 'low' } }), 'reasoning', 'OpenAI: asked for, a model it does not know');
  const refused = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: 'hello', reasoning: { effort: 'low' } } });
  t.match(refused, { status: 400, body: { error: { code: 'unsupported_parameter', param: 'reasoning.effort', message: "Unsupported parameter: 'reasoning.effort' is not supported with this model." } } }, 'OpenAI: gpt-4o does not reason');
  t.equal(await first(OPENROUTER, { model: 'openai/gpt-5.5' }), 'message', 'OpenRouter: only when asked (as recorded)');
  t.equal(await first(OPENROUTER, { model: 'meta/muse-spark-1.3', reasoning: { effort: 'minimal' } }), 'reasoning', 'OpenRouter: asked');
  t.equal(await first(OPENROUTER, { model: 'x-ai/grok-4.3', reasoning: { enabled: true } }), 'reasoning', 'OpenRouter: enabled');
  t.equal(await first(OPENROUTER, { model: 'x-ai/grok-4.3', reasoning: { effort: 'none' } }), 'message', 'OpenRouter: effort none');
});

t.test('item shape per provider, usage and the reasoning echo', async (t) => {
  const app = testApp();
  const openai = await post(app, { url: OPENAI, body: { model: 'gpt-5-mini', input: 'What is the weather in Paris?', tools: [weatherTool], ...ask } });
  const [reasoning, call] = output(openai.body);
  t.same(Object.keys(reasoning!), ['id', 'type', 'content', 'encrypted_content', 'summary'], 'OpenAI: no status, content []');
  t.match(reasoning, { id: /^rs_[0-9a-f]{50}$/, content: [], encrypted_content: /^gAAAAAB[\w-]+==$/, summary: [{ type: 'summary_text', text: /get_weather/ }] });
  t.equal(call!.type, 'function_call', 'the call follows');
  const usage = openai.body.usage as { output_tokens: number; output_tokens_details: { reasoning_tokens: number } };
  t.ok(usage.output_tokens_details.reasoning_tokens > 0 && usage.output_tokens_details.reasoning_tokens < usage.output_tokens, 'reasoning_tokens within output_tokens');
  t.same(openai.body.reasoning, { context: 'current_turn', effort: 'low', mode: 'standard', summary: 'auto' }, 'echoed as sent, with the context and mode it ran with');
  const unasked = await post(app, { url: OPENAI, body: { model: 'gpt-5-mini', input: 'hello' } });
  t.same(unasked.body.reasoning, { context: 'current_turn', effort: 'medium', mode: 'standard', summary: null }, 'a reasoning model echoes its default effort');
  const quiet = await post(app, { url: OPENAI, body: { model: 'gpt-5.4', input: 'hello' } });
  t.same(quiet.body.reasoning, { context: 'current_turn', effort: 'none', mode: 'standard', summary: null }, 'gpt-5.4 echoes effort none, as captured');
  t.equal((quiet.body.usage as { output_tokens_details: { reasoning_tokens: number } }).output_tokens_details.reasoning_tokens, 0);
  t.same(output(unasked.body)[0]!.summary, [], 'no summary unless asked');
  t.match(output(unasked.body)[0], { encrypted_content: /^gAAAAAB/ }, 'encrypted_content without include: populated by default (2026)');
  const plain = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: 'hello' } });
  t.same(plain.body.reasoning, { context: null, effort: null, summary: null });

  const openrouter = await post(app, { url: OPENROUTER, body: { model: 'meta/muse-spark-1.3', input: 'hello', ...ask } });
  const item = output(openrouter.body)[0]!;
  t.same(Object.keys(item), ['id', 'type', 'status', 'summary', 'encrypted_content', 'format'], 'OpenRouter: status and format');
  t.match(item, { id: /^rs_[0-9a-f]{24}:rs_[0-9a-f]{32}$/, status: 'completed', format: 'meta-responses-v1' });
});

t.test('streams: summary parts with their deltas, OpenAI and OpenRouter', async (t) => {
  const app = testApp();
  for (const [name, url, model] of [['OpenAI', OPENAI, 'gpt-5-mini'], ['OpenRouter', OPENROUTER, 'openai/gpt-5.5']] as const) {
    const answer = await post(app, { url, body: { model, input: 'hello', stream: true, ...ask } });
    const events = eventsOf(parseSse(answer.raw));
    const types = events.map((event) => String(event.type)).filter((type, i, all) => !(type.endsWith('.delta') && all[i - 1] === type));
    t.same(types.slice(0, 8), [
      'response.created', 'response.in_progress', 'response.output_item.added', 'response.reasoning_summary_part.added',
      'response.reasoning_summary_text.delta', 'response.reasoning_summary_text.done', 'response.reasoning_summary_part.done', 'response.output_item.done',
    ], `${name}: event order`);
    const added = events[2]!.item as Record<string, unknown>;
    t.same(added.summary, [], `${name}: added with an empty summary`);
    const deltas = events.filter((event) => event.type === 'response.reasoning_summary_text.delta');
    const done = events.find((event) => event.type === 'response.reasoning_summary_text.done')!;
    t.equal(deltas.map((event) => event.delta).join(''), done.text, `${name}: deltas add up`);
    t.ok(deltas.every((event) => event.summary_index === 0 && event.item_id === added.id), `${name}: item_id and summary_index`);
    t.equal('obfuscation' in deltas[0]!, name === 'OpenAI', `${name}: obfuscation only on OpenAI`);
    const completed = events.at(-1)!.response as Record<string, unknown>;
    const json = await post(testApp(), { url, body: { model, input: 'hello', stream: false, ...ask } });
    t.same(output(completed)[0]!.summary, output(json.body)[0]!.summary, `${name}: the streamed summary is the JSON one`);
  }
});

t.test('replayed reasoning items: accepted by value, checked as OpenAI checks them', async (t) => {
  const app = testApp();
  const first = await post(app, { url: OPENAI, body: { model: 'gpt-5-mini', input: 'What is the weather in Paris?', tools: [weatherTool], ...ask } });
  const [reasoning, call] = output(first.body);
  const history = [{ role: 'user', content: 'What is the weather in Paris?' }, reasoning!, call!, { type: 'function_call_output', call_id: call!.call_id, output: 'sunny' }];
  const next = await post(app, { url: OPENAI, body: { model: 'gpt-5-mini', input: history, tools: [weatherTool], ...ask } });
  t.equal(next.status, 200, 'the round trip by value is accepted');

  const idOnly = { type: 'reasoning', id: reasoning!.id, summary: [] };
  const notFound = await post(app, { url: OPENAI, body: { model: 'gpt-5-mini', input: [history[0], idOnly, ...history.slice(2)], tools: [weatherTool], ...ask } });
  t.equal(notFound.status, 404, 'by id alone with store off');
  t.match(notFound.body.error, { param: 'input[1].id', message: `Item with id '${String(reasoning!.id)}' not found. Items are not persisted when \`store\` is set to false. Try again with \`store\` set to true, or remove this item from your input.` });

  const tampered = { ...reasoning!, encrypted_content: `${String(reasoning!.encrypted_content).slice(0, -6)}AAAA==` };
  const bad = await post(app, { url: OPENAI, body: { model: 'gpt-5-mini', input: [history[0], tampered, ...history.slice(2)], tools: [weatherTool], ...ask } });
  t.equal(bad.status, 400);
  t.match(bad.body.error, { code: 'invalid_encrypted_content', param: 'input[1].encrypted_content', message: /^The encrypted content gAAA…AA== could not be verified\. Reason: Encrypted content could not be decrypted or parsed\.$/ });

  const alone = await post(app, { url: OPENAI, body: { model: 'gpt-5-mini', input: [history[0], reasoning!, { role: 'user', content: 'and now?' }], ...ask } });
  t.equal(alone.status, 400);
  t.match(alone.body.error, { param: 'input[1]', message: `Item '${String(reasoning!.id)}' of type 'reasoning' was provided without its required following item.` });

  const lenient = await post(app, { url: OPENAI, headers: { 'x-mock-strictness': 'lenient' }, body: { model: 'gpt-5-mini', input: [history[0], tampered, { role: 'user', content: 'and now?' }], ...ask } });
  t.equal(lenient.status, 200, 'lenient lifts these checks');
  const openrouter = await post(app, { url: OPENROUTER, body: { model: 'meta/muse-spark-1.3', input: [history[0], { ...idOnly, encrypted_content: 'Q-PaDg.opaque' }, { type: 'message', role: 'assistant', content: 'ok' }], ...ask } });
  t.equal(openrouter.status, 200, 'OpenRouter accepts upstream blobs by value');
});

t.test('scenarios script the summary, or no reasoning at all', async (t) => {
  const app = testApp({
    scenarios: {
      thinks: { rules: [{ respond: { reasoning: ['First part.', 'Second part.'], text: 'Done.' }, times: 'always' }] },
      'no-thinking': { rules: [{ respond: { reasoning: false, text: 'Quick.' }, times: 'always' }] },
    },
  });
  const scripted = await post(app, { url: OPENAI, headers: { 'x-mock-scenario': 'thinks' }, body: { model: 'gpt-4o-mini', input: 'hi' } });
  t.same(output(scripted.body)[0]!.summary, [{ type: 'summary_text', text: 'First part.' }, { type: 'summary_text', text: 'Second part.' }]);
  const none = await post(app, { url: OPENAI, headers: { 'x-mock-scenario': 'no-thinking' }, body: { model: 'gpt-5-mini', input: 'hi' } });
  t.same(output(none.body).map((item) => item.type), ['message']);
});

t.test('a stored call replayed without the reasoning it followed is the real 400', async (t) => {
  const app = testApp();
  const ask = { model: 'gpt-5-mini', input: 'What is the weather in Paris?', tools: [weatherTool], tool_choice: 'required' };
  const first = await post(app, { url: OPENAI, body: ask });
  const [reasoning, call] = output(first.body) as [Record<string, unknown>, Record<string, unknown>];
  t.equal(reasoning.type, 'reasoning');
  const replayedCall = { type: 'function_call', id: call.id, call_id: call.call_id, name: call.name, arguments: call.arguments };
  const answer = { type: 'function_call_output', call_id: call.call_id, output: 'sunny' };
  const send = (input: unknown[], headers?: Record<string, string>) => post(app, { url: OPENAI, headers, body: { ...ask, tool_choice: 'auto', input } });
  const without = await send([{ role: 'user', content: ask.input }, replayedCall, answer]);
  t.match(without, {
    status: 400,
    body: { error: { param: 'input', code: null, message: `Item '${String(call.id)}' of type 'function_call' was provided without its required 'reasoning' item: '${String(reasoning.id)}'.` } },
  });
  t.equal((await send([{ role: 'user', content: ask.input }, { type: 'reasoning', id: reasoning.id, summary: [] }, replayedCall, answer])).status, 200, 'with its reasoning item');
  t.equal((await send([{ role: 'user', content: ask.input }, { type: 'item_reference', id: reasoning.id }, replayedCall, answer])).status, 200, 'or a reference to it');
  t.equal((await post(app, { url: OPENAI, body: { ...ask, tool_choice: 'auto', previous_response_id: first.body.id, input: [answer] } })).status, 200, 'or through previous_response_id');
  t.equal((await send([{ role: 'user', content: ask.input }, replayedCall, answer], { 'x-mock-strictness': 'lenient' })).status, 200, 'lenient lifts it');
  t.equal((await send([{ role: 'user', content: ask.input }, { ...replayedCall, id: undefined }, answer])).status, 200, 'a call without id is not looked up');
});
