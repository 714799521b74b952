// Compares two OpenRouter streams by shape, not by value: event-type order (runs of one delta type collapsed),
// the keys (and their order) of every event and of the objects clients parse inside them: response, output
// items, content parts, tools, usage and its details. Each difference is one readable line.
import type { SseBlock } from '../helpers/sse.js';

type Json = Record<string, unknown>;

/** Event-type runs: `delta` events of one type in a row form one group. */
export function groups(events: Json[]): Json[][] {
  const out: Json[][] = [];
  for (const event of events) {
    const last = out.at(-1);
    if (last && String(event.type).endsWith('.delta') && last[0]!.type === event.type) last.push(event);
    else out.push([event]);
  }
  return out;
}

/** The nested objects whose keys are compared, by path. */
function nested(event: Json): Array<[string, Json]> {
  const found: Array<[string, Json]> = [['', event]];
  const add = (path: string, value: unknown) => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) found.push([path, value as Json]);
  };
  const item = (path: string, value: unknown) => {
    add(path, value);
    const content = (value as Json | undefined)?.content;
    if (Array.isArray(content)) content.forEach((part, i) => add(`${path}.content[${i}]`, part));
  };
  const response = event.response as Json | undefined;
  if (response) {
    add('.response', response);
    (response.output as unknown[] | undefined)?.forEach((entry, i) => item(`.response.output[${i}]`, entry));
    (response.tools as unknown[] | undefined)?.forEach((tool, i) => add(`.response.tools[${i}]`, tool));
    const usage = response.usage as Json | null | undefined;
    if (usage) {
      add('.response.usage', usage);
      for (const key of ['input_tokens_details', 'output_tokens_details', 'cost_details']) add(`.response.usage.${key}`, usage[key]);
    }
  }
  if (event.item) item('.item', event.item);
  if (event.part) add('.part', event.part);
  return found;
}

function keyDiff(args: { where: string; mock: Json | undefined; recorded: Json }): string[] {
  const { where, mock, recorded } = args;
  if (!mock) return [`${where}: missing object (recorded keys ${Object.keys(recorded).join(',')})`];
  const mockKeys = Object.keys(mock);
  const recordedKeys = Object.keys(recorded);
  const missing = recordedKeys.filter((key) => !mockKeys.includes(key));
  const extra = mockKeys.filter((key) => !recordedKeys.includes(key));
  if (missing.length || extra.length) {
    return [`${where}: ${[missing.length ? `missing [${missing.join(', ')}]` : '', extra.length ? `extra [${extra.join(', ')}]` : ''].filter(Boolean).join(', ')}`];
  }
  return mockKeys.join() === recordedKeys.join() ? [] : [`${where}: key order ${mockKeys.join(',')} instead of ${recordedKeys.join(',')}`];
}

/** Every shape difference between the mock's stream and the recorded one (empty when they match). */
export function diffStreams(args: { mock: SseBlock[]; recorded: SseBlock[] }): string[] {
  const events = (blocks: SseBlock[]) => blocks.flatMap((block) => (block.kind === 'event' ? [block.data] : []));
  const mockGroups = groups(events(args.mock));
  const recordedGroups = groups(events(args.recorded));
  const order = (list: Json[][]) => list.map((group) => `${group[0]!.type}${group.length > 1 ? ` x${group.length}` : ''}`);
  const mockTypes = mockGroups.map((group) => group[0]!.type);
  const recordedTypes = recordedGroups.map((group) => group[0]!.type);
  if (mockTypes.join() !== recordedTypes.join()) {
    return [`event order: mock ${order(mockGroups).join(' → ')}\n          recorded ${order(recordedGroups).join(' → ')}`];
  }
  const diffs: string[] = [];
  recordedGroups.forEach((recordedGroup, index) => {
    const reference = nested(recordedGroup[0]!);
    for (const [offset, event] of mockGroups[index]!.entries()) {
      const mine = new Map(nested(event));
      const label = `event ${index}${offset ? `+${offset}` : ''} (${String(event.type)})`;
      for (const [path, recorded] of reference) diffs.push(...keyDiff({ where: `${label} $${path}`, mock: mine.get(path), recorded }));
      for (const [path] of mine) if (!reference.some(([known]) => known === path)) diffs.push(`${label} $${path}: extra object`);
    }
  });
  return diffs;
}

/** Framing as on the OpenRouter wire: `data:` frames (and comments) only, `[DONE]` last. */
export function framingProblems(blocks: SseBlock[]): string[] {
  const problems: string[] = [];
  if (blocks.at(-1)?.kind !== 'done') problems.push('does not end with data: [DONE]');
  if (blocks.filter((block) => block.kind === 'done').length !== 1) problems.push('[DONE] is not sent exactly once');
  for (const [i, block] of blocks.entries()) {
    if (block.kind !== 'comment' && block.event !== undefined) problems.push(`block ${i}: has an event: line`);
    if (block.kind === 'event' && block.raw !== JSON.stringify(block.data)) problems.push(`block ${i}: JSON is not compact`);
  }
  return problems;
}
