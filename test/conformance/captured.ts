// Reading the captured traffic for the conformance tests (captures/ and openai-captures/, see their READMEs): a
// file's text, a stream's events (JSON Lines), a JSON body, events as the SSE blocks the stream differ compares,
// one item's events, the keys of a citation event, and the order of event types with runs of deltas counted once.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SseBlock } from '../helpers/sse.js';
import type { Wire } from '../helpers/wire.js';
import { groups } from './shape-diff.js';

export interface CaptureFolder {
  dir: string;
  read(file: string): string;
  /** A `.chunks.txt` capture: one stream event per line. */
  events(file: string): Wire[];
  /** A `.json` capture: one body. */
  body(file: string): Wire;
}

function folder(name: string): CaptureFolder {
  const dir = fileURLToPath(new URL(`./${name}/`, import.meta.url));
  const read = (file: string) => readFileSync(dir + file, 'utf8');
  return {
    dir,
    read,
    events: (file) => read(file).split('\n').filter(Boolean).map((line) => JSON.parse(line) as Wire),
    body: (file) => JSON.parse(read(file)) as Wire,
  };
}

/** Hosted-tool traffic (captures/). */
export const HOSTED_CAPTURES = folder('captures');
/** OpenAI Responses traffic (openai-captures/). */
export const OPENAI_CAPTURES = folder('openai-captures');

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

/** Keys as a sorted set: for captures whose capturer sorted their keys. */
export const sortedKeys = (value: Wire): string[] => Object.keys(value).sort();

/** The order of event types, a run of one type (deltas) counted once. */
export const typeOrder = (events: Wire[]): string[] => groups(events).map((group) => String(group[0]!.type));
