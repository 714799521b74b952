// The streams of recorded runs not seen finished (held `queued` / `in_progress`) and of recorded cancelled runs:
// a streamed create and a streamed GET of the same run play the same events, end with no terminal event, as the
// mock's own cancelled runs do; the output their answer holds is played; resuming past it gives nothing, and
// cancel is the way out of a held run.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { eventsOf, parseSse } from '../../../helpers/sse.js';
import { recordingDir, startApp } from '../../../helpers/recording.js';

const json = { 'content-type': 'application/json' };
const response = (id: string, status: string, output: unknown[] = []) => ({
  id, object: 'response', created_at: 1760000000, status, background: true, error: null, incomplete_details: null,
  model: 'gpt-4o-2024-08-06', output, usage: null, store: true, metadata: {},
});
const partial = { id: 'msg_part', type: 'message', status: 'in_progress', role: 'assistant', content: [{ type: 'output_text', text: 'Half an ans', annotations: [] }] };
const TERMINAL = new Set(['response.completed', 'response.failed', 'response.incomplete', 'response.cancelled']);

/** A replay of rules as a recording of runs never seen finished writes them (JSON bodies). */
async function replayOf(t: Test, rules: Array<{ input: string; body: unknown }>) {
  const dir = recordingDir();
  const written = rules.map(({ input, body }) => ({ match: { message: { equals: input } }, respond: { replay: { body } }, times: 'always' }));
  writeFileSync(join(dir, 'held.json'), JSON.stringify({ scenarios: { held: { sessions: ['default'], strictness: 'lenient', rules: written } } }));
  const replay = await startApp(t, { fixtures: dir, strictScenarios: true });
  return `${replay.url}/v1/responses`;
}
const create = (base: string, args: { input: string; stream: boolean }) =>
  fetch(base, { method: 'POST', headers: json, body: JSON.stringify({ model: 'gpt-4o', input: args.input, background: true, stream: args.stream }) });
const played = async (answer: Response) => eventsOf(parseSse(await answer.text())) as Array<Record<string, unknown>>;
const types = (events: Array<Record<string, unknown>>) => events.map((event) => String(event.type));

t.test("a recorded cancelled run's streamed GET ends as its streamed create does, with no terminal event", async (t) => {
  const base = await replayOf(t, [{ input: 'cancelled', body: response('resp_c', 'cancelled', [partial]) }]);
  const streamedCreate = types(await played(await create(base, { input: 'cancelled', stream: true })));
  t.notOk(streamedCreate.some((type) => TERMINAL.has(type)), `the streamed create has no terminal event (${streamedCreate.join(' ')})`);
  for (const query of ['stream=true', 'stream=true&starting_after=1']) {
    const streamed = types(await played(await fetch(`${base}/resp_c?${query}`)));
    t.notOk(streamed.some((type) => TERMINAL.has(type)), `GET ?${query} has no terminal event (${streamed.join(' ')})`);
    t.same(streamed, streamedCreate.slice(query.includes('starting_after') ? 2 : 0), `GET ?${query} plays what the streamed create played`);
  }
  t.equal(((await (await fetch(`${base}/resp_c`)).json()) as { status: string }).status, 'cancelled', 'the JSON GET shows the cancelled run');
});

t.test('a held or cancelled run streams the output its answer holds: finished items whole, the last one to its last delta', async (t) => {
  const done = { id: 'msg_done', type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: 'First part.', annotations: [] }] };
  const base = await replayOf(t, [
    { input: 'started', body: response('resp_p', 'in_progress', [partial]) },
    { input: 'cancelled', body: response('resp_c', 'cancelled', [partial]) },
    { input: 'two items', body: response('resp_two', 'cancelled', [done, { ...partial, id: 'msg_second' }]) },
  ]);
  const texts = (events: Array<Record<string, unknown>>) => events.filter((event) => event.type === 'response.output_text.delta').map((event) => `${String(event.output_index)}:${String(event.delta)}`).join('');
  const closed = (events: Array<Record<string, unknown>>) => events.filter((event) => String(event.type).endsWith('.done')).map((event) => `${String(event.type)}@${String(event.output_index)}`);
  for (const [input, id, text, done] of [
    ['started', 'resp_p', 'Half an ans', []],
    ['cancelled', 'resp_c', 'Half an ans', []],
    ['two items', 'resp_two', 'First part.Half an ans', ['response.output_text.done@0', 'response.content_part.done@0', 'response.output_item.done@0']],
  ] as const) {
    for (const [label, answer] of [['streamed create', () => create(base, { input, stream: true })], ['streamed GET', () => fetch(`${base}/${id}?stream=true`)]] as const) {
      const events = await played(await answer());
      t.equal(texts(events).replace(/\d:/g, ''), text, `${input}, ${label}: its deltas are the text the answer holds`);
      t.same(closed(events), done, `${input}, ${label}: only finished items are closed`);
      t.notOk(types(events).some((type) => TERMINAL.has(type)), `${input}, ${label}: no terminal event`);
    }
  }
});

t.test("openai-node: a held run's stream and its retrieve agree on the text", async (t) => {
  const { default: OpenAI } = await import('openai');
  const base = await replayOf(t, [{ input: 'started', body: response('resp_p', 'in_progress', [partial]) }, { input: 'cancelled', body: response('resp_c', 'cancelled', [partial]) }]);
  const client = new OpenAI({ baseURL: base.replace(/\/responses$/, ''), apiKey: 'sk-test', maxRetries: 0 });
  for (const [input, id] of [['started', 'resp_p'], ['cancelled', 'resp_c']] as const) {
    const final = await client.responses.stream({ model: 'gpt-4o', input, background: true }).finalResponse();
    t.equal(final.output_text, (await client.responses.retrieve(id)).output_text, `${input}: responses.stream(create).finalResponse() has the text retrieve has`);
    t.equal(final.output_text, 'Half an ans');
    const resumed = await client.responses.stream({ response_id: id }).finalResponse();
    t.equal(resumed.output_text, 'Half an ans', `${input}: so does responses.stream({response_id})`);
  }
});

t.test('a client resuming a held run gets nothing past what its answer holds; its status says why, and cancel ends it', async (t) => {
  const base = await replayOf(t, [
    { input: 'started', body: response('resp_p', 'in_progress', [partial]) },
    { input: 'polled', body: response('resp_q', 'in_progress', [partial]) },
    { input: 'streamed', body: response('resp_s', 'in_progress', [partial]) },
  ]);
  const streamed = await played(await create(base, { input: 'started', stream: true }));
  const last = Number(streamed.at(-1)!.sequence_number);
  t.same(await played(await fetch(`${base}/resp_p?stream=true&starting_after=${last}`)), [], 'resumed after its last event: an empty stream, at once');
  const shown = async (id: string) => (await (await fetch(`${base}/${id}`)).json()) as { status: string; output_text?: string; output: Array<{ content: Array<{ text: string }> }> };
  t.equal((await shown('resp_p')).status, 'in_progress', 'its GET shows it still in progress, for good');
  await create(base, { input: 'polled', stream: false });
  t.equal((await shown('resp_q')).status, 'in_progress');
  // Cancelled right after its streamed create, as a client leaving the loop would.
  await (await create(base, { input: 'streamed', stream: true })).text();
  for (const id of ['resp_s', 'resp_p', 'resp_q']) {
    const cancelled = (await (await fetch(`${base}/${id}/cancel`, { method: 'POST' })).json()) as { status: string };
    t.equal(cancelled.status, 'cancelled', `${id}: cancel ends the held run (after a streamed create too)`);
    const after = await shown(id);
    t.same([after.status, after.output[0]?.content[0]?.text], ['cancelled', 'Half an ans'], `${id}: its GET shows it cancelled, with the output it held`);
    const replayed = await played(await fetch(`${base}/${id}?stream=true`));
    t.equal(replayed.filter((event) => event.type === 'response.output_text.delta').map((event) => String(event.delta)).join(''), 'Half an ans', `${id}: its stream still plays that output`);
    t.notOk(types(replayed).some((type) => TERMINAL.has(type)), `${id}: with no terminal event`);
  }
});
