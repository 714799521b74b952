// previous_response_id on a socket: continued from the connection's own copy of the latest response of each
// lane, so store:false chains work within a connection; not across connections; a failed turn evicts the
// id it referenced; a stored response is still found through the session's store; a conversation works as over HTTP;
// prompt cache diagnostics compare with the connection's own copy.
import t from 'tap';
import { weatherTool } from '../../helpers/app.js';
import { listen } from '../../helpers/server.js';
import { openSocket, socketURL, TERMINAL, type ServerEvent, type TestSocket } from '../../helpers/socket.js';

const ask = { model: 'gpt-4o-mini', input: 'What is the weather in Paris?', tools: [weatherTool], tool_choice: 'required' };

async function respond(socket: TestSocket, body: Record<string, unknown>): Promise<ServerEvent> {
  socket.send({ type: 'response.create', ...body });
  const events = await socket.until('error', ...TERMINAL);
  return events.at(-1)!;
}

const idOf = (event: ServerEvent) => (event.response as { id: string }).id;
const callOf = (event: ServerEvent) => (event.response as { output: Array<{ call_id: string }> }).output[0]!.call_id;

t.test('store:false: a tool loop continues by id within the connection, not on another', async (t) => {
  const server = await listen(t);
  const socket = await openSocket(socketURL(server.url));
  const called = await respond(socket, { ...ask, store: false });
  t.equal(called.type, 'response.completed');
  const output = { type: 'function_call_output', call_id: callOf(called), output: '{"temperature":"18C"}' };
  const answered = await respond(socket, { model: 'gpt-4o-mini', store: false, previous_response_id: idOf(called), input: [output], tools: [weatherTool] });
  t.match(answered, { type: 'response.completed', response: { previous_response_id: idOf(called), output: [{ type: 'message' }] } });
  t.match(JSON.stringify(answered.response), /18C/, 'the answer saw the tool output, so the call was found in the socket history');

  const other = await openSocket(socketURL(server.url));
  const missing = await respond(other, { model: 'gpt-4o-mini', store: false, previous_response_id: idOf(answered), input: 'And tomorrow?' });
  t.match(missing, { type: 'error', status: 400, error: { code: 'previous_response_not_found', param: 'previous_response_id' } });
});

t.test('a failed turn evicts the id it referenced', async (t) => {
  const server = await listen(t);
  const socket = await openSocket(socketURL(server.url));
  const called = await respond(socket, { ...ask, store: false });
  const orphan = { type: 'function_call_output', call_id: 'call_unknown', output: 'x' };
  const failed = await respond(socket, { model: 'gpt-4o-mini', store: false, previous_response_id: idOf(called), input: [orphan] });
  t.match(failed, { type: 'error', status: 400 });
  const output = { type: 'function_call_output', call_id: callOf(called), output: 'sunny' };
  const retried = await respond(socket, { model: 'gpt-4o-mini', store: false, previous_response_id: idOf(called), input: [output] });
  t.match(retried, { type: 'error', error: { code: 'previous_response_not_found' } }, 'gone from the connection after the failed turn');
});

t.test('only the latest response of a lane is kept; other lanes keep theirs; stored responses are still found', async (t) => {
  const server = await listen(t);
  const socket = await openSocket(socketURL(server.url));
  const first = await respond(socket, { model: 'gpt-4o-mini', store: false, input: 'First.' });
  const onLane = await respond(socket, { model: 'gpt-4o-mini', store: false, input: 'On lane b.', stream_id: 'b' });
  await respond(socket, { model: 'gpt-4o-mini', store: false, input: 'Second.' });
  const stale = await respond(socket, { model: 'gpt-4o-mini', store: false, previous_response_id: idOf(first), input: 'Go on.' });
  t.match(stale, { type: 'error', error: { code: 'previous_response_not_found' } }, 'replaced by the lane\'s later response');
  const fork = await respond(socket, { model: 'gpt-4o-mini', store: false, previous_response_id: idOf(onLane), input: 'Fork.' });
  t.equal(fork.type, 'response.completed', 'a response of another lane is still there to fork from');
  const stored = await respond(socket, { model: 'gpt-4o-mini', input: 'Stored.' });
  await respond(socket, { model: 'gpt-4o-mini', input: 'Later.' });
  const fromStore = await respond(socket, { model: 'gpt-4o-mini', previous_response_id: idOf(stored), input: 'Go on.' });
  t.equal(fromStore.type, 'response.completed', 'store:true falls back to the stored response');
});

t.test('conversation on a socket: the session\'s conversation holds the loop, as over HTTP', async (t) => {
  const server = await listen(t);
  const conversation = await (await fetch(`${server.url}/v1/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json() as { id: string };
  const socket = await openSocket(socketURL(server.url));
  const called = await respond(socket, { ...ask, conversation: conversation.id });
  t.match(called, { type: 'response.completed', response: { conversation: { id: conversation.id } } });
  const output = { type: 'function_call_output', call_id: callOf(called), output: '{"temperature":"18C"}' };
  const answered = await respond(socket, { model: 'gpt-4o-mini', conversation: conversation.id, input: [output], tools: [weatherTool] });
  t.match(JSON.stringify(answered.response), /18C/, 'the call was found in the conversation');
  const items = await (await fetch(`${server.url}/v1/conversations/${conversation.id}/items?order=asc`)).json() as { data: Array<{ type: string }> };
  t.same(items.data.map((item) => item.type), ['message', 'function_call', 'function_call_output', 'message'], 'both turns were added');
  socket.ws.close();
  await socket.closed;
});

t.test('prompt cache diagnostics compare with a response the socket kept with store:false', async (t) => {
  const server = await listen(t);
  const socket = await openSocket(socketURL(server.url));
  socket.send({ type: 'response.create', model: 'gpt-5.6', store: false, input: 'Hello there' });
  const first = (await socket.until(...TERMINAL)).at(-1)!.response as { id: string };
  socket.send({ type: 'response.create', model: 'gpt-5.6', store: false, previous_response_id: first.id, input: 'And again', prompt_cache_options: { comparison_response_id: first.id } });
  const second = (await socket.until(...TERMINAL)).at(-1)!.response as { prompt_cache_diagnostics: unknown };
  t.same(second.prompt_cache_diagnostics, { type: 'cache_hit' }, 'the connection-local response is compared');
});
