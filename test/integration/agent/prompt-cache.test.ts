// OpenAI's prompt cache options and the newer create options: `prompt_cache_options` checked field by field and
// echoed with its defaults on the models that take it (gpt-5.6 on), `access_programs` and `image` accepted and
// checked.
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
