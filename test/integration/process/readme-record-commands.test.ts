// The README's record-then-replay commands, run as a script would run them (no job control), in a project that
// has responses-mock installed: the recorder stops on its `kill` and writes its file, nothing is left holding
// the port, the key is not written, and the replay answers the client the same bytes. `npm test` in them is
// one curl request; the "real service" is a seeded mock (as the README's upstream settings allow).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t, { type Test } from 'tap';
import { startServer } from '../../helpers/child-server.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const KEY = 'sk-proj-READMEKEY0123456789abcdefghijklmn';

/** The first of the README's ```sh blocks after the text `after` that starts with `line`. */
function block(readme: string, args: { after: string; line: string }): string {
  const start = readme.indexOf(`\`\`\`sh\n${args.line}`, readme.indexOf(args.after));
  if (start < 0) throw new Error(`no sh block starting with ${args.line} after ${args.after}`);
  return readme.slice(start + 6, readme.indexOf('```', start + 6));
}

const freePort = () => new Promise<number>((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    server.close(() => resolve(port));
  });
});

/** How long a script may run: past it the test fails with 'timed out' instead of waiting for ever. */
const SCRIPT_MS = 60_000;

/** Runs a script in its own process group, which the test's teardown ends whatever the script left behind. */
function bash(t: Test, script: string, options: { cwd: string; env: Record<string, string> }) {
  const child = spawn('bash', ['-c', script], { cwd: options.cwd, env: { ...process.env, ...options.env }, detached: true, stdio: 'ignore' });
  const end = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Every process of the group has exited.
    }
  };
  t.teardown(end);
  return new Promise<number | string | null>((resolve) => {
    const timer = setTimeout(() => { resolve('timed out'); end(); }, SCRIPT_MS);
    child.once('exit', (code) => { clearTimeout(timer); resolve(code); });
  });
}

t.test("the README's record and replay commands, as a script", async (t) => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const record = block(readme, { after: 'Record against OpenAI (', line: 'node_modules/.bin/responses-mock --record recordings' });
  const replay = block(readme, { after: 'replay\nin CI, offline', line: 'node_modules/.bin/responses-mock --fixtures recordings' });
  const project = mkdtempSync(join(tmpdir(), 'readme-project-'));
  mkdirSync(join(project, 'node_modules/.bin'), { recursive: true });
  symlinkSync(ROOT, join(project, 'node_modules/responses-mock'));
  symlinkSync('../responses-mock/bin/responses-mock.cjs', join(project, 'node_modules/.bin/responses-mock'));
  writeFileSync(join(project, 'package.json'), '{"name":"app","version":"1.0.0","private":true}');
  const upstream = await startServer(t, {}, ['--seed', '3']);
  const port = await freePort();
  // `npm test`: one request with the base URL and key the command line gives it.
  writeFileSync(join(project, 'ask.sh'), `curl -s "$OPENAI_BASE_URL/responses" -H "authorization: Bearer $OPENAI_API_KEY" -H 'content-type: application/json' -d '{"model":"gpt-4o","input":"Reply exactly: recorded."}' > "$1"\n`);
  const env = { RESPONSES_MOCK_UPSTREAM_OPENAI: `${upstream.url.origin}/v1`, RESPONSES_MOCK_LOG_LEVEL: 'warn', OPENAI_API_KEY: KEY, PORT: String(port), HOST: '' };
  // The README's port is the default one: this test's comes from PORT.
  const asScript = (text: string, out: string) => text.replaceAll('8080', String(port)).replace(/npm test.*$/m, `bash ask.sh ${out}`);

  t.equal(await bash(t, asScript(record, 'first.json'), { cwd: project, env }), 0, 'the recording script ends');
  const health = await fetch(`http://127.0.0.1:${port}/health`).then(() => 'answered', () => 'refused');
  t.equal(health, 'refused', 'and leaves nothing running on the port');
  const recording = join(project, 'recordings/default.yaml');
  t.ok(existsSync(recording), 'the recording is written');
  t.notOk(readFileSync(recording, 'utf8').includes(KEY.slice(0, 20)), 'without the key');
  t.match(readFileSync(join(project, 'first.json'), 'utf8'), /"text":"recorded/);

  // A port of its own: the recorder's, free again, may have gone to another test's server meanwhile.
  const replayPort = String(await freePort());
  const replayScript = asScript(replay, 'second.json').replaceAll(String(port), replayPort);
  t.equal(await bash(t, replayScript, { cwd: project, env: { ...env, PORT: replayPort, OPENAI_API_KEY: 'unused', RESPONSES_MOCK_UPSTREAM_OPENAI: 'http://127.0.0.1:9/v1' } }), 0, 'the replay script ends');
  t.equal(readFileSync(join(project, 'second.json'), 'utf8'), readFileSync(join(project, 'first.json'), 'utf8'), 'the replay answers the same bytes');
});

t.test("the README's wait for /health gives up when the server has exited", async (t) => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const replay = block(readme, { after: 'replay\nin CI, offline', line: 'node_modules/.bin/responses-mock --fixtures recordings' });
  const project = mkdtempSync(join(tmpdir(), 'readme-project-'));
  // No responses-mock in this project: the command fails at once, as a server refused its port would.
  const port = await freePort();
  const started = Date.now();
  const code = await bash(t, replay.replaceAll('8080', String(port)), { cwd: project, env: { PORT: String(port) } });
  t.not(code, 0, 'the script fails');
  t.not(code, 'timed out', `and ends (in ${Date.now() - started} ms)`);
});
