// Every leaf of several valid requests (tools, history with calls and outputs, content parts, namespaces,
// tool_choice objects), on both paths, replaced in turn by names of Object.prototype members and other
// special values (huge and tiny numbers, -0, NaN-ish strings, empty strings, unicode, nested arrays); every
// object key renamed to those names too. No answer may be a 5xx: bad values are a JSON 4xx, the rest a 200.
import t from 'tap';
import { OPENAI, OPENROUTER, testApp, timeTool, weatherTool } from '../helpers/app.js';

export const PROTO_NAMES = [
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf',
  'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupSetter__',
];

/** Raw JSON tokens, spliced into the text so that -0 and out-of-range numbers arrive as sent. */
const OTHER_VALUES = [
  '-0', '1e400', '-1e400', '1e-400', '9007199254740993', '123456789012345678901234567890', 'true', 'null', '{}', '[]',
  '[[[[[["x"]]]]]]', `{${PROTO_NAMES.map((name) => `${JSON.stringify(name)}:1`).join(',')}}`,
  `[${PROTO_NAMES.map((name) => JSON.stringify(name)).join(',')}]`,
  ...['', ' ', 'NaN', '-Infinity', '\u0000', '\ud800', '😀', '\u202e\u2028', 'a\\b"c'].map((value) => JSON.stringify(value)),
];

const loop = [
  { role: 'user', content: [{ type: 'input_text', text: 'What is the weather in Paris?' }, { type: 'input_image', image_url: 'https://x/y.png', detail: 'auto' }] },
  { type: 'function_call', id: 'fc_1', call_id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}' },
  { type: 'function_call_output', id: 'fco_1', call_id: 'call_1', output: [{ type: 'input_text', text: '{"temperature":22}' }] },
  { type: 'message', role: 'assistant', id: 'msg_1', content: [{ type: 'output_text', text: 'Sunny.', annotations: [] }] },
  { role: 'user', content: 'And the time there?' },
];

const SHAPES: Array<{ name: string; body: object }> = [
  { name: 'tools', body: { model: 'openai/gpt-4o-mini', input: 'What is the weather in Paris and London?', tools: [weatherTool, timeTool], tool_choice: 'required', parallel_tool_calls: true } },
  { name: 'history', body: { model: 'gpt-4o', input: loop, tools: [{ ...weatherTool, strict: true }, timeTool], store: false, instructions: 'Be brief.' } },
  { name: 'forced', body: { model: 'x-ai/grok-4.3', input: 'time?', tools: [timeTool], tool_choice: { type: 'function', name: 'get_time' }, stream: true, metadata: { a: 'b' }, text: { format: { type: 'text' } } } },
  { name: 'numbers', body: { model: 'gpt-4o', input: 'Forecast for Paris for 3 days, mail ada@example.com', tools: [{ type: 'function', name: 'get_forecast', parameters: { type: 'object', properties: { days: { type: 'integer', minimum: 1 }, email: { type: 'string', format: 'email' }, units: { enum: ['metric', 'imperial'] } }, required: ['days'] } }], tool_choice: 'required' } },
  { name: 'namespace', body: { model: 'm', input: [{ role: 'user', content: [{ type: 'input_text', text: 'look up Ada' }] }], tools: [{ type: 'namespace', name: 'crm', description: 'CRM', tools: [{ type: 'function', name: 'lookup', parameters: { type: 'object', properties: { name: { type: 'string', enum: ['Ada', 'Bob'] }, n: { type: 'integer', minimum: 0 } }, required: ['name'] } }] }, { type: 'web_search_preview' }], tool_choice: { type: 'allowed_tools', mode: 'required', tools: [{ type: 'function', name: 'lookup' }] }, store: false } },
];

type Path = Array<string | number>;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function leaves(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) value.forEach((child, index) => leaves(child, [...prefix, index], out));
  else if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) leaves(child, [...prefix, key], out);
  else out.push(prefix);
  return out;
}

function keys(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
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
function withLeaf(body: Json, path: Path, raw: string): string {
  const copy = structuredClone(body) as Record<string | number, Json>;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  parent[path[path.length - 1]!] = SENTINEL;
  return JSON.stringify(copy).replace(JSON.stringify(SENTINEL), raw);
}

/** The body text with the key at `path` renamed (the raw text, so `__proto__` arrives as a key). */
function withKey(body: Json, path: Path, name: string): string {
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

t.test('special values in every leaf and key never give a 5xx', async (t) => {
  const app = testApp();
  t.teardown(() => app.close());
  let sent = 0;
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  for (const shape of SHAPES) {
    // Prototype names go to both paths; the other values, and renamed keys, to one path in turn (a lean run).
    const bodies: Array<{ label: string; payload: string; urls: string[] }> = [];
    let turn = 0;
    const next = () => [[OPENROUTER], [OPENAI]][(turn += 1) % 2]!;
    for (const path of leaves(shape.body as Json)) {
      for (const name of PROTO_NAMES) bodies.push({ label: `${path.join('.')} = ${name}`, payload: withLeaf(shape.body as Json, path, JSON.stringify(name)), urls: [OPENROUTER, OPENAI] });
      for (const raw of OTHER_VALUES) bodies.push({ label: `${path.join('.')} = ${raw}`, payload: withLeaf(shape.body as Json, path, raw), urls: next() });
    }
    for (const path of keys(shape.body as Json)) {
      for (const name of PROTO_NAMES) bodies.push({ label: `key ${path.join('.')} → ${name}`, payload: withKey(shape.body as Json, path, name), urls: next() });
    }
    for (const { label, payload, urls } of bodies) {
      for (const url of urls) {
        const response = await app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', 'x-mock-strictness': 'lenient' }, payload });
        sent += 1;
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        if (response.statusCode >= 500 || (response.statusCode >= 400 && !response.headers['content-type']?.toString().startsWith('application/json'))) {
          failures.push(`${shape.name} ${url} ${response.statusCode}: ${label} → ${response.body.slice(0, 200)}`);
        }
      }
    }
  }
  t.same(failures, [], `no 5xx among ${sent} requests (${JSON.stringify(Object.fromEntries(statuses))})`);
  t.ok((statuses.get(200) ?? 0) > 0 && (statuses.get(400) ?? 0) > 0, 'both accepted and rejected requests occurred');
});
