// Dates a prompt writes relative to today ("tomorrow", "next Monday") count from the mock's clock: the seeded
// instant when a seed is set (the same bytes every time), the clock otherwise — also when the same request comes
// again and the answer would otherwise be replayed from the memo. A prompt that says what day it is counts from
// that day instead, whatever the clock.
import t from 'tap';
import type { Clock } from '../../../src/deps.js';
import { OPENAI, post, testApp } from '../../helpers/app.js';

const tool = {
  type: 'function',
  name: 'book_table',
  description: 'Reserve a table at a restaurant.',
  parameters: {
    type: 'object',
    properties: { restaurant: { type: 'string' }, date: { type: 'string', format: 'date' } },
    required: ['restaurant', 'date'],
    additionalProperties: false,
  },
};

async function booked(app: ReturnType<typeof testApp>, prompt: string): Promise<{ date?: string; raw: string }> {
  const answer = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: prompt, tools: [tool] } });
  const call = (answer.body.output ?? []).find((item) => item.type === 'function_call');
  return { ...(JSON.parse(String(call?.arguments ?? '{}')) as { date?: string }), raw: answer.raw };
}

t.test('with a seed, relative dates count from the seeded instant (Wednesday 2026-09-30)', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  t.equal((await booked(app, 'Book a table at Nopa for tomorrow')).date, '2026-10-01');
  t.equal((await booked(app, 'Book a table at Nopa next Monday')).date, '2026-10-05');
  t.equal((await booked(app, 'Book a table at Nopa in 3 days')).date, '2026-10-03');
  const first = await booked(app, 'Book a table at Nopa on Friday');
  t.equal(first.date, '2026-10-02');
  for (let again = 0; again < 3; again += 1) t.equal((await booked(app, 'Book a table at Nopa on Friday')).raw, first.raw, 'the same bytes again');
});

t.test('without a seed, they count from the clock, whenever the request comes again', async (t) => {
  let seconds = Date.UTC(2025, 0, 31, 12) / 1000;
  const clock: Clock = { nowSeconds: () => seconds, nowMillis: () => seconds * 1000 };
  const app = testApp({ seed: undefined, clock });
  t.teardown(() => app.close());
  const dates: Array<string | undefined> = [];
  for (let day = 0; day < 4; day += 1) {
    dates.push((await booked(app, 'Book a table at Nopa for tomorrow')).date);
    seconds += 86_400;
  }
  t.same(dates, ['2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04']);
});

t.test('a prompt that says what day it is counts from that day, whatever the clock', async (t) => {
  let seconds = Date.UTC(2025, 0, 31, 12) / 1000;
  const app = testApp({ seed: undefined, clock: { nowSeconds: () => seconds, nowMillis: () => seconds * 1000 } });
  t.teardown(() => app.close());
  const dates: Array<string | undefined> = [];
  for (let day = 0; day < 4; day += 1) {
    dates.push((await booked(app, 'Today is 2025-06-10. Book a table at Nopa for tomorrow')).date);
    dates.push((await booked(app, "It's Friday, June 13, 2025: book a table at Nopa next Monday")).date);
    seconds += 86_400;
  }
  t.same(dates, Array.from({ length: 4 }, () => ['2025-06-11', '2025-06-16']).flat());
});

t.test('a stored answer streamed again the next day keeps its date', async (t) => {
  let seconds = Date.UTC(2025, 0, 31, 12) / 1000;
  const app = testApp({ seed: undefined, clock: { nowSeconds: () => seconds, nowMillis: () => seconds * 1000 } });
  t.teardown(() => app.close());
  const answer = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: 'Book a table at Nopa for tomorrow', tools: [tool] } });
  seconds += 86_400;
  const streamed = await app.inject({ method: 'GET', url: `/v1/responses/${String(answer.body.id)}?stream=true` });
  t.match(streamed.body, /\\"date\\":\\"2025-02-01\\"/u, 'the date the answer gave');
  t.notMatch(streamed.body, /2025-02-02/u);
});

t.test('a structured answer reads them too', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  const schema = { type: 'object', properties: { due: { type: 'string', format: 'date' } }, required: ['due'], additionalProperties: false };
  const answer = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: 'The report is due next Friday', text: { format: { type: 'json_schema', name: 'task', schema, strict: true } } } });
  const message = (answer.body.output ?? []).find((item) => item.type === 'message') as { content?: Array<{ text?: string }> } | undefined;
  t.same(JSON.parse(message?.content?.[0]?.text ?? '{}'), { due: '2026-10-02' });
});

t.test('a date-time takes the time of day written beside the date, in UTC', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  const reminder = {
    type: 'function', name: 'create_reminder', description: 'Create a reminder.',
    parameters: { type: 'object', properties: { text: { type: 'string' }, remind_at: { type: 'string', format: 'date-time' } }, required: ['text', 'remind_at'], additionalProperties: false },
  };
  const answer = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: 'Remind me tomorrow at 9am to call mom', tools: [reminder] } });
  const call = (answer.body.output ?? []).find((item) => item.type === 'function_call');
  t.match(JSON.parse(String(call?.arguments ?? '{}')), { remind_at: '2026-10-01T09:00:00Z' });
});

t.test('a date written out is taken as written', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  t.equal((await booked(app, 'Book a table at Nopa on 2025-06-12, not tomorrow')).date, '2025-06-12');
});

t.test('the date stated as today is not a second date the prompt asks for', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  const slot = { type: 'string', format: 'date-time' };
  const span = { type: 'function', name: 'book_slot', parameters: { type: 'object', properties: { start: slot, end: slot }, required: ['start', 'end'] } };
  const answer = await post(app, { url: OPENAI, body: { model: 'gpt-4o-mini', input: 'Today is 2025-06-10. Book a table for tomorrow at 7pm', tools: [span] } });
  const call = (answer.body.output ?? []).find((item) => item.type === 'function_call');
  const args = JSON.parse(String(call?.arguments ?? '{}')) as { start?: string; end?: string };
  t.equal(args.start, '2025-06-11T19:00:00Z', 'the date asked for');
  t.ok(String(args.end) > '2025-06-11T19:00:00Z', `the end (${args.end}) does not take today, the day before the start`);
  const only = await booked(app, 'Today is 2025-06-10. Book a table at Nopa');
  t.equal(only.date, '2025-06-10', 'with no other date, the stated one is taken');
});
