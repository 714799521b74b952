// The output of a response as its stream stood after a given event: what a client that accumulates the events
// holds (a GET of a response still being streamed, or cancelled mid-stream). Pure; reads the events in order.
import { withBytes } from '../../providers/parts/logprobs.js';
import type { StreamEvent } from './stream-event.js';

type Fields = Record<string, unknown>;

/** Where the text of each delta goes: the list of parts it names (if any) and the field it grows. */
const DELTAS: Record<string, { parts?: 'content' | 'summary'; field: string }> = {
  'response.output_text.delta': { parts: 'content', field: 'text' },
  'response.refusal.delta': { parts: 'content', field: 'refusal' },
  'response.reasoning_summary_text.delta': { parts: 'summary', field: 'text' },
  'response.function_call_arguments.delta': { field: 'arguments' },
  'response.custom_tool_call_input.delta': { field: 'input' },
};

/** The output items through the event numbered `through` (included): finished ones whole, the current one so far. */
export function outputThrough(events: Iterable<StreamEvent>, through: number): Fields[] {
  const output: Fields[] = [];
  for (const event of events) {
    const payload = event.payload;
    if ((payload.sequence_number as number) > through) break;
    const index = payload.output_index;
    if (typeof index !== 'number') continue;
    if (event.type === 'response.output_item.added' || event.type === 'response.output_item.done') {
      output[index] = structuredClone(payload.item) as Fields;
      continue;
    }
    const item = output[index];
    if (item) apply(item, event);
  }
  return output.filter((item) => item !== undefined);
}

function apply(item: Fields, event: StreamEvent): void {
  const payload = event.payload;
  switch (event.type) {
    case 'response.content_part.added':
    case 'response.content_part.done':
      return void (partsOf(item, 'content')[payload.content_index as number] = structuredClone(payload.part) as Fields);
    case 'response.reasoning_summary_part.added':
    case 'response.reasoning_summary_part.done':
      return void (partsOf(item, 'summary')[payload.summary_index as number] = structuredClone(payload.part) as Fields);
    case 'response.output_text.annotation.added': {
      const part = partsOf(item, 'content')[payload.content_index as number];
      if (part) (Array.isArray(part.annotations) ? part.annotations : (part.annotations = []) as unknown[])[payload.annotation_index as number] = payload.annotation;
      return;
    }
  }
  const delta = DELTAS[event.type];
  if (!delta || typeof payload.delta !== 'string') return;
  const target = delta.parts ? partsOf(item, delta.parts)[(payload[delta.parts === 'content' ? 'content_index' : 'summary_index'] as number)] : item;
  if (!target) return;
  target[delta.field] = (typeof target[delta.field] === 'string' ? target[delta.field] as string : '') + payload.delta;
  // A text delta's logprobs (include: message.output_text.logprobs) grow the part's, as its done event will hold them.
  if (Array.isArray(payload.logprobs) && payload.logprobs.length > 0) {
    const held = Array.isArray(target.logprobs) ? target.logprobs as unknown[] : (target.logprobs = []) as unknown[];
    for (const entry of withBytes(payload.logprobs)) held.push(entry);
  }
}

function partsOf(item: Fields, name: 'content' | 'summary'): Fields[] {
  if (!Array.isArray(item[name])) item[name] = [];
  return item[name] as Fields[];
}
