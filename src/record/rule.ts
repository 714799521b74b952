// One recorded exchange as an ordinary scenario rule: it matches the request as it was sent (path, model, last
// user message, tools, tool choice, whether it follows a tool output, turn) and answers with a `replay` of
// exactly what came back. Credentials are scrubbed from both halves before anything is written.
import { lastUserText } from '../domain/engine/content/text.js';
import { isRecord } from '../domain/is-record.js';
import { endingOutputs, toolChoiceName } from '../domain/scenarios/match.js';
import type { ProviderId } from '../domain/types.js';
import type { PreparedRequest } from '../domain/validation/prepare.js';
import type { Match, Rule } from '../schemas/fixtures.js';
import type { Replay } from '../schemas/replay.js';
import type { CapturedResponse } from './capture.js';
import { REDACTED, type Scrubber, type SecretNames } from './scrub.js';
import { scrubDeltas } from '../http/traffic/split-credentials.js';

export interface RecordedRequest {
  provider: ProviderId;
  /** The body as sent, parsed (undefined if it was not JSON). */
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  /** The query string without its `?` ('' when none). */
  query: string;
  /** The request as the matcher will see it on replay, when it could be read. */
  prepared: PreparedRequest | undefined;
  turn: number;
}

/** Request headers that say something about the request, not about the transport or the client library. */
const UNRECORDED_REQUEST_HEADERS = new Set([
  'host', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'accept-encoding', 'te', 'trailer',
  'upgrade', 'proxy-connection', 'user-agent', 'expect',
]);
/** Response headers that frame the answer or that the mock sets itself. */
const UNRECORDED_RESPONSE_HEADERS = new Set([
  'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade', 'trailer', 'te', 'content-encoding',
  'content-type', 'date',
]);

/** `scrub`: the request's scrubber (requestScrubber); `names` decide which response headers are dropped. */
export function recordedRule(args: { request: RecordedRequest; response: CapturedResponse; names: SecretNames; scrub: Scrubber }): Rule {
  const { request, response, names, scrub } = args;
  const requestHeaders = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !UNRECORDED_REQUEST_HEADERS.has(name) && !name.startsWith('x-mock-') && !name.startsWith('x-stainless-')));
  const sent: NonNullable<Replay['request']> = {
    body: scrub.json(request.body),
    ...(Object.keys(requestHeaders).length > 0 ? { headers: scrub.headers(requestHeaders) } : {}),
    ...(request.query ? { query: scrub.query(new URLSearchParams(request.query)) } : {}),
  };
  const replay: Replay = { request: sent };
  if (response.status !== 200) replay.status = response.status;
  if (response.status >= 400) {
    const kept = Object.fromEntries(Object.entries(response.headers).filter(([name]) => !UNRECORDED_RESPONSE_HEADERS.has(name) && !names.isSecretName(name)));
    if (Object.keys(kept).length > 0) replay.headers = scrub.headers(kept);
  }
  if (response.body) replay.body = scrub.json(response.body);
  if (response.events) replay.events = scrub.json(scrubDeltas(response.events, scrub));
  if (response.timing) replay.timing = response.timing;
  if (response.cut) replay.cut = true;
  return {
    name: `turn ${request.turn}: ${describe(response)}`,
    match: matchOf(request, scrub),
    respond: { replay, ...(response.latencyMs !== undefined ? { latencyMs: Math.min(response.latencyMs, 600_000) } : {}) },
  };
}

/** What decides the answer, as the rule matcher reads it; a request the mock cannot read matches by turn. */
function matchOf(request: RecordedRequest, scrub: Scrubber): Match {
  const match: Match = { provider: request.provider, turn: request.turn };
  const prepared = request.prepared;
  if (!prepared) return match;
  const body = prepared.body;
  match.model = { equals: body.model };
  match.message = messageMatch(lastUserText(prepared.conversation), scrub);
  const tools = prepared.functions.map((tool) => (tool.namespace ? `${tool.namespace}.${tool.name}` : tool.name));
  if (tools.length > 0) match.tools = tools;
  if (body.tool_choice !== undefined && body.tool_choice !== null) match.toolChoice = toolChoiceName(body.tool_choice);
  match.afterToolOutput = afterToolOutput(prepared);
  return match;
}

/**
 * The last user message as the rule matches it: itself, or, where a credential was cut from it, a pattern taking
 * any text in each place cut (the file never holds the credential; a replay with another key still matches).
 */
function messageMatch(text: string, scrub: Scrubber): NonNullable<Match['message']> {
  const written = scrub.text(text);
  if (written === text) return { equals: text };
  return { regex: `^${written.split(REDACTED).map((part) => part.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')).join('[\\s\\S]+')}$` };
}

function afterToolOutput(prepared: PreparedRequest): NonNullable<Match['afterToolOutput']> {
  const last = endingOutputs(prepared).at(-1);
  if (!last) return false;
  return { ...(last.name !== undefined ? { tool: last.name } : {}), callId: last.callId };
}

function describe(response: CapturedResponse): string {
  if (response.status >= 400) return `HTTP ${response.status}`;
  const how = response.events ? 'stream' : 'JSON';
  if (response.cut) return `${how} cut after ${response.events?.length ?? 0} event(s)`;
  const body = response.body ?? (response.events?.findLast((event) => typeof event.response === 'object')?.response as Record<string, unknown> | undefined);
  const output = Array.isArray(body?.output) ? (body.output as unknown[]).filter(isRecord) : [];
  const calls = output.filter((item) => item.type === 'function_call').map((item) => label(item.name));
  const said = calls.length > 0 ? `calls ${calls.join(', ')}` : output.length > 0 ? output.map((item) => label(item.type)).join(', ') : 'empty output';
  return `${how}, ${said}`;
}

/** A name for the rule's label: what the upstream sent may be anything, and is shortened. */
function label(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 64) : '?';
}
