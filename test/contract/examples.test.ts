// The client examples in examples/clients/ (shown in the README) run against a live server on every
// npm test, so they never rot: openai, @openai/agents, Vercel ai, @openrouter/sdk and curl.
import t from 'tap';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { listen } from '../helpers/server.js';

const run = promisify(execFile);

const EXAMPLES: Array<{ file: string; expect: RegExp[] }> = [
  { file: 'openai.ts', expect: [/^OpenRouter: get_weather\(\{"city":"Paris"\}\) → The weather in Paris: temperature 21, sky clear\.$/m, /^OpenAI \(stream\): get_weather\(\{"city":"Rome"\}\) in 5 argument deltas/m] },
  { file: 'agents.ts', expect: [/^OpenAI: .*21°C and clear in Paris/m, /^OpenRouter \(stream\): .*Rome/m] },
  { file: 'vercel-ai.ts', expect: [/^OpenAI: 2 steps → .*Paris/m, /^OpenRouter \(stream\): 2 steps → .*Rome/m] },
  { file: 'openrouter-sdk.ts', expect: [/^OpenRouter SDK: get_weather\(\{"city":"Paris"\}\), \d+ tokens/m, /^OpenRouter SDK \(stream\): Hello from the mock!$/m] },
  { file: 'curl.sh', expect: [/"arguments":"\{\\"city\\":\\"Paris\\"\}"/, /"id":"resp_[0-9a-f]{50}"/, /^data: \[DONE\]$/m, /Missing required parameter: 'input\[2\]\.id'/] },
];

t.test('every client example runs against the mock', async (t) => {
  const server = await listen(t);
  for (const example of EXAMPLES) {
    const path = `examples/clients/${example.file}`;
    const [command, args] = example.file.endsWith('.sh') ? ['bash', [path]] : [process.execPath, ['--import', 'tsx', path]];
    const { stdout } = await run(command, args, { env: { ...process.env, MOCK_URL: server.url }, timeout: 60_000 });
    for (const pattern of example.expect) t.match(stdout, pattern, `${example.file}: ${pattern}`);
  }
});
