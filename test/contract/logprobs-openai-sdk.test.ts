// The official openai SDK, unmodified, on a real port, reading output text logprobs: from a JSON answer
// (`response.output[..].content[..].logprobs`), from streamed events (`event.logprobs`) and from the stream's
// final response, and `[]` when the request does not ask; and from `responses.retrieve(id, { include })`, JSON and streamed.
import OpenAI from 'openai';
import type { ResponseOutputText } from 'openai/resources/responses/responses';
import t, { type Test } from 'tap';
import { listen } from '../helpers/server.js';

const asked = {
  model: 'gpt-4.1-mini', input: 'Reply exactly with: Paris is sunny, 22°C 😀.', include: ['message.output_text.logprobs' as const], top_logprobs: 2, store: false,
};
const text = 'Paris is sunny, 22°C 😀.';

const client = async (t: Test) => new OpenAI({ apiKey: 'k', baseURL: (await listen(t)).openaiBaseURL, maxRetries: 0 });
const outputText = (output: OpenAI.Responses.ResponseOutputItem[]): ResponseOutputText => {
  const message = output.find((item) => item.type === 'message')!;
  return message.content.find((part) => part.type === 'output_text')!;
};

t.test('responses.create(): the part\'s logprobs spell its text, with bytes and two alternatives each', async (t) => {
  const openai = await client(t);
  const response = await openai.responses.create(asked);
  const part = outputText(response.output);
  t.equal(response.output_text, text);
  t.equal(part.logprobs!.map((entry) => entry.token).join(''), text);
  for (const entry of part.logprobs!) {
    t.equal(Buffer.from(entry.bytes).toString('utf8'), entry.token, `${JSON.stringify(entry.token)}: its bytes`);
    t.equal(entry.top_logprobs.length, 2);
    t.ok(entry.top_logprobs.every((top) => top.logprob <= entry.logprob));
  }
  const plain = await openai.responses.create({ model: asked.model, input: asked.input, store: false });
  t.same(outputText(plain.output).logprobs, [], 'not asked: none');
});

t.test('responses.stream(): event.logprobs of the deltas add up to the done event\'s and the final part\'s', async (t) => {
  const openai = await client(t);
  const stream = openai.responses.stream(asked);
  const streamedTokens: string[] = [];
  let deltas = '';
  let done: Array<{ token: string; logprob: number }> = [];
  stream.on('response.output_text.delta', (event) => {
    deltas += event.delta;
    t.equal(event.logprobs.map((entry) => entry.token).join(''), event.delta, `${JSON.stringify(event.delta)}: its own tokens`);
    for (const entry of event.logprobs) streamedTokens.push(entry.token);
  });
  stream.on('response.output_text.done', (event) => (done = event.logprobs));
  const final = await stream.finalResponse();
  const part = outputText(final.output);
  t.equal(deltas, text);
  t.same(done.map((entry) => entry.token), streamedTokens);
  t.same(part.logprobs!.map((entry) => [entry.token, entry.logprob]), done.map((entry) => [entry.token, entry.logprob]), 'the final part holds the same tokens and values');
  t.ok(part.logprobs!.every((entry) => Array.isArray(entry.bytes)), 'with their bytes');
});

t.test('raw responses.create({ stream: true }): the completed response carries them', async (t) => {
  const openai = await client(t);
  const events = await openai.responses.create({ ...asked, stream: true });
  let completed: OpenAI.Responses.Response | undefined;
  let fromDeltas = 0;
  for await (const event of events) {
    if (event.type === 'response.output_text.delta') fromDeltas += event.logprobs.length;
    if (event.type === 'response.completed') completed = event.response;
  }
  t.equal(outputText(completed!.output).logprobs!.length, fromDeltas);
});

t.test('responses.retrieve(id, { include }): a response stored without them gains them, JSON and streamed', async (t) => {
  const openai = await client(t);
  const { include: _include, ...unasked } = asked;
  const created = await openai.responses.create({ ...unasked, store: true });
  t.same(outputText(created.output).logprobs, []);
  // The SDK sends include[]=message.output_text.logprobs.
  const got = await openai.responses.retrieve(created.id, { include: ['message.output_text.logprobs'] });
  const part = outputText(got.output);
  t.equal(part.logprobs!.map((entry) => entry.token).join(''), text);
  t.ok(part.logprobs!.every((entry) => entry.top_logprobs.length === 2 && Buffer.from(entry.bytes).toString('utf8') === entry.token));
  const events = await openai.responses.retrieve(created.id, { include: ['message.output_text.logprobs'], stream: true });
  const streamed: Array<[string, number]> = [];
  for await (const event of events) if (event.type === 'response.output_text.delta') for (const entry of event.logprobs) streamed.push([entry.token, entry.logprob]);
  t.same(streamed, part.logprobs!.map((entry) => [entry.token, entry.logprob]), 'the replay\'s deltas carry the same');
});
