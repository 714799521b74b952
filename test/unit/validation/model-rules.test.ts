// Reasoning models refuse temperature and top_p on the OpenAI path, as the captured 400 shows
// (`Unsupported parameter: 'temperature' is not supported with this model.`, param temperature, code null),
// whenever they reason: gpt-5.1 to 5.4 default to effort none and take them then; output text logprobs (the include,
// or top_logprobs above 0) likewise.
// Models that do not reason refuse an effort and encrypted reasoning. OpenRouter is left alone.
import t from 'tap';
import { prepareRequest } from '../../../src/domain/validation/prepare.js';
import { openAIProfile, openRouterProfile } from '../../../src/providers/index.js';
import { EMPTY_HISTORY } from '../../../src/state/responses/response-store.js';

const openai = { rules: openAIProfile.rules('strict'), history: EMPTY_HISTORY };
const openaiLenient = { rules: openAIProfile.rules('lenient'), history: EMPTY_HISTORY };
const openrouter = { rules: openRouterProfile.rules('strict'), history: EMPTY_HISTORY };

const refused: Array<[string, Record<string, unknown>, string]> = [
  ['o3-mini', { temperature: 0.2 }, 'temperature'],
  ['o4-mini', { top_p: 0.9 }, 'top_p'],
  ['gpt-5', { temperature: 1 }, 'temperature'],
  ['gpt-5-mini-2025-08-07', { temperature: 0 }, 'temperature'],
  ['gpt-5-codex', { top_p: 1 }, 'top_p'],
  ['gpt-5.5', { temperature: 0.5, reasoning: { effort: 'high' } }, 'temperature'],
  ['gpt-5.5', { temperature: 0.5 }, 'temperature'],
  ['gpt-5.2', { top_p: 0.5, reasoning: { effort: 'low' } }, 'top_p'],
];

const accepted: Array<[string, Record<string, unknown>]> = [
  ['gpt-4o', { temperature: 0.5, top_p: 0.9 }],
  ['gpt-5-chat-latest', { temperature: 0.5 }],
  ['gpt-5.1', { temperature: 0.5 }],
  ['gpt-5.4-2026-03-05', { top_p: 0.5 }],
  ['claude-sonnet-4.5', { temperature: 0.5 }],
  ['gpt-5.5', { temperature: 0.5, reasoning: { effort: 'none' } }],
  ['gpt-5-nano', { temperature: null, top_p: null }],
  ['o3-mini', {}],
];

t.test('a reasoning model given temperature or top_p is the real 400, at either strictness', async (t) => {
  for (const [model, extra, param] of refused) {
    for (const rules of [openai, openaiLenient]) {
      t.match(prepareRequest({ model, input: 'hi', ...extra }, rules), {
        ok: false,
        error: { code: 'unsupported_model_parameter', param, message: `Unsupported parameter: '${param}' is not supported with this model.` },
      }, `${model} ${JSON.stringify(extra)}`);
    }
  }
});

t.test('other models, effort none and absent parameters pass; OpenRouter is not checked', async (t) => {
  for (const [model, extra] of accepted) t.ok(prepareRequest({ model, input: 'hi', ...extra }, openai).ok, `${model} ${JSON.stringify(extra)}`);
  t.ok(prepareRequest({ model: 'openai/o3-mini', input: 'hi', temperature: 0.2 }, openrouter).ok, 'OpenRouter');
});

t.test('an effort the model does not know is the real 400 naming the supported ones', async (t) => {
  const cases: Array<[string, string, string]> = [
    ['gpt-5.1', 'minimal', "'none', 'low', 'medium', and 'high'"],
    ['gpt-5-mini', 'none', "'minimal', 'low', 'medium', and 'high'"],
    ['o3-mini', 'minimal', "'low', 'medium', and 'high'"],
    ['gpt-5-pro', 'low', "'high'"],
    // graphiti#1395 (gpt-5.4-mini), giselle#2469 (gpt-5.2), one-api#285 (gpt-5.2's chat model).
    ['gpt-5.4-mini', 'minimal', "'none', 'low', 'medium', 'high', and 'xhigh'"],
    ['gpt-5.2', 'minimal', "'none', 'low', 'medium', 'high', and 'xhigh'"],
    ['gpt-5.4', 'max', "'none', 'low', 'medium', 'high', and 'xhigh'"],
    // opencode#26268 (gpt-5.5, checked against live 400s); letta-code#3877 and opencode#36135 (gpt-5.6 adds max).
    ['gpt-5.5', 'minimal', "'none', 'low', 'medium', 'high', and 'xhigh'"],
    ['gpt-5.5', 'max', "'none', 'low', 'medium', 'high', and 'xhigh'"],
    ['gpt-5.6-sol', 'minimal', "'none', 'low', 'medium', 'high', 'xhigh', and 'max'"],
    // inspect_ai#5254: live 400s for none and minimal on gpt-6-astra name low to max.
    ['gpt-6-astra', 'none', "'low', 'medium', 'high', 'xhigh', and 'max'"],
    ['gpt-6-astra', 'minimal', "'low', 'medium', 'high', 'xhigh', and 'max'"],
    ['gpt-5.2-chat-latest', 'high', "'medium'"],
  ];
  for (const [model, effort, supported] of cases) {
    t.match(prepareRequest({ model, input: 'hi', reasoning: { effort } }, openai), {
      ok: false,
      error: { code: 'unsupported_value', param: 'reasoning.effort', message: `Unsupported value: '${effort}' is not supported with the '${model}' model. Supported values are: ${supported}.` },
    }, `${model} ${effort}`);
  }
  const accepted = [
    ['gpt-5.1-codex-max', 'xhigh'], ['gpt-5.1', 'none'], ['gpt-5', 'minimal'], ['gpt-5.5', 'xhigh'], ['my-model', 'low'],
    ['gpt-5.6-sol', 'max'], ['gpt-5.6-terra', 'none'], ['gpt-5.6-luna', 'xhigh'], ['gpt-6-astra', 'max'], ['gpt-6-astra', 'low'],
    ['gpt-5.2', 'xhigh'], ['gpt-5.4', 'none'], ['gpt-5.2-chat-latest', 'medium'], ['gpt-5.2-pro', 'minimal'], ['gpt-5.3-codex', 'minimal'],
  ];
  for (const [model, effort] of accepted) {
    t.ok(prepareRequest({ model, input: 'hi', reasoning: { effort } }, openai).ok, `${model} ${effort}`);
  }
  t.ok(prepareRequest({ model: 'openai/gpt-5.1', input: 'hi', reasoning: { effort: 'minimal' } }, openrouter).ok, 'OpenRouter');
});

t.test('reasoning.effort for a model that does not reason is the real 400; unknown names are not judged', async (t) => {
  for (const model of ['gpt-4o', 'gpt-4.1-mini', 'gpt-5-chat-latest', 'openai/gpt-4o-mini']) {
    t.match(prepareRequest({ model, input: 'hi', reasoning: { effort: 'low' } }, openai), {
      ok: false, error: { code: 'unsupported_parameter', param: 'reasoning.effort', message: "Unsupported parameter: 'reasoning.effort' is not supported with this model." },
    }, model);
  }
  t.ok(prepareRequest({ model: 'gpt-4o', input: 'hi', reasoning: null }, openai).ok, 'reasoning null');
  t.ok(prepareRequest({ model: 'gpt-4o', input: 'hi', reasoning: { summary: 'auto' } }, openai).ok, 'no effort');
  t.ok(prepareRequest({ model: 'my-model', input: 'hi', reasoning: { effort: 'low' } }, openai).ok, 'a name the mock does not know');
  t.ok(prepareRequest({ model: 'openai/gpt-4o', input: 'hi', reasoning: { effort: 'low' } }, openrouter).ok, 'OpenRouter');
});

t.test('encrypted reasoning asked of a model that does not reason is the real 400, at either strictness', async (t) => {
  const include = ['message.output_text.logprobs', 'reasoning.encrypted_content'];
  for (const model of ['gpt-4o', 'gpt-4o-mini', 'gpt-4.1-mini', 'gpt-5-chat-latest']) {
    for (const rules of [openai, openaiLenient]) {
      t.match(prepareRequest({ model, input: 'hi', include }, rules), {
        ok: false, error: { code: 'encrypted_content_not_supported', param: 'include', message: 'Encrypted content is not supported with this model.' },
      }, model);
    }
  }
  for (const model of ['gpt-5-mini', 'o4-mini', 'gpt-5.1', 'my-model']) t.ok(prepareRequest({ model, input: 'hi', include: ['reasoning.encrypted_content'] }, openai).ok, model);
  t.ok(prepareRequest({ model: 'gpt-4o', input: 'hi', include: ['message.output_text.logprobs'] }, openai).ok, 'other includes');
  t.ok(prepareRequest({ model: 'openai/gpt-4o', input: 'hi', include }, openrouter).ok, 'OpenRouter');
});

t.test('output text logprobs asked of a model that reasons are the real 400, whenever it reasons', async (t) => {
  const include = ['message.output_text.logprobs'];
  // vllm-project/vllm#23319: the live answer for gpt-5-mini.
  const cases: Array<[string, Record<string, unknown>]> = [['gpt-5-mini', {}], ['o4-mini', {}], ['gpt-5.1', { reasoning: { effort: 'low' } }], ['gpt-5.5', {}]];
  for (const [model, extra] of cases) {
    for (const rules of [openai, openaiLenient]) {
      t.match(prepareRequest({ model, input: 'hi', include, top_logprobs: 3, ...extra }, rules), {
        ok: false, error: { code: 'unsupported_parameter', param: 'include', message: 'logprobs are not supported with reasoning models.' },
      }, `${model} ${JSON.stringify(extra)}`);
    }
  }
  for (const [model, extra] of [['gpt-5.1', {}], ['gpt-5.4', { reasoning: { effort: 'none' } }], ['gpt-4.1', {}], ['gpt-5-chat-latest', {}], ['my-model', {}]] as const) {
    t.ok(prepareRequest({ model, input: 'hi', include, ...extra }, openai).ok, `${model}: does not reason`);
  }
  t.ok(prepareRequest({ model: 'openai/gpt-5-mini', input: 'hi', include }, openrouter).ok, 'OpenRouter');
});

t.test('top_logprobs above 0 asked of a model that reasons is refused too, naming top_logprobs', async (t) => {
  // The live answer on gpt-5.6 and gpt-6 models asked for top_logprobs alone; with the include as well, the include is named.
  for (const [model, extra] of [['gpt-5-mini', {}], ['o4-mini', {}], ['gpt-5.1', { reasoning: { effort: 'low' } }], ['gpt-5.6-terra', {}], ['gpt-6-astra', {}]] as const) {
    for (const rules of [openai, openaiLenient]) {
      t.match(prepareRequest({ model, input: 'hi', top_logprobs: 1, ...extra }, rules), {
        ok: false, error: { code: 'unsupported_parameter', param: 'top_logprobs', message: 'logprobs are not supported with reasoning models.' },
      }, `${model} ${JSON.stringify(extra)}`);
    }
  }
  t.ok(prepareRequest({ model: 'gpt-5-mini', input: 'hi', top_logprobs: 0 }, openai).ok, 'top_logprobs 0 (the echoed default) asks for none');
  t.ok(prepareRequest({ model: 'gpt-5-mini', input: 'hi', top_logprobs: null }, openai).ok, 'null likewise');
  for (const [model, extra] of [['gpt-5.1', {}], ['gpt-5.4', { reasoning: { effort: 'none' } }], ['gpt-4.1', {}], ['gpt-5-chat-latest', {}]] as const) {
    t.ok(prepareRequest({ model, input: 'hi', top_logprobs: 20, ...extra }, openai).ok, `${model}: does not reason`);
  }
  t.ok(prepareRequest({ model: 'openai/gpt-5-mini', input: 'hi', top_logprobs: 3 }, openrouter).ok, 'OpenRouter');
});
