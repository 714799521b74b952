// What every fuzzed request must get: a 200 whose body reads as a response (a stream that ends as a response
// ends), or a JSON 4xx whose error names the JSON path at fault — never a 5xx, another status, a non-JSON
// error, a hang or a dropped connection. And how a fuzzed request is sent over real HTTP.
import type { Listening } from '../server.js';
import { MAX_BODY_DEPTH } from '../../../src/domain/validation/body-depth.js';

export interface FuzzRequest {
  provider: 'openrouter' | 'openai';
  /** The body text as sent (not always valid JSON). */
  body: string;
  /** x-mock-* and other headers, besides content-type. */
  headers: Record<string, string>;
}

export interface FuzzAnswer {
  status: number;
  contentType: string;
  text: string;
}

/** Sends one request; an answer slower than `timeoutMs` (a hang) rejects. */
export async function sendOver(server: Listening, request: FuzzRequest, timeoutMs = 120_000): Promise<FuzzAnswer> {
  const base = request.provider === 'openrouter' ? server.openrouterBaseURL : server.openaiBaseURL;
  const signal = AbortSignal.timeout(timeoutMs);
  const response = await fetch(`${base}/responses`, { method: 'POST', headers: { 'content-type': 'application/json', ...request.headers }, body: request.body, signal });
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
}

/** Why the server is unwell after a run, or null: /health must still answer. */
export async function healthProblem(server: Listening): Promise<string | null> {
  try {
    const response = await fetch(`${server.url}/health`, { signal: AbortSignal.timeout(30_000) });
    const body = await response.json() as { status?: unknown };
    return response.status === 200 && body.status === 'ok' ? null : `/health answered ${response.status}`;
  } catch (error) {
    return `/health did not answer (${(error as Error).message})`;
  }
}

/** Why an answer is bad, or null. */
export function judge(answer: FuzzAnswer, request: FuzzRequest): string | null {
  if (answer.status >= 500) return `${answer.status}: ${answer.text.slice(0, 300)}`;
  if (answer.status >= 400) return errorProblem(answer, request);
  if (answer.status !== 200) return `unexpected status ${answer.status}`;
  // A stream that starts must end as a response ends, whatever happened while it was written.
  if (answer.contentType.startsWith('text/event-stream')) {
    const ended = ['completed', 'failed', 'incomplete'].some((end) => answer.text.includes(`"type":"response.${end}"`));
    return ended ? null : `a stream without its terminal event: …${answer.text.slice(-300)}`;
  }
  if (!answer.contentType.startsWith('application/json')) return `a 200 of ${answer.contentType}`;
  return responseProblem(answer.text);
}

/** A JSON error envelope whose error names a path (a body that is not a JSON object, or too deep, has none). */
function errorProblem(answer: FuzzAnswer, request: FuzzRequest): string | null {
  if (!answer.contentType.startsWith('application/json')) return `non-JSON ${answer.status}`;
  let parsed: { error?: { param?: unknown; message?: unknown }; metadata?: { raw?: unknown } };
  try {
    parsed = JSON.parse(answer.text) as typeof parsed;
  } catch {
    return `unparsable ${answer.status}: ${answer.text.slice(0, 200)}`;
  }
  if (typeof parsed.error !== 'object' || parsed.error === null) return `no error object: ${answer.text.slice(0, 200)}`;
  if (typeof parsed.error.message !== 'string' || parsed.error.message === '') return `an error without a message: ${answer.text.slice(0, 200)}`;
  if (answer.status === 413 || !isJsonObject(request.body)) return null;
  const path = request.provider === 'openai' ? parsed.error.param : openRouterPath(parsed.metadata?.raw);
  return typeof path === 'string' && path !== '' ? null : `${answer.status} naming no path: ${answer.text.slice(0, 300)}`;
}

/** The path of the first zod-style issue OpenRouter lists in `metadata.raw`, dotted. */
function openRouterPath(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  try {
    const issues = JSON.parse(raw) as Array<{ path?: unknown }>;
    const path = issues[0]?.path;
    return Array.isArray(path) && path.length > 0 ? path.join('.') : null;
  } catch {
    return null;
  }
}

/** Whether the text is a JSON object nested no deeper than the server takes (otherwise no field is at fault). */
function isJsonObject(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > MAX_BODY_DEPTH) return false;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return true;
}

interface OutputItem {
  type?: unknown;
  arguments?: unknown;
  content?: Array<{ type?: unknown; text?: unknown }>;
}

/** A JSON 200 is a response: its calls' arguments are JSON, and so is a completed json_schema answer. */
function responseProblem(text: string): string | null {
  let body: { object?: unknown; status?: unknown; output?: OutputItem[]; text?: { format?: { type?: unknown } } };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return `a 200 whose JSON does not parse: ${text.slice(0, 200)}`;
  }
  if (body.object !== 'response' || !Array.isArray(body.output)) return `a 200 that is not a response: ${text.slice(0, 200)}`;
  for (const item of body.output) {
    if (item.type === 'function_call' && !parses(item.arguments)) return `arguments that are not JSON: ${String(item.arguments).slice(0, 200)}`;
    if (item.type !== 'message' || body.status !== 'completed' || body.text?.format?.type !== 'json_schema') continue;
    const part = item.content?.find((content) => content.type === 'output_text');
    if (part && !parses(part.text)) return `a json_schema answer that is not JSON: ${String(part.text).slice(0, 200)}`;
  }
  return null;
}

function parses(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
