import t from 'tap';
import { composeText, directiveText, lastUserText, trailingOutputs } from '../../../src/domain/engine/content/text.js';
import type { ConversationItem } from '../../../src/domain/types.js';

t.test('reply-exactly directives are honoured', async (t) => {
  t.equal(directiveText('Reply exactly with: Hello!'), 'Hello!');
  t.equal(directiveText('After the tool result, reply exactly: Paris is sunny.'), 'Paris is sunny.');
  t.equal(directiveText('Do not call tools again. Reply exactly pong.'), 'pong');
  t.equal(directiveText('Respond with "OK"'), 'OK');
  t.equal(directiveText('What is the weather?'), undefined);
});

t.test('text answers, echo style', async (t) => {
  const echo = { style: 'echo' as const, instructions: undefined };
  t.equal(composeText({ ...echo, prompt: 'Reply exactly with: Hello!', outputs: [] }), 'Hello!');
  t.equal(
    composeText({ ...echo, prompt: 'Weather?', instructions: 'After the tool result, reply exactly: Paris is sunny.', outputs: [] }),
    'This is a mock response to: "Weather?"',
    'a directive tied to a tool result waits for the result',
  );
  t.equal(
    composeText({ ...echo, prompt: 'Weather?', instructions: 'After the tool result, reply exactly: Paris is sunny.', outputs: [{ name: 'get_weather', output: '{}' }] }),
    'Paris is sunny.',
  );
  t.equal(
    composeText({ ...echo, prompt: 'Weather in Paris and time?', outputs: [{ name: 'get_weather', output: '{"temp":22}' }, { name: 'get_time', output: '10:00' }] }),
    'get_weather returned {"temp":22}; get_time returned 10:00.',
  );
  t.equal(composeText({ ...echo, prompt: '', outputs: [] }), 'Hello! How can I help you today?');
  t.ok(composeText({ ...echo, prompt: 'x'.repeat(500), outputs: [] }).length < 200, 'long prompts are clipped');
});

t.test('text answers, summary style (the default): tool outputs and the prompt\'s words', async (t) => {
  const text = (prompt: string, outputs: Parameters<typeof composeText>[0]['outputs'] = []) => composeText({ prompt, instructions: undefined, outputs });
  const weather = { name: 'get_weather', arguments: '{"city":"Paris"}' };
  t.equal(text('What is the weather in Paris?', [{ ...weather, output: '{"temperature":21,"sky":"clear"}' }]), 'The weather in Paris: temperature 21, sky clear.');
  t.equal(text('Weather?', [{ ...weather, output: '{"city":"Paris","temperature":21}' }]), 'The weather in Paris: temperature 21.', 'what the subject names is not repeated');
  t.equal(text('Weather?', [{ ...weather, output: 'It is 21°C and clear' }]), 'The weather in Paris: It is 21°C and clear.');
  t.equal(
    text('Weather and time?', [{ name: 'get_weather', output: '{"temp":22}' }, { name: 'getLocalTime', arguments: '{"timezone":"Europe/Oslo"}', output: '"10:00"' }]),
    'The weather: temp 22. The local time for Europe/Oslo: 10:00.',
    'one sentence per output; camelCase names read as words',
  );
  t.equal(text('Flights?', [{ name: 'search_flights', arguments: '{"from":"OSL"}', output: '[{"from":"OSL","price":120},{"from":"OSL","price":99}]' }]), 'The flights for OSL: price 120; price 99.');
  t.equal(text('Patch it', [{ name: 'apply_patch', arguments: '*** Begin Patch', output: 'Done' }]), 'The result of apply patch: Done.');
  t.equal(text('Weather?', [{ ...weather, output: '  ' }]), 'The weather in Paris: nothing.');
  t.ok(text('Weather?', [{ ...weather, output: JSON.stringify({ report: 'x'.repeat(5000) }) }]).length <= 400, 'long outputs are clipped');
  t.equal(text('What is the weather in Paris?'), 'Here is a short answer about weather and Paris.');
  t.equal(text('Summarize the quarterly report for the board, focusing on churn.'), 'Here is a short answer about summarize, quarterly, report and board.');
  t.equal(text('Hi!'), 'Hello! How can I help you today?');
  t.equal(text(''), 'Hello! How can I help you today?');
  t.equal(text(`${'word '.repeat(100_000)}end`), 'Here is a short answer about word.', 'a long prompt: its head is read');
  t.equal(composeText({ prompt: 'Reply exactly with: Hello!', instructions: undefined, outputs: [] }), 'Hello!', 'a directive wins');
});

t.test('text answers, fixed style', async (t) => {
  t.equal(composeText({ style: 'fixed', prompt: 'What is the weather?', instructions: undefined, outputs: [] }), 'This is a mock response.');
  t.equal(composeText({ style: 'fixed', prompt: 'x', instructions: undefined, outputs: [{ name: 'f', output: '1' }] }), 'This is a mock response.');
  t.equal(composeText({ style: 'fixed', prompt: 'Reply exactly with: Hello!', instructions: undefined, outputs: [] }), 'Hello!');
});

t.test('conversation helpers', async (t) => {
  const conversation: ConversationItem[] = [
    { type: 'message', role: 'user', text: 'first' },
    { type: 'message', role: 'assistant', text: 'ok' },
    { type: 'message', role: 'user', text: 'weather?' },
    { type: 'function_call', callId: 'c1', name: 'get_weather', arguments: '{}' },
    { type: 'function_call', callId: 'c2', name: 'get_time', arguments: '{}' },
    { type: 'function_call_output', callId: 'c1', output: 'sunny' },
    { type: 'function_call_output', callId: 'c2', output: 'noon' },
  ];
  t.equal(lastUserText(conversation), 'weather?');
  t.same(trailingOutputs(conversation), [{ name: 'get_weather', output: 'sunny', arguments: '{}' }, { name: 'get_time', output: 'noon', arguments: '{}' }]);
  t.same(trailingOutputs([...conversation, { type: 'message', role: 'user', text: 'thanks' }]), []);
});
