// Switching a thing on or off, locking or unlocking it, and starting or stopping it: a tool that switches on
// (turn_on_lights, enable_wifi) is not what "Turn off the TV" or "Disable the wifi" asks for, nor one that switches
// off what "Turn the lights on" does; lock_door is not what "Unlock the door" asks for, nor play_music "Stop the
// music". A thing named in a clause that says its own way takes that way ("Turn on airplane mode and off wifi"), and
// one kept as it is after another request is not switched ("Turn off the TV and leave the lights on"). The clauses
// are read once (switch-clauses.ts); a tool by its name's words.
import { nameWords } from '../../../arguments/prompt/names.js';
import { AXES, RUN_WORD, readClauses, saysWay, SWITCHING, WAY_WORD, type Axis, type Clause, type Way } from './switch-clauses.js';

/** Which ways the prompt asks things switched. */
export interface Ways {
  /** The way said on each axis in the whole prompt; undefined where neither or both are said. */
  whole: Record<Axis, Way | undefined>;
  /** The ways said for the thing named by these words: undefined when no clause names it. */
  of(device: readonly string[]): DeviceWays | undefined;
}

/** What the clauses naming a thing say of it. */
interface DeviceWays {
  /** Every way said of it, both of an axis where both are ("Turn the TV on now and off at 11pm"). */
  ways: ReadonlySet<Way>;
  /** Whether a clause naming it says a way itself (not only the clause before). */
  own: boolean;
  /** Whether a later clause keeps it as it is ("…, but leave the TV off") and none switches it. */
  kept: boolean;
}

/**
 * The ways the prompt asks. "on" and "off" switch right after a switching verb ("Turn off the lights"), or after
 * its object at the clause's end or before a word going on with it ("Turn the lights in the bedroom on", "… off
 * please"), or after "and" once a verb switched ("Turn on airplane mode and off wifi"); elsewhere they are
 * prepositions ("the lights on the porch", "I'm off to bed") or a state kept ("the lights stay on").
 */
export function switchWays(prompt: string): Ways {
  const clauses = readClauses(prompt);
  const whole = { power: undefined, lock: undefined, run: undefined } as Record<Axis, Way | undefined>;
  for (const [axis, first, second] of AXES) {
    const one = clauses.some((clause) => clause.flags[first]);
    const other = clauses.some((clause) => clause.flags[second]);
    whole[axis] = one === other ? undefined : one ? first : second;
  }
  return { whole, of: (device) => deviceWays(clauses, device) };
}

/**
 * The ways of the clauses naming a device (each word of it, or its singular or plural); a clause naming it without a
 * way takes the way of the nearest clause before that says one ("Turn off the lights and the TV"), unless it keeps a
 * state. Undefined when no clause names it.
 */
function deviceWays(clauses: readonly Clause[], device: readonly string[]): DeviceWays | undefined {
  if (device.length === 0) return undefined;
  const forms = device.map((word) => [word, `${word}s`, word.endsWith('s') ? word.slice(0, -1) : word]);
  const ways = new Set<Way>();
  let named = false;
  let own = false;
  let kept = false;
  let before: Clause | undefined;
  // A thing kept as it is counts as kept only beside a request switching something ("Leave the TV on and turn off the
  // lights"); alone ("Keep the lights on") it may ask to switch it.
  const switching = clauses.some((clause) => saysWay(clause.flags));
  for (const clause of clauses) {
    const says = saysWay(clause.flags);
    const naming = forms.every((each) => each.some((form) => clause.words.has(form)));
    named ||= naming;
    if (naming && clause.keeps && !says) kept ||= switching;
    const from = says ? clause : clause.keeps ? undefined : before;
    if (naming && from !== undefined) addWays(ways, from);
    if (naming && says) own = true;
    if (says) before = clause;
  }
  return named ? { ways, own, kept: kept && ways.size === 0 } : undefined;
}

function addWays(ways: Set<Way>, clause: Clause): void {
  for (const [, first, second] of AXES) {
    if (clause.flags[first]) ways.add(first);
    if (clause.flags[second]) ways.add(second);
  }
}

/** Words of a tool's name that say a way or switching, not the thing switched ("turn on", "enable", "toggle"). */
const WAY_WORDS: ReadonlySet<string> = new Set([...WAY_WORD.keys(), ...RUN_WORD.keys(), ...SWITCHING, 'on', 'off', 'toggle', 'set']);

/** The thing a tool switches, by its name's other words: "lights" for turn_on_lights, "wifi" for disable_wifi. */
export function deviceOf(toolName: string): string {
  return deviceWords(toolName).join(' ');
}

function deviceWords(toolName: string): string[] {
  return nameWords(toolName).filter((word) => !WAY_WORDS.has(word));
}

/**
 * How the tool's way fits the prompt's (`ways`: switchWays's reading, asked only for a tool whose name says a way):
 * `other` when it switches the other way, or a thing kept as it is; `named` when it switches a way said in a clause
 * naming its thing ("disable_wifi" for "Turn on airplane mode and off wifi"); `none` otherwise. A thing the prompt
 * names takes the ways of the clauses naming it; one it does not name, the whole prompt's.
 */
export function wayFit(toolName: string, ways: () => Ways): 'other' | 'named' | 'none' {
  const words = nameWords(toolName);
  const says = (way: Way): boolean => words.some((word) => word === way || (WAY_WORD.get(word) ?? RUN_WORD.get(word)) === way);
  // The way the tool switches on each axis, where its name says one of the two.
  const its = AXES.map(([axis, first, second]) => ({ axis, way: says(first) === says(second) ? undefined : says(first) ? first : second, other: says(first) ? second : first }));
  // A tool that says no way asks nothing of the prompt.
  if (its.every(({ way }) => way === undefined)) return 'none';
  const device = ways().of(deviceWords(toolName));
  if (device?.kept === true) return 'other';
  let fits = false;
  for (const { axis, way, other } of its) {
    if (way === undefined) continue;
    const saysIts = device === undefined ? ways().whole[axis] === way : device.ways.has(way);
    const saysOther = device === undefined ? ways().whole[axis] === other : device.ways.has(other);
    if (saysOther && !saysIts) return 'other';
    fits ||= saysIts;
  }
  return fits && device?.own === true ? 'named' : 'none';
}

/** The thing a tool switches and the ways its name says ("tv|off" for turn_off_tv), to tell two tools doing one thing. */
export function switchKey(toolName: string): string {
  const words = nameWords(toolName);
  const ways = words.flatMap((word) => (word === 'on' || word === 'off' ? [word] : [WAY_WORD.get(word) ?? RUN_WORD.get(word) ?? []].flat()));
  return `${deviceOf(toolName)}|${ways.join(' ')}`;
}
