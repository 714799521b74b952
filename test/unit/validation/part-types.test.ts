// OpenAI checks which content parts an item may hold: an assistant message only output_text and refusal
// (`Invalid value: 'input_text'. Supported values are: 'output_text' and 'refusal'.`, param
// `input[2].content[0]`), a function's output only input parts (`Invalid value: 'output_text'. Supported values
// are: 'input_text', 'input_image', 'input_file', and 'scoped_content'.`, param `input[2].output[0]`).
// OpenRouter keeps accepting both here.
import t from 'tap';
import { prepareRequest } from '../../../src/domain/validation/prepare.js';
import { openAIProfile, openRouterProfile } from '../../../src/providers/index.js';
import { EMPTY_HISTORY } from '../../../src/state/responses/response-store.js';
import { weatherTool } from '../../helpers/app.js';

const openai = { rules: openAIProfile.rules('strict'), history: EMPTY_HISTORY };
const openaiLenient = { rules: openAIProfile.rules('lenient'), history: EMPTY_HISTORY };
const openrouter = { rules: openRouterProfile.rules('lenient'), history: EMPTY_HISTORY };
const user = { role: 'user', content: 'weather in Paris?' };
const call = { type: 'function_call', id: 'fc_1', call_id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}' };
const request = (input: unknown[]): Record<string, unknown> => ({ model: 'gpt-4o', input, tools: [weatherTool] });

t.test('an assistant message with input parts is the real 400, at either strictness', async (t) => {
  const assistant = { role: 'assistant', content: [{ type: 'output_text', text: 'Let me check.' }, { type: 'input_text', text: 'oops' }] };
  for (const rules of [openai, openaiLenient]) {
    t.match(prepareRequest(request([user, { ...assistant, type: 'message' }, { role: 'user', content: 'and now?' }]), rules), {
      ok: false,
      error: { code: 'invalid_value', param: 'input[1].content[1]', message: "Invalid value: 'input_text'. Supported values are: 'output_text' and 'refusal'." },
    });
  }
  t.ok(prepareRequest(request([{ role: 'assistant', content: [{ type: 'output_text', text: 'a' }, { type: 'refusal', refusal: 'no' }] }, user]), openai).ok, 'output parts');
  t.ok(prepareRequest(request([{ role: 'assistant', content: 'plain text' }, user]), openai).ok, 'string content');
  t.ok(prepareRequest(request([assistant, user]), openrouter).ok, 'OpenRouter');
});

t.test('a function output with output parts is the real 400; input parts and scoped_content pass', async (t) => {
  const output = (parts: unknown[]) => ({ type: 'function_call_output', call_id: 'call_1', output: parts });
  t.match(prepareRequest(request([user, call, output([{ type: 'output_text', text: '21 C' }])]), openai), {
    ok: false,
    error: {
      code: 'invalid_value',
      param: 'input[2].output[0]',
      message: "Invalid value: 'output_text'. Supported values are: 'input_text', 'input_image', 'input_file', and 'scoped_content'.",
    },
  });
  t.ok(prepareRequest(request([user, call, output([{ type: 'input_text', text: '21 C' }, { type: 'input_image', image_url: 'https://example.com/a.png' }])]), openai).ok, 'input parts');
  t.ok(prepareRequest(request([user, call, output([{ type: 'scoped_content', content: [] }])]), openai).ok, 'scoped_content');
  t.ok(prepareRequest(request([user, call, output([{ type: 'output_text', text: '21 C' }])]), openrouter).ok, 'OpenRouter');
});

t.test('an input image must be an http(s) URL or a base64 data URL of an image, as OpenAI checks', async (t) => {
  const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
  const image = (url: string) => request([{ role: 'user', content: [{ type: 'input_text', text: 'what is this?' }, { type: 'input_image', image_url: url }] }]);
  const expected = (got: string) => ({
    ok: false,
    error: {
      code: 'invalid_value',
      param: 'input[0].content[1].image_url',
      message: `Invalid 'input[0].content[1].image_url'. Expected a base64-encoded data URL with an image MIME type (e.g. 'data:image/png;base64,aW1nIGJ5dGVzIGhlcmU='), but got ${got}.`,
    },
  });
  t.match(prepareRequest(image(png), openai), expected("a value without the 'data:' prefix"), 'bare base64');
  t.match(prepareRequest(image('data:image/png;base64,'), openai), expected('empty base64-encoded bytes'), 'empty');
  t.match(prepareRequest(image(`data:image/png;base64,data:image/png;base64,${png}`), openai), expected('an invalid base64-encoded value'), 'a doubled prefix');
  t.match(prepareRequest(image(`data:application/pdf;base64,${png}`), openai), expected("unsupported MIME type 'application/pdf'"), 'not an image');
  for (const url of ['https://example.com/cat.png', `data:image/png;base64,${png}`, `data:image/webp;base64,${png}`]) t.ok(prepareRequest(image(url), openai).ok, url.slice(0, 30));
  t.ok(prepareRequest(image(png), openrouter).ok, 'OpenRouter');
  const toolImage = prepareRequest(request([user, call, { type: 'function_call_output', call_id: 'call_1', output: [{ type: 'input_image', image_url: 'data:image/png;base64,' }] }]), openai);
  t.match(toolImage, { ok: false, error: { param: 'input[2].output[0].image_url' } }, 'in a tool output too');
});
