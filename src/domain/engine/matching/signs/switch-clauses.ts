// The clauses of a prompt and the ways each says a thing is switched (power on or off, locked or unlocked, started
// or stopped), for switch-way.ts: clauses part at "and", "then", "but", "while" and marks; "on" and "off" switch only as
// particles, "stop" or "play" only as a clause's verb; a clause naming no thing ("… and lock it again") says its way
// of the things before it; a request that only keeps a thing as it is ("Leave the TV on") asks for no switch
// (onlyKeeps, for compound.ts). One pass over the prompt's words and one over the clauses.
import { lowerWord } from '../requests/request-tokens.js';

export type Axis = 'power' | 'lock' | 'run';
export type Way = 'on' | 'off' | 'lock' | 'unlock' | 'start' | 'stop';
/** Each axis a thing is switched on, with its two ways. */
export const AXES: ReadonlyArray<readonly [Axis, Way, Way]> = [['power', 'on', 'off'], ['lock', 'lock', 'unlock'], ['run', 'start', 'stop']];
export type Flags = Record<Way, boolean>;

export interface Clause {
  words: Set<string>;
  flags: Flags;
  /** Whether it names a thing of its own (more than ways, pronouns and times: "lock it at night" does not). */
  names: boolean;
  /** A word keeping a state ("stay on", "keep wifi on", "leave the lights on"): its "on"/"off" switch nothing. */
  keeps: boolean;
}

/** Words that open a clause: "… and", "… then", "… but", "… while I turn off the lights". */
const PARTING: ReadonlySet<string> = new Set(['and', 'then', 'but', 'while']);
export const SWITCHING: ReadonlySet<string> = new Set(['turn', 'switch', 'shut', 'power', 'flip']);
/** Words saying a way wherever they stand, in a prompt or a tool's name ("on" and "off" only in a name). */
export const WAY_WORD: ReadonlyMap<string, Way> = new Map([
  ['enable', 'on'], ['activate', 'on'], ['unmute', 'on'],
  ['disable', 'off'], ['deactivate', 'off'], ['mute', 'off'],
  ['lock', 'lock'], ['unlock', 'unlock'],
]);
/** Words saying a way only as a clause's verb: "Stop the music", not "the bus stop", "when to stop", "stop by". */
export const RUN_WORD: ReadonlyMap<string, Way> = new Map([['start', 'start'], ['play', 'start'], ['resume', 'start'], ['stop', 'stop'], ['pause', 'stop']]);
/** Words that may stand before a clause's verb: "please stop", "and then pause", "can you play". */
const BEFORE_VERB: ReadonlySet<string> = new Set(['', 'and', 'then', 'but', 'please', 'just', 'now', 'also', 'so', 'can', 'could', 'would', 'will', 'you', 'kindly', 'pls', 'go', 'ahead']);
/** Words after "stop" that make it no stopping of a thing: "stop by", "stop at the shop". */
const NOT_AFTER_RUN: ReadonlySet<string> = new Set(['by', 'at', 'in', 'over', 'off', 'for', 'to', 'here', 'there']);
/** Words before "on" or "off" that state where someone or something is: "I'm off", "the TV is on". */
const STATING: ReadonlySet<string> = new Set(["i'm", 'im', "we're", "you're", "he's", "she's", "they're", 'is', 'are', 'am', 'was', 'were', 'be', 'been', 'being', "i’m", "we’re", "you’re", "he’s", "she’s", "they’re"]);
const KEEPING: ReadonlySet<string> = new Set(['stay', 'stays', 'staying', 'remain', 'remains', 'keep', 'keeps', 'keeping', 'leave', 'leaves', 'leaving']);
/** The states a thing is kept in: "on", "off" (as particles: not "Leave a note on the fridge"), "running", "open"… */
const KEPT_STATES: ReadonlySet<string> = new Set(['on', 'off', 'running', 'going', 'playing', 'open', 'closed', 'shut', 'locked', 'unlocked']);
/** Words after "on" or "off" that leave it a particle: the end of a clause, or a word that goes on with the verb. */
const AFTER_PARTICLE: ReadonlySet<string> = new Set(['and', 'please', 'now', 'again', 'too', 'for', 'at', 'in', 'inside', 'outside', 'here', 'there', 'upstairs', 'downstairs', 'when', 'then', 'so', 'if', 'before', 'after', 'until', 'till', 'while', 'but', 'because', 'unless', 'tonight', 'today', 'tomorrow']);
/** Words that name no thing: pronouns pointing back, joiners. */
const NAMING_NOTHING: ReadonlySet<string> = new Set([
  '', 'it', 'them', 'that', 'this', 'those', 'these', 'both', 'all', 'everything', 'one', 'again', 'back', 'too', 'also', 'and', 'then', 'but',
  'please', 'now', 'later', 'tonight', 'today', 'tomorrow', 'the', 'a', 'an', 'up', 'down', 'on', 'off',
]);
/** Words after which the rest of a clause says when or how, naming no thing switched: "lock it at night", "… when I leave". */
const CIRCUMSTANCE: ReadonlySet<string> = new Set(['at', 'in', 'for', 'after', 'before', 'until', 'till', 'when', 'once', 'while', 'behind', 'by', 'as', 'if']);

/** The prompt's clauses, each with the ways it says (shared back from clauses naming nothing). */
export function readClauses(prompt: string): Clause[] {
  const tokens = prompt.toLowerCase().split(/\s+/u);
  const clauses: Clause[] = [];
  let clause = newClause(clauses);
  let verbSeen = false;
  let waysAlone = true;
  let circumstance = false;
  let keeping = false;
  let previous = '';
  tokens.forEach((token, index) => {
    const word = lowerWord(token);
    // A clause of ways alone shares the thing of the next: "Lock and unlock the door".
    if (index > 0 && !waysAlone && (PARTING.has(word) || /[,.;!?:]$/u.test(tokens[index - 1]!))) {
      clause = newClause(clauses);
      waysAlone = true;
      circumstance = false;
      keeping = false;
      previous = '';
    }
    clause.words.add(word);
    waysAlone &&= WAY_WORD.has(word) || RUN_WORD.has(word) || SWITCHING.has(word) || word === 'on' || word === 'off' || word === 'and';
    if (SWITCHING.has(word)) verbSeen = true;
    // "leave the lights on", "keep the fan running": a state kept ("Leave a note", "keep track of" keep none).
    if (KEEPING.has(word)) keeping = true;
    if (keeping && KEPT_STATES.has(word) && !((word === 'on' || word === 'off') && prepositional(tokens, index))) clause.keeps = true;
    const way = WAY_WORD.get(word) ?? (BEFORE_VERB.has(previous) && !NOT_AFTER_RUN.has(lowerWord(tokens[index + 1] ?? '')) ? RUN_WORD.get(word) : undefined);
    if (way !== undefined) clause.flags[way] = true;
    else if (saysWay(clause.flags) && CIRCUMSTANCE.has(word)) circumstance = true;
    else if (!circumstance && !SWITCHING.has(word) && !NAMING_NOTHING.has(word) && !/\d/u.test(word)) clause.names = true;
    previous = word;
    if (word !== 'on' && word !== 'off') return;
    const before = lowerWord(tokens[index - 1] ?? '');
    // After someone or a state it says where one is, not what is switched: "Turn on the lights, I'm off".
    const stated = STATING.has(before) || clause.keeps;
    const particle = SWITCHING.has(before) || (verbSeen && !stated && (before === 'and' || particleEnd(tokens, index)));
    if (particle) clause.flags[word] = true;
  });
  shareBack(clauses);
  return clauses;
}

/** Whether "on" or "off" at `index` ends its clause or goes on with a word of the verb ("… on please", "… off at 11"). */
function particleEnd(tokens: readonly string[], index: number): boolean {
  const next = tokens[index + 1];
  return /[,.;!?]$/u.test(tokens[index]!) || next === undefined || next === '' || AFTER_PARTICLE.has(lowerWord(next));
}

/** Words after "on"/"off" that make it a preposition ("a note on the fridge"), unless a span of time follows "a". */
const OBJECT_LEADS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'your', 'his', 'her', 'our', 'their', 'this', 'that', 'its']);
const SPANS: ReadonlySet<string> = new Set(['bit', 'while', 'little', 'few', 'couple']);

/**
 * Whether "on" or "off" at `index` leads an object ("Leave a note on the fridge", "… leave on Friday", "… on time"),
 * not a state ("Keep the lights on overnight", "… on a bit longer").
 */
function prepositional(tokens: readonly string[], index: number): boolean {
  const next = lowerWord(tokens[index + 1] ?? '');
  // "on a bit longer" keeps; "on a bit of paper" puts a thing somewhere.
  const span = lowerWord(tokens[index + 2] ?? '');
  if (OBJECT_LEADS.has(next)) return !SPANS.has(span) || (span === 'bit' && lowerWord(tokens[index + 3] ?? '') === 'of');
  // Days and dates: "on Friday", "on 5 May" (the tokens are lower-cased).
  return /^\d/u.test(next) || DATED.has(next);
}

/** Words after "on" that date something rather than keep it: "leave on time", "on weekdays". */
const DATED: ReadonlySet<string> = new Set(['time', 'schedule', 'weekdays', 'weekends', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

function newClause(clauses: Clause[]): Clause {
  const clause: Clause = { words: new Set(), flags: { on: false, off: false, lock: false, unlock: false, start: false, stop: false }, names: false, keeps: false };
  clauses.push(clause);
  return clause;
}

export const saysWay = (flags: Flags): boolean => flags.on || flags.off || flags.lock || flags.unlock || flags.start || flags.stop;

/**
 * A clause saying a way but naming no thing ("… and lock it again", "… then bluetooth, off") says it of the clauses
 * before it: the nearest naming a thing, and those before that naming one with no way of their own, back to one
 * that says a way. One pass: the run of such clauses is kept, and given a way at most once.
 */
function shareBack(clauses: readonly Clause[]): void {
  let run: Clause[] = [];
  for (const clause of clauses) {
    if (clause.names) {
      if (saysWay(clause.flags)) run = [clause];
      else run.push(clause);
      continue;
    }
    if (!saysWay(clause.flags) || run.length === 0) continue;
    for (const earlier of run) for (const [, first, second] of AXES) {
      earlier.flags[first] ||= clause.flags[first];
      earlier.flags[second] ||= clause.flags[second];
    }
    run = [run[run.length - 1]!];
  }
}

/** Whether a request only keeps a thing as it is ("Leave the TV on", "Keep the fan running"): it asks for no switch. */
export function onlyKeeps(text: string): boolean {
  const clauses = readClauses(text);
  return clauses.length === 1 && clauses[0]!.keeps && !saysWay(clauses[0]!.flags);
}
