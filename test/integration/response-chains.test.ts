// previous_response_id chains are stored as links: the store grows linearly with the turns (read from the
// server's own counters), and GET, input_items, item_reference and DELETE keep working along the chain.
import t from 'tap';
import type { FastifyInstance } from 'fastify';
import { OPENAI, post, testApp } from '../helpers/app.js';

async function chain(app: FastifyInstance, turns: number): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 1; n <= turns; n += 1) {
    const answer = await post(app, { url: OPENAI, body: { model: 'gpt-4o', input: `Reply exactly with: turn ${n}`, ...(ids.length ? { previous_response_id: ids.at(-1) } : {}) }, headers: { 'x-mock-session': 'chain' } });
    if (answer.status !== 200) throw new Error(`turn ${n}: ${answer.raw}`);
    ids.push(answer.body.id as string);
  }
  return ids;
}

const storedBytes = async (app: FastifyInstance) => (await app.inject({ method: 'GET', url: '/__mock/sessions/chain' })).json().storedBytes as number;

t.test('a chain of turns grows the store linearly', async (t) => {
  const short = testApp();
  await chain(short, 100);
  const long = testApp();
  await chain(long, 200);
  const [bytes100, bytes200] = [await storedBytes(short), await storedBytes(long)];
  t.ok(bytes200 < bytes100 * 2.2, `200 turns: ${bytes200} bytes, 100 turns: ${bytes100} (a copy per turn would be about 4x)`);
});

t.test('GET, input_items, item_reference and DELETE along a chain', async (t) => {
  const app = testApp({ storeLimit: 5 });
  const ids = await chain(app, 12);
  const last = await app.inject({ method: 'GET', url: `/v1/responses/${ids[11]!}`, headers: { 'x-mock-session': 'chain' } });
  t.equal(last.statusCode, 200);
  const items = await app.inject({ method: 'GET', url: `/v1/responses/${ids[11]!}/input_items`, headers: { 'x-mock-session': 'chain' } });
  t.match(items.json(), { data: [{ type: 'message', content: [{ type: 'input_text', text: 'Reply exactly with: turn 12' }] }], has_more: false }, 'only its own input');
  t.equal((await app.inject({ method: 'GET', url: `/v1/responses/${ids[0]!}`, headers: { 'x-mock-session': 'chain' } })).statusCode, 404, 'pushed out of --store-limit');
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/responses/${ids[10]!}`, headers: { 'x-mock-session': 'chain' } })).statusCode, 200);
  const firstOutput = last.json().output[0].id as string;
  const next = await post(app, {
    url: OPENAI,
    headers: { 'x-mock-session': 'chain' },
    body: { model: 'gpt-4o', previous_response_id: ids[11], input: [{ type: 'item_reference', id: firstOutput }, { role: 'user', content: 'Reply exactly with: turn 13' }] },
  });
  t.equal(next.status, 400, 'an item of the chain cannot be sent again beside it');
  t.match(next.body.error, { message: /Duplicate item/ });
  const continued = await post(app, { url: OPENAI, headers: { 'x-mock-session': 'chain' }, body: { model: 'gpt-4o', previous_response_id: ids[11], input: 'Reply exactly with: turn 13' } });
  t.equal(continued.status, 200, 'the chain still resolves through hidden and deleted links');
  t.equal(continued.body.usage && (continued.body.usage as { input_tokens: number }).input_tokens > 12 * 5, true, 'the whole conversation counted as input');
  const reference = await post(app, { url: OPENAI, headers: { 'x-mock-session': 'chain' }, body: { model: 'gpt-4o', input: [{ type: 'item_reference', id: firstOutput }, { role: 'user', content: 'Reply exactly with: ok' }] } });
  t.equal(reference.status, 200, 'item_reference resolves an item of a stored response');
});
