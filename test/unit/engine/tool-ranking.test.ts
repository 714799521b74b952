// The lexicon and the explanation: everyday requests reach the tool that does them under another name, long
// descriptions that mention everything do not win, and each score says where it came from.
import t from 'tap';
import { matchTools } from '../../../src/domain/engine/match-tools.js';
import type { FunctionTool } from '../../../src/domain/types.js';

const fn = (name: string, description: string, properties: Record<string, unknown> = {}): FunctionTool =>
  ({ name, description, parameters: { type: 'object', properties }, strict: undefined });
const longText = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
// A coding agent's tools, in its own words.
const exec = fn('exec_command', 'Runs a command in a PTY, returning output or a session ID.', { cmd: { type: 'string' }, workdir: { type: 'string' } });
const viewImage = fn('view_image', 'View a local image file from the filesystem.', { path: { type: 'string' } });
const spawn = { ...fn('spawn_agent', `Spawn a sub-agent. ${longText} It can list files in a folder, read files and search.`, { message: {} }), namespace: 'agents' };
const readFile = fn('read_file', 'Return a file', { path: {} });
const patch = fn('apply_patch', 'Apply a diff to the workspace.', { input: {} });
const stdin = fn('write_stdin', 'Writes characters to an existing unified exec session.', { chars: {}, session_id: {} });
const agentTools = [viewImage, spawn, stdin, exec, readFile, patch];

const best = (prompt: string) => matchTools(prompt, agentTools)[0];

t.test('everyday words reach the tool that does it', async (t) => {
  t.equal(best('list the files in this folder')?.tool.name, 'exec_command', 'listing files runs a command');
  t.equal(best('run the tests')?.tool.name, 'exec_command');
  t.equal(best('open README.md and read it')?.tool.name, 'read_file');
  t.equal(best('fix the typo in main.ts')?.tool.name, 'apply_patch', 'a change goes to the patch tool');
  t.same(matchTools('tell me a joke', agentTools), [], 'no everyday cue, no call');
});

t.test('a long description that mentions everything does not match on it', async (t) => {
  const names = matchTools('list the files in this folder', agentTools).map((match) => match.tool.name);
  t.notOk(names.includes('spawn_agent'), 'diluted: three words among a hundred and more');
  t.notOk(names.includes('view_image'), 'one description word is not enough');
});

t.test('each score says where it came from', async (t) => {
  const [match] = matchTools('list the files in this folder', agentTools);
  t.match(match!.why, [/^lexicon run a command: list, file, folder → .*\bcmd\b/]);
  t.equal(match!.score, 4.5, 'three words, 1.5 each');
  t.same(matchTools('list the files in this folder', agentTools).map((m) => m.tool.name), ['exec_command'], 'read_file (name: file, 3) and write_stdin (exec in its description, half) are far behind and dropped');
  const [weather] = matchTools('What is the weather?', [fn('get_weather', 'Weather for a city.', { city: {} })]);
  t.same(weather!.why, ['name: weather'], 'a word the name matched is not counted again from the description');
  const named = matchTools('Call agents.spawn_agent now', agentTools);
  t.same(named[0], { tool: spawn, score: 100, why: ['named: agents.spawn_agent'] });
});
