// A stored response while its stream is written (state/responses/background.ts): a cancel before the terminal
// event stops it where it stands; once the terminal event is sent (even if the transport is still writing it to a
// slow client), the response is finished: cancel and GET give it as stored, and it can be continued.
import t from 'tap';
import { cancelStored, pollStored, streamStarted, unfinishedStatus, watchStored } from '../../../src/state/responses/background.js';
import { ResponseStore } from '../../../src/state/responses/response-store.js';

const event = (type: string, sequence_number: number) => ({ type, payload: { type, sequence_number } });
const START = ['response.created', 'response.queued', 'response.in_progress', 'response.output_item.added'];

function streamed(args: { background: boolean; sent?: number }) {
  const store = new ResponseStore({ limits: { responses: 10, bytes: 1e9 } });
  const stored = store.put({ id: 'resp_1', text: '{"id":"resp_1","status":"completed","output":[]}', inputItems: [], historyItems: [], outputIds: [], background: args.background });
  const watch = streamStarted(stored, { queued: args.background });
  START.slice(0, args.sent).forEach((type, index) => watch.sent(event(type, index)));
  return { store, stored, watch };
}

t.test('cancelled before its terminal event: stopped after the events sent', async (t) => {
  const { stored, watch } = streamed({ background: true });
  t.same(cancelStored(stored), { kind: 'partial', status: 'cancelled', through: 3 });
  t.ok(watch.halted, 'its stream is halted');
  t.ok(watch.halt.aborted, 'and its signal, made after the cancel, is aborted');
  watch.ended('halted');
  t.same(pollStored(stored), { kind: 'partial', status: 'cancelled', through: 3 }, 'and stays cancelled');
  t.same(watchStored(stored), { stopAt: 4 });
});

t.test('a signal asked for before the cancel is aborted by it; none is asked for, none is needed', async (t) => {
  const { stored, watch } = streamed({ background: true });
  const signal = watch.halt;
  t.notOk(signal.aborted);
  t.notOk(watch.halted);
  cancelStored(stored);
  t.ok(signal.aborted, 'the signal made before is aborted');
  t.ok(watch.halted);
  t.equal(watch.halt, signal, 'one signal, made once');
});

t.test('its client left mid-stream: the run goes on, and a cancel keeps what its stream had written', async (t) => {
  const { stored, watch } = streamed({ background: true });
  watch.sent(event('response.content_part.added', 4));
  watch.sent(event('response.output_text.delta', 5));
  watch.ended('broken');
  t.equal(unfinishedStatus(stored), 'in_progress', 'still running without its client');
  t.same(cancelStored(stored), { kind: 'partial', status: 'cancelled', through: 5 });
  t.same(watchStored(stored), { stopAt: 6 }, 'its replay stops after the last event sent');
  const early = streamed({ background: true, sent: 2 });
  early.watch.ended('broken');
  t.same(cancelStored(early.stored), { kind: 'partial', status: 'cancelled', through: 2 }, 'left while queued: stopped after response.in_progress, as a run in progress is');
});

for (const terminal of ['response.completed', 'response.incomplete', 'response.failed']) {
  t.test(`once ${terminal} is sent, the run is finished while its writing goes on`, async (t) => {
    const { store, stored, watch } = streamed({ background: true });
    t.equal(unfinishedStatus(stored), 'in_progress');
    watch.sent(event(terminal, 4));
    t.same(cancelStored(stored), { kind: 'stored' }, 'cancel returns it as it is');
    t.notOk(watch.halted, 'its stream is not halted');
    t.notOk(watch.halt.aborted);
    t.same(pollStored(stored), { kind: 'stored' }, 'GET shows it as stored');
    t.equal(store.unfinished('resp_1'), undefined, 'it can be continued');
    t.same(watchStored(stored), {}, 'a replay plays it whole');
    watch.ended('broken');
    t.same(pollStored(stored), { kind: 'stored' }, 'a client leaving after it changes nothing');
    t.same(cancelStored(stored), { kind: 'stored' });
  });
}

t.test('an ordinary stored stream is shown as stored once its terminal event is sent', async (t) => {
  const { stored, watch } = streamed({ background: false });
  t.same(pollStored(stored), { kind: 'partial', status: 'in_progress', through: 3 });
  watch.sent(event('response.completed', 4));
  t.same(pollStored(stored), { kind: 'stored' });
  t.equal(unfinishedStatus(stored), undefined);
  t.equal(cancelStored(stored), undefined, 'not a background run: nothing to cancel');
});
