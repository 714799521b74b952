// Reading the hosted-tool captures (captures/, see its README) for the conformance tests: a file's text, a
// stream's events (JSON Lines), events as the SSE blocks the stream differ compares, one item's events, and the
// keys of a citation event.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SseBlock } from '../helpers/sse.js';
import type { Wire } from '../helpers/wire.js';

export const CAPTURES = fileURLToPath(new URL('./captures/', import.meta.url));

export const readCaptured = (file: string): string => readFileSync(CAPTURES + file, 'utf8');

/** A `.chunks.txt` capture: one stream event per line. */
export const capturedEvents = (file: string): Wire[] => readCaptured(file).split('\n').filter(Boolean).map((line) => JSON.parse(line) as Wire);

export const asBlocks = (events: Wire[]): SseBlock[] => events.map((data) => ({ kind: 'event', data, raw: JSON.stringify(data) }));

/** The events of the first output item of a type, from output_item.added to .done (citations too, if asked). */
export function itemEvents(events: Wire[], type: string, options: { annotations: boolean } = { annotations: true }): Wire[] {
  const added = events.find((event) => event.type === 'response.output_item.added' && event.item.type === type);
  if (!added) return [];
  return events.filter((event) => event.output_index === added.output_index
    && (options.annotations || event.type !== 'response.output_text.annotation.added'));
}

/** The keys of the first `annotation.added` event and of its annotation. */
export function annotationKeys(events: Wire[]): { event: string[]; annotation: string[] } {
  const event = events.find((entry) => entry.type === 'response.output_text.annotation.added')!;
  return { event: Object.keys(event), annotation: Object.keys(event.annotation) };
}
