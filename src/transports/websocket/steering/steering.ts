// Steering on a Responses socket (`response.steer`, as openai-node 7.59 documents it): user input queued for a
// response while it streams, acknowledged at once with `response.steer.accepted`. When the response ends, a
// successor with its settings continues from it with the queued input (committed once the socket accepts it);
// when it ends waiting for the client's tool output, `response.steer.pending` names the outputs needed and the
// input waits, to be put first in the client's own continuation. Input that cannot be taken, or committed (its
// successor or continuation refused), comes back in `response.steer.failed`. The response runs to its end: the
// documented stop at a safe boundary (`incomplete_details.reason: "steered"`) is something the service may do, and
// the mock does not. Bounded per socket in steers and in bytes, and held against the server's body budget (as creates
// are) until committed, failed or dropped with the socket (`clear`). Each play is its own target (`begin` gives the
// handle its `end` takes), so a seed's repeated id on two lanes keeps both steerable: a steer names only an id, and
// goes to the play of it begun most recently; a response waiting for output is kept per id and lane.
import { createRandom, seedFrom } from '../../../deps.js';
import { overloaded, type BodyBudget, type BodyHold } from '../../../state/body-budget.js';
import type { CreateMessage } from '../messages.js';
import type { ItemRules } from '../../../domain/validation/items/item-rules.js';
import { asItems, invalidSteer, notSteerable, requiredInput } from './steer-input.js';
import { createMessage, failedEvent, waitingKey, type Steer, type SteerOutcome, type SteerPlay, type SteerTarget, type Waiting } from './steer-events.js';

export type { Job, Steer, SteerOutcome, SteerPlay, SteerTarget } from './steer-events.js';

type Item = Record<string, unknown>;
type Event = Record<string, unknown>;

/** Accepted steers one response may hold, and the bytes of input one socket may hold queued. */
export const MAX_STEERS = 8;
export const MAX_STEER_BYTES = 8 * 1024 * 1024;
/** Ended responses remembered, for `response_already_completed` (and responses waiting for output). */
const MAX_ENDED = 256;
const HEX = '0123456789abcdef';

export class Steering {
  /** The plays of each id streaming, in the order begun (more than one only when lanes repeat an id). */
  readonly #active = new Map<string, SteerPlay[]>();
  /** Responses waiting for client output, by id and lane (`waitingKey`). */
  readonly #waiting = new Map<string, Waiting>();
  readonly #ended = new Set<string>();
  #bytes = 0;
  /** What each steer accepted and not yet committed or failed holds of the budget. */
  readonly #holds = new Map<Steer, BodyHold>();

  /**
   * `budget`: the request bodies the server holds, over all sockets and HTTP; `heldByCreates`: what this socket's
   * creates hold of it (a steer fits beside its own socket's bodies when nobody else holds any, as a body alone does).
   */
  constructor(private readonly args: { budget: BodyBudget; heldByCreates: () => number }) {}

  /** A response that streams: the handle its `end` takes. Another play of the same id keeps its own steers. */
  begin(id: string, target: SteerTarget): SteerPlay {
    const play: SteerPlay = { ...target, id, steers: [] };
    this.#active.set(id, [...(this.#active.get(id) ?? []), play]);
    return play;
  }

  /**
   * A `response.steer` event (`bytes`: its size): accepted or failed in the target response's stream; without a
   * target, the failure to send on the socket is returned.
   */
  steer(fields: Item, at: { bytes: number; rules: ItemRules | undefined }): Event | undefined {
    const { bytes } = at;
    const responseId = typeof fields.previous_response_id === 'string' ? fields.previous_response_id : '';
    const failed = (code: string, message: string): Event => failedEvent({ responseId, input: fields.input, code, message });
    const target = this.#active.get(responseId)?.at(-1);
    const invalid = invalidSteer(fields, at.rules);
    if (!target) {
      if (invalid) return failed('invalid_input', invalid);
      return this.#ended.has(responseId)
        ? failed('response_already_completed', `Response '${responseId.slice(0, 100)}' has completed and no longer takes steering input.`)
        : failed('response_not_found', `Response '${responseId.slice(0, 100)}' is not streaming on this connection.`);
    }
    const unsupported = notSteerable(target.create);
    const refused = invalid !== undefined ? failed('invalid_input', invalid)
      : unsupported !== undefined ? failed('steering_not_supported', unsupported)
        : target.steers.length >= MAX_STEERS ? failed('too_many_pending_steers', `Response '${responseId}' already holds ${MAX_STEERS} steering inputs.`)
          : this.#bytes + bytes > MAX_STEER_BYTES ? failed('too_many_pending_steers', `This connection already holds ${this.#bytes} bytes of steering input (at most ${MAX_STEER_BYTES}).`)
            : undefined;
    if (refused) return void target.send(refused);
    // Last: only input that would be taken otherwise is told the server is too full for it (and may retry).
    const { budget } = this.args;
    const hold = budget.take(bytes, { own: this.args.heldByCreates() + this.#bytes });
    if (!hold) return void target.send(failedEvent({ responseId, input: fields.input, code: 'server_overloaded', message: overloaded(budget, bytes).message, type: 'server_error' }));
    const id = `steer_${createRandom(seedFrom(responseId, String(target.steers.length))).string(HEX, 32)}`;
    const accepted: Steer = { id, input: fields.input, items: asItems(fields.input), bytes, previousResponseId: responseId, lane: target.lane };
    target.steers.push(accepted);
    this.#holds.set(accepted, hold);
    this.#bytes += bytes;
    target.send({ type: 'response.steer.accepted', sequence_number: 0, steer: { id, previous_response_id: responseId } });
    return undefined;
  }

  /** The play `target` (from `begin`) ended (`ended`: its last event's type); `output`: its output items. */
  end(target: SteerPlay, args: { ended: string | undefined; output: Item[] }): SteerOutcome {
    const { id } = target;
    const plays = this.#active.get(id);
    const others = plays?.filter((play) => play !== target) ?? [];
    if (others.length > 0) this.#active.set(id, others);
    else this.#active.delete(id);
    const elsewhere = this.#remember(id);
    if (target.steers.length === 0) return { events: [], elsewhere };
    const { steers } = target;
    if (args.ended !== 'response.completed' && args.ended !== 'response.incomplete') {
      return { events: this.uncommitted(steers, `Response '${id}' did not finish, so no successor was created.`), elsewhere };
    }
    const required = requiredInput(args.output);
    if (required.length > 0) {
      // One of the same id waiting already on this lane (a seed repeats ids for the same body) gives its steers back first.
      const key = waitingKey(id, target.lane);
      const earlier = this.#waiting.get(key);
      if (earlier) elsewhere.push(...this.refused(earlier.steers, { lane: earlier.lane, message: `Response '${id}' was replaced by another of the same id.` }));
      this.#waiting.set(key, { id, lane: target.lane, steers });
      const events = steers.map((steer) => ({ type: 'response.steer.pending', sequence_number: 0, reason: 'waiting_for_required_input', required_input: required, steer: { id: steer.id, previous_response_id: id } }));
      return { events, elsewhere };
    }
    const { input: _input, conversation: _conversation, stream: _stream, ...settings } = target.create;
    const body = { ...settings, previous_response_id: id, input: steers.flatMap((steer) => steer.items) };
    const lane = target.lane;
    const text = JSON.stringify({ type: 'response.create', ...body, ...(lane === undefined ? {} : { stream_id: lane }) });
    return { events: [], elsewhere, successor: { create: createMessage(body, { lane, generate: true }), text, steers } };
  }

  /** A response that was not open to steering (it generates nothing) ended: later steers hear it has completed. */
  ended(id: string): SteerOutcome {
    return { events: [], elsewhere: this.#remember(id) };
  }

  /**
   * The client's continuation of a response that waits: the queued input first, in submission order, committed
   * (by `commit`) only once the continuation is accepted. An input that is neither a string nor a list is left
   * for validation to refuse.
   */
  continued(create: CreateMessage): { create: CreateMessage; steers?: Steer[] } {
    const parent = create.parsed.previous_response_id;
    const waiting = typeof parent === 'string' ? this.#waiting.get(waitingKey(parent, create.streamId)) : undefined;
    const { input } = create.parsed;
    if (!waiting || (input !== undefined && typeof input !== 'string' && !Array.isArray(input))) return { create };
    const own = typeof input === 'string' ? [{ type: 'message', role: 'user', content: input }] : (input as unknown[] | undefined) ?? [];
    const { stream: _stream, ...body } = create.parsed;
    const continued = createMessage({ ...body, input: [...waiting.steers.flatMap((steer) => steer.items), ...own] }, { lane: create.streamId, generate: create.generate });
    return { create: continued, steers: waiting.steers };
  }

  /** Steers that went into a response the socket accepted: no longer queued. */
  commit(steers: Steer[]): void {
    this.#unwait(steers);
    for (const steer of steers) this.#free(steer);
  }

  /** Steers that cannot be committed: each returned in `response.steer.failed`, no longer queued, its bytes freed. */
  uncommitted(steers: Steer[], message: string): Event[] {
    this.#unwait(steers);
    for (const steer of steers) this.#free(steer);
    return steers.map((steer) => failedEvent({ responseId: steer.previousResponseId, input: steer.input, code: 'successor_creation_failed', message, steerId: steer.id }));
  }

  /** Steers the response that was to carry them cannot: their failures, as sent on `lane`. */
  refused(steers: Steer[] | undefined, at: { lane: string | undefined; message: string }): string[] {
    if (!steers) return [];
    return this.uncommitted(steers, at.message).map((event) => JSON.stringify(at.lane === undefined ? event : { ...event, stream_id: at.lane }));
  }

  /**
   * Remembers that `id` ended; past the bound, the steers of the response waiting for output longest come back
   * failed, as sent on its lane.
   */
  #remember(id: string): string[] {
    this.#ended.add(id);
    if (this.#ended.size > MAX_ENDED) this.#ended.delete(this.#ended.values().next().value!);
    if (this.#waiting.size < MAX_ENDED) return [];
    const held = this.#waiting.values().next().value!;
    return this.refused(held.steers, { lane: held.lane, message: `Response '${held.id}' waited for its tool output longest of the ${MAX_ENDED} this connection holds, so its steering input was dropped.` });
  }

  /**
   * The socket is gone: every steer still held (in a response that was cut, waiting for output, or carried by a
   * successor that will not run) gives its bytes back.
   */
  clear(): void {
    for (const steer of [...this.#holds.keys()]) this.#free(steer);
    this.#active.clear();
    this.#waiting.clear();
  }

  /** Steers a waiting response held, now taken or failed: it no longer waits with them. */
  #unwait(steers: Steer[]): void {
    const first = steers[0];
    if (!first) return;
    const key = waitingKey(first.previousResponseId, first.lane);
    if (this.#waiting.get(key)?.steers === steers) this.#waiting.delete(key);
  }

  /** A steer no longer queued: its bytes freed, its hold given back (once, whichever end comes first). */
  #free(steer: Steer): void {
    const hold = this.#holds.get(steer);
    if (!hold) return;
    this.#holds.delete(steer);
    this.#bytes -= steer.bytes;
    hold.release();
  }
}
