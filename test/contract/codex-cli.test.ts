// The Codex CLI (@openai/codex, unmodified) against the mock on a real port: the shipped codex-session
// scenario (a harmless echo, an apply_patch, then text), and the rule-based engine picking Codex's own shell
// tool for an everyday request, with its reasoning items and the journal saying why; and the same scenario
// over the Responses WebSocket when the provider declares supports_websockets.
import t from 'tap';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codexAvailable, runCodex } from '../helpers/clients/codex.js';
import { listen } from '../helpers/server.js';
import { skipWithout } from '../helpers/prerequisite.js';

const skip = skipWithout(!codexAvailable() && 'the Codex binary for this platform is not installed');

interface JournalEntry { method: string; transport: string; path: string; status: number; scenario: string | null; rule: { name?: string } | null; body: string; engine: { tools: string[]; explanation: { ranked: Array<{ tool: string; why: string[] }> } | null } | null }

async function journal(url: string, session: string): Promise<JournalEntry[]> {
  const answer = await fetch(`${url}/__mock/requests?session=${session}`);
  return ((await answer.json()) as { requests: JournalEntry[] }).requests;
}

const items = (events: Array<Record<string, unknown>>, type: string) => events
  .filter((event) => event.type === 'item.completed')
  .map((event) => event.item as Record<string, unknown>)
  .filter((item) => item.type === type);

t.test('codex exec runs the codex-session scenario: echo, apply_patch, text', { skip }, async (t) => {
  const server = await listen(t);
  const run = await runCodex({ baseURL: server.openaiBaseURL, prompt: 'Say hello and add hello.txt.', headers: { 'x-mock-scenario': 'codex-session', 'x-mock-session': 'codex-scenario' } });
  t.teardown(run.cleanup);
  t.equal(run.code, 0, `codex exited cleanly${run.code === 0 ? '' : `: ${run.stderr.slice(-2000)}`}`);
  const commands = items(run.events, 'command_execution');
  t.match(commands, [{ command: /echo hello from the mock/, aggregated_output: 'hello from the mock\n', exit_code: 0, status: 'completed' }], 'Codex ran the echo');
  t.match(items(run.events, 'file_change'), [{ changes: [{ path: /hello\.txt$/, kind: 'add' }], status: 'completed' }], 'then applied the patch');
  t.equal(readFileSync(join(run.workdir, 'hello.txt'), 'utf8'), 'Hello from the mock!\n', 'the file is there');
  t.match(items(run.events, 'agent_message').at(-1), { text: 'I ran `echo hello from the mock` and created hello.txt.' });
  t.match(items(run.events, 'reasoning'), [{ text: /Running a command/ }, { text: /Adding the file/ }], 'the reasoning summaries reached Codex');
  const entries = (await journal(server.url, 'codex-scenario')).filter((entry) => entry.path === '/v1/responses');
  t.same(entries.map((entry) => [entry.status, entry.rule?.name]), [[200, 'run a command'], [200, 'add a file'], [200, 'answer']], 'three turns, one rule each');
  const last = JSON.parse(entries.at(-1)!.body) as { store: boolean; stream: boolean; include: string[]; input: Array<{ type: string }> };
  t.match(last, { store: false, stream: true, include: ['reasoning.encrypted_content'] }, 'as Codex always asks');
  t.ok(last.input.some((item) => item.type === 'reasoning'), 'reasoning items went back in the input, and were accepted');
  t.ok(last.input.some((item) => item.type === 'custom_tool_call_output'), 'with the patch result');
});

t.test('the rule-based engine gives Codex a shell call for an everyday request, and says why', { skip }, async (t) => {
  const server = await listen(t);
  const run = await runCodex({ baseURL: server.openaiBaseURL, prompt: 'list the files in this folder', headers: { 'x-mock-session': 'codex-engine' } });
  t.teardown(run.cleanup);
  t.equal(run.code, 0, 'codex exited cleanly');
  t.equal(items(run.events, 'command_execution').length, 1, 'one command ran (exec_command), no sub-agent');
  t.ok(items(run.events, 'reasoning').length > 0, 'with reasoning items');
  t.ok(items(run.events, 'agent_message').length > 0, 'and a final answer');
  const [first] = await journal(server.url, 'codex-engine');
  t.same(first!.engine!.tools, ['exec_command']);
  t.match(first!.engine!.explanation!.ranked[0], { tool: 'exec_command', why: [/^lexicon run a command: list, file, folder → /] }, 'the journal says why');
});

t.test('with supports_websockets, codex exec runs the scenario over one socket', { skip }, async (t) => {
  const server = await listen(t);
  const run = await runCodex({ baseURL: server.openaiBaseURL, prompt: 'Say hello and add hello.txt.', websockets: true, headers: { 'x-mock-scenario': 'codex-session', 'x-mock-session': 'codex-socket' } });
  t.teardown(run.cleanup);
  t.equal(run.code, 0, `codex exited cleanly${run.code === 0 ? '' : `: ${run.stderr.slice(-2000)}`}`);
  t.equal(readFileSync(join(run.workdir, 'hello.txt'), 'utf8'), 'Hello from the mock!\n', 'the patch was applied');
  t.match(items(run.events, 'agent_message').at(-1), { text: 'I ran `echo hello from the mock` and created hello.txt.' });
  const entries = await journal(server.url, 'codex-socket');
  const turns = entries.filter((entry) => entry.method === 'WS' && entry.rule?.name !== undefined);
  t.same(turns.map((entry) => [entry.transport, entry.rule?.name]), [['websocket', 'run a command'], ['websocket', 'add a file'], ['websocket', 'answer']], 'every turn came over the socket');
  t.same(entries.filter((entry) => entry.method === 'POST' && entry.path === '/v1/responses'), [], 'no create over HTTP');
  t.equal(entries.filter((entry) => entry.method === 'GET' && entry.status === 101).length, 1, 'one socket for the session');
});
