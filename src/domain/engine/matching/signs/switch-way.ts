// Switching a thing on or off, locking or unlocking it, and starting or stopping it: a tool that switches on
// (turn_on_lights, enable_wifi) is not what "Turn off the TV" or "Disable the wifi" asks for, nor one that switches
// off what "Turn the lights on" does; lock_door is not what "Unlock the door" asks for, nor play_music "Stop the
// music". A thing named in a clause that says its own way takes that way ("Turn on airplane mode and off wifi").
// Read on the prompt's words once (linear) and the tool's name words.
import { nameWords } from '../../../arguments/prompt/names.js';
import { lowerWord } from '../requests/request-tokens.js';

type Axis = 'power' | 'lock' | 'run';
type Way = 'on' | 'off' | 'lock' | 'unlock' | 'start' | 'stop';
/** Each axis a thing is switched on, with its two ways. */
const AXES: ReadonlyArray<readonly [Axis, Way, Way]> = [['power', 'on', 'off'], ['lock', 'lock', 'unlock'], ['run', 'start', 'stop']];
type Flags = Record<Way, boolean>;
/** The way said on each axis; undefined where neither or both are said. */
type Said = Record<Axis, Way | undefined>;

/** Which ways the prompt asks things switched. */
export interface Ways {
  whole: Said;
  /** The ways said for the thing named by these words: undefined when no clause names it. */
  of(device: readonly string[]): DeviceWays | undefined;
}

/** The ways said for a thing where it is named, and whether a clause naming it says one itself (not only the clause before). */
interface DeviceWays {
  said: Said;
  own: boolean;
}

/** A clause's words and the ways it says: clauses part at "and", "then", "but" and marks. */
interface Clause {
  words: Set<string>;
  flags: Flags;
  /** Whether it names a thing of its own (more than ways, pronouns and times: "lock it again", "off at 11pm" do not). */
  names: boolean;
  /** A word keeping a state ("stay on", "keep wifi on", "leave the lights on"): its "on"/"off" switch nothing. */
  keeps: boolean;
}

const SWITCHING: ReadonlySet<string> = new Set(['turn', 'switch', 'shut', 'power', 'flip']);
/** Words saying a way wherever they stand, in a prompt or a tool's name ("on" and "off" only in a name). */
const WAY_WORD: ReadonlyMap<string, Way> = new Map([
  ['enable', 'on'], ['activate', 'on'], ['unmute', 'on'],
  ['disable', 'off'], ['deactivate', 'off'], ['mute', 'off'],
  ['lock', 'lock'], ['unlock', 'unlock'],
]);
/** Words saying a way only as a clause's verb: "Stop the music", not "the bus stop", "when to stop", "stop by". */
const RUN_WORD: ReadonlyMap<string, Way> = new Map([['start', 'start'], ['play', 'start'], ['resume', 'start'], ['stop', 'stop'], ['pause', 'stop']]);
/** Words that may stand before a clause's verb: "please stop", "and then pause", "can you play". */
const BEFORE_VERB: ReadonlySet<string> = new Set(['', 'and', 'then', 'but', 'please', 'just', 'now', 'also', 'so', 'can', 'could', 'would', 'will', 'you', 'kindly', 'pls', 'go', 'ahead']);
/** Words after "stop" that make it no stopping of a thing: "stop by", "stop at the shop". */
const NOT_AFTER_RUN: ReadonlySet<string> = new Set(['by', 'at', 'in', 'over', 'off', 'for', 'to', 'here', 'there']);
/** Words before "on" or "off" that state where someone or something is: "I'm off", "the TV is on". */
const STATING: ReadonlySet<string> = new Set(["i'm", 'im', "we're", "you're", "he's", "she's", "they're", 'is', 'are', 'am', 'was', 'were', 'be', 'been', 'being', "i’m", "we’re", "you’re", "he’s", "she’s", "they’re"]);
const KEEPING: ReadonlySet<string> = new Set(['stay', 'stays', 'staying', 'remain', 'remains', 'keep', 'keeps', 'leave', 'leaves']);
/** Words after "on" or "off" that leave it a particle: the end of a clause, or a word that goes on with the verb. */
const AFTER_PARTICLE: ReadonlySet<string> = new Set(['and', 'please', 'now', 'again', 'too', 'for', 'at', 'in', 'inside', 'outside', 'here', 'there', 'upstairs', 'downstairs', 'when', 'then', 'so', 'if', 'before', 'after', 'until', 'tonight', 'today', 'tomorrow']);
/** Words that name no thing: pronouns pointing back, joiners, and times ("lock it again", "off at 11pm"). */
const NAMING_NOTHING: ReadonlySet<string> = new Set([
  '', 'it', 'them', 'that', 'this', 'those', 'these', 'both', 'all', 'everything', 'one', 'again', 'back', 'too', 'also', 'and', 'then', 'but',
  'please', 'now', 'later', 'at', 'in', 'for', 'after', 'before', 'until', 'tonight', 'today', 'tomorrow', 'the', 'a', 'an', 'up', 'down', 'on', 'off',
]);

/**
 * The ways the prompt asks. "on" and "off" switch right after a switching verb ("Turn off the lights"), or after
 * its object at the clause's end or before a word going on with it ("Turn the lights in the bedroom on", "… off
 * please"), or after "and" once a verb switched ("Turn on airplane mode and off wifi"); elsewhere they are
 * prepositions ("the lights on the porch", "I'm off to bed") or a state kept ("the lights stay on").
 */
export function switchWays(prompt: string): Ways {
  const tokens = prompt.toLowerCase().split(/\s+/u);
  const clauses: Clause[] = [];
  let clause = newClause(clauses);
  let verbSeen = false;
  let waysAlone = true;
  let previous = '';
  tokens.forEach((token, index) => {
    const word = lowerWord(token);
    // A clause of ways alone shares the thing of the next: "Lock and unlock the door".
    if (index > 0 && !waysAlone && (word === 'and' || word === 'then' || word === 'but' || /[,.;!?:]$/u.test(tokens[index - 1]!))) {
      clause = newClause(clauses);
      waysAlone = true;
      previous = '';
    }
    clause.words.add(word);
    waysAlone &&= WAY_WORD.has(word) || RUN_WORD.has(word) || SWITCHING.has(word) || word === 'on' || word === 'off' || word === 'and';
    if (SWITCHING.has(word)) verbSeen = true;
    if (KEEPING.has(word)) clause.keeps = true;
    const way = WAY_WORD.get(word) ?? (BEFORE_VERB.has(previous) && !NOT_AFTER_RUN.has(lowerWord(tokens[index + 1] ?? '')) ? RUN_WORD.get(word) : undefined);
    if (way !== undefined) clause.flags[way] = true;
    else if (!SWITCHING.has(word) && !NAMING_NOTHING.has(word) && !/\d/u.test(word)) clause.names = true;
    previous = word;
    if (word !== 'on' && word !== 'off') return;
    const before = lowerWord(tokens[index - 1] ?? '');
    const next = tokens[index + 1];
    // After someone or a state it says where one is, not what is switched: "Turn on the lights, I'm off".
    const stated = STATING.has(before) || clause.keeps;
    const particle = SWITCHING.has(before) || (verbSeen && !stated && (before === 'and' || /[,.;!?]$/u.test(token) || next === undefined || AFTER_PARTICLE.has(lowerWord(next))));
    if (particle) clause.flags[word] = true;
  });
  shareBack(clauses);
  return { whole: saidIn(clauses.map((one) => one.flags)), of: (device) => deviceWays(clauses, device) };
}

function newClause(clauses: Clause[]): Clause {
  const clause: Clause = { words: new Set(), flags: { on: false, off: false, lock: false, unlock: false, start: false, stop: false }, names: false, keeps: false };
  clauses.push(clause);
  return clause;
}

const saysWay = (flags: Flags): boolean => Object.values(flags).some(Boolean);

/**
 * A clause saying a way but naming no thing ("… and lock it again", "… then bluetooth, off") says it of the clauses
 * before it: the nearest naming a thing, and those before that naming one with no way of their own.
 */
function shareBack(clauses: readonly Clause[]): void {
  clauses.forEach((clause, index) => {
    if (clause.names || !saysWay(clause.flags)) return;
    for (let back = index - 1; back >= 0; back -= 1) {
      const earlier = clauses[back]!;
      if (!earlier.names) continue;
      const hadWay = saysWay(earlier.flags);
      for (const way of Object.keys(clause.flags) as Way[]) if (clause.flags[way]) earlier.flags[way] = true;
      if (hadWay) return;
    }
  });
}

function saidIn(all: readonly Flags[]): Said {
  const said = { power: undefined, lock: undefined, run: undefined } as Record<Axis, Way | undefined>;
  for (const [axis, first, second] of AXES) {
    const one = all.some((flags) => flags[first]);
    const other = all.some((flags) => flags[second]);
    said[axis] = one === other ? undefined : one ? first : second;
  }
  return said;
}

/**
 * The ways of the clauses naming a device (each word of it, or its singular or plural); a clause naming it without a
 * way takes the way of the nearest clause before that says one ("Turn off the lights and the TV"). Undefined when
 * no clause names it.
 */
function deviceWays(clauses: readonly Clause[], device: readonly string[]): DeviceWays | undefined {
  if (device.length === 0) return undefined;
  const forms = device.map((word) => [word, `${word}s`, word.endsWith('s') ? word.slice(0, -1) : word]);
  const said: Flags[] = [];
  let named = false;
  let own = false;
  let before: Flags | undefined;
  for (const clause of clauses) {
    const ways = saysWay(clause.flags) ? clause.flags : undefined;
    const naming = forms.every((each) => each.some((form) => clause.words.has(form)));
    named ||= naming;
    if (naming && (ways ?? before) !== undefined) said.push((ways ?? before)!);
    if (naming && ways !== undefined) own = true;
    if (ways !== undefined) before = ways;
  }
  return named ? { said: saidIn(said), own } : undefined;
}

/** Words of a tool's name that say a way or switching, not the thing switched ("turn on", "enable", "toggle"). */
const WAY_WORDS: ReadonlySet<string> = new Set([...WAY_WORD.keys(), ...RUN_WORD.keys(), 'on', 'off', 'turn', 'switch', 'toggle', 'set', 'power']);

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
 * ("disable_wifi" for "Turn on airplane mode and off wifi"), `none` otherwise. A thing the prompt names takes the
 * ways of the clauses naming it; one it does not name, the whole prompt's.
 */
export function wayFit(toolName: string, ways: () => Ways): 'other' | 'named' | 'none' {
  const words = nameWords(toolName);
  const says = (way: Way): boolean => words.some((word) => word === way || (WAY_WORD.get(word) ?? RUN_WORD.get(word)) === way);
  // The way the tool switches on each axis, where its name says one of the two.
  const its = AXES.map(([axis, first, second]) => ({ axis, way: says(first) === says(second) ? undefined : says(first) ? first : second }));
  // A tool that says no way asks nothing of the prompt.
  if (its.every(({ way }) => way === undefined)) return 'none';
  const device = ways().of(deviceWords(toolName));
  const said = device?.said ?? ways().whole;
  let fits = false;
  for (const { axis, way } of its) {
    if (way === undefined || said[axis] === undefined) continue;
    if (way !== said[axis]) return 'other';
    fits = true;
  }
  return fits && device?.own === true ? 'named' : 'none';
}
