// Example: testing tool-calling client code with tap and responses-mock.
// Each test file starts its own server on a free port; each test uses its own session.
import t from 'tap';
import OpenAI from 'openai';
import { startMockServer } from 'responses-mock';

// The code under test: asks the model, runs the tool it calls, returns the final answer.
async function askWeather(client: OpenAI, question: string): Promise<string> {
  const tools: OpenAI.Responses.Tool[] = [{
    type: 'function', name: 'get_weather', description: 'Get the weather for a city', strict: true,
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false },
  }];
  const input: OpenAI.Responses.ResponseInputItem[] = [{ role: 'user', content: question }];
  for (;;) {
    const response = await client.responses.create({ model: 'gpt-4o-mini', input, tools, store: false });
    const calls = response.output.filter((item) => item.type === 'function_call');
    if (calls.length === 0) return response.output_text;
    for (const call of calls) {
      const { city } = JSON.parse(call.arguments) as { city: string };
      input.push(call, { type: 'function_call_output', call_id: call.call_id, output: JSON.stringify({ city, temperature: 21 }) });
    }
  }
}

const mock = await startMockServer();
t.teardown(() => mock.close());

t.test('the rule-based engine: no fixture needed', async (t) => {
  const client = new OpenAI({ apiKey: 'test', baseURL: mock.openaiBaseURL, defaultHeaders: { 'x-mock-session': t.name } });
  const answer = await askWeather(client, 'What is the weather in Paris?');
  t.equal(answer, 'The weather in Paris: temperature 21.');
  const sent = mock.requests({ session: t.name });
  t.equal(sent.length, 2, 'one call, then the answer');
  t.match(JSON.parse(sent[1]!.body), { input: [{}, { type: 'function_call', name: 'get_weather' }, { type: 'function_call_output' }] });
});

t.test('a scripted scenario', async (t) => {
  mock.useScenario({
    rules: [
      { match: { tools: ['get_weather'] , afterToolOutput: false }, respond: { calls: [{ name: 'get_weather', arguments: { city: 'Reykjavik' } }] } },
      { match: { afterToolOutput: 'get_weather' }, respond: { text: 'Bring a coat.' } },
    ],
  }, { session: t.name });
  const client = new OpenAI({ apiKey: 'test', baseURL: mock.openaiBaseURL, defaultHeaders: { 'x-mock-session': t.name } });
  t.equal(await askWeather(client, 'Should I bring a coat?'), 'Bring a coat.');
  t.match(JSON.parse(mock.requests({ session: t.name })[1]!.body).input[2], { output: /Reykjavik/ }, 'the tool ran with the scripted arguments');
});

t.test('surviving a rate limit', async (t) => {
  const client = new OpenAI({ apiKey: 'test', baseURL: mock.openaiBaseURL, defaultHeaders: { 'x-mock-session': t.name, 'x-mock-scenario': 'rate-limited-then-ok' } });
  t.match(await askWeather(client, 'Weather in Rome?'), /Rome/);
  t.equal(mock.requests({ session: t.name })[0]!.status, 429, 'the first attempt was rate limited');
});
