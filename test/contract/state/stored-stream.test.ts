// openai-node replaying stored responses on a real port: responses.retrieve(id, {stream: true}) with and without
// starting_after (sent to the server), responses.stream({response_id, starting_after}) (the whole replay,
// filtered by the SDK), and a background run watched to its end; the journal shows what went over the wire.
import t from 'tap';
import OpenAI from 'openai';
import { listen } from '../../helpers/server.js';
import { weatherTool } from '../../helpers/app.js';

const tools = [weatherTool] as OpenAI.Responses.Tool[];
type Event = OpenAI.Responses.ResponseStreamEvent;

async function collect(stream: AsyncIterable<Event>): Promise<Event[]> {
  const events: Event[] = [];
  for await (const event of stream) events.push(event);
  return events;
}

async function wire(url: string, session: string): Promise<string[]> {
  const answer = await fetch(`${url}/__mock/requests?session=${session}`);
  const { requests } = (await answer.json()) as { requests: Array<{ method: string; path: string; status: number }> };
  return requests.map((entry) => `${entry.method} ${entry.path.replace(/resp_\w+/, 'resp_…')} ${entry.status}`);
}

t.test('responses.retrieve(id, {stream: true}) replays a stored response', async (t) => {
  const server = await listen(t, { seed: 3 });
  const client = new OpenAI({ apiKey: 'test', baseURL: server.openaiBaseURL, maxRetries: 0, defaultHeaders: { 'x-mock-session': 'replay' } });
  const stored = await client.responses.create({ model: 'gpt-4o', input: 'What is the weather in Paris?', tools });
  const events = await collect(await client.responses.retrieve(stored.id, { stream: true }));
  t.same(events.map((event) => event.type), [
    'response.created', 'response.in_progress', 'response.output_item.added',
    ...events.slice(3, -3).map(() => 'response.function_call_arguments.delta'),
    'response.function_call_arguments.done', 'response.output_item.done', 'response.completed',
  ], 'the events of a streamed call, in order');
  t.same(events.map((event) => event.sequence_number), events.map((_, index) => index));
  const completed = events.at(-1) as OpenAI.Responses.ResponseCompletedEvent;
  // All but billing, which JSON answers carry and the response objects of a stream do not.
  const { output_text: _text, billing: _billing, ...storedFields } = stored as typeof stored & { billing?: unknown };
  t.match(completed.response, storedFields, 'response.completed is the stored response');
  t.same(completed.response.output, stored.output);

  const resumed = await collect(await client.responses.retrieve(stored.id, { stream: true, starting_after: 2 }));
  t.same(resumed.map((event) => event.sequence_number), events.slice(3).map((event) => event.sequence_number), 'starting_after=2: from event 3 on');
  t.same(resumed.map((event) => event.type), events.slice(3).map((event) => event.type));

  const refused: unknown = await client.responses.retrieve(stored.id, { stream: true, starting_after: -1 }).catch((error: unknown) => error);
  t.type(refused, OpenAI.BadRequestError, 'a negative starting_after is a 400');
  t.match((refused as InstanceType<typeof OpenAI.BadRequestError>).param, 'starting_after');
  t.type(await client.responses.retrieve('resp_unknown', { stream: true }).catch((error: unknown) => error), OpenAI.NotFoundError, 'unknown id: 404');
  t.same(await wire(server.url, 'replay'), [
    'POST /v1/responses 200', 'GET /v1/responses/resp_…?stream=true 200', 'GET /v1/responses/resp_…?stream=true&starting_after=2 200',
    'GET /v1/responses/resp_…?stream=true&starting_after=-1 400', 'GET /v1/responses/resp_…?stream=true 404',
  ], 'what the SDK sent');
});

t.test('responses.stream({response_id, starting_after}) resumes with the helper', async (t) => {
  const server = await listen(t, { seed: 4 });
  const client = new OpenAI({ apiKey: 'test', baseURL: server.openaiBaseURL, maxRetries: 0 });
  const stored = await client.responses.create({ model: 'gpt-4o', input: 'Tell me a short story about a lighthouse keeper.' });
  const stream = client.responses.stream({ response_id: stored.id, starting_after: 4 });
  const deltas: string[] = [];
  const numbers: number[] = [];
  stream.on('event', (event) => numbers.push(event.sequence_number));
  stream.on('response.output_text.delta', (event) => deltas.push(event.delta));
  const final = await stream.finalResponse();
  t.equal(numbers[0], 5, 'events after 4 only');
  t.equal(final.id, stored.id);
  t.equal(final.status, 'completed');
  t.equal(final.output_text, stored.output_text, 'the final response is the stored one');
  t.ok(stored.output_text.endsWith(deltas.join('')), 'the deltas after the cursor end the text');

  const whole = client.responses.stream({ response_id: stored.id });
  const text: string[] = [];
  whole.on('response.output_text.delta', (event) => text.push(event.delta));
  await whole.finalResponse();
  t.equal(text.join(''), stored.output_text, 'without a cursor: every delta');
});

t.test('a background run streamed by id: queued, in progress, then the finished response', async (t) => {
  const server = await listen(t);
  const client = new OpenAI({ apiKey: 'test', baseURL: server.openaiBaseURL, maxRetries: 0 });
  const queued = await client.responses.create({ model: 'gpt-4o', input: 'What is the weather in Paris?', tools, background: true });
  t.equal(queued.status, 'queued');
  const events = await collect(await client.responses.retrieve(queued.id, { stream: true }));
  t.same(events.slice(0, 3).map((event) => event.type), ['response.created', 'response.queued', 'response.in_progress']);
  t.equal((events[0] as OpenAI.Responses.ResponseCreatedEvent).response.status, 'queued');
  const completed = events.at(-1) as OpenAI.Responses.ResponseCompletedEvent;
  t.equal(completed.type, 'response.completed');
  const polled = await client.responses.retrieve(queued.id);
  t.equal(polled.status, 'completed', 'the run finished while it was watched');
  t.same(completed.response.output, polled.output);
  const final = await client.responses.stream({ response_id: queued.id, starting_after: 1 }).finalResponse();
  t.match(final, { id: queued.id, status: 'completed', output: [{ type: 'function_call', name: 'get_weather' }] }, 'the helper resumes it after response.queued');
});
