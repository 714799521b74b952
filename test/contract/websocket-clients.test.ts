// The official WebSocket clients, unmodified, on a real port: openai's ResponsesWS runs a tool loop over one
// socket (call → function_call_output with previous_response_id → final text) and a streamed text, steers a
// response, and sees a cut connection as the real service's dropped socket; @openai/agents' WebSocket model
// runs an agent.
import { Agent, setTracingDisabled, tool, withResponsesWebSocketSession } from '@openai/agents';
import OpenAI from 'openai';
import type { Response, ResponseFunctionToolCall } from 'openai/resources/responses/responses';
import { ResponsesWS } from 'openai/resources/responses/ws';
import t from 'tap';
import WebSocket from 'ws';
import { z } from 'zod';
import { weatherTool } from '../helpers/app.js';
import { listen } from '../helpers/server.js';

/** Sends a create and resolves with the response its response.completed carries. */
async function respond(socket: ResponsesWS, body: Omit<OpenAI.Responses.ResponseCreateParamsNonStreaming, 'stream'>): Promise<Response> {
  const completed = socket.emitted('response.completed');
  socket.send({ type: 'response.create', ...body });
  return (await completed).response;
}

t.test('ResponsesWS: a tool loop over one socket, store:false, continued by previous_response_id', async (t) => {
  const server = await listen(t);
  const client = new OpenAI({ apiKey: 'sk-test', baseURL: server.openaiBaseURL });
  const socket = new ResponsesWS(client);
  t.teardown(() => socket.close());
  const tools = [{ ...weatherTool, strict: true }] as OpenAI.Responses.FunctionTool[];
  const first = await respond(socket, { model: 'gpt-4o-mini', input: 'What is the weather in Paris?', tools, store: false });
  const call = first.output.find((item): item is ResponseFunctionToolCall => item.type === 'function_call');
  t.ok(call, 'the model calls the tool');
  t.equal(call!.name, 'get_weather');
  t.same(JSON.parse(call!.arguments), { city: 'Paris' });
  const second = await respond(socket, {
    model: 'gpt-4o-mini',
    store: false,
    previous_response_id: first.id,
    input: [{ type: 'function_call_output', call_id: call!.call_id, output: 'It is 21°C and clear.' }],
    tools,
  });
  t.equal(second.status, 'completed');
  t.equal(second.previous_response_id, first.id);
  t.match(JSON.stringify(second.output), /21°C/, 'the final text answers from the tool output');
});

t.test('ResponsesWS: a streamed text, deltas adding up to the final text, many responses on one socket', async (t) => {
  const server = await listen(t);
  const socket = new ResponsesWS(new OpenAI({ apiKey: 'sk-test', baseURL: server.openaiBaseURL }));
  t.teardown(() => socket.close());
  for (const question of ['Tell me about Lisbon.', 'And about Porto?']) {
    let text = '';
    const onDelta = (event: { delta: string }) => (text += event.delta);
    socket.on('response.output_text.delta', onDelta);
    socket.send({ type: 'response.create', model: 'gpt-4o-mini', input: question });
    const completed = await socket.emitted('response.completed');
    socket.off('response.output_text.delta', onDelta);
    const message = completed.response.output[0] as { content: Array<{ text: string }> };
    t.ok(text.length > 0, `${question}: deltas arrived`);
    t.equal(text, message.content[0]!.text, `${question}: the deltas add up to the final text`);
  }
});

t.test('ResponsesWS: an error event is a WebSocketError; a cut socket closes 1006 before a terminal event', async (t) => {
  const server = await listen(t);
  const client = new OpenAI({ apiKey: 'sk-test', baseURL: server.openaiBaseURL, defaultHeaders: { 'x-mock-scenario': 'stream-cut' } });
  const socket = new ResponsesWS(client);
  const failed = new Promise<Error>((resolve) => socket.once('error', resolve));
  socket.send({ type: 'response.create', model: 'gpt-4o-mini', input: 'previous response missing', previous_response_id: 'resp_unknown' });
  t.match(await failed, { message: /resp_unknown/ }, 'the error event reaches the socket\'s error listeners');
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  let completed = false;
  socket.on('response.completed', () => (completed = true));
  socket.send({ type: 'response.create', model: 'gpt-4o-mini', input: 'Tell me a long story.' });
  t.equal(await closed, 1006, 'an abnormal closure, as the real service\'s dropped connection');
  t.notOk(completed, 'no terminal event before the drop');
});

t.test('ResponsesWS: a typed response.steer is accepted, and its successor answers it', async (t) => {
  const server = await listen(t);
  const client = new OpenAI({ apiKey: 'sk-test', baseURL: server.openaiBaseURL, defaultHeaders: { 'x-mock-stream': 'chunk=4; delay=25' } });
  const socket = new ResponsesWS(client);
  t.teardown(() => socket.close());
  const created = socket.emitted('response.created');
  socket.send({ type: 'response.create', model: 'gpt-4o-mini', input: 'Reply exactly with: A first answer that takes a little while to stream.' });
  const { response } = await created;
  const accepted = socket.emitted('response.steer.accepted');
  socket.send({ type: 'response.steer', previous_response_id: response.id, input: 'Reply exactly with: Steered' });
  t.equal((await accepted).steer.previous_response_id, response.id, 'the SDK reads the acknowledgement as its typed event');
  await socket.emitted('response.completed');
  const successor = await socket.emitted('response.completed');
  t.equal(successor.response.previous_response_id, response.id, 'a successor continues the steered response');
  const message = successor.response.output[0] as { content: Array<{ text: string }> };
  t.equal(message.content[0]!.text, 'Steered', 'answering the steering input');
});

t.test('@openai/agents: the WebSocket model runs an agent with a tool', async (t) => {
  const server = await listen(t);
  setTracingDisabled(true);
  // Node 20 has no global WebSocket; the agents SDK takes any implementation that accepts headers.
  const global = globalThis as { WebSocket?: unknown };
  const previous = global.WebSocket;
  global.WebSocket = WebSocket;
  t.teardown(() => void (global.WebSocket = previous));
  const calls: string[] = [];
  const getWeather = tool({
    name: 'get_weather',
    description: 'Get the current weather for a city',
    parameters: z.object({ city: z.string() }),
    execute: async ({ city }) => {
      calls.push(city);
      return `It is 21°C and clear in ${city}.`;
    },
  });
  const agent = new Agent({ name: 'Weather', instructions: 'Answer weather questions with the tool.', tools: [getWeather], model: 'gpt-4o-mini' });
  const client = new OpenAI({ apiKey: 'sk-test', baseURL: server.openaiBaseURL, defaultHeaders: { 'x-mock-session': 'agents-ws' } });
  const output = await withResponsesWebSocketSession(async ({ run }) => {
    const result = await run(agent, 'What is the weather in Paris?');
    const streamed = await run(agent, 'What is the weather in Rome?', { stream: true });
    for await (const _event of streamed) { /* events arrive as the socket carries them */ }
    await streamed.completed;
    return [result.finalOutput, streamed.finalOutput];
  }, { providerOptions: { openAIClient: client } });
  t.match(output[0], /21°C/);
  t.match(output[1], /Rome/);
  t.same(calls, ['Paris', 'Rome'], 'the tool ran once per question');
  const { requests } = await (await fetch(`${server.url}/__mock/requests?session=agents-ws`)).json() as { requests: Array<{ method: string }> };
  t.ok(requests.some((entry) => entry.method === 'GET'), 'the agent opened a socket');
  t.equal(requests.filter((entry) => entry.method === 'WS').length, 4, 'two turns per question, all over the socket');
  t.notOk(requests.some((entry) => entry.method === 'POST'), 'no HTTP fallback');
});
