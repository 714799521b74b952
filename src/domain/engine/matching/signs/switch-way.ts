// Switching a thing on or off, locking or unlocking it, and starting or stopping it: a tool that switches on
// (turn_on_lights, enable_wifi) is not what "Turn off the TV" or "Disable the wifi" asks for, nor one that switches
// off what "Turn the lights on" does; lock_door is not what "Unlock the door" asks for, nor play_music "Stop the
// music". A thing named in a clause that says its own way takes that way ("Turn on airplane mode and off wifi").
// Read on the prompt's words once (linear) and the tool's name words.
import { nameWords } from '../../../arguments/prompt/names.js';
import { lowerWord } from '../requests/request-tokens.js';

type Way = 'on' | 'off' | 'lock' | 'unlock' | 'start' | 'stop';
/** Each pair of ways a thing is switched: power, locking, running. */
const AXES: ReadonlyArray<readonly [Way, Way]> = [['on', 'off'], ['lock', 'unlock'], ['start', 'stop']];
type Flags = Record<Way, boolean>;
/** The way said on each axis (by its index in AXES); undefined where neither or both are said. */
type Said = ReadonlyArray<Way | undefined>;

/** Which ways the prompt asks things switched. */
export interface Ways {
  whole: Said;
  /** The ways said for the thing named by these words, where the clauses naming it say them. */
  of(device: readonly string[]): DeviceWays | undefined;
}

/** The ways said for a thing, and whether a clause naming it says one itself (not only the clause before). */
interface DeviceWays {
  said: Said;
  own: boolean;
}

/** A clause's words and the ways it says: clauses part at "and", "then" and marks. */
interface Clause {
  words: Set<string>;
  flags: Flags;
}

const SWITCHING: ReadonlySet<string> = new Set(['turn', 'switch', 'shut', 'power', 'flip']);
/** Words saying a way wherever they stand, in a prompt or a tool's name ("on" and "off" only in a name). */
const WAY_WORD: ReadonlyMap<string, Way> = new Map([
  ['enable', 'on'], ['activate', 'on'], ['unmute', 'on'],
  ['disable', 'off'], ['deactivate', 'off'], ['mute', 'off'],
  ['lock', 'lock'], ['unlock', 'unlock'],
  ['start', 'start'], ['play', 'start'], ['resume', 'start'],
  ['stop', 'stop'], ['pause', 'stop'],
]);
/** Words before "on" or "off" that state where someone or something is: "I'm off", "the TV is on". */
const STATING: ReadonlySet<string> = new Set(["i'm", 'im', "we're", "you're", "he's", "she's", "they're", 'is', 'are', 'am', 'was', 'were', 'be', 'been', 'being', "i’m", "we’re", "you’re", "he’s", "she’s", "they’re"]);
/** Words after "on" or "off" that leave it a particle: the end of a clause, or a word that goes on with the verb. */
const AFTER_PARTICLE: ReadonlySet<string> = new Set(['and', 'please', 'now', 'again', 'too', 'for', 'at', 'in', 'inside', 'outside', 'here', 'there', 'upstairs', 'downstairs', 'when', 'then', 'so', 'if', 'before', 'after', 'until', 'tonight', 'today', 'tomorrow']);

/**
 * The ways the prompt asks. "on" and "off" switch right after a switching verb ("Turn off the lights"), or after
 * its object at the clause's end or before a word going on with it ("Turn the lights in the bedroom on", "… off
 * please"), or after "and" once a verb switched ("Turn on airplane mode and off wifi"); elsewhere they are
 * prepositions ("the lights on the porch", "I'm off to bed").
 */
export function switchWays(prompt: string): Ways {
  const tokens = prompt.toLowerCase().split(/\s+/u);
  const clauses: Clause[] = [];
  let clause = newClause(clauses);
  let verbSeen = false;
  let waysAlone = true;
  tokens.forEach((token, index) => {
    const word = lowerWord(token);
    // A clause of ways alone shares the thing of the next: "Lock and unlock the door".
    if (index > 0 && !waysAlone && (word === 'and' || word === 'then' || /[,.;!?:]$/u.test(tokens[index - 1]!))) {
      clause = newClause(clauses);
      waysAlone = true;
    }
    clause.words.add(word);
    waysAlone &&= WAY_WORD.has(word) || SWITCHING.has(word) || word === 'on' || word === 'off' || word === 'and';
    if (SWITCHING.has(word)) verbSeen = true;
    const way = WAY_WORD.get(word);
    if (way !== undefined) clause.flags[way] = true;
    if (word !== 'on' && word !== 'off') return;
    const previous = lowerWord(tokens[index - 1] ?? '');
    const next = tokens[index + 1];
    // After someone or a state it says where one is, not what is switched: "Turn on the lights, I'm off".
    const stated = STATING.has(previous);
    const clauseEnds = /[,.;!?]$/u.test(token);
    const particle = SWITCHING.has(previous) || (verbSeen && !stated && (previous === 'and' || clauseEnds || next === undefined || AFTER_PARTICLE.has(lowerWord(next))));
    if (particle) clause.flags[word] = true;
  });
  const whole = saidIn(clauses.map((one) => one.flags));
  return { whole, of: (device) => deviceWays(clauses, device) };
}

function newClause(clauses: Clause[]): Clause {
  const clause: Clause = { words: new Set(), flags: { on: false, off: false, lock: false, unlock: false, start: false, stop: false } };
  clauses.push(clause);
  return clause;
}

function saidIn(all: readonly Flags[]): Said {
  return AXES.map(([first, second]) => {
    const one = all.some((flags) => flags[first]);
    const other = all.some((flags) => flags[second]);
    return one === other ? undefined : one ? first : second;
  });
}

/**
 * The ways of the clauses naming a device (each word of it, or its singular or plural); a clause naming it without a
 * way takes the way of the nearest clause before that says one ("Turn off the lights and the TV"). Undefined when
 * no clause names it, or none of those says a way.
 */
function deviceWays(clauses: readonly Clause[], device: readonly string[]): DeviceWays | undefined {
  if (device.length === 0) return undefined;
  const forms = device.map((word) => [word, `${word}s`, word.endsWith('s') ? word.slice(0, -1) : word]);
  const said: Flags[] = [];
  let own = false;
  let before: Flags | undefined;
  for (const clause of clauses) {
    const ways = Object.values(clause.flags).some(Boolean) ? clause.flags : undefined;
    const named = forms.every((each) => each.some((form) => clause.words.has(form)));
    if (named && (ways ?? before) !== undefined) said.push((ways ?? before)!);
    if (named && ways !== undefined) own = true;
    if (ways !== undefined) before = ways;
  }
  return said.length === 0 ? undefined : { said: saidIn(said), own };
}

/** Words of a tool's name that say a way or switching, not the thing switched ("turn on", "enable", "toggle"). */
const WAY_WORDS: ReadonlySet<string> = new Set([...WAY_WORD.keys(), 'on', 'off', 'turn', 'switch', 'toggle', 'set', 'power']);

/** The thing a tool switches, by its name's other words: "lights" for turn_on_lights, "wifi" for disable_wifi. */
export function deviceOf(toolName: string): string {
  return deviceWords(toolName).join(' ');
}

function deviceWords(toolName: string): string[] {
  return nameWords(toolName).filter((word) => !WAY_WORDS.has(word));
}

/**
 * How the tool's way fits the prompt's (`ways`: switchWays's reading, asked only for a tool whose name says a way):
 * `other` when it switches the other way, `named` when it switches the way said in a clause naming its thing
 * ("disable_wifi" for "Turn on airplane mode and off wifi"), `none` otherwise.
 */
export function wayFit(toolName: string, ways: () => Ways): 'other' | 'named' | 'none' {
  const words = nameWords(toolName);
  const says = (way: Way): boolean => words.some((word) => word === way || WAY_WORD.get(word) === way);
  // The way the tool switches on each axis, where its name says one way of the two.
  const its = AXES.map(([first, second]) => (says(first) === says(second) ? undefined : says(first) ? first : second));
  // A tool that says no way asks nothing of the prompt.
  if (its.every((way) => way === undefined)) return 'none';
  const device = ways().of(deviceWords(toolName));
  const said = device?.said ?? ways().whole;
  const axes = its.flatMap((way, axis) => (way !== undefined && said[axis] !== undefined ? [way === said[axis]] : []));
  if (axes.includes(false)) return 'other';
  return device?.own === true && axes.length > 0 ? 'named' : 'none';
}
