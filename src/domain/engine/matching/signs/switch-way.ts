// Switching a thing on or off, or locking it: a tool that switches on (turn_on_lights, enable_alarm, lock_door) is
// not what "Turn off the TV", "Disable the alarm" or "Unlock the door" asks for, nor one that switches off what
// "Turn on the lights" does. Read on the prompt's words (splitWords, linear) and the tool's name words.
import { nameWords } from '../../../arguments/prompt/names.js';
import { splitWords } from '../../words.js';

const SWITCHING: ReadonlySet<string> = new Set(['turn', 'switch', 'shut', 'power', 'flip']);
const ON: ReadonlySet<string> = new Set(['on', 'enable', 'activate', 'unmute']);
const OFF: ReadonlySet<string> = new Set(['off', 'disable', 'deactivate', 'mute']);

/** Which way the prompt switches a thing: "on", "off", or undefined when it switches nothing or both ways. */
export function switchWay(prompt: string): 'on' | 'off' | undefined {
  const words = splitWords(prompt);
  let on = false;
  let off = false;
  words.forEach((word, index) => {
    // "on" and "off" switch only right after the verb or its short object ("Turn the lights on"): elsewhere they are
    // prepositions ("the lights on the porch", "I'm off to bed").
    const switched = (word === 'on' || word === 'off') && words.slice(Math.max(0, index - SWITCH_REACH), index).some((before) => SWITCHING.has(before));
    // Locking is switched on as well: "Lock the front door" is no unlock_door, "Unlock it" no lock_door.
    if (switched ? word === 'on' : (word !== 'on' && ON.has(word)) || word === 'lock') on = true;
    if (switched ? word === 'off' : (word !== 'off' && OFF.has(word)) || word === 'unlock') off = true;
  });
  return on === off ? undefined : on ? 'on' : 'off';
}

/** How many words before an "on" or "off" may hold the verb that switches: "Turn [the porch lights] on". */
const SWITCH_REACH = 4;

/** Whether the tool switches the other way from the prompt (`way`: switchWay's reading, asked only for such a tool). */
export function switchesOtherWay(toolName: string, way: () => 'on' | 'off' | undefined): boolean {
  const words = nameWords(toolName);
  const on = words.some((word) => ON.has(word) || word === 'lock');
  const off = words.some((word) => OFF.has(word) || word === 'unlock');
  if (on === off) return false;
  const asked = way();
  return asked !== undefined && (asked === 'on' ? off : on);
}
