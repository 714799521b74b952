// The lexicon and the explanation: everyday requests reach the tool that does them under another name, long
// descriptions that mention everything do not win, and each score says where it came from.
import t from 'tap';
import { matchTools } from '../../../../src/domain/engine/matching/match-tools.js';
import type { FunctionTool } from '../../../../src/domain/types.js';

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

// Everyday tools, each alone: a person asks for what they do in their own words.
const alone: Array<[string, FunctionTool]> = [
  ['Is it going to rain in San Francisco?', fn('weather', 'Get the weather in a location', { city: {} })],
  ["Post 'Deploy finished' in #releases", fn('send_slack_message', 'Post a message to a Slack channel.', { channel: {}, text: {} })],
  ['Remind me to call mom at 18:30', fn('set_reminder', 'Set a reminder for the user.', { time: {}, message: {} })],
  ['How do I get from Union Station to Millennium Park by transit?', fn('get_directions', 'Directions between two places.', { origin: {}, destination: {}, mode: {} })],
  ['How much is 1,200 euros in yen?', fn('convert_currency', 'Convert an amount between currencies.', { amount: {}, from: {}, to: {} })],
  ["What's NVDA trading at?", fn('get_stock_price', 'Get the latest price for a stock.', { ticker: {} })],
  ["Show me what's in src/index.ts", fn('read_file', 'Read a file from the workspace.', { path: {} })],
  ['Summarize https://example.com/blog/post-1 for me', fn('fetch_url', 'Fetch a web page as markdown.', { url: {} })],
  ['What is (17 + 25) * 3?', fn('calculator', 'Evaluate a math expression.', { expression: {} })],
  ["Text +14155550100 that I'm late", fn('send_sms', 'Send a text message to a phone number.', { phone_number: {}, message: {} })],
  ['Use SELECT count(*) FROM orders', fn('run_query', 'Run a read-only query.', { sql: {} })],
  ['Call +1 415 555 0100 or +44 20 7946 0958', fn('place_call', 'Place a call to each number in turn.', { phone_numbers: {} })],
];

t.test('everyday requests reach a tool that names the job otherwise, or by the value they hold', async (t) => {
  for (const [prompt, tool] of alone) t.equal(matchTools(prompt, [tool])[0]?.tool.name, tool.name, prompt);
  const [read] = matchTools("Show me what's in src/index.ts", [alone[6]![1]]);
  t.match(read!.why, [/^value a file path → path/], 'the value is the reason');
  t.equal(read!.score, 1, 'a weak one: any word of the tool outranks it');
});

t.test('a value or an everyday word is no reason to call an unrelated tool', async (t) => {
  const tools = alone.map(([, tool]) => tool);
  t.same(matchTools('Tell me a joke about dogs', tools), []);
  t.same(matchTools('Book a table on 2025-06-12 for 4', [alone[8]![1]]), [], 'a date is no arithmetic');
  t.same(matchTools('What is (1234567) + 2?', [alone[9]![1]]), [], 'a number in brackets is no phone number');
  t.same(matchTools('Add (555-0142) to the sheet', [alone[9]![1]]), [], 'nor a local number in brackets: no country or area code');
  t.equal(matchTools('Add (415) 555-0100 to the sheet', [alone[9]![1]])[0]?.tool.name, 'send_sms', 'an area code in brackets is one');
  t.equal(best('fix the typo in main.ts')?.tool.name, 'apply_patch', 'a path in a request to change it: the patch tool still');
});

t.test('the value checks read a prompt once, whatever it holds', async (t) => {
  const tools = alone.map(([, tool]) => tool);
  for (const prompt of ['a-'.repeat(50000), `${'1 '.repeat(50000)}x`, 'SELECT '.repeat(14000), ' #'.repeat(50000), `${'a'.repeat(100000)}.md`, '/a'.repeat(50000)]) {
    const started = performance.now();
    matchTools(prompt, tools);
    const elapsed = performance.now() - started;
    t.ok(elapsed < 2000, `${JSON.stringify(prompt.slice(0, 8))}… took ${elapsed.toFixed(1)} ms`);
  }
});
