// OpenAI refuses an input text longer than 10,485,760 characters (`Invalid 'input[0].content': string too long.
// Expected a string with maximum length 10485760, but got a string with length 62114761 instead.`,
// string_above_max_length): message content, text parts and tool outputs, counted in code points. OpenRouter
// has no such check here.
import t from 'tap';
import { prepareRequest } from '../../../../src/domain/validation/prepare.js';
import { openAIProfile, openRouterProfile } from '../../../../src/providers/index.js';
import { EMPTY_HISTORY } from '../../../../src/state/responses/response-store.js';
import { weatherTool } from '../../../helpers/app.js';

const openai = { rules: openAIProfile.rules('strict'), history: EMPTY_HISTORY };
const openrouter = { rules: openRouterProfile.rules('strict'), history: EMPTY_HISTORY };
const LIMIT = 10_485_760;
const long = 'a'.repeat(LIMIT + 1);
const call = { type: 'function_call', id: 'fc_1', call_id: 'call_1', name: 'get_weather', arguments: '{}' };
const request = (input: unknown): Record<string, unknown> => ({ model: 'gpt-4o', input, tools: [weatherTool] });

const tooLong = (path: string, length = LIMIT + 1) => ({
  ok: false,
  error: {
    code: 'string_above_max_length',
    param: path,
    message: `Invalid '${path}': string too long. Expected a string with maximum length ${LIMIT}, but got a string with length ${length} instead.`,
  },
});

t.test('each kind of input text over the limit is a 400 naming it', async (t) => {
  t.match(prepareRequest(request([{ role: 'user', content: long }]), openai), tooLong('input[0].content'));
  t.match(prepareRequest(request([{ role: 'user', content: 'hi' }, { role: 'user', content: [{ type: 'input_text', text: 'x' }, { type: 'input_text', text: long }] }]), openai), tooLong('input[1].content[1].text'));
  t.match(prepareRequest(request([{ role: 'user', content: 'hi' }, call, { type: 'function_call_output', call_id: 'call_1', output: long }]), openai), tooLong('input[2].output'));
  t.match(prepareRequest(request(long), openai), tooLong('input'), 'a string input');
});

t.test('the limit itself, characters beyond the basic plane, and OpenRouter pass', async (t) => {
  t.ok(prepareRequest(request([{ role: 'user', content: 'a'.repeat(LIMIT) }]), openai).ok, 'exactly the limit');
  // Each emoji is two UTF-16 units but one character: 5.3 million of them are within the limit.
  t.ok(prepareRequest(request([{ role: 'user', content: '😀'.repeat(LIMIT / 2 + 1) }]), openai).ok, 'counted in characters');
  t.match(prepareRequest(request([{ role: 'user', content: `${'😀'.repeat(LIMIT)}!` }]), openai), tooLong('input[0].content', LIMIT + 1), 'an emoji counts once');
  t.ok(prepareRequest({ ...request([{ role: 'user', content: long }]), model: 'openai/gpt-4o' }, openrouter).ok, 'OpenRouter');
});
