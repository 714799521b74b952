// Compares two streams by shape, not by value: event-type order (runs of one delta type collapsed), then each
// event against the recorded one at every depth: kinds (null vs object, string vs number), key sets and key
// order of every object, and the items of lists both have. Each difference is one readable line.
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

/** A value's kind as shapes go: numbers are one kind (an integer and a float differ in value only). */
function kind(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/**
 * Shape differences between two values, at every depth: kinds (null is not an object), key sets and key order of
 * every object, and the items of lists that both have (how many there are is a value).
 */
function shapeDiff(args: { where: string; mock: unknown; recorded: unknown }): string[] {
  const { where, mock, recorded } = args;
  if (kind(mock) !== kind(recorded)) return [`${where}: ${kind(mock)} instead of ${kind(recorded)}`];
  if (Array.isArray(recorded)) {
    const mine = mock as unknown[];
    return recorded.slice(0, mine.length).flatMap((entry, i) => shapeDiff({ where: `${where}[${i}]`, mock: mine[i], recorded: entry }));
  }
  if (kind(recorded) !== 'object') return [];
  const [mine, theirs] = [mock as Json, recorded as Json];
  const diffs = keyDiff({ where, mock: mine, recorded: theirs });
  for (const key of Object.keys(theirs)) if (key in mine) diffs.push(...shapeDiff({ where: `${where}.${key}`, mock: mine[key], recorded: theirs[key] }));
  return diffs;
}

function keyDiff(args: { where: string; mock: Json; recorded: Json }): string[] {
  const { where, mock, recorded } = args;
  const mockKeys = Object.keys(mock);
  const recordedKeys = Object.keys(recorded);
  const missing = recordedKeys.filter((key) => !mockKeys.includes(key));
  const extra = mockKeys.filter((key) => !recordedKeys.includes(key));
  if (missing.length || extra.length) {
    return [`${where}: ${[missing.length ? `missing [${missing.join(', ')}]` : '', extra.length ? `extra [${extra.join(', ')}]` : ''].filter(Boolean).join(', ')}`];
  }
  return mockKeys.join() === recordedKeys.join() ? [] : [`${where}: key order ${mockKeys.join(',')} instead of ${recordedKeys.join(',')}`];
}

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
    for (const [offset, event] of mockGroups[index]!.entries()) {
      diffs.push(...shapeDiff({ where: `event ${index}${offset ? `+${offset}` : ''} (${String(event.type)}) $`, mock: event, recorded: recordedGroup[0]! }));
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
