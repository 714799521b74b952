// OpenAI's prompt cache options and the newer create options: `prompt_cache_options` checked field by field,
// echoed with its defaults on the models that take it (gpt-5.6 on), its diagnostics and prewarm;
// `background_options`, `access_programs` and `image` accepted and checked; the GPT-6 models' efforts.
import t from 'tap';
import { OPENAI, OPENROUTER, post, testApp } from '../../helpers/app.js';

const hello = { store: false, input: 'Hello' };

t.test('prompt_cache_options is echoed with its defaults on gpt-5.6 and later, and not before', async (t) => {
  const app = testApp();
  const echoed = async (model: string, options: Record<string, unknown>) => {
    const answer = await post(app, { url: OPENAI, body: { ...hello, model, prompt_cache_options: options } });
    t.equal(answer.status, 200, `${model} ${JSON.stringify(options)}`);
    return (answer.body as Record<string, unknown>).prompt_cache_options;
  };
  t.same(await echoed('gpt-5.6', {}), { mode: 'implicit', ttl: '30m' });
  t.same(await echoed('gpt-6-astra', { mode: 'explicit', ttl: '12h' }), { mode: 'explicit', ttl: '12h' });
  t.equal(await echoed('gpt-5.4', { mode: 'explicit' }), undefined, 'gpt-5.4 does not take them: no key');
  const plain = await post(app, { url: OPENAI, body: { ...hello, model: 'gpt-5.6' } });
  t.notOk('prompt_cache_options' in (plain.body as object), 'absent when not sent, as captured');
  const keys = Object.keys((await post(app, { url: OPENAI, body: { ...hello, model: 'gpt-5.6', prompt_cache_options: {} } })).body as object);
  t.same(keys.slice(keys.indexOf('prompt_cache_key'), keys.indexOf('prompt_cache_key') + 3), ['prompt_cache_key', 'prompt_cache_options', 'prompt_cache_retention'], 'in key order');
  const openrouter = await post(app, { url: OPENROUTER, body: { ...hello, model: 'openai/gpt-5.6', prompt_cache_options: { mode: 'explicit' } } });
  t.equal((openrouter.body as Record<string, unknown>).prompt_cache_options, null, 'OpenRouter echoes null, as recorded');
});

t.test('the create options are checked field by field, each 400 naming its path', async (t) => {
  const app = testApp();
  const cases: Array<[Record<string, unknown>, string, RegExp]> = [
    [{ prompt_cache_options: 'explicit' }, 'prompt_cache_options', /expected an object/],
    [{ prompt_cache_options: { mode: 'always' } }, 'prompt_cache_options.mode', /Invalid value: 'always'. Supported values are: 'implicit' and 'explicit'/],
    [{ prompt_cache_options: { ttl: '1d' } }, 'prompt_cache_options.ttl', /Supported values are: '30m' and '12h'/],
    [{ prompt_cache_options: { prewarm: 'yes' } }, 'prompt_cache_options.prewarm', /expected a boolean/],
    [{ prompt_cache_options: { comparison_response_id: 7 } }, 'prompt_cache_options.comparison_response_id', /expected a string/],
    [{ prompt_cache_options: { retention: '24h' } }, 'prompt_cache_options.retention', /Unknown parameter/],
    [{ access_programs: { cyber: 'red' } }, 'access_programs.cyber', /Supported values are: 'standard', 'daybreak_blue', and 'daybreak_red'/],
    [{ access_programs: { tier: 'blue' } }, 'access_programs.tier', /Unknown parameter/],
    [{ image: { context_compression: 'on' } }, 'image.context_compression', /Supported values are: 'auto', 'enabled', and 'disabled'/],
    [{ image: [] }, 'image', /expected an object/],
  ];
  for (const [fields, param, message] of cases) {
    const answer = await post(app, { url: OPENAI, body: { ...hello, model: 'gpt-5.6', ...fields } });
    t.equal(answer.status, 400, JSON.stringify(fields));
    t.match(answer.body.error, { param, message }, JSON.stringify(fields));
  }
  const accepted = await post(app, { url: OPENAI, body: { ...hello, model: 'gpt-5.6', access_programs: { cyber: 'standard' }, image: { context_compression: 'auto' } } });
  t.equal(accepted.status, 200, 'valid access_programs and image are accepted');
});

interface Answer { id: string; output: Array<Record<string, unknown>>; prompt_cache_diagnostics?: Record<string, unknown>; usage: { input_tokens: number; input_tokens_details: { cached_tokens: number } } }

t.test('prompt cache diagnostics compare the response with the one named, as a cache would', async (t) => {
  const app = testApp();
  const create = async (body: Record<string, unknown>) => {
    const answer = await post(app, { url: OPENAI, body: { model: 'gpt-5.6', ...body } });
    t.equal(answer.status, 200, JSON.stringify(body).slice(0, 120));
    return answer.body as unknown as Answer;
  };
  const long = `Here is the project brief. ${'The service keeps orders, invoices and shipments in step. '.repeat(120)}`;
  const first = await create({ instructions: 'Be brief.', prompt_cache_key: 'brief', input: [{ role: 'user', content: long }] });
  t.notOk('prompt_cache_diagnostics' in first, 'not asked: no key');
  const compare = (extra: Record<string, unknown>) => create({
    instructions: 'Be brief.', prompt_cache_key: 'brief', previous_response_id: first.id, input: 'And the next step?',
    ...extra, prompt_cache_options: { comparison_response_id: first.id },
  });
  const hit = await compare({});
  t.same(hit.prompt_cache_diagnostics, { type: 'cache_hit' }, 'the next turn of the same conversation reuses its prefix');
  t.ok(hit.usage.input_tokens_details.cached_tokens >= 1024 && hit.usage.input_tokens_details.cached_tokens % 128 === 0, `cached tokens in steps of 128 (${hit.usage.input_tokens_details.cached_tokens})`);
  t.ok(hit.usage.input_tokens_details.cached_tokens <= hit.usage.input_tokens);
  const reasons: Array<[Record<string, unknown>, string]> = [
    [{ model: 'gpt-6-astra' }, 'model_changed'],
    [{ prompt_cache_key: 'other' }, 'prompt_cache_key_changed'],
    [{ tools: [{ type: 'function', name: 'lookup', parameters: { type: 'object', properties: {} } }] }, 'tools_changed'],
    [{ reasoning: { effort: 'high' } }, 'reasoning_effort_changed'],
    [{ text: { verbosity: 'low' } }, 'verbosity_changed'],
    [{ instructions: 'Be thorough.' }, 'input_changed'],
    [{ service_tier: 'priority' }, 'service_tier_changed'],
  ];
  for (const [extra, reason] of reasons) {
    const miss = await compare(extra);
    t.match(miss.prompt_cache_diagnostics, { type: 'cache_miss', reason, cache_missed_tokens: miss.usage.input_tokens, comparison_reusable_tokens: 0 }, `${reason}: nothing reusable`);
    t.equal(miss.usage.input_tokens_details.cached_tokens, 0, `${reason}: nothing cached`);
  }
  const edited = await create({
    instructions: 'Be brief.', prompt_cache_key: 'brief', input: [{ role: 'user', content: `${long} (edited)` }, { role: 'user', content: 'Go on.' }],
    prompt_cache_options: { comparison_response_id: first.id },
  });
  // 'Be brief.': 3 tokens and the 4 of an item.
  t.match(edited.prompt_cache_diagnostics, { type: 'cache_miss', reason: 'input_changed', comparison_reusable_tokens: 7 }, 'an edited first message: only the instructions reusable');
  const resent = await create({
    instructions: 'Be brief.', prompt_cache_key: 'brief', store: false,
    input: [{ role: 'user', content: long }, ...(first.output as object[]), { role: 'user', content: 'Go on.' }],
    prompt_cache_options: { comparison_response_id: first.id },
  });
  t.same(resent.prompt_cache_diagnostics, { type: 'cache_hit' }, 'the same items sent back by value are the same prefix');
  const byValue = await create({ input: [{ role: 'user', content: 'Hi' }], store: false });
  const plainFirst = await create({ input: 'Hi' });
  const resentPlain = await create({
    store: false, input: [{ role: 'user', content: 'Hi' }, ...(plainFirst.output as object[]), { role: 'user', content: 'Go on.' }],
    prompt_cache_options: { comparison_response_id: plainFirst.id },
  });
  t.same(resentPlain.prompt_cache_diagnostics, { type: 'cache_hit' }, 'a string input resent as {role, content} is the same prefix');
  t.ok(byValue.id, 'created');
  const diverged = await create({
    store: false, input: [{ type: 'message', role: 'user', content: 'Hi' }, { role: 'user', content: 'something different entirely' }],
    prompt_cache_options: { comparison_response_id: plainFirst.id },
  });
  const figures = diverged.prompt_cache_diagnostics as { reason: string; cache_missed_tokens: number; comparison_reusable_tokens: number };
  t.equal(figures.reason, 'input_changed');
  t.ok(figures.cache_missed_tokens >= 0 && figures.cache_missed_tokens <= diverged.usage.input_tokens, `missed tokens within the input (${figures.cache_missed_tokens} of ${diverged.usage.input_tokens})`);
  t.ok(figures.comparison_reusable_tokens > 0 && figures.comparison_reusable_tokens <= diverged.usage.input_tokens, `reusable tokens within the input (${figures.comparison_reusable_tokens})`);
  t.equal(figures.cache_missed_tokens + figures.comparison_reusable_tokens, diverged.usage.input_tokens, 'the two make up the input');
  const unknown = await create({ input: 'Hello', prompt_cache_options: { comparison_response_id: 'resp_missing' } });
  t.same(unknown.prompt_cache_diagnostics, { type: 'comparison_response_not_found' });
  const older = await post(app, { url: OPENAI, body: { model: 'gpt-5.4', input: 'Hello', prompt_cache_options: { comparison_response_id: first.id } } });
  t.same((older.body as unknown as Answer).prompt_cache_diagnostics, { type: 'unavailable' }, 'a model before gpt-5.6: unavailable');
});

t.test('a prewarm answers no output, as a warm-up', async (t) => {
  const app = testApp();
  const answer = await post(app, { url: OPENAI, body: { model: 'gpt-5.6', input: 'Hello', prompt_cache_options: { prewarm: true } } });
  t.equal(answer.status, 200);
  t.same((answer.body as unknown as Answer).output, [], 'no output, not even reasoning');
  const next = await post(app, { url: OPENAI, body: { model: 'gpt-5.6', input: 'Hello again', previous_response_id: (answer.body as unknown as Answer).id } });
  t.equal(next.status, 200, 'a prewarmed response can be continued');
});

t.test('background_options: the discounted windows only for a background, unstreamed, standard request', async (t) => {
  const app = testApp();
  const cases: Array<[Record<string, unknown>, number, string?, RegExp?]> = [
    [{ background: true, background_options: { completion_window: '2h', continuation_id: 'batch-7' } }, 200],
    [{ background_options: { completion_window: 'soonest' } }, 200],
    [{ background_options: { completion_window: '8h' } }, 400, 'background_options.completion_window', /the '8h' window needs 'background' set to true/],
    [{ background: true, stream: true, background_options: { completion_window: '2h' } }, 400, 'background_options.completion_window', /not streamed/],
    [{ background: true, service_tier: 'priority', background_options: { completion_window: '2h' } }, 400, 'background_options.completion_window', /Standard processing/],
    [{ background_options: { completion_window: '1d' } }, 400, 'background_options.completion_window', /Supported values are: 'soonest', '2h', and '8h'/],
    [{ background_options: { continuation_id: 7 } }, 400, 'background_options.continuation_id', /expected a string/],
    [{ background_options: { priority: 1 } }, 400, 'background_options.priority', /Unknown parameter/],
  ];
  for (const [fields, status, param, message] of cases) {
    const answer = await post(app, { url: OPENAI, body: { model: 'gpt-5.6', input: 'Hello', ...fields } });
    t.equal(answer.status, status, JSON.stringify(fields));
    if (param) t.match(answer.body.error, { param, message }, JSON.stringify(fields));
  }
});

t.test('GPT-6 models reason, with the efforts each takes', async (t) => {
  const app = testApp();
  const effort = async (model: string, value: string) => (await post(app, { url: OPENAI, body: { model, store: false, input: 'Hi', reasoning: { effort: value } } })).status;
  t.equal(await effort('gpt-6-sol', 'none'), 200, 'gpt-6-sol takes none');
  t.equal(await effort('gpt-6.1-terra', 'none'), 200, 'gpt-6.1-terra takes none');
  t.equal(await effort('gpt-6.2-astra', 'none'), 400, 'gpt-6.2-astra does not');
  t.equal(await effort('gpt-6.1-sol', 'max'), 200, 'gpt-6.1-sol takes max');
  t.equal(await effort('gpt-6.1-sol', 'minimal'), 400);
});
