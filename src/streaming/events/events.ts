// The event builder: a CreatedResponse in, the provider's stream events out, generated one at a time as a
// writer asks for them (pure, no I/O). created (→ queued, for a background run) → in_progress → each output item
// → the terminal event; a stream stopped early (server shutdown) ends with the events a failed response sends.
import type { PlannedItem } from '../../domain/types.js';
import type { StreamFraming } from '../../providers/types.js';
import { argumentPieces, textPieces } from './chunking.js';
import { customCallEvents, reasoningEvents, recordedItemEvents, refusalEvents, type ItemEmitter } from './events-agent.js';
import { CitationSchedule, serverItemEvents } from './events-hosted.js';
import type { EventSource, EventSourceArgs } from './event-source.js';
import { withFields, withoutFields, type StreamEvent } from './stream-event.js';
import { jsonFormatOf } from '../../domain/engine/content/structured.js';
import { paddingLength } from './obfuscation.js';
import { alignedDeltas, plainDeltas } from './text-deltas.js';
import { streamLogprobs } from '../../providers/parts/logprobs.js';

export type { StreamEvent } from './stream-event.js';
export type { EventOptions, EventSource, EventSourceArgs } from './event-source.js';

type Fields = Record<string, unknown>;

/**
 * A response's events, numbered from 0 in the provider's key order. Iterate once; `interrupt` gives the events
 * that end the stream properly from wherever iteration stopped.
 */
export class ResponseEvents implements EventSource {
  #next = 0;
  /** Items whose `output_item.done` has been produced, with that event's number. */
  readonly #finished: Array<{ item: PlannedItem; at: number }> = [];
  #terminal = false;

  constructor(private readonly args: EventSourceArgs) {}

  /** Events produced so far. */
  get produced(): number {
    return this.#next;
  }

  *[Symbol.iterator](): Iterator<StreamEvent> {
    const { created, profile } = this.args;
    const { snapshot, request } = created;
    const inProgress = this.#streamed(profile.renderResponse(
      { id: snapshot.id, createdAt: snapshot.createdAt, completedAt: null, status: 'in_progress', items: [], usage: null },
      request,
    ));
    // The two events carry the same snapshot: its text is made once.
    const inProgressText = JSON.stringify(inProgress);
    if (profile.stateful && request.body.background === true) {
      // A background run is announced queued (wire): created and queued carry the same queued snapshot.
      // Not yet processed: no service tier but "auto", as in the queued create answer (state/responses/background.ts).
      const queued: Record<string, unknown> = { ...inProgress, status: 'queued' };
      if ('service_tier' in inProgress) queued.service_tier = 'auto';
      const queuedText = JSON.stringify(queued);
      yield this.#withText('response.created', { name: 'response', value: queued, json: queuedText });
      yield this.#withText('response.queued', { name: 'response', value: queued, json: queuedText });
    } else {
      yield this.#withText('response.created', { name: 'response', value: inProgress, json: inProgressText });
    }
    yield this.#withText('response.in_progress', { name: 'response', value: inProgress, json: inProgressText });
    for (const [outputIndex, item] of snapshot.items.entries()) yield* this.#item(item, outputIndex);
    this.#terminal = true;
    yield* this.#terminalEvents();
  }

  /**
   * The events that stop the response after the first `sent` events: an `error` event and `response.failed`
   * carrying the items finished by then, numbered on from `sent`. Empty once the terminal event was produced.
   */
  interrupt(args: { sent: number; error: { code: string; message: string } }): StreamEvent[] {
    const { sent, error } = args;
    if (this.#terminal) return [];
    this.#terminal = true;
    this.#next = sent;
    const { created, profile } = this.args;
    const items = this.#finished.filter((done) => done.at < sent).map((done) => done.item);
    const response = this.#streamed(profile.renderResponse(
      { ...created.snapshot, completedAt: null, status: 'failed', items, usage: null, error },
      created.request,
    ));
    return [this.#errorEvent(error), this.#event('response.failed', { response })];
  }

  /** The response object as a stream shows it: without the fields only a JSON answer carries. */
  #streamed(response: Fields): Fields {
    return withoutFields(response, this.args.profile.jsonOnlyFields);
  }

  #event(type: string, ...parts: Fields[]): StreamEvent {
    return this.#numbered(type, parts, { delta: false });
  }

  /**
   * An event of one field whose JSON text is already known (a whole response): the event's text is composed
   * around it, in the key order `#numbered` gives the payload, instead of serialising the response again.
   */
  #withText(type: string, field: { name: string; value: unknown; json: string }): StreamEvent {
    const event = this.#event(type, { [field.name]: field.value });
    const head = `{"type":${JSON.stringify(type)}`;
    const member = `${JSON.stringify(field.name)}:${field.json}`;
    const number = String(event.payload.sequence_number);
    event.json = this.#framing.sequenceNumber === 'last' ? `${head},${member},"sequence_number":${number}}` : `${head},"sequence_number":${number},${member}}`;
    return event;
  }

  /** A text or arguments delta: pacing waits before these. */
  #delta(type: string, ...parts: Fields[]): StreamEvent {
    return this.#numbered(type, parts, { delta: true });
  }

  /** `type`, `sequence_number` first or last as the provider sends it, and the parts' fields in order. */
  #numbered(type: string, parts: Fields[], kind: { delta: boolean }): StreamEvent {
    const sequence_number = this.#next;
    this.#next += 1;
    const last = this.#framing.sequenceNumber === 'last';
    const payload: Fields = last ? { type } : { type, sequence_number };
    withFields(payload, ...parts);
    if (last) payload.sequence_number = sequence_number;
    return { type, payload, delta: kind.delta };
  }

  get #framing(): StreamFraming {
    return this.args.profile.stream;
  }

  #padding(delta: string): Fields {
    const { profile, created, options } = this.args;
    return profile.stream.obfuscation && created.request.body.stream_options?.include_obfuscation !== false
      ? { obfuscation: options.padding(paddingLength(delta)) }
      : {};
  }

  /** `output_index` and `item_id`, in the provider's order, then the fields of `extra`. */
  #locator(itemId: string, outputIndex: number, extra?: Fields): Fields {
    const at = this.#framing.locatorOrder === 'output-index-first'
      ? { output_index: outputIndex, item_id: itemId }
      : { item_id: itemId, output_index: outputIndex };
    return extra ? withFields(at, extra) : at;
  }

  #item(item: PlannedItem, outputIndex: number): Iterable<StreamEvent> {
    const at = { outputIndex, emit: this.#emitter };
    switch (item.type) {
      case 'message': return item.refusal ? refusalEvents(item, at) : this.#message(item, outputIndex);
      case 'function_call': return this.#functionCall(item, outputIndex);
      case 'custom_tool_call': return customCallEvents(item, at);
      case 'reasoning': return reasoningEvents(item, at);
      case 'recorded': return recordedItemEvents(item, at);
      case 'server_item': return serverItemEvents(item, at);
    }
  }

  /** The helpers the events of other item kinds (events-agent.ts) are built with. */
  get #emitter(): ItemEmitter {
    const { profile, options } = this.args;
    return {
      event: (type, ...parts) => this.#event(type, ...parts),
      delta: (type, ...parts) => this.#delta(type, ...parts),
      locator: (itemId, outputIndex, extra) => this.#locator(itemId, outputIndex, extra),
      padding: (delta) => this.#padding(delta),
      render: (item, stage) => profile.renderItem(item, stage),
      itemDone: (item, at) => this.#itemDone(item, at),
      pieces: (text) => textPieces(text, options),
      summaryPieces: (text) => (options.summaryChunking === 'whole' && options.chunkSize === 0 && text !== '' ? [text] : textPieces(text, options)),
    };
  }

  *#message(item: Extract<PlannedItem, { type: 'message' }>, outputIndex: number): Generator<StreamEvent> {
    const { profile, options } = this.args;
    const at = this.#locator(item.id, outputIndex, { content_index: 0 });
    const done = profile.renderItem(item, 'done');
    const part = (done.content as Fields[])[0]!;
    yield this.#event('response.output_item.added', { output_index: outputIndex, item: profile.renderItem(item, 'added') });
    yield this.#event('response.content_part.added', at, { part: withFields({}, part, item.logprobs ? { text: '', annotations: [], logprobs: [] } : { text: '', annotations: [] }) });
    const annotations = (part.annotations as Fields[] | undefined) ?? [];
    const citations = new CitationSchedule(item.annotations ?? [], this.#framing.annotationEvents);
    const announce = (indices: number[]) => indices.map((index) => this.#event('response.output_text.annotation.added', at, {
      annotation_index: index, annotation: annotations[index],
    }));
    // A JSON answer (structured output) streams in JSON-token-sized pieces, as the real services send it.
    const pieces = jsonFormatOf(this.args.created.request) ? argumentPieces(item.text, { chunkSize: options.chunkSize, whole: false }) : textPieces(item.text, options);
    // With logprobs, each delta ends on a token boundary and carries its tokens'.
    const logprobs = item.logprobs;
    const deltas = logprobs ? alignedDeltas(item.text, { pieces, logprobs }) : plainDeltas(pieces);
    for (const { delta, logprobs: own } of deltas) {
      yield this.#delta('response.output_text.delta', at, { delta, logprobs: own }, this.#padding(delta));
      yield* announce(citations.afterDelta(delta));
    }
    yield* announce(citations.rest());
    // The deltas' logprobs together are all the text's: every piece is consumed, so every token is passed.
    yield this.#event('response.output_text.done', at, { text: item.text, logprobs: logprobs ? streamLogprobs(logprobs, { from: 0, to: logprobs.length }) : [] });
    yield this.#event('response.content_part.done', at, { part });
    yield this.#itemDone(item, { outputIndex, rendered: done });
  }

  *#functionCall(item: Extract<PlannedItem, { type: 'function_call' }>, outputIndex: number): Generator<StreamEvent> {
    const { profile, options } = this.args;
    const at = this.#locator(item.id, outputIndex);
    yield this.#event('response.output_item.added', { output_index: outputIndex, item: profile.renderItem(item, 'added') });
    const pieces = argumentPieces(item.arguments, { chunkSize: options.chunkSize, whole: options.argumentChunking === 'whole' });
    for (const delta of pieces) {
      yield this.#delta('response.function_call_arguments.delta', at, { delta }, this.#padding(delta));
    }
    const name = this.#framing.nameOnArgumentsDone ? { name: item.name } : {};
    yield this.#event('response.function_call_arguments.done', at, name, { arguments: item.arguments });
    yield this.#itemDone(item, { outputIndex, rendered: profile.renderItem(item, 'done') });
  }

  #itemDone(item: PlannedItem, at: { outputIndex: number; rendered: Fields }): StreamEvent {
    this.#finished.push({ item, at: this.#next });
    return this.#event('response.output_item.done', { output_index: at.outputIndex, item: at.rendered });
  }

  /** The terminal event carries the JSON body itself, so streamed and non-streamed answers cannot drift apart. */
  *#terminalEvents(): Generator<StreamEvent> {
    const { created } = this.args;
    const body = this.#streamed(created.body);
    // A stored JSON answer replayed as a stream: its text holds what a stream does not show, and is made again.
    const text = body === created.body ? this.args.bodyText : undefined;
    const response = { name: 'response', value: body, json: text ?? JSON.stringify(body) };
    const status = created.plan.status;
    if (status === 'completed') return yield this.#withText('response.completed', response);
    if (status === 'incomplete') return yield this.#withText('response.incomplete', response);
    yield this.#errorEvent(created.plan.error ?? { code: 'server_error', message: 'The model failed to produce a response.' });
    yield this.#withText('response.failed', response);
  }

  /** OpenAI live nests `{error:{type,code,message,param}}` (no `type` is planned: the code is repeated); OpenRouter's is flat. */
  #errorEvent(error: { code: string; message: string }): StreamEvent {
    return this.#event('error', this.#framing.errorEvent === 'nested'
      ? { error: { type: error.code, code: error.code, message: error.message, param: null } }
      : { code: error.code, message: error.message, param: null });
  }
}

/** Every event at once (tests, and callers that want the whole list). */
export function buildStreamEvents(args: EventSourceArgs): StreamEvent[] {
  return [...new ResponseEvents(args)];
}
