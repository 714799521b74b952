// What steering input holds of the server's body budget, on Steering itself: a response waiting for tool output
// that another of the same id on its lane replaces, and the oldest of too many waiting, give their steers back to
// the client and to the budget; a steer fits beside its own socket's creates when nobody else holds anything.
import t from 'tap';
import { BodyBudget } from '../../../src/state/body-budget.js';
import { Steering, type SteerPlay } from '../../../src/transports/websocket/steering/steering.js';

type Event = Record<string, unknown>;
const CALL = [{ type: 'function_call', call_id: 'call_1', name: 'get_weather', arguments: '{}' }];

/** A socket's steering over `budget`, its creates holding `creates` bytes; what each response's stream was sent. */
function socket(budget: BodyBudget, creates = 0) {
  const steering = new Steering({ budget, heldByCreates: () => creates });
  const sent: Event[] = [];
  const play = (id: string, input: string): SteerPlay => {
    const handle = steering.begin(id, { lane: undefined, create: { model: 'gpt-4o-mini', input: 'hi' }, send: (event) => sent.push(event) });
    steering.steer({ type: 'response.steer', previous_response_id: id, input }, { bytes: input.length, rules: undefined });
    return handle;
  };
  return { steering, sent, play };
}

t.test('a waiting response replaced by another of the same id gives its steers back', async (t) => {
  const budget = new BodyBudget(1024 * 1024);
  const { steering, sent, play } = socket(budget);
  t.match(steering.end(play('resp_same', 'a'.repeat(1000)), { ended: 'response.completed', output: CALL }).events, [{ type: 'response.steer.pending' }]);
  const { events, elsewhere } = steering.end(play('resp_same', 'b'.repeat(1000)), { ended: 'response.completed', output: CALL });
  t.match(events, [{ type: 'response.steer.pending' }]);
  t.match(elsewhere.map((text) => JSON.parse(text) as Event), [
    { type: 'response.steer.failed', error: { code: 'successor_creation_failed', message: /replaced by another of the same id/ }, steer: { input: 'a'.repeat(1000) } },
  ], 'on the earlier response\'s own lane, not in this stream');
  t.equal(budget.heldBytes, 1000, "only the waiting response's steer is held");
  t.equal(sent.filter((event) => event.type === 'response.steer.accepted').length, 2);
  steering.clear();
  t.equal(budget.heldBytes, 0);
});

t.test('past the responses remembered, the oldest one waiting gives its steers back, with a failure', async (t) => {
  const budget = new BodyBudget(64 * 1024 * 1024);
  const { steering, play } = socket(budget);
  const dropped: Event[] = [];
  for (let i = 0; i < 300; i += 1) {
    dropped.push(...steering.end(play(`resp_${i}`, 'x'.repeat(100)), { ended: 'response.completed', output: CALL }).elsewhere.map((text) => JSON.parse(text) as Event));
  }
  t.equal(dropped.length, 44, 'each response dropped from the waiting list is told');
  t.match(dropped[0], { type: 'response.steer.failed', error: { message: /^Response 'resp_0' waited for its tool output longest of the 256/ }, steer: { previous_response_id: 'resp_0' } });
  t.equal(budget.heldBytes, 256 * 100);
  steering.clear();
  t.equal(budget.stats().held, 0);
});

t.test("a steer fits beside its own socket's creates, not beside others' bodies", async (t) => {
  const budget = new BodyBudget(1024 * 1024);
  const create = budget.take(900 * 1024)!;
  const own = socket(budget, 900 * 1024);
  own.play('resp_own', 's'.repeat(200 * 1024));
  t.match(own.sent.at(-1), { type: 'response.steer.accepted' }, 'the server holds nothing else: taken, as a body alone is');
  own.play('resp_own', 't'.repeat(200 * 1024));
  t.match(own.sent.at(-1), { type: 'response.steer.accepted' }, 'and a second steer on top of the first');
  const other = socket(budget, 0);
  other.play('resp_other', 'u'.repeat(10 * 1024));
  t.match(other.sent.at(-1), { type: 'response.steer.failed', error: { code: 'server_overloaded' } }, "another socket's steer past the budget is refused");
  own.steering.clear();
  create.release();
  t.equal(budget.heldBytes, 0);
});
