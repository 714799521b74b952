import t from 'tap';
import { composeText, directiveText, lastUserText, trailingOutputs } from '../../../src/domain/engine/text.js';
import type { ConversationItem } from '../../../src/domain/types.js';

t.test('reply-exactly directives are honoured', async (t) => {
  t.equal(directiveText('Reply exactly with: Hello!'), 'Hello!');
  t.equal(directiveText('After the tool result, reply exactly: Paris is sunny.'), 'Paris is sunny.');
  t.equal(directiveText('Do not call tools again. Reply exactly pong.'), 'pong');
  t.equal(directiveText('Respond with "OK"'), 'OK');
  t.equal(directiveText('What is the weather?'), undefined);
});

t.test('text answers', async (t) => {
  t.equal(composeText({ prompt: 'Reply exactly with: Hello!', instructions: undefined, outputs: [] }), 'Hello!');
  t.equal(
    composeText({ prompt: 'Weather?', instructions: 'After the tool result, reply exactly: Paris is sunny.', outputs: [] }),
    'This is a mock response to: "Weather?"',
    'a directive tied to a tool result waits for the result',
  );
  t.equal(
    composeText({ prompt: 'Weather?', instructions: 'After the tool result, reply exactly: Paris is sunny.', outputs: [{ name: 'get_weather', output: '{}' }] }),
    'Paris is sunny.',
  );
  t.equal(
    composeText({ prompt: 'Weather in Paris and time?', instructions: undefined, outputs: [{ name: 'get_weather', output: '{"temp":22}' }, { name: 'get_time', output: '10:00' }] }),
    'get_weather returned {"temp":22}; get_time returned 10:00.',
  );
  t.equal(composeText({ prompt: '', instructions: undefined, outputs: [] }), 'Hello! How can I help you today?');
  t.ok(composeText({ prompt: 'x'.repeat(500), instructions: undefined, outputs: [] }).length < 200, 'long prompts are clipped');
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
  t.same(trailingOutputs(conversation), [{ name: 'get_weather', output: 'sunny' }, { name: 'get_time', output: 'noon' }]);
  t.same(trailingOutputs([...conversation, { type: 'message', role: 'user', text: 'thanks' }]), []);
});
