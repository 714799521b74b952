// Steering on a Responses socket (`response.steer`, as openai-node 7.59 documents it): user input queued for a
// response while it streams, acknowledged at once with `response.steer.accepted`. When the response ends, a
// successor with its settings continues from it with the queued input (the successor's `response.created` is
// the commit point); when it ends waiting for the client's tool output, `response.steer.pending` names the
// outputs needed and the input waits, to be prepended to the client's own continuation. Input that cannot be
// taken comes back in `response.steer.failed`. The response runs to its end: the documented stop at a safe
// boundary (`incomplete_details.reason: "steered"`) is something the service may do, and the mock does not.
import { createRandom, seedFrom } from '../../deps.js';
import type { CreateMessage } from './messages.js';

type Item = Record<string, unknown>;
type Event = Record<string, unknown>;

/** Accepted steers one response may hold. */
export const MAX_STEERS = 8;
/** Ended responses remembered, for `response_already_completed`. */
const MAX_ENDED = 256;
const HEX = '0123456789abcdef';
const PARTS = new Set(['input_text', 'input_image', 'input_file']);
const MESSAGE_FIELDS = new Set(['type', 'role', 'content', 'id', 'status']);
const EVENT_FIELDS = new Set(['type', 'previous_response_id', 'input']);

interface Steer {
  id: string;
  input: unknown;
  items: Item[];
}

/** What a streaming response offers steering: its lane, its create body, and how to send on its stream. */
export interface SteerTarget {
  lane: string | undefined;
  create: Item;
  /** Sends an event in the response's stream, numbered after the events already sent. */
  send(event: Event): void;
}

interface Active extends SteerTarget {
  steers: Steer[];
}

/** What follows a response's end: events to send on its stream, and the successor's create body, if any. */
export interface SteerOutcome {
  events: Event[];
  successor?: Item;
}

export class Steering {
  readonly #active = new Map<string, Active>();
  /** Responses that ended waiting for client output, with the steers their continuation takes. */
  readonly #waiting = new Map<string, { lane: string | undefined; steers: Steer[] }>();
  readonly #ended = new Set<string>();

  begin(id: string, target: SteerTarget): void {
    this.#active.set(id, { ...target, steers: [] });
  }

  /**
   * A `response.steer` event: accepted (or failed) in the target response's stream; without a target, the
   * failure to send on the socket is returned.
   */
  steer(fields: Item): Event | undefined {
    const responseId = typeof fields.previous_response_id === 'string' ? fields.previous_response_id : '';
    const failed = (code: string, message: string): Event => failedEvent({ responseId, input: fields.input, code, message });
    const target = this.#active.get(responseId);
    const invalid = invalidSteer(fields);
    if (!target) {
      if (invalid) return failed('invalid_input', invalid);
      return this.#ended.has(responseId)
        ? failed('response_already_completed', `Response '${responseId.slice(0, 100)}' has completed and no longer takes steering input.`)
        : failed('response_not_found', `Response '${responseId.slice(0, 100)}' is not streaming on this connection.`);
    }
    const refused = invalid !== undefined ? failed('invalid_input', invalid)
      : notSteerable(target.create) !== undefined ? failed('steering_not_supported', notSteerable(target.create)!)
        : target.steers.length >= MAX_STEERS ? failed('too_many_pending_steers', `Response '${responseId}' already holds ${MAX_STEERS} steering inputs.`)
          : undefined;
    if (refused) return void target.send(refused);
    const id = `steer_${createRandom(seedFrom(responseId, String(target.steers.length))).string(HEX, 32)}`;
    target.steers.push({ id, input: fields.input, items: asItems(fields.input) });
    target.send({ type: 'response.steer.accepted', sequence_number: 0, steer: { id, previous_response_id: responseId } });
    return undefined;
  }

  /** The response ended (`ended`: its last event's type); `output`: its output items. */
  end(id: string, args: { ended: string | undefined; output: Item[] }): SteerOutcome {
    const target = this.#active.get(id);
    this.#active.delete(id);
    this.#remember(id);
    if (!target || target.steers.length === 0) return { events: [] };
    const { steers } = target;
    if (args.ended !== 'response.completed' && args.ended !== 'response.incomplete') {
      const events = steers.map((steer) => failedEvent({ responseId: id, input: steer.input, code: 'successor_creation_failed', message: `Response '${id}' did not finish, so no successor was created.`, steerId: steer.id }));
      return { events };
    }
    const required = requiredInput(args.output);
    if (required.length > 0) {
      this.#waiting.set(id, { lane: target.lane, steers });
      const events = steers.map((steer) => ({ type: 'response.steer.pending', sequence_number: 0, reason: 'waiting_for_required_input', required_input: required, steer: { id: steer.id, previous_response_id: id } }));
      return { events };
    }
    const { input: _input, conversation: _conversation, ...settings } = target.create;
    return { events: [], successor: { ...settings, previous_response_id: id, input: steers.flatMap((steer) => steer.items) } };
  }

  /** The client's continuation of a response that waits: the queued input goes first, in submission order. */
  prepend(create: Item, lane: string | undefined): Item {
    const parent = create.previous_response_id;
    const waiting = typeof parent === 'string' ? this.#waiting.get(parent) : undefined;
    if (!waiting || waiting.lane !== lane) return create;
    this.#waiting.delete(parent as string);
    const own = typeof create.input === 'string' ? [{ type: 'message', role: 'user', content: create.input }] : Array.isArray(create.input) ? create.input : [];
    return { ...create, input: [...waiting.steers.flatMap((steer) => steer.items), ...own] };
  }

  #remember(id: string): void {
    this.#ended.add(id);
    if (this.#ended.size > MAX_ENDED) this.#ended.delete(this.#ended.values().next().value!);
    if (this.#waiting.size > MAX_ENDED) this.#waiting.delete(this.#waiting.keys().next().value!);
  }
}

/** A create to run on the socket, and its text as the journal shows it. */
export interface Job {
  create: CreateMessage;
  text: string;
}

/** The automatic successor's create, on its parent's lane. */
export function successorJob(body: Item, lane: string | undefined): Job {
  const { stream: _stream, ...sent } = body;
  const create: CreateMessage = { type: 'response.create', parsed: { ...sent, stream: true }, raw: JSON.stringify(sent), streamId: lane, generate: true };
  return { create, text: JSON.stringify({ type: 'response.create', ...sent, ...(lane === undefined ? {} : { stream_id: lane }) }) };
}

/** The create, with the steering input that waits for it first in its input. */
export function continued(create: CreateMessage, steering: Steering): CreateMessage {
  const parsed = steering.prepend(create.parsed, create.streamId);
  if (parsed === create.parsed) return create;
  const { stream: _stream, ...sent } = parsed;
  return { ...create, parsed, raw: JSON.stringify(sent) };
}

function failedEvent(args: { responseId: string; input: unknown; code: string; message: string; steerId?: string }): Event {
  const steer: Item = { input: args.input ?? null, previous_response_id: args.responseId };
  if (args.steerId !== undefined) steer.id = args.steerId;
  return { type: 'response.steer.failed', sequence_number: 0, error: { code: args.code, message: args.message, type: 'invalid_request_error' }, steer };
}

/** Why a steer event cannot be taken as it is, or undefined: only user messages, as text, image or file parts. */
function invalidSteer(fields: Item): string | undefined {
  const extra = Object.keys(fields).find((key) => !EVENT_FIELDS.has(key));
  if (extra !== undefined) return `'${extra.slice(0, 64)}' is not a field of response.steer: it takes type, previous_response_id and input (the target response's lane is used).`;
  if (typeof fields.previous_response_id !== 'string' || fields.previous_response_id === '') return "'previous_response_id' must name the response to steer.";
  const { input } = fields;
  if (typeof input === 'string') return input === '' ? "'input' must not be empty." : undefined;
  if (!Array.isArray(input) || input.length === 0) return "'input' must be a string or a non-empty array of user messages.";
  for (let index = 0; index < input.length; index += 1) {
    const problem = messageProblem(input[index]);
    if (problem) return `'input[${index}]': ${problem}`;
  }
  return undefined;
}

function messageProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a message object.';
  const message = value as Item;
  if (message.type !== undefined && message.type !== 'message') return `steering takes only messages, not '${String(message.type).slice(0, 64)}' items.`;
  if (message.role !== 'user') return "steering takes only messages with the 'user' role.";
  const extra = Object.keys(message).find((key) => !MESSAGE_FIELDS.has(key));
  if (extra !== undefined) return `a steering message has only type, role and content, not '${extra.slice(0, 64)}'.`;
  const { content } = message;
  if (typeof content === 'string') return undefined;
  if (!Array.isArray(content) || content.length === 0) return "'content' must be a string or a non-empty array of parts.";
  const part = content.find((entry) => typeof entry !== 'object' || entry === null || !PARTS.has((entry as Item).type as string));
  return part === undefined ? undefined : "content parts must be input_text, input_image or input_file.";
}

function notSteerable(create: Item): string | undefined {
  if (create.conversation !== undefined && create.conversation !== null) return 'A response bound to a conversation cannot be steered.';
  const management = create.context_management;
  if (Array.isArray(management) && management.some((entry) => (entry as Item | null)?.type === 'compaction')) return 'A response with automatic compaction cannot be steered.';
  return undefined;
}

function asItems(input: unknown): Item[] {
  if (typeof input === 'string') return [{ type: 'message', role: 'user', content: input }];
  return (input as Item[]).map((message) => ({ type: 'message', role: 'user', content: message.content }));
}

/** The client's outputs a response waits for: a stub per call it ends with, identifying fields only. */
function requiredInput(output: Item[]): Item[] {
  const stubs: Item[] = [];
  for (const item of output) {
    const callId = item.call_id;
    if (item.type === 'function_call') stubs.push({ call_id: callId, name: item.name, type: 'function_call_output' });
    else if (item.type === 'custom_tool_call') stubs.push({ call_id: callId, type: 'custom_tool_call_output' });
    else if (item.type === 'apply_patch_call') stubs.push({ call_id: callId, type: 'apply_patch_call_output' });
    else if (item.type === 'shell_call') stubs.push({ call_id: callId, type: 'shell_call_output' });
    else if (item.type === 'computer_call') stubs.push({ call_id: callId, type: 'computer_call_output' });
    else if (item.type === 'tool_search_call' && item.execution === 'client') stubs.push({ call_id: callId, execution: 'client', type: 'tool_search_output' });
    else if (item.type === 'mcp_approval_request') stubs.push({ approval_request_id: item.id, type: 'mcp_approval_response' });
  }
  return stubs;
}
