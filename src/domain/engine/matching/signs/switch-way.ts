// Switching a thing on or off, and locking or unlocking it: a tool that switches on (turn_on_lights, enable_wifi)
// is not what "Turn off the TV" or "Disable the wifi" asks for, nor one that switches off what "Turn the lights on"
// does; lock_door is not what "Unlock the door" asks for, nor unlock_door "Lock it". Read on the prompt's words
// once (linear) and the tool's name words.
import { nameWords } from '../../../arguments/prompt/names.js';

/** Which ways the prompt asks a thing switched: power on or off, and locked or unlocked (undefined: not, or both). */
export interface Ways {
  power: 'on' | 'off' | undefined;
  lock: 'lock' | 'unlock' | undefined;
}

const SWITCHING: ReadonlySet<string> = new Set(['turn', 'switch', 'shut', 'power', 'flip']);
const ON: ReadonlySet<string> = new Set(['on', 'enable', 'activate', 'unmute']);
const OFF: ReadonlySet<string> = new Set(['off', 'disable', 'deactivate', 'mute']);
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
  const flags = { on: false, off: false, lock: false, unlock: false };
  let verbSeen = false;
  tokens.forEach((token, index) => {
    const word = bareOf(token);
    if (SWITCHING.has(word)) verbSeen = true;
    // A verb switches within its own clause: "Turn on the lights, I'm off." is no "off".
    const clauseEnds = /[,.;!?]$/u.test(token);
    if (word === 'lock' || word === 'unlock') flags[word] = true;
    if (word !== 'on' && word !== 'off') {
      if (ON.has(word)) flags.on = true;
      if (OFF.has(word)) flags.off = true;
      if (clauseEnds) verbSeen = false;
      return;
    }
    const previous = bareOf(tokens[index - 1] ?? '');
    const next = tokens[index + 1];
    const particle = SWITCHING.has(previous) || (verbSeen && (previous === 'and' || clauseEnds || next === undefined || AFTER_PARTICLE.has(bareOf(next))));
    if (particle) flags[word] = true;
    if (clauseEnds) verbSeen = false;
  });
  return {
    power: flags.on === flags.off ? undefined : flags.on ? 'on' : 'off',
    lock: flags.lock === flags.unlock ? undefined : flags.lock ? 'lock' : 'unlock',
  };
}

function bareOf(token: string): string {
  let from = 0;
  let to = token.length;
  while (from < to && !/[\p{L}\p{N}]/u.test(token.charAt(from))) from += 1;
  while (to > from && !/[\p{L}\p{N}]/u.test(token.charAt(to - 1))) to -= 1;
  return token.slice(from, to);
}

/** Whether the tool's name says a way at all: only then are the prompt's ways read. */
export function switches(toolName: string): boolean {
  return nameWords(toolName).some((word) => ON.has(word) || OFF.has(word) || word === 'lock' || word === 'unlock');
}

/** The name of the tool that switches the other way from this one ("turn off lights" for turn_on_lights), or undefined. */
export function counterpartOf(toolName: string): string | undefined {
  const words = nameWords(toolName);
  let swapped = false;
  const other = words.map((word) => {
    const opposite = OPPOSITES.get(word);
    if (opposite === undefined) return word;
    swapped = true;
    return opposite;
  });
  return swapped ? other.join(' ') : undefined;
}

const OPPOSITES: ReadonlyMap<string, string> = new Map([
  ['on', 'off'], ['off', 'on'], ['enable', 'disable'], ['disable', 'enable'], ['activate', 'deactivate'], ['deactivate', 'activate'],
  ['mute', 'unmute'], ['unmute', 'mute'], ['lock', 'unlock'], ['unlock', 'lock'],
]);

/** Whether the tool switches the other way from the prompt (`ways`: switchWays's reading, asked only for such a tool). */
export function switchesOtherWay(toolName: string, ways: () => Ways): boolean {
  if (!switches(toolName)) return false;
  const words = nameWords(toolName);
  const on = words.some((word) => ON.has(word));
  const off = words.some((word) => OFF.has(word));
  const lock = words.includes('lock');
  const unlock = words.includes('unlock');
  const { power, lock: locking } = ways();
  return (on !== off && power !== undefined && (power === 'on' ? off : on))
    || (lock !== unlock && locking !== undefined && (locking === 'lock' ? unlock : lock));
}
