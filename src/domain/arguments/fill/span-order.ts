// A span's end comes after its start, as a model writes them: in one object, when a date or date-time property
// named as an end (end, until, check_out, return, arrival, dropoff…) holds a value before the one named as its
// start, and the prompt did not give the end, the end becomes the start plus a day (dates) or an hour (date-times),
// in its own format.
import { dayOfDate, isoDay, pad2 } from '../prompt/shapes/time/calendar.js';
import type { PropertyView } from './schema-view.js';

const START_WORDS = new Set(['start', 'starts', 'starting', 'begin', 'begins', 'from', 'since', 'departure', 'depart', 'departs', 'checkin', 'pickup', 'opens']);
const END_WORDS = new Set(['end', 'ends', 'ending', 'until', 'till', 'to', 'finish', 'stop', 'return', 'checkout', 'dropoff', 'arrival', 'arrive', 'arrives', 'closes', 'through']);
/** Two words that make one side: `check_in`, `pick_up`, `dropOff`. */
const JOINED = new Map([['check in', 'checkin'], ['check out', 'checkout'], ['pick up', 'pickup'], ['drop off', 'dropoff']]);

type Side = 'start' | 'end';

/**
 * Which side of a span the name says (`check_in` and `check_out` too), if one. A name that says a span of time
 * (`ttl`, `time_to_live`) is neither: its `to` is no end.
 */
function sideOf(words: readonly string[]): Side | undefined {
  if (words.includes('ttl') || (words.includes('time') && words.includes('live'))) return undefined;
  const joined: string[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const pair = JOINED.get(`${words[index]} ${words[index + 1] ?? ''}`);
    joined.push(pair ?? words[index]!);
    if (pair !== undefined) index += 1;
  }
  if (joined.some((word) => START_WORDS.has(word))) return 'start';
  if (joined.some((word) => END_WORDS.has(word))) return 'end';
  return undefined;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?Z$/;

/** Seconds from 1970 of a date or a UTC date-time as written by the mock (undefined for other shapes). */
function secondsOf(text: string): number | undefined {
  const match = DATE_TIME.exec(text) ?? DATE.exec(text);
  if (match === null) return undefined;
  const day = dayOfDate({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
  if (day === undefined) return undefined;
  return day * 86_400 + Number(match[4] ?? 0) * 3600 + Number(match[5] ?? 0) * 60 + Number(match[6] ?? 0);
}


/**
 * The end after the start, written as the end is (a date or a date-time): a date the day after the start's day,
 * a date-time an hour after a date-time start or at the midnight after a date start.
 */
function after(start: string, end: string): string | undefined {
  const seconds = secondsOf(start);
  if (seconds === undefined) return undefined;
  if (DATE.test(end)) return isoDay(Math.floor(seconds / 86_400) + 1);
  const next = DATE.test(start) ? seconds + 86_400 : seconds + 3600;
  const time = next % 86_400;
  return `${isoDay(Math.floor(next / 86_400))}T${pad2(Math.floor(time / 3600))}:${pad2(Math.floor((time % 3600) / 60))}:${pad2(time % 60)}Z`;
}

const isTemporal = (property: PropertyView): boolean => property.formatKinds.includes('date') || property.formatKinds.includes('date-time');

/**
 * The end property to set, and its value, when the object's one start and one end (both dates or date-times)
 * are out of order and the end was not read from the prompt; undefined otherwise.
 */
export function endAfterStart(object: Record<string, unknown>, args: { properties: readonly PropertyView[]; fromPrompt: ReadonlySet<string> }): { property: PropertyView; value: string } | undefined {
  const temporal = args.properties.filter(isTemporal);
  if (temporal.length < 2) return undefined;
  const starts = temporal.filter((property) => sideOf(property.words) === 'start');
  const ends = temporal.filter((property) => sideOf(property.words) === 'end');
  if (starts.length !== 1 || ends.length !== 1) return undefined;
  const [start, end] = [starts[0]!, ends[0]!];
  if (args.fromPrompt.has(end.name)) return undefined;
  const startValue = object[start.name];
  const endValue = object[end.name];
  if (typeof startValue !== 'string' || typeof endValue !== 'string') return undefined;
  const [from, to] = [secondsOf(startValue), secondsOf(endValue)];
  if (from === undefined || to === undefined) return undefined;
  // An end date on a date-time start's own day is in order: the span ends that day.
  if (DATE.test(endValue) ? to >= Math.floor(from / 86_400) * 86_400 : to >= from) return undefined;
  const value = after(startValue, endValue);
  return value === undefined ? undefined : { property: end, value };
}
