// The event builder: a CreatedResponse in, the provider's list of stream events out (pure, no I/O).
// created → in_progress → each output item in turn → the terminal event for the plan's status.
import type { PlannedItem } from '../domain/types.js';
import type { ProviderProfile, StreamFraming } from '../providers/types.js';
import type { CreatedResponse } from '../service/create-response.js';
import { argumentPieces, textPieces } from './chunking.js';
import { paddingLength } from './obfuscation.js';

export interface StreamEvent {
  type: string;
  /** The event as sent: provider key order, `sequence_number` included. */
  payload: Record<string, unknown>;
  /** A text or arguments delta: pacing waits before these. */
  delta: boolean;
}

export interface EventOptions {
  /** Characters per delta; 0 = the natural pieces. */
  chunkSize: number;
  /** The model's trait: arguments in small pieces, or in one delta. */
  argumentChunking: 'pieces' | 'whole';
  /** Source of OpenAI's obfuscation padding (the response's variables). */
  padding(length: number): string;
}

type Fields = Record<string, unknown>;

/** Numbers events from 0 and lays out their keys the way the provider does. */
class EventList {
  readonly events: StreamEvent[] = [];
  constructor(private readonly framing: StreamFraming) {}

  push(type: string, fields: Fields, options: { delta?: boolean } = {}): void {
    const sequence_number = this.events.length;
    const payload = this.framing.sequenceNumber === 'last'
      ? { type, ...fields, sequence_number }
      : { type, sequence_number, ...fields };
    this.events.push({ type, payload, delta: options.delta ?? false });
  }
}

export function buildStreamEvents(args: { created: CreatedResponse; profile: ProviderProfile; options: EventOptions }): StreamEvent[] {
  const { created, profile, options } = args;
  const { snapshot, request } = created;
  const list = new EventList(profile.stream);
  const inProgress = profile.renderResponse(
    { id: snapshot.id, createdAt: snapshot.createdAt, completedAt: null, status: 'in_progress', items: [], usage: null },
    request,
  );
  list.push('response.created', { response: inProgress });
  list.push('response.in_progress', { response: inProgress });
  const padding = profile.stream.obfuscation && request.body.stream_options?.include_obfuscation !== false
    ? (delta: string): Fields => ({ obfuscation: options.padding(paddingLength(delta)) })
    : (): Fields => ({});
  const context: ItemContext = { list, profile, options, padding };
  snapshot.items.forEach((item, outputIndex) => {
    if (item.type === 'message') messageEvents({ item, outputIndex, context });
    else functionCallEvents({ item, outputIndex, context });
  });
  terminalEvents({ list, created, framing: profile.stream });
  return list.events;
}

interface ItemContext {
  list: EventList;
  profile: ProviderProfile;
  options: EventOptions;
  padding(delta: string): Fields;
}

interface ItemArgs<T extends PlannedItem['type']> {
  item: Extract<PlannedItem, { type: T }>;
  outputIndex: number;
  context: ItemContext;
}

/** `output_index` and `item_id`, in the provider's order. */
function locator(framing: StreamFraming, args: { itemId: string; outputIndex: number }): Fields {
  return framing.locatorOrder === 'output-index-first'
    ? { output_index: args.outputIndex, item_id: args.itemId }
    : { item_id: args.itemId, output_index: args.outputIndex };
}

function messageEvents({ item, outputIndex, context }: ItemArgs<'message'>): void {
  const { list, profile, options, padding } = context;
  const at = { ...locator(profile.stream, { itemId: item.id, outputIndex }), content_index: 0 };
  const done = profile.renderItem(item, 'done');
  const part = (done.content as Fields[])[0]!;
  list.push('response.output_item.added', { output_index: outputIndex, item: profile.renderItem(item, 'added') });
  list.push('response.content_part.added', { ...at, part: { ...part, text: '' } });
  for (const delta of textPieces(item.text, options)) {
    list.push('response.output_text.delta', { ...at, delta, logprobs: [], ...padding(delta) }, { delta: true });
  }
  list.push('response.output_text.done', { ...at, text: item.text, logprobs: [] });
  list.push('response.content_part.done', { ...at, part });
  list.push('response.output_item.done', { output_index: outputIndex, item: done });
}

function functionCallEvents({ item, outputIndex, context }: ItemArgs<'function_call'>): void {
  const { list, profile, options, padding } = context;
  const at = locator(profile.stream, { itemId: item.id, outputIndex });
  list.push('response.output_item.added', { output_index: outputIndex, item: profile.renderItem(item, 'added') });
  const pieces = argumentPieces(item.arguments, { chunkSize: options.chunkSize, whole: options.argumentChunking === 'whole' });
  for (const delta of pieces) {
    list.push('response.function_call_arguments.delta', { ...at, delta, ...padding(delta) }, { delta: true });
  }
  const name = profile.stream.nameOnArgumentsDone ? { name: item.name } : {};
  list.push('response.function_call_arguments.done', { ...at, ...name, arguments: item.arguments });
  list.push('response.output_item.done', { output_index: outputIndex, item: profile.renderItem(item, 'done') });
}

/** The terminal event carries the JSON body itself, so streamed and non-streamed answers cannot drift apart. */
function terminalEvents(args: { list: EventList; created: CreatedResponse; framing: StreamFraming }): void {
  const { list, created, framing } = args;
  const response = created.body;
  const status = created.plan.status;
  if (status === 'completed') return list.push('response.completed', { response });
  if (status === 'incomplete') return list.push('response.incomplete', { response });
  const error = created.plan.error ?? { code: 'server_error', message: 'The model failed to produce a response.' };
  // No OpenAI `type` is planned; the live `insufficient_quota` event repeats its code there.
  list.push('error', framing.errorEvent === 'nested'
    ? { error: { type: error.code, code: error.code, message: error.message, param: null } }
    : { code: error.code, message: error.message, param: null });
  list.push('response.failed', { response });
}
