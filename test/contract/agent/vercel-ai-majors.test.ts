// Vercel `ai` in both majors that users run, unmodified, on a real port: ai 7 + @ai-sdk/openai 4 (the default) and
// ai 6 + @ai-sdk/openai 3 (installed as ai-v6 and @ai-sdk/openai-v3) run the same flows: generateText tool loops
// with store on (the calls go back by value, the next turn refers to the stored answer by id), a streamed tool loop
// on the stateless OpenRouter path, a reasoning model whose encrypted reasoning goes back by value, and structured
// output with Output.object.
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAI as createOpenAIv3 } from '@ai-sdk/openai-v3';
import { generateText, Output, stepCountIs, streamText, tool } from 'ai';
import * as aiV6 from 'ai-v6';
import t from 'tap';
import { z } from 'zod';
import { listen } from '../../helpers/server.js';
import type { Wire } from '../../helpers/wire.js';

interface Major {
  name: string;
  /** The version of ai, in the user-agent of each request. */
  userAgent: RegExp;
  createOpenAI: typeof createOpenAI;
  generateText: typeof generateText;
  streamText: typeof streamText;
  Output: typeof Output;
  stepCountIs: typeof stepCountIs;
  tool: typeof tool;
}

const MAJORS: Major[] = [
  { name: 'ai 7 + @ai-sdk/openai 4', userAgent: /^ai\/7\./, createOpenAI, generateText, streamText, Output, stepCountIs, tool },
  {
    name: 'ai 6 + @ai-sdk/openai 3',
    userAgent: /^ai\/6\./,
    // Typed as ai 7: ai 6 takes the same calls and gives the fields read below (its own types differ elsewhere).
    createOpenAI: createOpenAIv3 as unknown as typeof createOpenAI,
    ...(aiV6 as unknown as Pick<Major, 'generateText' | 'streamText' | 'Output' | 'stepCountIs' | 'tool'>),
  },
];

const Person = z.object({ name: z.string(), age: z.number().int(), city: z.string(), hobbies: z.array(z.string()) });

/** The provider, with the JSON body of every request it sends kept in `sent` and its user-agent in `agents`. */
function provider(major: Major, options: { baseURL: string; headers?: Record<string, string> }) {
  const sent: Wire[] = [];
  const agents = new Set<string>();
  const recording: typeof fetch = async (input, init) => {
    if (typeof init?.body === 'string') sent.push(JSON.parse(init.body) as Wire);
    agents.add(new Headers(init?.headers).get('user-agent') ?? '');
    return fetch(input, init);
  };
  return { sent, agents, openai: major.createOpenAI({ apiKey: 'k', ...options, fetch: recording }) };
}

function weatherTools(major: Major, asked: string[]) {
  return {
    get_weather: major.tool({
      description: 'Get the current weather for a city',
      inputSchema: z.object({ city: z.string() }),
      execute: async ({ city }) => {
        asked.push(city);
        return { city, temperature: 21, sky: 'clear' };
      },
    }),
    get_time: major.tool({
      description: 'Get the local time in a city',
      inputSchema: z.object({ city: z.string() }),
      execute: async () => ({ time: '12:00' }),
    }),
  };
}

for (const major of MAJORS) {
  t.test(`${major.name}: the core flows`, async (t) => {
    const server = await listen(t);

    t.test('generateText: tool loops on /v1 with store on, the earlier answer sent back by reference', async (t) => {
      const { sent, agents, openai } = provider(major, { baseURL: server.openaiBaseURL });
      const asked: string[] = [];
      const settings = { model: openai.responses('gpt-4o-mini'), tools: weatherTools(major, asked), stopWhen: major.stepCountIs(5) };
      const question = { role: 'user' as const, content: 'What is the weather in Paris?' };
      const first = await major.generateText({ ...settings, messages: [question] });
      t.equal(first.steps.length, 2, 'a call, then the answer');
      t.match(first.steps[0]!.toolCalls, [{ toolName: 'get_weather', input: { city: 'Paris' } }], 'the weather tool, for Paris');
      t.equal(first.steps[0]!.toolCalls.length, 1, 'and no other call');
      t.equal(first.text, 'The weather in Paris: temperature 21, sky clear.', 'the answer from the tool output');
      t.match(sent[1]!.input, [{ role: 'user', content: [{ text: question.content }] }, { type: 'function_call', name: 'get_weather' }, { type: 'function_call_output', output: /"temperature":21/ }], 'the call and its output');

      const second = await major.generateText({ ...settings, messages: [question, ...first.response.messages, { role: 'user', content: 'And what is the weather in Rome?' }] });
      t.equal(second.steps.length, 2, 'the next turn: a call, then the answer');
      t.match(second.steps[0]!.toolCalls, [{ toolName: 'get_weather', input: { city: 'Rome' } }], 'the weather tool, for Rome');
      t.equal(second.text, 'The weather in Rome: temperature 21, sky clear.', 'the answer to the new question');
      t.same(asked, ['Paris', 'Rome'], 'one execution a turn');
      const references = (sent[2]!.input as Wire[]).filter((item) => item.type === 'item_reference');
      t.match(references, [{ id: /^msg_/ }], 'the first answer went back as a reference to the stored message');
      t.equal(sent.length, 4, 'four requests');
      t.match([...agents], [major.userAgent], 'all from the major under test');
    });

    t.test('streamText: a tool loop on /api/v1 with store off, lenient', async (t) => {
      const { sent, openai } = provider(major, { baseURL: server.openrouterBaseURL, headers: { 'x-mock-strictness': 'lenient' } });
      const asked: string[] = [];
      const stream = major.streamText({
        model: openai.responses('openai/gpt-4o-mini'), tools: weatherTools(major, asked), prompt: 'What is the weather in Rome?',
        stopWhen: major.stepCountIs(5), providerOptions: { openai: { store: false } },
      });
      const types = new Set<string>();
      let deltas = '';
      for await (const part of stream.fullStream) {
        types.add(part.type);
        if (part.type === 'text-delta') deltas += part.text;
      }
      t.notOk(types.has('error'), 'no stream error');
      t.ok(types.has('tool-call') && types.has('tool-result'), 'the call and its result were streamed');
      const steps = await stream.steps;
      t.equal(steps.length, 2, 'a call, then the answer');
      t.match(steps[0]!.toolCalls, [{ toolName: 'get_weather', input: { city: 'Rome' } }], 'the weather tool, for Rome');
      t.same(asked, ['Rome'], 'executed once');
      t.equal(deltas, 'The weather in Rome: temperature 21, sky clear.', 'the deltas add up to the answer');
      t.equal(await stream.text, deltas, 'the final text is the deltas');
      t.ok(sent.every((body) => body.store === false && body.stream === true), 'every request streamed, store off');
      t.match(sent[1]!.input[1], { type: 'function_call', name: 'get_weather', call_id: /^call_/ }, 'the call went back by value');
    });

    t.test('a reasoning model with store off: summaries in, encrypted reasoning back by value', async (t) => {
      const { sent, openai } = provider(major, { baseURL: server.openaiBaseURL });
      const result = await major.generateText({
        model: openai.responses('gpt-5-mini'), tools: weatherTools(major, []), prompt: 'What is the weather in Oslo?', stopWhen: major.stepCountIs(5),
        providerOptions: { openai: { store: false, include: ['reasoning.encrypted_content'], reasoningSummary: 'detailed' } },
      });
      t.equal(result.steps.length, 2, 'a call, then the answer');
      t.match(result.steps[0]!.reasoningText, /get_weather/, 'the first step reasons about the tool');
      t.match(result.steps[0]!.toolCalls, [{ toolName: 'get_weather', input: { city: 'Oslo' } }], 'then calls it');
      t.equal(result.text, 'The weather in Oslo: temperature 21, sky clear.', 'the loop completes');
      t.match(sent[0], { store: false, include: ['reasoning.encrypted_content'], reasoning: { summary: 'detailed' } }, 'what was asked');
      const reasoning = (sent[1]!.input as Wire[]).find((item) => item.type === 'reasoning');
      t.match(reasoning, { id: /^rs_/, encrypted_content: /^gAAAA/ }, 'the reasoning went back with its encrypted content');
      t.ok(result.totalUsage.outputTokens! > 0, 'usage counted');
    });

    t.test('generateText with Output.object and a zod schema', async (t) => {
      const { openai } = provider(major, { baseURL: server.openaiBaseURL });
      const result = await major.generateText({
        model: openai.responses('gpt-4o-mini'), output: major.Output.object({ schema: Person }),
        prompt: 'Extract the person: Alice is 30 years old, lives in Paris and likes chess and cycling.',
      });
      t.ok(Person.safeParse(result.output).success, 'valid for the schema');
      t.match(result.output, { name: String, age: 30, city: 'Paris', hobbies: Array }, 'values from the prompt where it has them');
    });
  });
}
