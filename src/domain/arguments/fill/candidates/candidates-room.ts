// A room a `room` property takes: one named with "room" ("a king room", "the meeting room", "the living room
// lights"), then a room of a home where it stands as one ("the lights in the kitchen", "my bedroom": not "the
// office party", "a study on sleep", "the hall of fame"). Rooms are everyday nouns, lower-case, which the place
// reader (capitalised names) leaves alone. Read on the prompt's words once.
import { fromMention, type Candidate } from './candidate.js';
import type { CandidateContext } from './candidates-explicit.js';

const ROOMS: ReadonlySet<string> = new Set([
  'kitchen', 'bedroom', 'bathroom', 'hall', 'hallway', 'office', 'garage', 'basement', 'attic', 'garden', 'nursery',
  'study', 'den', 'porch', 'patio', 'lounge', 'loft', 'pantry', 'cellar', 'corridor', 'entrance', 'entryway', 'foyer',
  'playroom', 'gym', 'balcony', 'terrace', 'backyard', 'yard', 'driveway', 'closet', 'toilet', 'lobby',
]);
/** Words before a room of a home that make it one: "in the kitchen", "my bedroom", "Ana's office". */
const BEFORE_ROOM: ReadonlySet<string> = new Set(['in', 'the', 'my', 'our', 'your', 'his', 'her', 'their', 'into', 'inside']);
/** Words after a room of a home that leave it one ("the kitchen lights", "the bedroom and the hall"). */
const AFTER_ROOM: ReadonlySet<string> = new Set([
  'and', 'or', 'to', 'at', 'please', 'now', 'tonight', 'light', 'lights', 'lamp', 'lamps', 'fan', 'heating', 'heater',
  'thermostat', 'blinds', 'speaker', 'tv', 'temperature', 'too', 'as', 'for', 'when', 'if',
]);
/** Words before a room of a home that are part of its name: "the master bedroom", "the upstairs bathroom". */
const MODIFIERS: ReadonlySet<string> = new Set(['master', 'guest', 'spare', 'kids', 'main', 'upstairs', 'downstairs', 'front', 'back', 'home', 'small', 'big']);
/** Words before "room" that are no room's name: "a room", "the room", "any room". */
const NOT_NAMING: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my', 'our', 'your', 'this', 'that', 'any', 'each', 'every', 'which', 'what', 'one', 'no', 'some']);

interface Word {
  text: string;
  at: number;
}

export function roomCandidates(context: CandidateContext): Candidate[] {
  const { property, facts } = context;
  if (!property.words.includes('room') || !property.types.has('string')) return [];
  const words: Word[] = [...facts.prompt.slice(0, 2000).matchAll(/[\p{L}'’-]+|[^\s\p{L}]/gu)].map((match) => ({ text: match[0], at: match.index }));
  const lower = (index: number): string => words[index]?.text.toLowerCase() ?? '';
  const named: Candidate[] = [];
  const home: Candidate[] = [];
  words.forEach((word, index) => {
    const text = lower(index);
    // "a king room", "the living room", "the meeting room": the word before "room" names it.
    if (text === 'room' && index > 0 && /^\p{Ll}/u.test(words[index - 1]!.text) && !NOT_NAMING.has(lower(index - 1))) {
      const first = words[index - 1]!;
      named.push(fromMention(property, { value: `${lower(index - 1)} room`, at: first.at, end: word.at + word.text.length }));
      return;
    }
    // "the master bedroom", "the upstairs bathroom": a room's own modifier goes with it.
    const modified = MODIFIERS.has(lower(index - 1)) ? 1 : 0;
    if (!ROOMS.has(text) || !BEFORE_ROOM.has(lower(index - 1 - modified))) return;
    const next = lower(index + 1);
    if (next !== '' && /^\p{L}/u.test(next) && !AFTER_ROOM.has(next)) return;
    const first = words[index - modified]!;
    home.push(fromMention(property, { value: modified ? `${lower(index - 1)} ${text}` : text, at: first.at, end: word.at + word.text.length }));
  });
  return [...named, ...home];
}
