// The client examples in examples/clients/ (shown in the README) run against a live server on every
// npm test, so they never rot: openai, @openai/agents, Vercel ai, @openrouter/sdk and curl. Each runs at once,
// against a server of its own, as JavaScript that esbuild makes from it (what tsx runs, without loading every
// module of the SDKs through tsx's hooks, which doubles their start).
import t from 'tap';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { listen } from '../helpers/server.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const EXAMPLES: Array<{ file: string; expect: RegExp[] }> = [
  { file: 'openai.ts', expect: [/^OpenRouter: get_weather\(\{"city":"Paris"\}\) → The weather in Paris: temperature 21, sky clear\.$/m, /^OpenAI \(stream\): get_weather\(\{"city":"Rome"\}\) in 5 argument deltas/m] },
  { file: 'agents.ts', expect: [/^OpenAI: .*21°C and clear in Paris/m, /^OpenRouter \(stream\): .*Rome/m] },
  { file: 'vercel-ai.ts', expect: [/^OpenAI: 2 steps → .*Paris/m, /^OpenRouter \(stream\): 2 steps → .*Rome/m] },
  { file: 'openrouter-sdk.ts', expect: [/^OpenRouter SDK: get_weather\(\{"city":"Paris"\}\), \d+ tokens/m, /^OpenRouter SDK \(stream\): Hello from the mock!$/m] },
  { file: 'curl.sh', expect: [/"arguments":"\{\\"city\\":\\"Paris\\"\}"/, /"id":"resp_[0-9a-f]{50}"/, /^data: \[DONE\]$/m, /Missing required parameter: 'input\[2\]\.id'/] },
];

t.test('every client example runs against the mock', async (t) => {
  // Inside the repository, so that the SDKs resolve from its node_modules.
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  const out = mkdtempSync(join(ROOT, 'node_modules/.cache/examples-'));
  t.teardown(() => rmSync(out, { recursive: true, force: true }));
  const scripts = EXAMPLES.filter((example) => example.file.endsWith('.ts')).map((example) => join(ROOT, 'examples/clients', example.file));
  await build({ entryPoints: scripts, outdir: out, outExtension: { '.js': '.mjs' }, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
  const outputs = await Promise.all(EXAMPLES.map(async (example) => {
    const server = await listen(t);
    const [command, args] = example.file.endsWith('.sh') ? ['bash', [`examples/clients/${example.file}`]] : [process.execPath, [join(out, example.file.replace(/\.ts$/, '.mjs'))]];
    const { stdout } = await run(command, args, { cwd: ROOT, env: { ...process.env, MOCK_URL: server.url }, timeout: 60_000 });
    return stdout;
  }));
  EXAMPLES.forEach((example, index) => {
    for (const pattern of example.expect) t.match(outputs[index], pattern, `${example.file}: ${pattern}`);
  });
});
