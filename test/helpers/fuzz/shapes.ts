// Valid requests of several shapes (tools, history with calls and outputs, content parts, forced choice,
// numbers, namespaces, an agent's 2026 fields), and how to put a raw JSON value at one of their leaves or rename one of their keys.
import { timeTool, weatherTool } from '../app.js';

const loop = [
  { role: 'user', content: [{ type: 'input_text', text: 'What is the weather in Paris?' }, { type: 'input_image', image_url: 'https://x/y.png', detail: 'auto' }] },
  { type: 'function_call', id: 'fc_1', call_id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}' },
  { type: 'function_call_output', id: 'fco_1', call_id: 'call_1', output: [{ type: 'input_text', text: '{"temperature":22}' }] },
  { type: 'message', role: 'assistant', id: 'msg_1', content: [{ type: 'output_text', text: 'Sunny.', annotations: [] }] },
  { role: 'user', content: 'And the time there?' },
];

export const SHAPES: Array<{ name: string; body: object }> = [
  { name: 'tools', body: { model: 'openai/gpt-4o-mini', input: 'What is the weather in Paris and London?', tools: [weatherTool, timeTool], tool_choice: 'required', parallel_tool_calls: true } },
  { name: 'history', body: { model: 'gpt-4o', input: loop, tools: [{ ...weatherTool, strict: true }, timeTool], store: false, instructions: 'Be brief.' } },
  { name: 'forced', body: { model: 'x-ai/grok-4.3', input: 'time?', tools: [timeTool], tool_choice: { type: 'function', name: 'get_time' }, stream: true, metadata: { a: 'b' }, text: { format: { type: 'text' } } } },
  { name: 'numbers', body: { model: 'gpt-4o', input: 'Forecast for Paris for 3 days, mail ada@example.com', tools: [{ type: 'function', name: 'get_forecast', parameters: { type: 'object', properties: { days: { type: 'integer', minimum: 1 }, email: { type: 'string', format: 'email' }, units: { enum: ['metric', 'imperial'] } }, required: ['days'] } }], tool_choice: 'required' } },
  { name: 'agent-2026', body: { model: 'gpt-5.6', input: [{ type: 'configuration_update', reasoning: { effort: 'high' }, text: { format: { type: 'json_schema', name: 'out', strict: true, schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false } } } }, { role: 'user', content: 'Run `ls` in Paris' }, { type: 'shell_call', call_id: 'call_9', action: { commands: ['ls'] }, status: 'completed' }, { type: 'shell_call_output', call_id: 'call_9', output: [{ stdout: 'a', stderr: '', outcome: { type: 'exit', exit_code: 0 } }] }], tools: [{ type: 'shell', environment: { type: 'local' } }], prompt_cache_options: { mode: 'explicit', ttl: '30m', comparison_response_id: 'resp_1' }, background_options: { completion_window: 'soonest', continuation_id: 'c' }, access_programs: { cyber: 'standard' }, image: { context_compression: 'auto' }, store: false } },
  { name: 'namespace', body: { model: 'm', input: [{ role: 'user', content: [{ type: 'input_text', text: 'look up Ada' }] }], tools: [{ type: 'namespace', name: 'crm', description: 'CRM', tools: [{ type: 'function', name: 'lookup', parameters: { type: 'object', properties: { name: { type: 'string', enum: ['Ada', 'Bob'] }, n: { type: 'integer', minimum: 0 } }, required: ['name'] } }] }, { type: 'web_search_preview' }], tool_choice: { type: 'allowed_tools', mode: 'required', tools: [{ type: 'function', name: 'lookup' }] }, store: false } },
];

export type Path = Array<string | number>;
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function leaves(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) value.forEach((child, index) => leaves(child, [...prefix, index], out));
  else if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) leaves(child, [...prefix, key], out);
  else out.push(prefix);
  return out;
}

export function keys(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) value.forEach((child, index) => keys(child, [...prefix, index], out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      out.push([...prefix, key]);
      keys(child, [...prefix, key], out);
    }
  }
  return out;
}

const SENTINEL = '\u0001sentinel\u0001';

/** The body text with the leaf at `path` replaced by a raw JSON token. */
export function withLeaf(body: Json, path: Path, raw: string): string {
  const copy = structuredClone(body) as Record<string | number, Json>;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  parent[path[path.length - 1]!] = SENTINEL;
  return JSON.stringify(copy).replace(JSON.stringify(SENTINEL), raw);
}

/** The body text with the key at `path` renamed (the raw text, so `__proto__` arrives as a key). */
export function withKey(body: Json, path: Path, name: string): string {
  const copy = structuredClone(body) as Record<string | number, Json>;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  const last = String(path[path.length - 1]);
  const rebuilt: Record<string, Json> = {};
  for (const [key, value] of Object.entries(parent)) rebuilt[key === last ? SENTINEL : key] = value;
  for (const key of Object.keys(parent)) delete parent[key];
  Object.assign(parent, rebuilt);
  return JSON.stringify(copy).replace(JSON.stringify(SENTINEL), JSON.stringify(name));
}

