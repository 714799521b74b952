// A room of a home a `room` property takes: "Turn on the lights in the kitchen" → kitchen, "the living room lights"
// → living room. Rooms are everyday nouns, lower-case, which the place reader (capitalised names) leaves alone.
// Read on the prompt's words once, two-word rooms before one-word ones.
import { fromMention, type Candidate } from './candidate.js';
import type { CandidateContext } from './candidates-explicit.js';

const ROOMS: ReadonlySet<string> = new Set([
  'kitchen', 'bedroom', 'bathroom', 'hall', 'hallway', 'office', 'garage', 'basement', 'attic', 'garden', 'nursery',
  'study', 'den', 'porch', 'patio', 'lounge', 'loft', 'pantry', 'cellar', 'corridor', 'entrance', 'entryway', 'foyer',
  'playroom', 'gym', 'balcony', 'terrace', 'backyard', 'yard', 'driveway', 'closet', 'toilet', 'lobby',
]);
/** First words of two-word rooms: "living room", "dining room", "master bedroom", "guest room". */
const ROOM_FIRSTS: ReadonlySet<string> = new Set(['living', 'dining', 'family', 'guest', 'master', 'laundry', 'utility', 'spare', 'kids', "kids'", 'front', 'back', 'main', 'upstairs', 'downstairs', 'home', 'sitting', 'tv', 'game', 'games', 'music', 'boiler']);
const ROOM_WORDS: ReadonlySet<string> = new Set(['room', 'bedroom', 'bathroom', 'office', 'hall', 'yard', 'garden', 'porch', 'door']);

export function roomCandidates(context: CandidateContext): Candidate[] {
  const { property, facts } = context;
  if (!property.words.includes('room') || !property.types.has('string')) return [];
  const found: Candidate[] = [];
  const prompt = facts.prompt.slice(0, 2000);
  let covered = -1;
  for (const match of prompt.matchAll(/[\p{L}']+/gu)) {
    const word = match[0].toLowerCase();
    const at = match.index;
    // The second word of a two-word room just read ("master bedroom") is no room of its own.
    if (at < covered) continue;
    const next = /^\s+([\p{L}']+)/u.exec(prompt.slice(at + word.length, at + word.length + 40));
    const pair = next !== null && ROOM_FIRSTS.has(word) && ROOM_WORDS.has(next[1]!.toLowerCase());
    if (!pair && !ROOMS.has(word)) continue;
    const value = pair ? `${word} ${next[1]!.toLowerCase()}` : word;
    const end = at + (pair ? next[0].length + word.length : word.length);
    if (pair) covered = end;
    found.push(fromMention(property, { value, at, end }));
  }
  // Two-word rooms first: "the living room" before a "room" alone.
  return found.sort((a, b) => Number(String(b.values[0] ?? '').includes(' ')) - Number(String(a.values[0] ?? '').includes(' ')));
}
