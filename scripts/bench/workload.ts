// The benchmark traffic: requests as agent code sends them, every one different — rotating prompts, one to
// three tools out of eight everyday ones, 0 to 6 items of earlier turns — plus a per-request number in the
// prompt, so that no request is ever byte-identical to another (no memo can answer it).
const TOOLS = [
  { type: 'function', name: 'get_weather', description: 'Get the current weather for a city.', parameters: { type: 'object', properties: { city: { type: 'string' }, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } }, required: ['city'], additionalProperties: false } },
  { type: 'function', name: 'get_time', description: 'Get the local time in a timezone or city.', parameters: { type: 'object', properties: { timezone: { type: 'string' } }, required: ['timezone'], additionalProperties: false } },
  { type: 'function', name: 'search_web', description: 'Search the web and return the top results.', parameters: { type: 'object', properties: { query: { type: 'string' }, max_results: { type: 'integer', minimum: 1, maximum: 10 } }, required: ['query'] } },
  { type: 'function', name: 'send_email', description: 'Send an email message.', parameters: { type: 'object', properties: { to: { type: 'string', format: 'email' }, subject: { type: 'string' }, body: { type: 'string' } }, required: ['to', 'subject', 'body'] } },
  { type: 'function', name: 'create_event', description: 'Create a calendar event.', parameters: { type: 'object', properties: { title: { type: 'string' }, date: { type: 'string', format: 'date' }, attendees: { type: 'array', items: { type: 'string' }, maxItems: 5 } }, required: ['title', 'date'] } },
  { type: 'function', name: 'convert_currency', description: 'Convert an amount between currencies.', parameters: { type: 'object', properties: { amount: { type: 'number', minimum: 0 }, from: { type: 'string', enum: ['USD', 'EUR', 'GBP', 'JPY'] }, to: { type: 'string', enum: ['USD', 'EUR', 'GBP', 'JPY'] } }, required: ['amount', 'from', 'to'], additionalProperties: false } },
  { type: 'function', name: 'lookup_order', description: 'Look up an order by its id.', parameters: { type: 'object', properties: { order_id: { type: 'string', pattern: '^ORD-[0-9]{6}$' } }, required: ['order_id'] } },
  { type: 'function', name: 'read_file', description: 'Read a text file from the workspace.', parameters: { type: 'object', properties: { path: { type: 'string' }, max_bytes: { type: 'integer', minimum: 1 } }, required: ['path'] } },
] as const;

const PROMPTS = [
  'What is the weather in Paris in celsius?',
  'What time is it in Tokyo right now?',
  'Search the web for the best hiking trails near Denver',
  'Send an email to ana@example.com with subject Lunch saying see you at noon',
  'Create an event called Team sync on 2026-12-03 with Ana and Bo',
  'Convert 250 USD to EUR',
  'Where is my order ORD-123456?',
  'Read the file src/app.ts and summarise it',
  'What is the weather in Oslo and London?',
  'Tell me a short story about a lighthouse keeper',
] as const;

/**
 * The headers the openai SDK sends with each request (a test key, as in a user's CI): the journal and the log
 * read them, so a bench without them would leave out work every real request costs.
 */
export const CLIENT_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json',
  accept: 'application/json',
  authorization: 'Bearer sk-test-bench-0123456789abcdefghijklmnopqrstuv',
  'user-agent': 'OpenAI/JS 7.59.0',
  'x-stainless-lang': 'js',
  'x-stainless-package-version': '7.59.0',
  'x-stainless-os': 'Linux',
  'x-stainless-arch': 'x64',
  'x-stainless-runtime': 'node',
  'x-stainless-runtime-version': 'v20.20.2',
  'x-stainless-retry-count': '0',
  'x-stainless-timeout': '600',
};

/** The marker wrk's script (or the load generator) replaces with the request's number. */
export const MARKER = '@@N@@';

export interface WorkloadOptions {
  /** `/v1/responses` (OpenAI) or `/api/v1/responses` (OpenRouter). */
  path: string;
  stream: boolean;
}

/** Earlier turns: a user message, a call and its output, per turn (ids as each provider requires). */
function history(turns: number, seed: number): unknown[] {
  const items: unknown[] = [];
  for (let turn = 0; turn < turns; turn += 1) {
    const callId = `call_${seed}_${turn}`;
    items.push(
      { role: 'user', content: `What is the weather in city number ${turn}?` },
      { type: 'function_call', id: `fc_${seed}${turn}`, call_id: callId, name: 'get_weather', arguments: JSON.stringify({ city: `City ${turn}` }) },
      { type: 'function_call_output', id: `fco_${seed}${turn}`, call_id: callId, output: JSON.stringify({ temperature: 10 + turn, sky: 'clear' }) },
    );
  }
  return items;
}

/**
 * 40 request templates, each with MARKER in its last user message: prompt i, tools (i, i+1, …) mod 8 (1 to 3
 * of them), 0 to 2 earlier turns. Replacing MARKER with a counter makes every request unique.
 */
export function templates(options: WorkloadOptions): string[] {
  const out: string[] = [];
  for (let i = 0; i < 40; i += 1) {
    const toolCount = 1 + (i % 3);
    const tools = Array.from({ length: toolCount }, (_, k) => TOOLS[(i + k) % TOOLS.length]);
    const turns = i % 3;
    const prompt = `${PROMPTS[i % PROMPTS.length]} (request ${MARKER})`;
    const input = [...history(turns, i), { role: 'user', content: prompt }];
    // The tool that history calls must be offered (strict OpenRouter history rules).
    if (turns > 0 && !tools.some((tool) => tool?.name === 'get_weather')) tools.push(TOOLS[0]);
    const model = options.path.startsWith('/api/') ? 'openai/gpt-4o-mini' : 'gpt-4o-mini';
    out.push(JSON.stringify({ model, input, tools, ...(options.stream ? { stream: true } : {}) }));
  }
  return out;
}

/** The names of the tools the workload uses (a peer's fixtures answer each). */
export const TOOL_NAMES: string[] = TOOLS.map((tool) => tool.name);

/**
 * A wrk Lua script that POSTs the templates in turn, each with a fresh number counted from `start` (give each
 * run its own: a run that repeated an earlier run's numbers would send requests the server has seen).
 */
export function wrkScript(args: { path: string; bodies: string[]; start?: number }): string {
  const bodies = args.bodies.map((body) => `[==[${body}]==]`).join(',\n');
  return `-- generated by scripts/bench/workload.ts
local bodies = {
${bodies}
}
local n = ${args.start ?? 0}
local headers = { ${Object.entries(CLIENT_HEADERS).map(([name, value]) => `["${name}"] = "${value}"`).join(', ')} }
request = function()
  n = n + 1
  local body = bodies[(n % #bodies) + 1]:gsub("${MARKER}", tostring(n))
  return wrk.format("POST", "${args.path}", headers, body)
end
`;
}
