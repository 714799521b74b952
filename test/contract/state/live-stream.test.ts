// A stored response while its stream is still being written, through openai-node on a real port (paced with
// x-mock-stream so that the stream is still running): GET shows it in progress with the output so far, a replay
// by id follows the stream, it cannot be continued yet, and a background run can be cancelled mid-stream.
import t from 'tap';
import OpenAI from 'openai';
import { listen } from '../../helpers/server.js';

type Event = OpenAI.Responses.ResponseStreamEvent;
const story = { model: 'gpt-4o', input: 'Write a long story about a dragon and a knight' };
const paced = { headers: { 'x-mock-stream': 'chunk=3; delay=30' } };

function textOf(response: OpenAI.Responses.Response): string {
  const message = response.output[0] as OpenAI.Responses.ResponseOutputMessage | undefined;
  return (message?.content[0] as OpenAI.Responses.ResponseOutputText | undefined)?.text ?? '';
}

t.test('GET while the stream runs: in progress, the output so far; not continuable until it ends', async (t) => {
  const server = await listen(t);
  const client = new OpenAI({ apiKey: 'test', baseURL: server.openaiBaseURL, maxRetries: 0, defaultHeaders: { 'x-mock-session': 'live' } });
  for (const background of [false, true]) {
    const stream = await client.responses.create({ ...story, stream: true, background }, paced);
    let id = '';
    let text = '';
    let deltas = 0;
    let midway: OpenAI.Responses.Response | undefined;
    let refused: unknown;
    for await (const event of stream) {
      if (event.type === 'response.created') id = event.response.id;
      if (event.type !== 'response.output_text.delta') continue;
      text += event.delta;
      deltas += 1;
      if (deltas !== 5) continue;
      midway = await client.responses.retrieve(id);
      refused = await client.responses.create({ model: 'gpt-4o', input: 'And then?', previous_response_id: id }).catch((error: unknown) => error);
    }
    t.match(midway, { id, status: 'in_progress', background, usage: null, completed_at: null }, `background ${background}: in progress while streaming`);
    const soFar = textOf(midway!);
    t.ok(soFar.length >= 15 && soFar.length < text.length && text.startsWith(soFar), `the text written so far (${soFar.length} of ${text.length} characters)`);
    t.type(refused, OpenAI.BadRequestError, 'a response still in progress cannot be continued');
    t.match(refused, { param: 'previous_response_id', message: /is still in progress: a response can be continued once it has finished/ });
    const finished = await client.responses.retrieve(id);
    t.match(finished, { status: 'completed', usage: { total_tokens: Number } }, 'completed once its stream ended');
    t.equal(textOf(finished), text);
    t.match(await client.responses.create({ model: 'gpt-4o', input: 'And then?', previous_response_id: id }), { status: 'completed' }, 'then it can be continued');
  }
});

t.test('a replay by id follows a stream still being written instead of running ahead of it', async (t) => {
  const server = await listen(t);
  const client = new OpenAI({ apiKey: 'test', baseURL: server.openaiBaseURL, maxRetries: 0, defaultHeaders: { 'x-mock-session': 'follow' } });
  const stream = await client.responses.create({ ...story, stream: true }, paced);
  const created: Event[] = [];
  let replay: Promise<{ events: Event[]; ms: number }> | undefined;
  for await (const event of stream) {
    created.push(event);
    if (event.type === 'response.output_text.delta' && !replay) {
      const id = (created[0] as OpenAI.Responses.ResponseCreatedEvent).response.id;
      const started = Date.now();
      replay = client.responses.retrieve(id, { stream: true }).then(async (events) => {
        const seen: Event[] = [];
        for await (const event of events) seen.push(event);
        return { events: seen, ms: Date.now() - started };
      });
    }
  }
  const { events, ms } = await replay!;
  const deltas = created.filter((event) => event.type === 'response.output_text.delta').length;
  t.same(events.map((event) => `${event.sequence_number} ${event.type}`), created.map((event) => `${event.sequence_number} ${event.type}`), 'the same events');
  t.ok(ms >= (deltas - 2) * 30 * 0.8, `played as the stream went (${ms} ms for ${deltas} deltas paced 30 ms apart)`);
});

t.test('a background run cancelled mid-stream: the stream ends there, and it is stored cancelled', async (t) => {
  const server = await listen(t);
  const client = new OpenAI({ apiKey: 'test', baseURL: server.openaiBaseURL, maxRetries: 0, defaultHeaders: { 'x-mock-session': 'cancel' } });
  const stream = await client.responses.create({ ...story, stream: true, background: true }, paced);
  const events: Event[] = [];
  let cancelled: OpenAI.Responses.Response | undefined;
  for await (const event of stream) {
    events.push(event);
    if (event.type === 'response.output_text.delta' && events.filter((seen) => seen.type === event.type).length === 3) {
      cancelled = await client.responses.cancel((events[0] as OpenAI.Responses.ResponseCreatedEvent).response.id);
    }
  }
  const id = cancelled!.id;
  const text = events.map((event) => (event.type === 'response.output_text.delta' ? event.delta : '')).join('');
  t.match(cancelled, { status: 'cancelled', background: true, usage: null, completed_at: null, output: [{ type: 'message', status: 'in_progress' }] });
  t.equal(textOf(cancelled!), text, 'its output is what the stream had written');
  t.equal(events.at(-1)!.type, 'response.output_text.delta', 'the stream ends where it was cancelled, with no terminal event');
  t.ok(events.filter((event) => event.type === 'response.output_text.delta').length < 10, 'long before its end');
  const retrieved = await client.responses.retrieve(id);
  t.match(retrieved, { status: 'cancelled', usage: null, completed_at: null, output: [{ status: 'in_progress' }] }, 'GET shows it cancelled');
  t.equal(textOf(retrieved), text, 'with the output as far as its stream had got, not the whole run');
  const whole = await client.responses.create({ ...story }, { headers: { 'x-mock-session': 'cancel-whole' } });
  t.ok(textOf(whole).length > text.length && textOf(whole).startsWith(text), 'which is a part of what the run would have written');
  t.equal(textOf(await client.responses.cancel(id)), text, 'cancel again: the same cancelled response');
  const replayed: Event[] = [];
  for await (const event of await client.responses.retrieve(id, { stream: true })) replayed.push(event);
  t.same(replayed.map((event) => event.sequence_number), events.map((event) => event.sequence_number), 'a replay stops where it was cancelled');
  t.equal(replayed.map((event) => (event.type === 'response.output_text.delta' ? event.delta : '')).join(''), text, 'with the same text');
});

t.test('a streamed background run that finished: cancel returns it as it is', async (t) => {
  const server = await listen(t);
  const client = new OpenAI({ apiKey: 'test', baseURL: server.openaiBaseURL, maxRetries: 0, defaultHeaders: { 'x-mock-session': 'done' } });
  let id = '';
  for await (const event of await client.responses.create({ ...story, stream: true, background: true })) {
    if (event.type === 'response.completed') id = event.response.id;
  }
  const finished = await client.responses.cancel(id);
  t.match(finished, { id, status: 'completed', background: true });
  t.ok(textOf(finished).length > 0);
  t.match(await client.responses.retrieve(id), { status: 'completed' });
});

t.test('cancelled mid-stream after a web search: the search it made is counted, with its output so far', async (t) => {
  const server = await listen(t);
  const client = new OpenAI({ apiKey: 'test', baseURL: server.openaiBaseURL, maxRetries: 0, defaultHeaders: { 'x-mock-session': 'cancel-search' } });
  const stream = await client.responses.create({ model: 'gpt-5.4', input: 'Search the web for the weather in Paris and write a long story', tools: [{ type: 'web_search' }], stream: true, background: true }, paced);
  let id = '';
  let deltas = 0;
  let cancelled: OpenAI.Responses.Response | undefined;
  for await (const event of stream) {
    if (event.type === 'response.created') id = event.response.id;
    if (event.type === 'response.output_text.delta' && (deltas += 1) === 3) cancelled = await client.responses.cancel(id);
  }
  t.match(cancelled, { status: 'cancelled', output: [{ type: 'web_search_call' }, { type: 'message', status: 'in_progress' }] });
  t.equal(cancelled!.tool_usage?.web_search.num_requests, 1, 'the search the output shows');
  t.equal((await client.responses.retrieve(id)).tool_usage?.web_search.num_requests, 1, 'GET alike');
});

t.test('a background run whose client left mid-stream, then cancelled: its output is at least what the client saw', async (t) => {
  const server = await listen(t);
  const client = new OpenAI({ apiKey: 'test', baseURL: server.openaiBaseURL, maxRetries: 0, defaultHeaders: { 'x-mock-session': 'left' } });
  const stream = await client.responses.create({ ...story, stream: true, background: true }, paced);
  let id = '';
  let seen = '';
  let deltas = 0;
  for await (const event of stream) {
    if (event.type === 'response.created') id = event.response.id;
    if (event.type !== 'response.output_text.delta') continue;
    seen += event.delta;
    if ((deltas += 1) === 3) break;
  }
  // The server notices the client has gone: its stream is no longer open.
  for (let tries = 0; tries < 200; tries += 1) {
    const stats = (await (await fetch(`${server.url}/__mock/stats`)).json()) as { streams: { open: number } };
    if (stats.streams.open === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const cancelled = await client.responses.cancel(id);
  t.match(cancelled, { status: 'cancelled', usage: null, output: [{ type: 'message', status: 'in_progress' }] });
  const text = textOf(cancelled);
  t.ok(text.startsWith(seen) && text.length < textOf(await client.responses.create(story)).length, `the text its stream had written (${text.length} characters; the client saw ${seen.length})`);
  t.equal(textOf(await client.responses.retrieve(id)), text, 'GET alike');
  const replayed: Event[] = [];
  for await (const event of await client.responses.retrieve(id, { stream: true })) replayed.push(event);
  t.equal(replayed.map((event) => (event.type === 'response.output_text.delta' ? event.delta : '')).join(''), text, 'and its replay stops there');
});
