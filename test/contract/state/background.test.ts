// background: true through the openai SDK on a real port: the create answers at once as queued, polling
// GET shows in_progress and then the finished response, and cancel stops a run that has not finished.
import t from 'tap';
import OpenAI from 'openai';
import { listen } from '../../helpers/server.js';
import { weatherTool } from '../../helpers/app.js';

const tools = [weatherTool] as OpenAI.Responses.Tool[];

t.test('poll a background response until it completes', async (t) => {
  const server = await listen(t);
  const client = new OpenAI({ apiKey: 'test', baseURL: server.openaiBaseURL, maxRetries: 0 });
  const queued = await client.responses.create({ model: 'gpt-4o', input: 'What is the weather in Paris?', tools, background: true });
  t.match(queued, { status: 'queued', background: true, output: [], usage: null, completed_at: null, service_tier: 'auto' }, 'answered at once, queued (no service tier yet: auto)');
  const seen: string[] = [queued.status!];
  let current = queued;
  while (current.status === 'queued' || current.status === 'in_progress') {
    current = await client.responses.retrieve(queued.id);
    seen.push(current.status!);
  }
  t.same(seen, ['queued', 'in_progress', 'completed'], 'the progression a poller sees');
  t.match(current, { id: queued.id, background: true, output: [{ type: 'function_call', name: 'get_weather' }], usage: { total_tokens: Number }, service_tier: 'default' });
  t.type(current.completed_at, 'number');
  t.match(await client.responses.retrieve(queued.id), { status: 'completed' }, 'and stays completed');
  t.match(await client.responses.cancel(queued.id), { status: 'completed' }, 'cancelling a finished run returns it as it is');
});

t.test('cancel a background response before it finishes', async (t) => {
  const server = await listen(t);
  const client = new OpenAI({ apiKey: 'test', baseURL: server.openaiBaseURL, maxRetries: 0 });
  const queued = await client.responses.create({ model: 'gpt-4o', input: 'Write a long story.', background: true });
  const cancelled = await client.responses.cancel(queued.id);
  t.match(cancelled, { id: queued.id, status: 'cancelled', output: [], usage: null, completed_at: null });
  t.match(await client.responses.cancel(queued.id), { status: 'cancelled' }, 'cancel is idempotent');
  t.match(await client.responses.retrieve(queued.id), { status: 'cancelled' }, 'GET shows it cancelled');
  const sync = await client.responses.create({ model: 'gpt-4o', input: 'hello' });
  t.equal(sync.background, false);
  const refused: unknown = await client.responses.cancel(sync.id).catch((error: unknown) => error);
  t.type(refused, OpenAI.BadRequestError, 'a synchronous response cannot be cancelled');
  t.match((refused as InstanceType<typeof OpenAI.BadRequestError>).message, /Cannot cancel a synchronous response/);
  t.type(await client.responses.cancel('resp_unknown').catch((error: unknown) => error), OpenAI.NotFoundError, 'unknown id: 404');
});
