// The package as users run it, built by `npm run build` (bundled): the bin answers /health and create requests
// on both paths, loads the shipped scenarios on first use, and refuses invalid fixtures before listening,
// every problem as `file: path: reason`, non-zero exit (and checks them without serving: validate-fixtures);
// `npm start` runs the same file; the package entry's startMockServer() serves the same.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import t, { type Test } from 'tap';
import type * as Package from '../../../src/index.js';
import { LISTENING } from '../../helpers/child-server.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BIN = join(ROOT, 'bin/responses-mock.cjs');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; scripts: Record<string, string> };

if (!existsSync(join(ROOT, 'dist/server.js'))) throw new Error('dist/server.js is missing: run `npm run build` first');

const run = (args: string[]) => spawnSync(process.execPath, [BIN, '--port', '0', ...args], { encoding: 'utf8', timeout: 20_000 });

/** Starts a command in its own process group and resolves with its URL once it logs that it listens. */
function start(t: Test, command: [string, string[]]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(command[0], command[1], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', RESPONSES_MOCK_LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.teardown(() => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = LISTENING.exec(output);
      if (match?.[1]) resolve({ child, url: match[1] });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited (${code}) before listening:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  process.kill(-child.pid!, 'SIGTERM');
  return exited;
}

const weather = {
  model: 'gpt-4o-mini',
  input: 'What is the weather in Paris?',
  tools: [{ type: 'function', name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } }],
};

async function create(url: string, args: { path: string; headers?: Record<string, string> }) {
  const response = await fetch(`${url}${args.path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...args.headers }, body: JSON.stringify(weather) });
  return { status: response.status, body: await response.json() as Record<string, unknown> };
}

t.test('the bin answers /health, creates on both paths, and stops on SIGTERM', async (t) => {
  const { child, url } = await start(t, [process.execPath, [BIN]]);
  const health = await fetch(`${url}/health`);
  t.equal(health.status, 200);
  t.same(await health.json(), { status: 'ok', version: manifest.version });
  for (const path of ['/v1/responses', '/api/v1/responses']) {
    const answer = await create(url, { path });
    t.equal(answer.status, 200, path);
    t.match(answer.body, { object: 'response', status: 'completed', output: [{ type: 'function_call', name: 'get_weather' }] }, path);
    t.same(JSON.parse((answer.body.output as Array<{ arguments: string }>)[0]!.arguments), { city: 'Paris' }, path);
  }
  // The shipped fixtures load on first use, from beside the bundle.
  const scripted = await create(url, { path: '/v1/responses', headers: { 'x-mock-scenario': 'server-error' } });
  t.equal(scripted.status, 500);
  t.equal(await stop(child), 0);
});

t.test('npm start runs the compiled server with node, not tsx', async (t) => {
  t.match(manifest.scripts.start, /^node (dist\/server\.c?js|bin\/responses-mock\.c?js)\b/);
  t.notMatch(manifest.scripts.start, /tsx/);
  const { child, url } = await start(t, ['npm', ['start', '--silent']]);
  t.equal((await fetch(`${url}/health`)).status, 200);
  await stop(child);
});

t.test('startMockServer() from the package entry answers a create request', async (t) => {
  const { startMockServer } = await import(pathToFileURL(join(ROOT, 'dist/index.js')).href) as typeof Package;
  const server = await startMockServer();
  t.teardown(() => server.close());
  const answer = await create(server.url, { path: '/v1/responses' });
  t.equal(answer.status, 200);
  t.match(answer.body, { output: [{ type: 'function_call', name: 'get_weather' }] });
  t.equal(server.requests().length, 1, 'the journal saw it');
});

t.test('invalid fixtures stop start-up with file: path: reason', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'bad-fixtures-'));
  writeFileSync(join(dir, 'broken.yaml'), 'scenarios:\n  x:\n    rules:\n      - respond: { calls: [ { arguments: {} } ] }\n        tims: 2\n');
  writeFileSync(join(dir, 'fine.json'), JSON.stringify({ scenarios: { ok: { rules: [{ respond: { text: 'x' } }] } } }));
  const result = run(['--fixtures', dir]);
  t.equal(result.status, 1);
  t.match(result.stderr, /broken\.yaml: scenarios\.x\.rules\[0\]: unknown field 'tims' \(did you mean 'times'\?\)/);
  t.match(result.stderr, /broken\.yaml: scenarios\.x\.rules\[0\]\.respond\.calls\[0\]: 'name' is required/);
  t.match(result.stderr, /not started \(2 problem\(s\) above\)/);
  t.notMatch(result.stdout, /listening/);
});

t.test('the bin checks fixture folders without serving: validate-fixtures', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'bad-fixtures-'));
  writeFileSync(join(dir, 'broken.yaml'), "scenarios:\n  x:\n    rules:\n      - match: { message: { regex: '(?=a)' } }\n        respond: { text: x }\n        tims: 2\n");
  const bad = spawnSync(process.execPath, [BIN, 'validate-fixtures', dir], { encoding: 'utf8', timeout: 20_000 });
  t.equal(bad.status, 1);
  t.match(bad.stderr, /broken\.yaml: scenarios\.x\.rules\[0\]: unknown field 'tims'/);
  t.match(bad.stderr, /broken\.yaml: scenarios\.x\.rules\[0\]\.match\.message\.regex: uses what the linear-time engine/);
  t.match(bad.stderr, /2 problem\(s\) in /);
  t.notMatch(bad.stdout, /listening/);
  const good = spawnSync(process.execPath, [BIN, 'validate-fixtures', join(ROOT, 'fixtures')], { encoding: 'utf8', timeout: 20_000 });
  t.equal(good.status, 0);
  t.match(good.stdout, /^ok: \d+ scenario\(s\) in \d+ file\(s\)/);
});

t.test('an unknown default scenario stops start-up', async (t) => {
  const result = run(['--scenario', 'nope']);
  t.equal(result.status, 1);
  t.match(result.stderr, /--scenario: no scenario named 'nope' \(known: .*basic-tool-call/);
});

t.test('a port already in use: the message says what to do', async (t) => {
  const { createServer } = await import('node:net');
  const taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  t.teardown(() => taken.close());
  const port = (taken.address() as { port: number }).port;
  const result = spawnSync(process.execPath, [BIN, '--port', String(port), '--host', '127.0.0.1'], { encoding: 'utf8', timeout: 20_000 });
  t.equal(result.status, 1);
  t.match(result.stderr, `responses-mock: could not start: 127.0.0.1:${port} is already in use (by another responses-mock still running?): stop what listens there, or give another --port (0 takes any free port)`);
});
