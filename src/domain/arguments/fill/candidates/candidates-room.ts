// A room a `room` property takes: one named with "room" ("a king room", "the meeting room", "the living room
// lights"), then a room of a home where it stands as one ("the lights in the kitchen", "my bedroom": not "the
// office party", "a study on sleep", "the hall of fame"; "the kitchen floor" is in the kitchen). Rooms are everyday nouns, lower-case, which the place
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
/** Words after a home's room word that make it something else: "the office party", "the hall of fame". */
const NOT_AFTER_ROOM: ReadonlySet<string> = new Set([
  'of', 'on', 'about', 'party', 'parties', 'hours', 'supplies', 'work', 'job', 'jobs', 'building', 'buildings', 'mate',
  'mates', 'politics', 'manager', 'space', 'spaces', 'group', 'session', 'sessions', 'guide', 'hall',
]);
/** Words before a room of a home that are part of its name: "the master bedroom", "the upstairs bathroom". */
const MODIFIERS: ReadonlySet<string> = new Set(['master', 'guest', 'spare', 'kids', 'main', 'upstairs', 'downstairs', 'front', 'back', 'home', 'small', 'big']);
/** Words before a room's two-word name: "a deluxe king room", "the junior suite room". */
const NAMING_LEADS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my', 'our', 'your', 'this', 'that', 'one']);
/** Words before "room" that name no room: "a room", "make room", "we need room", "any free room". */
const NOT_NAMING: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'my', 'our', 'your', 'this', 'that', 'any', 'each', 'every', 'which', 'what', 'one', 'no', 'some',
  'make', 'makes', 'made', 'need', 'needs', 'have', 'has', 'had', 'free', 'more', 'enough', 'much', 'little', 'less',
  'leave', 'give', 'extra', 'get', 'book', 'reserve', 'another', 'other', 'same', 'new',
]);

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
      // "a deluxe king room": two words name it when both may and a determiner, a name or an owner stands before them.
      const lead = words[index - 3]?.text ?? '';
      const two = index > 2 && /^\p{Ll}/u.test(words[index - 2]!.text) && !NOT_NAMING.has(lower(index - 2)) && (NAMING_LEADS.has(lower(index - 3)) || /['’]s$/u.test(lead) || (index > 3 && /^\p{Lu}/u.test(lead)));
      const first = words[index - (two ? 2 : 1)]!;
      const value = two ? `${lower(index - 2)} ${lower(index - 1)} room` : `${lower(index - 1)} room`;
      named.push(fromMention(property, { value, at: first.at, end: word.at + word.text.length }));
      return;
    }
    // "the master bedroom", "the upstairs bathroom": a room's own modifier goes with it.
    const modified = MODIFIERS.has(lower(index - 1)) ? 1 : 0;
    const before = lower(index - 1 - modified);
    if (!ROOMS.has(text) || !(BEFORE_ROOM.has(before) || /['’]s$/u.test(before))) return;
    if (NOT_AFTER_ROOM.has(lower(index + 1))) return;
    const first = words[index - modified]!;
    home.push(fromMention(property, { value: modified ? `${lower(index - 1)} ${text}` : text, at: first.at, end: word.at + word.text.length }));
  });
  return [...named, ...home];
}
