// Switching a thing on or off, and locking or unlocking it: a tool that switches on (turn_on_lights, enable_wifi)
// is not what "Turn off the TV" or "Disable the wifi" asks for, nor one that switches off what "Turn the lights on"
// does; lock_door is not what "Unlock the door" asks for, nor unlock_door "Lock it". Read on the prompt's words
// once (linear) and the tool's name words.
import { nameWords } from '../../../arguments/prompt/names.js';
import { lowerWord } from '../requests/request-tokens.js';

/** Which ways the prompt asks a thing switched: power on or off, and locked or unlocked (undefined: not, or both). */
export interface Ways {
  power: 'on' | 'off' | undefined;
  lock: 'lock' | 'unlock' | undefined;
}

const SWITCHING: ReadonlySet<string> = new Set(['turn', 'switch', 'shut', 'power', 'flip']);
const ON: ReadonlySet<string> = new Set(['on', 'enable', 'activate', 'unmute']);
const OFF: ReadonlySet<string> = new Set(['off', 'disable', 'deactivate', 'mute']);
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
  const flags = { on: false, off: false, lock: false, unlock: false };
  let verbSeen = false;
  tokens.forEach((token, index) => {
    const word = lowerWord(token);
    if (SWITCHING.has(word)) verbSeen = true;
    const clauseEnds = /[,.;!?]$/u.test(token);
    if (word === 'lock' || word === 'unlock') flags[word] = true;
    if (word !== 'on' && word !== 'off') {
      if (ON.has(word)) flags.on = true;
      if (OFF.has(word)) flags.off = true;
      return;
    }
    const previous = lowerWord(tokens[index - 1] ?? '');
    const next = tokens[index + 1];
    // After someone or a state it says where one is, not what is switched: "Turn on the lights, I'm off".
    const stated = STATING.has(previous);
    const particle = SWITCHING.has(previous) || (verbSeen && !stated && (previous === 'and' || clauseEnds || next === undefined || AFTER_PARTICLE.has(lowerWord(next))));
    if (particle) flags[word] = true;
  });
  return {
    power: flags.on === flags.off ? undefined : flags.on ? 'on' : 'off',
    lock: flags.lock === flags.unlock ? undefined : flags.lock ? 'lock' : 'unlock',
  };
}

/** Words of a tool's name that say a way or switching, not the thing switched ("turn on", "enable", "toggle"). */
const WAY_WORDS: ReadonlySet<string> = new Set([...ON, ...OFF, 'lock', 'unlock', 'turn', 'switch', 'toggle', 'set', 'power', 'start', 'stop']);

/** The thing a tool switches, by its name's other words: "lights" for turn_on_lights, "wifi" for disable_wifi. */
export function deviceOf(toolName: string): string {
  return nameWords(toolName).filter((word) => !WAY_WORDS.has(word)).join(' ');
}

/** Whether the tool switches the other way from the prompt (`ways`: switchWays's reading, asked only for such a tool). */
export function switchesOtherWay(toolName: string, ways: () => Ways): boolean {
  const words = nameWords(toolName);
  const on = words.some((word) => ON.has(word));
  const off = words.some((word) => OFF.has(word));
  const lock = words.includes('lock');
  const unlock = words.includes('unlock');
  // A tool that says no way asks nothing of the prompt.
  if (on === off && lock === unlock) return false;
  const { power, lock: locking } = ways();
  return (on !== off && power !== undefined && (power === 'on' ? off : on))
    || (lock !== unlock && locking !== undefined && (locking === 'lock' ? unlock : lock));
}
