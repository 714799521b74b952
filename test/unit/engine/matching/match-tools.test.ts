import t from 'tap';
import { matchTools } from '../../../../src/domain/engine/matching/match-tools.js';
import { keywords, splitWords } from '../../../../src/domain/engine/words.js';
import type { FunctionTool } from '../../../../src/domain/types.js';

const tool = (name: string, description = '', namespace?: string): FunctionTool => ({ name, description, parameters: {}, strict: undefined, namespace });
const weather = tool('get_weather', 'Get current weather for a city.');
const time = tool('get_time', 'Get the local time in a timezone.');
const search = tool('searchDocs', 'Search the product documentation.');
const email = tool('send_email', 'Send an email message to a recipient.');
const tools = [weather, time, search, email];

t.test('identifiers split into words', async (t) => {
  t.same(splitWords('getWeatherForecast'), ['get', 'weather', 'forecast']);
  t.same(splitWords('send_email-now'), ['send', 'email', 'now']);
  t.same(splitWords('HTTPRequest'), ['http', 'request']);
  t.same([...keywords('What is the weather in Paris?')], ['weather', 'pari']);
});

const cases: Array<{ prompt: string; expect: string[] }> = [
  { prompt: 'What is the weather in Paris?', expect: ['get_weather'] },
  { prompt: 'What time is it in Tokyo?', expect: ['get_time'] },
  { prompt: 'What is the weather and the time in Tokyo?', expect: ['get_weather', 'get_time'] },
  { prompt: 'Search the documentation for rate limits', expect: ['searchDocs'] },
  { prompt: 'Email Bob that the build is green', expect: ['send_email'] },
  { prompt: 'Call get_time now.', expect: ['get_time'] },
  { prompt: 'Tell me a joke', expect: [] },
  { prompt: '', expect: [] },
];

t.test('prompts match the tools they ask for', async (t) => {
  for (const c of cases) {
    t.same(matchTools(c.prompt, tools).map((m) => m.tool.name).sort(), [...c.expect].sort(), c.prompt || '(empty)');
  }
});

t.test('a tool named verbatim ranks first; a refused one is excluded', async (t) => {
  const crm = tool('lookup', 'Look up a reference value', 'crm');
  const inventory = tool('lookup', 'Look up a reference value', 'inventory');
  const matches = matchTools('Call only crm.lookup once with query ping. Do not call inventory.lookup.', [crm, inventory]);
  t.same(matches.map((m) => m.tool.namespace), ['crm']);
  t.equal(matches[0]!.score, 100);
  t.same(matchTools('Do not use get_weather; just say hi.', [weather]).map((m) => m.tool.name), []);
});

t.test('matching is deterministic and keeps definition order on ties', async (t) => {
  const a = tool('lookup_user', 'Find a user');
  const b = tool('lookup_order', 'Find an order');
  const first = matchTools('lookup', [a, b]).map((m) => m.tool.name);
  t.same(first, ['lookup_user', 'lookup_order']);
  t.same(matchTools('lookup', [a, b]).map((m) => m.tool.name), first);
});

t.test('100,000 tools (a namespace of them, say) are matched without churning the words memo of everyday tools', async (t) => {
  matchTools('What is the weather in Paris?', tools);
  const remembered = keywords(weather.description);
  const many = Array.from({ length: 100_000 }, (_, index) => tool(`t${index}`, `Tool number ${index}.`, 'ns'));
  const matched = matchTools('Call ns.t5', many);
  t.equal(matched[0]?.tool.name, 't5');
  t.equal(keywords(weather.description), remembered, 'the words of a tool seen before are still remembered');
});

t.test('a tool only its description matched stays when a word of its own asks for it (review 23)', async (t) => {
  const withParameters = (name: string, description: string, properties: string[]): FunctionTool => ({ ...tool(name, description), parameters: { type: 'object', properties: Object.fromEntries(properties.map((key) => [key, { type: 'string' }])) } });
  const city = withParameters('get_weather', 'Get the current weather for a city', ['city']);
  const mail = withParameters('tool_b', 'Send an email message to a recipient', ['recipient', 'message']);
  const jira = withParameters('jira_create', 'Open a new bug ticket in the issue tracker', ['summary', 'details']);
  const notify = withParameters('notify_user', 'Send a push notification to the phone of the user', ['message']);
  const event = withParameters('create_event', 'Create a calendar event', ['title', 'date']);
  const web = withParameters('search_web', 'Search the web for information', ['query']);
  const summarize = withParameters('summarize', 'Condense a long text into a short summary', ['text']);
  const called = (prompt: string, offered: FunctionTool[]) => matchTools(prompt, offered).map((m) => m.tool.name);
  const rows: Array<[FunctionTool[], string, string]> = [
    [[city, mail], 'Send an email message to Bob saying the weather was great', 'tool_b'],
    [[city, mail], 'Get the current weather in Paris and send an email message to Bob with the forecast', 'tool_b'],
    [[city, jira], 'File a bug ticket in the issue tracker about the weather page', 'jira_create'],
    [[city, notify], 'Send a push notification to my phone with the weather in Paris', 'notify_user'],
    [[event, notify], 'Send a push notification to my phone about the event tonight', 'notify_user'],
    [[event, mail], 'Send an email message to Bob about the event on Friday', 'tool_b'],
    [[web, summarize], 'Condense this long text into a short summary: search engines crawl the web and index pages', 'summarize'],
  ];
  for (const [offered, prompt, expected] of rows) t.ok(called(prompt, offered).includes(expected), `${prompt}: ${expected} among ${JSON.stringify(called(prompt, offered))}`);
  t.same(called('Get the current weather in Paris and send an email message to Bob with the forecast', [city, mail]).sort(), ['get_weather', 'tool_b'], 'both asked, both called');
});
