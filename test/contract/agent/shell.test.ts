// OpenAI's shell tool with real clients on a real port: Vercel ai 7's `openai.tools.shell` runs the commands
// the mock asks for and the loop ends in the report of their output; @openai/agents' shellTool does the same
// for an agent; the openai SDK streams the call and reads its command events as its own typed events.
import { Agent, OpenAIResponsesModel, run, setTracingDisabled, shellTool, type Shell } from '@openai/agents';
import { createOpenAI } from '@ai-sdk/openai';
import { generateText, stepCountIs } from 'ai';
import OpenAI from 'openai';
import t from 'tap';
import { listen } from '../../helpers/server.js';

t.test('Vercel ai 7: openai.tools.shell runs the commands, and the answer reports them', async (t) => {
  const server = await listen(t);
  const openai = createOpenAI({ apiKey: 'k', baseURL: `${server.url}/v1` });
  const ran: string[][] = [];
  const result = await generateText({
    model: openai.responses('gpt-5.1'),
    prompt: 'Run `ls src` for me',
    tools: {
      shell: openai.tools.shell({
        execute: async ({ action }) => {
          ran.push(action.commands);
          return { output: action.commands.map(() => ({ stdout: 'app.ts\nserver.ts\n', stderr: '', outcome: { type: 'exit' as const, exitCode: 0 } })) };
        },
      }),
    },
    stopWhen: stepCountIs(3),
  });
  t.same(ran, [['ls src']], 'the SDK ran the command the mock asked for');
  t.equal(result.steps.length, 2);
  t.equal(result.text, '`ls src` printed:\n```\napp.ts\nserver.ts\n```');
});

t.test('openai SDK: a streamed shell_call, its command events typed', async (t) => {
  const server = await listen(t);
  const client = new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL });
  const stream = await client.responses.create({ model: 'gpt-5.1', input: 'Run `git status`', tools: [{ type: 'shell', environment: { type: 'local' } }], stream: true });
  let command = '';
  let final: OpenAI.Responses.Response | undefined;
  for await (const event of stream) {
    if (event.type === 'response.shell_call_command.delta') command += event.delta;
    if (event.type === 'response.completed') final = event.response;
  }
  t.equal(command, 'git status', 'the deltas make the command');
  const call = final?.output[0] as OpenAI.Responses.ResponseFunctionShellToolCall;
  t.same(call.action.commands, ['git status']);
  t.same(call.environment, { type: 'local' });
});

t.test('@openai/agents: shellTool runs the commands, then the agent answers', async (t) => {
  const server = await listen(t);
  setTracingDisabled(true);
  // The client is given to the model, not set as the default: other files of the suite run in this process.
  const model = new OpenAIResponsesModel(new OpenAI({ apiKey: 'k', baseURL: server.openaiBaseURL, maxRetries: 0 }), 'gpt-5.1');
  const ran: string[] = [];
  const shell: Shell = {
    run: async (action) => {
      ran.push(...action.commands);
      return { output: action.commands.map(() => ({ stdout: '/home/dev\n', stderr: '', outcome: { type: 'exit' as const, exitCode: 0 } })) };
    },
  };
  const agent = new Agent({ name: 'Operator', instructions: 'Run commands when asked.', tools: [shellTool({ shell })], model });
  const result = await run(agent, 'Run `pwd`');
  t.same(ran, ['pwd']);
  t.equal(result.finalOutput, '`pwd` printed:\n```\n/home/dev\n```');
});
