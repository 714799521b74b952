// What the schema cannot say about a recorded `replay`: it answers alone, it holds a JSON answer or a stream
// (not both), a response object has its output, a finished stream its terminal event, timing one entry per event.
import type { Respond } from '../../schemas/fixtures.js';
import { headerProblems } from './header-checks.js';

/** The events that end a response: a stream that has none was cut, and says so. */
export const TERMINAL_EVENTS: ReadonlySet<string> = new Set(['response.completed', 'response.incomplete', 'response.failed']);

const SCRIPTED_KEYS = ['text', 'json', 'refusal', 'reasoning', 'calls', 'hosted', 'error', 'fail', 'incomplete', 'usage'] as const;

export function replayProblems(respond: Respond, path: string): string[] {
  const replay = respond.replay;
  if (!replay) return [];
  const at = `${path}.replay`;
  const problems: string[] = [];
  const mixed = SCRIPTED_KEYS.filter((key) => respond[key] !== undefined);
  if (mixed.length > 0) problems.push(`${path}: 'replay' answers with a recording; it cannot be combined with ${mixed.map((key) => `'${key}'`).join(', ')}`);
  const status = replay.status ?? 200;
  if ((replay.body === undefined) === (replay.events === undefined)) {
    problems.push(`${at}: give exactly one of 'body' (a JSON answer) and 'events' (a stream)`);
  }
  if (replay.events !== undefined) {
    if (status !== 200) problems.push(`${at}.status: a recorded stream has status 200 (an HTTP error is a 'body')`);
    const terminal = replay.events.some((event) => TERMINAL_EVENTS.has(event.type));
    if (!terminal && !replay.cut) problems.push(`${at}.events: no response.completed, response.incomplete or response.failed; set 'cut: true' for a stream the upstream dropped`);
    if (replay.timing !== undefined && replay.timing.length !== replay.events.length) {
      problems.push(`${at}.timing: has ${replay.timing.length} entries for ${replay.events.length} events (one per event)`);
    }
  } else if (replay.timing !== undefined) {
    problems.push(`${at}.timing: only a stream has timing (use 'latencyMs' for a JSON answer)`);
  }
  if (replay.body !== undefined && status < 400) problems.push(...outputProblems(replay.body.output, `${at}.body.output`));
  if (replay.cut && replay.events === undefined) problems.push(`${at}.cut: only a stream can be cut`);
  problems.push(...headerProblems(replay.headers, `${at}.headers`));
  return problems;
}

export function outputProblems(output: unknown, path: string): string[] {
  if (!Array.isArray(output)) return [`${path}: a recorded response must have an 'output' array (an HTTP error needs a status of 400 or more)`];
  const bad = output.findIndex((item) => typeof item !== 'object' || item === null || typeof (item as { type?: unknown }).type !== 'string');
  return bad >= 0 ? [`${path}[${bad}]: must be an output item (an object with a 'type')`] : [];
}
