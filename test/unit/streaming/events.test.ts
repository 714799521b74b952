// The event builder: order, numbering, key order per provider, deltas that add up, and the terminal event
// carrying exactly the JSON body, for completed, incomplete and failed plans.
import t from 'tap';
import { createRandom } from '../../../src/deps.js';
import { alnum } from '../../../src/providers/ids/ids.js';

const paddingFrom = (seed: [number, number, number, number]) => {
  const random = createRandom(seed);
  return (length: number) => alnum(random, length);
};
import type { ProviderProfile } from '../../../src/providers/types.js';
import type { CreatedResponse } from '../../../src/pipeline/create-response.js';
import { buildStreamEvents, type EventOptions, type StreamEvent } from '../../../src/streaming/events/events.js';
import { eventJson } from '../../../src/streaming/events/stream-event.js';
import { asFailed, asIncomplete, created, parallelRequest, PROFILES, textRequest, toolRequest } from './fixtures.js';

const options = (extra: Partial<EventOptions> = {}): EventOptions => ({
  chunkSize: 0, argumentChunking: 'pieces', padding: paddingFrom([1, 2, 3, 4]), ...extra,
});
const build = (profile: ProviderProfile, response: CreatedResponse, extra: Partial<EventOptions> = {}) =>
  buildStreamEvents({ created: response, profile, options: options(extra) });
const types = (events: StreamEvent[]) => events.map((event) => event.type);
/** Event types with runs of one delta type collapsed to a single entry. */
const collapsed = (events: StreamEvent[]) => types(events).filter((type, i, all) => !(type.endsWith('.delta') && all[i - 1] === type));
const of = (events: StreamEvent[], type: string) => events.filter((event) => event.type === type).map((event) => event.payload);

const TEXT_ORDER = [
  'response.created', 'response.in_progress', 'response.output_item.added', 'response.content_part.added',
  'response.output_text.delta', 'response.output_text.done', 'response.content_part.done', 'response.output_item.done',
  'response.completed',
];
const CALL_ORDER = [
  'response.output_item.added', 'response.function_call_arguments.delta', 'response.function_call_arguments.done',
  'response.output_item.done',
];

for (const [name, profile] of PROFILES) {
  t.test(`${name}: a text answer`, async (t) => {
    const response = created(profile, textRequest);
    const events = build(profile, response);
    t.same(collapsed(events), TEXT_ORDER);
    t.same(events.map((event) => event.payload.sequence_number), events.map((_, i) => i), 'sequence_number 0, 1, 2, …');
    const deltas = of(events, 'response.output_text.delta');
    t.ok(deltas.length > 1, 'several deltas');
    t.same(deltas.map((delta) => delta.delta), ['Paris', ' is', ' sunny', '.'], 'word-sized pieces as on the wire');
    t.equal(deltas.map((delta) => delta.delta).join(''), of(events, 'response.output_text.done')[0]!.text);
    t.ok(events.filter((event) => event.type.endsWith('.delta')).every((event) => event.delta), 'deltas are marked for pacing');
    t.ok(events.filter((event) => !event.type.endsWith('.delta')).every((event) => !event.delta));
    for (const delta of deltas) {
      t.same(delta.logprobs, []);
      t.equal(delta.content_index, 0);
      t.equal(delta.output_index, 0);
      t.equal(delta.item_id, response.snapshot.items[0]!.id);
    }
    const [added] = of(events, 'response.content_part.added');
    const [done] = of(events, 'response.content_part.done');
    t.same(added!.part, { type: 'output_text', text: '', annotations: [], logprobs: [] });
    t.same(done!.part, { type: 'output_text', text: 'Paris is sunny.', annotations: [], logprobs: [] });
    const [item] = of(events, 'response.output_item.added');
    t.match(item!.item, { type: 'message', status: 'in_progress', role: 'assistant', content: [] });
  });

  t.test(`${name}: created and in_progress carry the in-progress response`, async (t) => {
    const response = created(profile, toolRequest);
    const events = build(profile, response);
    for (const payload of [events[0]!.payload, events[1]!.payload]) {
      const object = payload.response as Record<string, unknown>;
      t.same(Object.keys(object), Object.keys(response.body), 'the same field set as the body');
      t.match(object, { id: response.body.id, status: 'in_progress', completed_at: null, output: [], usage: null });
      t.equal(object.created_at, response.body.created_at);
    }
  });

  t.test(`${name}: the terminal event carries the JSON body`, async (t) => {
    const response = created(profile, parallelRequest);
    const events = build(profile, response);
    const last = events.at(-1)!;
    t.equal(last.type, 'response.completed');
    t.same(last.payload.response, response.body);
    t.strictSame(JSON.parse(JSON.stringify(last.payload.response)), JSON.parse(JSON.stringify(response.body)));
  });

  t.test(`${name}: each event's text is its payload serialised, composed or not`, async (t) => {
    const responses = [created(profile, textRequest), created(profile, parallelRequest), asIncomplete(profile, created(profile, textRequest)), asFailed(profile, created(profile, textRequest))];
    for (const response of responses) {
      for (const bodyText of [undefined, JSON.stringify(response.body)]) {
        const events = buildStreamEvents({ created: response, profile, options: options(), ...(bodyText !== undefined ? { bodyText } : {}) });
        t.ok(events.some((event) => event.json !== undefined), 'some texts are composed by the builder');
        for (const event of events) t.equal(eventJson(event), JSON.stringify(event.payload), `${event.type} #${String(event.payload.sequence_number)}`);
      }
    }
  });

  t.test(`${name}: parallel calls stream one after another`, async (t) => {
    const response = created(profile, parallelRequest);
    t.equal(response.plan.items.length, 2, 'the fixture plans two calls');
    const events = build(profile, response);
    t.same(collapsed(events), ['response.created', 'response.in_progress', ...CALL_ORDER, ...CALL_ORDER, 'response.completed']);
    const items = of(events, 'response.output_item.done').map((payload) => payload.item as Record<string, unknown>);
    t.not(items[0]!.id, items[1]!.id, 'distinct item ids');
    t.not(items[0]!.call_id, items[1]!.call_id, 'distinct call ids');
    items.forEach((item, index) => {
      const own = events.filter((event) => event.payload.item_id === item.id);
      t.ok(own.every((event) => event.payload.output_index === index), 'item events carry their output_index');
      const pieces = own.filter((event) => event.type === 'response.function_call_arguments.delta').map((event) => event.payload.delta);
      t.equal(pieces.join(''), item.arguments, 'argument deltas concatenate to the arguments');
      const done = own.find((event) => event.type === 'response.function_call_arguments.done')!;
      t.equal(done.payload.arguments, item.arguments);
      t.doesNotThrow(() => JSON.parse(item.arguments as string), 'arguments are JSON');
      t.match(of(events, 'response.output_item.added')[index]!.item, { id: item.id, call_id: item.call_id, status: 'in_progress', arguments: '' });
    });
  });

  t.test(`${name}: incomplete plans end with response.incomplete`, async (t) => {
    const response = asIncomplete(profile, created(profile, textRequest));
    const events = build(profile, response);
    t.same(collapsed(events), [...TEXT_ORDER.slice(0, -1), 'response.incomplete']);
    t.same(events.at(-1)!.payload.response, response.body);
    t.match(events.at(-1)!.payload.response, { status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' } });
    t.match(of(events, 'response.output_item.done')[0]!.item, { status: 'incomplete' }, 'the cut item is incomplete');
  });

  t.test(`${name}: failed plans end with error then response.failed`, async (t) => {
    const response = asFailed(profile, created(profile, textRequest));
    const events = build(profile, response);
    t.same(types(events), ['response.created', 'response.in_progress', 'error', 'response.failed']);
    t.same(events.map((event) => event.payload.sequence_number), [0, 1, 2, 3]);
    t.same(events.at(-1)!.payload.response, response.body);
    t.match(events.at(-1)!.payload.response, { status: 'failed', error: { code: 'rate_limit_exceeded' }, output: [] });
  });
}

t.test('OpenRouter key order: type first, sequence_number last, output_index before item_id', async (t) => {
  const [, profile] = PROFILES[0]!;
  const events = [...build(profile, created(profile, textRequest)), ...build(profile, created(profile, toolRequest))];
  const keys = (type: string) => Object.keys(events.find((event) => event.type === type)!.payload);
  t.same(keys('response.created'), ['type', 'response', 'sequence_number']);
  t.same(keys('response.output_item.added'), ['type', 'output_index', 'item', 'sequence_number']);
  t.same(keys('response.content_part.added'), ['type', 'output_index', 'item_id', 'content_index', 'part', 'sequence_number']);
  t.same(keys('response.output_text.delta'), ['type', 'output_index', 'item_id', 'content_index', 'delta', 'logprobs', 'sequence_number']);
  t.same(keys('response.output_text.done'), ['type', 'output_index', 'item_id', 'content_index', 'text', 'logprobs', 'sequence_number']);
  t.same(keys('response.function_call_arguments.delta'), ['type', 'output_index', 'item_id', 'delta', 'sequence_number']);
  t.same(keys('response.function_call_arguments.done'), ['type', 'output_index', 'item_id', 'name', 'arguments', 'sequence_number']);
  t.same(keys('response.output_item.done'), ['type', 'output_index', 'item', 'sequence_number']);
  t.same(keys('response.completed'), ['type', 'response', 'sequence_number']);
  const messageItem = events.find((event) => event.type === 'response.output_item.done')!.payload.item as object;
  t.same(Object.keys(messageItem), ['id', 'type', 'status', 'role', 'content'], 'message items inside events: status before role');
  const flat = build(profile, asFailed(profile, created(profile, textRequest))).find((event) => event.type === 'error')!;
  t.same(flat.payload, { type: 'error', code: 'rate_limit_exceeded', message: 'Rate limit exceeded: free-models-per-day.', param: null, sequence_number: 2 }, 'flat error event');
});

t.test('OpenAI key order: type, sequence_number, then item_id before output_index; obfuscation on deltas', async (t) => {
  const [, profile] = PROFILES[1]!;
  const events = [...build(profile, created(profile, textRequest)), ...build(profile, created(profile, toolRequest))];
  const keys = (type: string) => Object.keys(events.find((event) => event.type === type)!.payload);
  t.same(keys('response.created'), ['type', 'sequence_number', 'response']);
  t.same(keys('response.output_text.delta'), ['type', 'sequence_number', 'item_id', 'output_index', 'content_index', 'delta', 'logprobs', 'obfuscation']);
  t.same(keys('response.output_text.done'), ['type', 'sequence_number', 'item_id', 'output_index', 'content_index', 'text', 'logprobs']);
  t.same(keys('response.function_call_arguments.delta'), ['type', 'sequence_number', 'item_id', 'output_index', 'delta', 'obfuscation']);
  t.same(keys('response.function_call_arguments.done'), ['type', 'sequence_number', 'item_id', 'output_index', 'arguments'], 'no name, as live');
  for (const event of events.filter((e) => e.type.endsWith('.delta'))) {
    const { delta, obfuscation } = event.payload as { delta: string; obfuscation: string };
    t.match(obfuscation, /^[A-Za-z0-9]+$/);
    t.equal((delta.length + obfuscation.length) % 16, 0, 'padding tops the delta up to 16 characters');
  }
  const nested = build(profile, asFailed(profile, created(profile, textRequest))).find((event) => event.type === 'error')!;
  t.same(nested.payload, {
    type: 'error', sequence_number: 2,
    error: { type: 'rate_limit_exceeded', code: 'rate_limit_exceeded', message: 'Rate limit exceeded: free-models-per-day.', param: null },
  }, 'nested error event, as live');
});

t.test('obfuscation: deterministic per random source, and off when the request says so', async (t) => {
  const [, profile] = PROFILES[1]!;
  const response = created(profile, textRequest);
  const first = build(profile, response, { padding: paddingFrom([9, 9, 9, 9]) });
  const again = build(profile, response, { padding: paddingFrom([9, 9, 9, 9]) });
  const other = build(profile, response, { padding: paddingFrom([1, 1, 1, 1]) });
  const pads = (events: StreamEvent[]) => events.map((event) => event.payload.obfuscation).filter(Boolean);
  t.same(pads(first), pads(again));
  t.notSame(pads(first), pads(other));
  const off = created(profile, { ...textRequest, stream_options: { include_obfuscation: false } });
  t.same(pads(build(profile, off)), [], 'include_obfuscation: false removes the field');
  const [, openRouter] = PROFILES[0]!;
  t.same(pads(build(openRouter, created(openRouter, textRequest))), [], 'OpenRouter never sends it');
});

t.test('chunking options: whole-argument models and a fixed chunk size', async (t) => {
  const [, profile] = PROFILES[0]!;
  const response = created(profile, toolRequest);
  const args = (response.plan.items[0] as { arguments: string }).arguments;
  const deltas = (extra: Partial<EventOptions>) => of(build(profile, response, extra), 'response.function_call_arguments.delta').map((payload) => payload.delta as string);
  t.same(deltas({ argumentChunking: 'whole' }), [args], 'grok and muse-spark send one delta');
  const fixed = deltas({ argumentChunking: 'whole', chunkSize: 3 });
  t.ok(fixed.slice(0, -1).every((piece) => piece.length === 3), 'a chunk size overrides the model trait');
  t.equal(fixed.join(''), args);
  const text = of(build(profile, created(profile, textRequest), { chunkSize: 4 }), 'response.output_text.delta').map((payload) => payload.delta);
  t.same(text, ['Pari', 's is', ' sun', 'ny.']);
});

t.test('a background run (OpenAI) is announced queued: created and queued, then in_progress', async (t) => {
  const [, openai] = PROFILES.find(([name]) => name === 'openai')!;
  const events = build(openai, created(openai, { ...textRequest, model: 'gpt-4o-mini', background: true }));
  t.same(types(events).slice(0, 3), ['response.created', 'response.queued', 'response.in_progress']);
  t.same(events.slice(0, 3).map((event) => (event.payload.response as { status: string }).status), ['queued', 'queued', 'in_progress']);
  t.same(events.slice(0, 2).map((event) => (event.payload.response as { service_tier: string }).service_tier), ['auto', 'auto'], 'queued: no service tier yet');
  t.same(events.map((event) => event.payload.sequence_number), events.map((_, index) => index), 'numbered on');
  t.same(collapsed(events).slice(3), TEXT_ORDER.slice(2), 'then the usual events');
  const [, openrouter] = PROFILES.find(([name]) => name === 'openrouter')!;
  t.same(types(build(openrouter, created(openrouter, { ...textRequest, background: true }))).slice(0, 2), ['response.created', 'response.in_progress'], 'OpenRouter has no background runs');
});
