// A reusable prompt's checks, table-driven (each problem's code, path and message), and the user message it
// stands for; then through prepareRequest with the real provider rules: input optional beside it on OpenAI only.
import t from 'tap';
import { promptMessage, promptProblem } from '../../../src/domain/validation/prompt.js';
import { prepareRequest } from '../../../src/domain/validation/prepare.js';
import { openAIProfile, openRouterProfile } from '../../../src/providers/index.js';
import { EMPTY_HISTORY } from '../../../src/state/responses/response-store.js';

const strict = openAIProfile.rules('strict');
const lenient = openAIProfile.rules('lenient');

const cases: Array<{ name: string; prompt: unknown; code: string; param: string; message: RegExp; rules?: typeof strict }> = [
  { name: 'not an object', prompt: 'pmpt_1', code: 'invalid_type', param: 'prompt', message: /^Invalid type for 'prompt': expected an object, but got a string instead\.$/ },
  { name: 'an array', prompt: [], code: 'invalid_type', param: 'prompt', message: /expected an object, but got an array/ },
  { name: 'no id', prompt: { version: '2' }, code: 'missing_required_parameter', param: 'prompt.id', message: /^Missing required parameter: 'prompt\.id'\.$/ },
  { name: 'a null id', prompt: { id: null }, code: 'missing_required_parameter', param: 'prompt.id', message: /'prompt\.id'/ },
  { name: 'a number id', prompt: { id: 7 }, code: 'invalid_type', param: 'prompt.id', message: /^Invalid type for 'prompt\.id': expected a string, but got an integer instead\.$/ },
  { name: 'an empty id', prompt: { id: '' }, code: 'invalid_value', param: 'prompt.id', message: /^Invalid 'prompt\.id': empty string\./ },
  { name: 'a number version', prompt: { id: 'p', version: 2 }, code: 'invalid_type', param: 'prompt.version', message: /^Invalid type for 'prompt\.version': expected a string, but got an integer instead\.$/ },
  { name: 'variables as an array', prompt: { id: 'p', variables: ['x'] }, code: 'invalid_type', param: 'prompt.variables', message: /expected an object, but got an array instead/ },
  { name: 'a number variable', prompt: { id: 'p', variables: { ok: 'x', city: 3 } }, code: 'invalid_type', param: 'prompt.variables.city', message: /^Invalid type for 'prompt\.variables\.city': expected one of a string or an object, but got an integer instead\.$/ },
  { name: 'a null variable', prompt: { id: 'p', variables: { city: null } }, code: 'invalid_type', param: 'prompt.variables.city', message: /but got null instead/ },
  { name: 'a part without type', prompt: { id: 'p', variables: { city: { text: 'Paris' } } }, code: 'missing_required_parameter', param: 'prompt.variables.city.type', message: /^Missing required parameter: 'prompt\.variables\.city\.type'\.$/ },
  { name: 'a part of another type', prompt: { id: 'p', variables: { city: { type: 'output_text', text: 'x' } } }, code: 'invalid_value', param: 'prompt.variables.city.type', message: /^Invalid value: 'output_text'\. Supported values are: 'input_text', 'input_image', and 'input_file'\.$/ },
  { name: 'a text part without text', prompt: { id: 'p', variables: { city: { type: 'input_text' } } }, code: 'missing_required_parameter', param: 'prompt.variables.city.text', message: /'prompt\.variables\.city\.text'/ },
  { name: 'a text part with a number', prompt: { id: 'p', variables: { city: { type: 'input_text', text: 1 } } }, code: 'invalid_type', param: 'prompt.variables.city.text', message: /expected a string/ },
  { name: 'a bad image URL', prompt: { id: 'p', variables: { photo: { type: 'input_image', image_url: 'iVBORw0KGgo=' } } }, code: 'invalid_value', param: 'prompt.variables.photo.image_url', message: /without the 'data:' prefix/ },
  { name: 'an unknown field (strict)', prompt: { id: 'p', label: 'x' }, code: 'unknown_parameter', param: 'prompt.label', message: /^Unknown parameter: 'prompt\.label'\.$/ },
  { name: "an unknown part field (strict)", prompt: { id: 'p', variables: { city: { type: 'input_text', text: 'x', lang: 'en' } } }, code: 'unknown_parameter', param: 'prompt.variables.city.lang', message: /^Unknown parameter: 'prompt\.variables\.city\.lang'\.$/ },
  { name: 'an empty variable name', prompt: { id: 'p', variables: { '': 1 } }, code: 'invalid_type', param: 'prompt.variables[""]', message: /'prompt\.variables\[""\]'/ },
];

t.test('each problem names its path', async (t) => {
  for (const { name, prompt, code, param, message, rules } of cases) {
    const problem = promptProblem(prompt, (rules ?? strict).items);
    t.equal(problem?.code, code, `${name}: code`);
    t.equal(problem?.param, param, `${name}: param`);
    t.match(problem?.message ?? '', message, `${name}: message`);
  }
});

t.test('what passes', async (t) => {
  const valid: unknown[] = [
    undefined, null, { id: 'pmpt_1' }, { id: 'pmpt_1', version: null, variables: null }, { id: 'pmpt_1', version: '2', variables: {} },
    { id: 'p', variables: { a: 'x', b: { type: 'input_text', text: 'y' }, c: { type: 'input_image', image_url: 'https://example.com/a.png', detail: 'auto' }, d: { type: 'input_file', file_id: 'file-1' } } },
  ];
  for (const prompt of valid) t.equal(promptProblem(prompt, strict.items), null, JSON.stringify(prompt));
  t.equal(promptProblem({ id: 'p', label: 'x' }, lenient.items), null, 'lenient: an unknown field passes');
});

t.test('the message a prompt stands for: its text values, in order', async (t) => {
  const prompt = { id: 'p', variables: { city: 'Paris', photo: { type: 'input_image', image_url: 'https://x/a.png' }, topic: { type: 'input_text', text: 'the weather' }, empty: '' } };
  t.same(promptMessage(prompt), { type: 'message', role: 'user', text: 'Paris\nthe weather' });
  t.equal(promptMessage({ id: 'p' }), undefined, 'no variables: no message');
  t.equal(promptMessage({ id: 'p', variables: { photo: { type: 'input_image', file_id: 'file-1' } } }), undefined, 'no text: no message');
});

t.test('prepareRequest: input is optional beside a prompt on OpenAI, the prompt read before the input', async (t) => {
  const openai = { rules: strict, history: EMPTY_HISTORY };
  const prompt = { id: 'pmpt_1', variables: { city: 'Paris' } };
  const alone = prepareRequest({ model: 'gpt-4o', prompt }, openai);
  t.ok(alone.ok);
  if (alone.ok) {
    t.same(alone.value.conversation, [{ type: 'message', role: 'user', text: 'Paris' }]);
    t.same(alone.value.inputItems, [], 'no input items are made up');
  }
  const both = prepareRequest({ model: 'gpt-4o', prompt, input: 'And Rome?' }, openai);
  t.ok(both.ok);
  if (both.ok) t.same(both.value.conversation.map((item) => item.type === 'message' && item.text), ['Paris', 'And Rome?']);
  const json = prepareRequest({ model: 'gpt-4o', prompt, text: { format: { type: 'json_object' } } }, openai);
  t.ok(json.ok, "json_object: the template may say 'json'");
  const neither = prepareRequest({ model: 'gpt-4o' }, openai);
  t.equal(neither.ok ? null : neither.error.param, 'input');
  const bad = prepareRequest({ model: 'gpt-4o', prompt: { id: 1 } }, openai);
  t.equal(bad.ok ? null : bad.error.param, 'prompt.id');
  const openrouter = prepareRequest({ model: 'openai/gpt-4o', prompt }, { rules: openRouterProfile.rules('strict'), history: EMPTY_HISTORY });
  t.equal(openrouter.ok ? null : openrouter.error.param, 'input', 'OpenRouter still needs input');
});
