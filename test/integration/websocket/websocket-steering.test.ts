// Steering on the Responses WebSocket (`response.steer`), on a real port with paced streams: accepted in the
// response's stream and numbered in it, an automatic successor with the queued input, `response.steer.pending`
// when the response waits for tool output (and the input prepended to the client's continuation), and each
// documented failure.
import t from 'tap';
import { OPENAI, weatherTool } from '../../helpers/app.js';
import { listen } from '../../helpers/server.js';
import { openSocket, socketURL, TERMINAL, type TestSocket } from '../../helpers/socket.js';

const PACED = { 'x-mock-stream': 'chunk=4; delay=25' };
const text = { model: 'gpt-4o-mini', input: 'Reply exactly with: The first answer is rather long, so that it streams for a while.' };

/** Events up to and including response.created, and its id. */
async function created(socket: TestSocket): Promise<string> {
  const events = await socket.until('response.created');
  return (events.at(-1)!.response as { id: string }).id;
}

t.test('a steer is accepted in the stream, then a successor continues with its input', async (t) => {
  const server = await listen(t, { seed: 3 });
  const socket = await openSocket(socketURL(server.url), PACED);
  socket.send({ type: 'response.create', stream_id: 'lane-a', ...text });
  const id = await created(socket);
  socket.send({ type: 'response.steer', previous_response_id: id, input: 'Reply exactly with: Steered.' });
  const first = await socket.until(...TERMINAL);
  const accepted = first.find((event) => event.type === 'response.steer.accepted');
  t.match(accepted, { steer: { id: /^steer_[0-9a-f]{32}$/, previous_response_id: id }, stream_id: 'lane-a' });
  t.equal(first.at(-1)!.type, 'response.completed', 'the response runs to its end');
  t.same(first.map((event) => event.sequence_number), first.map((_, index) => index + 1), 'numbered in the stream, the later events after it');
  const successor = await socket.until(...TERMINAL);
  const response = successor[0]!.response as { id: string; previous_response_id: string };
  t.equal(successor[0]!.type, 'response.created');
  t.equal(response.previous_response_id, id, 'the successor continues the steered response');
  t.equal(successor.at(-1)!.stream_id, 'lane-a', 'on the same lane');
  const done = successor.at(-1)!.response as { output: Array<{ content: Array<{ text: string }> }> };
  t.equal(done.output[0]!.content[0]!.text, 'Steered', 'answering the steering input');
  const listed = await fetch(`${server.url}${OPENAI}/${response.id}/input_items?order=asc`).then((answer) => answer.json()) as { data: Array<{ role: string; content: Array<{ text: string }> }> };
  t.same(listed.data.map((item) => item.content[0]!.text), ['Reply exactly with: Steered.'], 'its input is the queued input');
});

t.test('a response that waits for tool output: steer.pending, and the input goes first in the continuation', async (t) => {
  const server = await listen(t, { seed: 3 });
  const socket = await openSocket(socketURL(server.url), PACED);
  socket.send({ type: 'response.create', model: 'gpt-4o-mini', input: 'What is the weather in Paris?', tools: [weatherTool], tool_choice: 'required' });
  const id = await created(socket);
  socket.send({ type: 'response.steer', previous_response_id: id, input: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Also mention the humidity.' }] }] });
  const events = await socket.until(...TERMINAL);
  const call = (events.at(-1)!.response as { output: Array<{ call_id: string; name: string }> }).output[0]!;
  const pending = await socket.next();
  t.match(pending, { type: 'response.steer.pending', reason: 'waiting_for_required_input', required_input: [{ call_id: call.call_id, name: 'get_weather', type: 'function_call_output' }], steer: { previous_response_id: id } });
  t.equal(pending.sequence_number, (events.at(-1)!.sequence_number as number) + 1, 'after response.completed');
  socket.send({ type: 'response.create', model: 'gpt-4o-mini', previous_response_id: id, tools: [weatherTool], input: [{ type: 'function_call_output', call_id: call.call_id, output: '{"temperature":21}' }] });
  const next = await socket.until(...TERMINAL);
  t.equal(next.at(-1)!.type, 'response.completed', 'the continuation is accepted');
  const continuation = (next[0]!.response as { id: string }).id;
  const listed = await fetch(`${server.url}${OPENAI}/${continuation}/input_items?order=asc`).then((answer) => answer.json()) as { data: Array<{ type: string }> };
  t.same(listed.data.map((item) => item.type), ['message', 'function_call_output'], 'the steering input first, then the client\'s own');
});

t.test('steering that cannot be taken comes back in response.steer.failed', async (t) => {
  const server = await listen(t);
  const socket = await openSocket(socketURL(server.url), PACED);
  socket.send({ type: 'response.steer', previous_response_id: 'resp_unknown', input: 'Hi' });
  t.match(await socket.next(), { type: 'response.steer.failed', error: { code: 'response_not_found', type: 'invalid_request_error' }, steer: { input: 'Hi', previous_response_id: 'resp_unknown' } });
  socket.send({ type: 'response.create', stream_id: 'lane-b', ...text });
  const id = await created(socket);
  const refusals: Array<[Record<string, unknown>, RegExp]> = [
    [{ input: [{ role: 'assistant', content: 'x' }] }, /only messages with the 'user' role/],
    [{ input: [{ type: 'function_call_output', call_id: 'c', output: 'x' }] }, /only messages, not 'function_call_output'/],
    [{ input: [] }, /non-empty array/],
    [{ input: 'x', stream_id: 'lane-b' }, /'stream_id' is not a field of response.steer/],
  ];
  for (const [fields] of refusals) socket.send({ type: 'response.steer', previous_response_id: id, ...fields });
  const events = await socket.until(...TERMINAL);
  const failed = events.filter((event) => event.type === 'response.steer.failed');
  t.equal(failed.length, refusals.length, 'each refused in the stream');
  refusals.forEach(([, message], index) => t.match(failed[index], { error: { code: 'invalid_input', message }, stream_id: 'lane-b' }));
  t.notOk(failed.some((event) => 'id' in (event.steer as object)), 'no steering id was allocated');
  socket.send({ type: 'response.steer', previous_response_id: id, input: 'Too late' });
  t.match(await socket.next(), { type: 'response.steer.failed', error: { code: 'response_already_completed' } });
});

t.test('a response bound to a conversation is not steerable', async (t) => {
  const server = await listen(t);
  const conversation = await fetch(`${server.url}/v1/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then((answer) => answer.json()) as { id: string };
  const socket = await openSocket(socketURL(server.url), PACED);
  socket.send({ type: 'response.create', ...text, conversation: conversation.id });
  const id = await created(socket);
  socket.send({ type: 'response.steer', previous_response_id: id, input: 'Hi' });
  const events = await socket.until(...TERMINAL);
  t.match(events.find((event) => event.type === 'response.steer.failed'), { error: { code: 'steering_not_supported', message: /conversation/ } });
});

t.test('the bounds and the failures after acceptance', async (t) => {
  const server = await listen(t);
  const socket = await openSocket(socketURL(server.url), PACED);
  socket.send({ type: 'response.create', ...text });
  const id = await created(socket);
  for (let index = 0; index < 9; index += 1) socket.send({ type: 'response.steer', previous_response_id: id, input: `Reply exactly with: steer ${index}` });
  socket.send({ type: 'response.steer', previous_response_id: id, input: [{ role: 'user', content: [{ type: 'input_text' }] }] });
  socket.send({ type: 'response.steer', previous_response_id: id, input: [{ role: 'user', content: [{ type: 'input_image', image_url: 'aGVsbG8=' }] }] });
  const events = await socket.until(...TERMINAL);
  t.equal(events.filter((event) => event.type === 'response.steer.accepted').length, 8, 'eight steers a response');
  const refused = events.filter((event) => event.type === 'response.steer.failed');
  t.match(refused[0], { error: { code: 'too_many_pending_steers' }, steer: { input: 'Reply exactly with: steer 8' } });
  t.match(refused[1], { error: { code: 'invalid_input', message: /input\[0\]\.content\[0\]\.text/ } }, 'parts checked as a create\'s are');
  t.match(refused[2], { error: { code: 'invalid_input', message: /image_url/ } }, 'with the socket\'s rules for input items');
  const successor = await socket.until(...TERMINAL);
  t.equal((successor.at(-1)!.response as { output: Array<{ content: Array<{ text: string }> }> }).output[0]!.content[0]!.text, 'steer 7', 'the successor answers the last of the queued input');
  const journal = await fetch(`${server.url}/__mock/requests`).then((answer) => answer.json()) as { requests: Array<{ stream?: { steps: Array<{ type: string; data: string }> } }> };
  const steered = journal.requests.find((entry) => entry.stream?.steps.some((step) => step.type === 'response.steer.accepted'));
  t.ok(steered, 'the journal\'s timeline shows the acceptance');
  const numbers = steered!.stream!.steps.map((step) => (JSON.parse(step.data) as { sequence_number: number }).sequence_number);
  t.same(numbers, numbers.map((_, index) => index), 'numbered as the client saw them');
});

t.test('a response that fails returns its accepted steers', async (t) => {
  const failing = { text: 'A story that starts well and streams for a while before it breaks.', fail: { code: 'server_error', message: 'The model broke down.' } };
  const server = await listen(t, { scenarios: { breaks: { rules: [{ respond: failing }] } } });
  const socket = await openSocket(socketURL(server.url), { ...PACED, 'x-mock-scenario': 'breaks' });
  socket.send({ type: 'response.create', model: 'gpt-4o-mini', input: 'Tell me a story' });
  const id = await created(socket);
  socket.send({ type: 'response.steer', previous_response_id: id, input: 'Shorter, please' });
  const events = await socket.until('response.steer.failed');
  t.ok(events.some((event) => event.type === 'response.failed'), 'the response failed');
  t.match(events.at(-1), { error: { code: 'successor_creation_failed' }, steer: { id: /^steer_/, input: 'Shorter, please', previous_response_id: id } }, 'its accepted steer comes back with its id');
});

t.test('a continuation refused returns the steering input it was to carry', async (t) => {
  const server = await listen(t, { seed: 3 });
  const socket = await openSocket(socketURL(server.url), PACED);
  socket.send({ type: 'response.create', model: 'gpt-4o-mini', input: 'What is the weather in Paris?', tools: [weatherTool], tool_choice: 'required' });
  const id = await created(socket);
  socket.send({ type: 'response.steer', previous_response_id: id, input: 'Also say hello.' });
  const events = await socket.until(...TERMINAL);
  const call = (events.at(-1)!.response as { output: Array<{ call_id: string }> }).output[0]!;
  t.equal((await socket.next()).type, 'response.steer.pending');
  socket.send({ type: 'response.create', model: 'gpt-4o-mini', previous_response_id: id, tools: [weatherTool], input: 42 });
  t.match(await socket.next(), { type: 'error', error: { param: 'input' } }, 'an input that is neither text nor items is refused as such, before it takes the queued input');
  const output = { type: 'function_call_output', call_id: call.call_id, output: 'sunny' };
  socket.send({ type: 'response.create', model: 'gpt-4o-mini', previous_response_id: id, tools: [weatherTool], tool_choice: { type: 'function', name: 'nope' }, input: [output] });
  t.match(await socket.next(), { type: 'error', error: { param: 'tool_choice' } }, 'a continuation that carried it is refused');
  t.match(await socket.next(), { type: 'response.steer.failed', error: { code: 'successor_creation_failed' }, steer: { id: /^steer_/, input: 'Also say hello.' } }, 'and the queued input comes back');
  socket.send({ type: 'response.create', model: 'gpt-4o-mini', previous_response_id: id, tools: [weatherTool], input: [output] });
  const next = await socket.until(...TERMINAL);
  const listed = await fetch(`${server.url}${OPENAI}/${(next[0]!.response as { id: string }).id}/input_items?order=asc`).then((answer) => answer.json()) as { data: Array<{ type: string }> };
  t.same(listed.data.map((item) => item.type), ['function_call_output'], 'the next try carries only its own input');
});

t.test('one id on two lanes (a seed repeats it): the first ending leaves the second steerable', async (t) => {
  const server = await listen(t, { seed: 7 });
  const socket = await openSocket(socketURL(server.url), PACED);
  socket.send({ type: 'response.create', stream_id: 'a', ...text });
  const id = await created(socket);
  // Lane b starts halfway through a (16 deltas), so that it still streams for a while after a ends.
  for (let deltas = 0; deltas < 8;) if ((await socket.next()).type === 'response.output_text.delta') deltas += 1;
  socket.send({ type: 'response.create', stream_id: 'b', ...text });
  t.equal(await created(socket), id, 'the same id on lane b');
  const untilA = await socket.until('response.completed');
  t.equal(untilA.at(-1)!.stream_id, 'a', 'a ends first');
  socket.send({ type: 'response.steer', previous_response_id: id, input: 'Reply exactly with: Lane B.' });
  const rest = await socket.until('response.steer.accepted', 'response.steer.failed');
  t.match(rest.at(-1), { type: 'response.steer.accepted', stream_id: 'b' }, 'b, still streaming, takes steering input');
  t.notOk(rest.some((event) => event.type === 'response.completed'), 'before b ended');
  const ends = await socket.until(...TERMINAL);
  t.match(ends.at(-1), { type: 'response.completed', stream_id: 'b', response: { id } });
  const successor = await socket.until(...TERMINAL);
  t.match(successor[0], { type: 'response.created', stream_id: 'b', response: { previous_response_id: id } }, "b's successor, on b");
  const done = successor.at(-1)!.response as { output: Array<{ content: Array<{ text: string }> }> };
  t.equal(done.output[0]!.content[0]!.text, 'Lane B.', 'answering the steering input');
  t.notOk([...untilA, ...rest, ...ends, ...successor].some((event) => event.type === 'response.steer.failed' || event.type === 'error'), 'nothing failed');
});
