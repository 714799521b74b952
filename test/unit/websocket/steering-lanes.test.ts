// One response id played on two lanes at once (a seed repeats ids for the same body), on Steering itself: each
// play keeps its own steers, its own successor and its own waiting input; a steer goes to the play begun last;
// ending one never ends the other, and the budget comes back to zero on every path.
import t, { type Test } from 'tap';
import { BodyBudget } from '../../../src/state/body-budget.js';
import { Steering } from '../../../src/transports/websocket/steering/steering.js';

type Event = Record<string, unknown>;
const ID = 'resp_same';
const TEXT = [{ type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Hi' }] }];
const CALL = [{ type: 'function_call', call_id: 'call_1', name: 'get_weather', arguments: '{}' }];

/** Two plays of ID on lanes a and b (a begun first), with the events each stream was sent. */
function twoLanes(t: Test, budget: BodyBudget) {
  const steering = new Steering({ budget, heldByCreates: () => 0 });
  const sent = { a: [] as Event[], b: [] as Event[] };
  const steer = (input: string): Event | undefined => steering.steer({ type: 'response.steer', previous_response_id: ID, input }, { bytes: input.length, rules: undefined });
  const a = steering.begin(ID, { lane: 'a', create: { model: 'gpt-4o-mini', input: 'first', instructions: 'A' }, send: (event) => sent.a.push(event) });
  t.equal(steer('to a'), undefined, 'a steer for a has no failure to send on the socket');
  const b = steering.begin(ID, { lane: 'b', create: { model: 'gpt-4o-mini', input: 'first', instructions: 'B' }, send: (event) => sent.b.push(event) });
  t.equal(steer('to b'), undefined, 'nor one for b');
  return { steering, sent, steer, a, b };
}

const types = (events: Event[]): unknown[] => events.map((event) => event.type);

t.test('the first lane ending leaves the second steerable, each successor from its own play', async (t) => {
  const budget = new BodyBudget(1024 * 1024);
  const { steering, sent, steer, a, b } = twoLanes(t, budget);
  t.same(types(sent.a), ['response.steer.accepted'], "a's steer stays with a: a later play of its id does not replace it");
  t.same(types(sent.b), ['response.steer.accepted'], 'a steer sent after b began goes to b, the play begun last');
  const first = steering.end(a, { ended: 'response.completed', output: TEXT });
  t.same(first.elsewhere, []);
  t.match(first.successor, { create: { streamId: 'a', parsed: { instructions: 'A', previous_response_id: ID, input: [{ role: 'user', content: 'to a' }] } } }, "a's successor: a's create, a's lane, a's steer");
  t.equal(steer('later'), undefined, 'b still streams, and still takes steering input');
  t.same(types(sent.b), ['response.steer.accepted', 'response.steer.accepted']);
  const second = steering.end(b, { ended: 'response.completed', output: TEXT });
  t.match(second.successor, { create: { streamId: 'b', parsed: { instructions: 'B', input: [{ content: 'to b' }, { content: 'later' }] } } }, "b's successor: b's create, lane and steers");
  t.equal(budget.heldBytes, 'to a'.length + 'to b'.length + 'later'.length);
  steering.commit(first.successor!.steers!);
  steering.commit(second.successor!.steers!);
  t.equal(budget.stats().held, 0, 'every steer given back');
  t.match(steer('too late'), { type: 'response.steer.failed', error: { code: 'response_already_completed' } }, 'once both ended');
});

t.test('the last lane ending first leaves the earlier one steerable', async (t) => {
  const budget = new BodyBudget(1024 * 1024);
  const { steering, sent, steer, a, b } = twoLanes(t, budget);
  const first = steering.end(b, { ended: 'response.failed', output: [] });
  t.match(first.events, [{ type: 'response.steer.failed', steer: { input: 'to b' } }], "b's steer fails with b");
  t.equal(steer('to a again'), undefined);
  t.same(types(sent.a), ['response.steer.accepted', 'response.steer.accepted'], 'now a, the one still playing, takes it');
  const second = steering.end(a, { ended: 'response.completed', output: TEXT });
  t.match(second.successor, { create: { streamId: 'a', parsed: { input: [{ content: 'to a' }, { content: 'to a again' }] } } });
  steering.commit(second.successor!.steers!);
  t.equal(budget.stats().held, 0);
});

t.test('both waiting for tool output: each lane continues with its own input, none replaced', async (t) => {
  const budget = new BodyBudget(1024 * 1024);
  const { steering, a, b } = twoLanes(t, budget);
  const ends = [steering.end(a, { ended: 'response.completed', output: CALL }), steering.end(b, { ended: 'response.completed', output: CALL })];
  t.same(ends.map((end) => end.elsewhere), [[], []], 'the second waiting does not replace the first');
  t.same(ends.map((end) => types(end.events)), [['response.steer.pending'], ['response.steer.pending']]);
  const output = [{ type: 'function_call_output', call_id: 'call_1', output: '{}' }];
  const onLane = (lane: string) => steering.continued({ type: 'response.create', parsed: { model: 'gpt-4o-mini', previous_response_id: ID, input: output, stream: true }, raw: '', streamId: lane, generate: true });
  const onB = onLane('b');
  t.match(onB.create.parsed.input, [{ content: 'to b' }, { type: 'function_call_output' }], "lane b's continuation takes b's input");
  steering.commit(onB.steers!);
  t.equal(budget.heldBytes, 'to a'.length, "a's input still waits");
  const onA = onLane('a');
  t.match(onA.create.parsed.input, [{ content: 'to a' }, { type: 'function_call_output' }], "lane a's continuation takes a's input");
  steering.commit(onA.steers!);
  t.equal(budget.stats().held, 0);
  t.equal(onLane('a').steers, undefined, 'taken once');
});

t.test('the socket closing with both playing gives every steer back', async (t) => {
  const budget = new BodyBudget(1024 * 1024);
  const { steering } = twoLanes(t, budget);
  t.equal(budget.stats().held, 2);
  steering.clear();
  t.equal(budget.stats().held, 0);
});
