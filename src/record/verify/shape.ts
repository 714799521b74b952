// The shape of an answer, values aside: which fields it has (paths, array items told apart by their `type`)
// and, for a stream, the order of its event types (a run of deltas counts once). Two answers to the same
// request should have the same shape; where they differ, the API has drifted.
import type { CapturedResponse } from '../capture.js';

export interface AnswerShape {
  status: number;
  /** Field paths of the JSON body, or of the stream's final response. */
  fields: Set<string>;
  /** Event types in order, consecutive repeats folded (streams only). */
  order?: string[];
  /** Field paths per event type (streams only). */
  eventFields?: Map<string, Set<string>>;
}

const MAX_DEPTH = 32;

export function shapeOf(answer: Pick<CapturedResponse, 'status' | 'body' | 'events'>): AnswerShape {
  const shape: AnswerShape = { status: answer.status, fields: new Set() };
  if (answer.body) collect(answer.body, { prefix: '', into: shape.fields, depth: 0 });
  if (!answer.events) return shape;
  shape.order = [];
  shape.eventFields = new Map();
  for (const event of answer.events) {
    if (shape.order[shape.order.length - 1] !== event.type) shape.order.push(event.type);
    let fields = shape.eventFields.get(event.type);
    if (!fields) shape.eventFields.set(event.type, (fields = new Set()));
    collect(event, { prefix: '', into: fields, depth: 0 });
  }
  const final = answer.events.findLast((event) => typeof event.response === 'object' && event.response !== null && event.type !== 'response.created' && event.type !== 'response.in_progress');
  if (final) collect(final.response, { prefix: '', into: shape.fields, depth: 0 });
  return shape;
}

/** Differences from `recorded` to `live`, one line each; none means the shapes agree. */
export function compareShapes(recorded: AnswerShape, live: AnswerShape): string[] {
  const problems: string[] = [];
  if (recorded.status !== live.status) problems.push(`status ${recorded.status} → ${live.status}`);
  problems.push(...fieldDifferences({ label: 'fields', recorded: recorded.fields, live: live.fields }));
  if (recorded.order && live.order) {
    const before = recorded.order.join(' › ');
    const after = live.order.join(' › ');
    if (before !== after) problems.push(`event order: ${divergence(recorded.order, live.order)}`);
    for (const [type, fields] of recorded.eventFields ?? []) {
      const other = live.eventFields?.get(type);
      if (other) problems.push(...fieldDifferences({ label: `${type} fields`, recorded: fields, live: other }));
    }
  } else if (recorded.order || live.order) {
    problems.push(recorded.order ? 'recorded as a stream, answered as JSON' : 'recorded as JSON, answered as a stream');
  }
  return problems;
}

function fieldDifferences(args: { label: string; recorded: Set<string>; live: Set<string> }): string[] {
  const gone = [...args.recorded].filter((path) => !args.live.has(path));
  const added = [...args.live].filter((path) => !args.recorded.has(path));
  return [
    ...(gone.length > 0 ? [`${args.label} no longer sent: ${gone.join(', ')}`] : []),
    ...(added.length > 0 ? [`${args.label} new: ${added.join(', ')}`] : []),
  ];
}

/** Where two event orders part: the common start, then each side's next few types. */
function divergence(recorded: string[], live: string[]): string {
  let at = 0;
  while (at < recorded.length && at < live.length && recorded[at] === live[at]) at += 1;
  const next = (list: string[]) => list.slice(at, at + 3).join(' › ') || '(end)';
  return `after ${at} matching step(s) the recording has ${next(recorded)}, the upstream ${next(live)}`;
}

function collect(value: unknown, at: { prefix: string; into: Set<string>; depth: number }): void {
  if (at.depth > MAX_DEPTH || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) {
      const type = typeof item === 'object' && item !== null && typeof (item as { type?: unknown }).type === 'string' ? (item as { type: string }).type : '';
      const path = `${at.prefix}[${type}]`;
      at.into.add(path);
      collect(item, { prefix: path, into: at.into, depth: at.depth + 1 });
    }
    return;
  }
  for (const [key, inner] of Object.entries(value)) {
    const path = at.prefix ? `${at.prefix}.${key}` : key;
    at.into.add(path);
    collect(inner, { prefix: path, into: at.into, depth: at.depth + 1 });
  }
}
