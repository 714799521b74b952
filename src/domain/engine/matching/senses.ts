// Tool words a prompt uses in another sense: "a great time" is no clock, "in order to" no purchase, "a good book"
// no booking, "keep track of" no parcel, "deliver a speech" no delivery, "How do I write a cover letter?" no file
// to write, "The hotel was great" no booking. A word is read in its other sense from the words beside it; its stem
// leaves the prompt's words unless another occurrence keeps the tool's sense ("How do I run this? Run git log.").
// One pass over the prompt's words, no pattern over it.
import { laterRequest } from './request.js';
import { splitWords, stem } from '../words.js';

interface Sense {
  /** The word just before it (or the two before, "out of") that gives it another sense. */
  before?: ReadonlySet<string>;
  /** The word just after it that does. */
  after?: ReadonlySet<string>;
  /** A word at most NEAR words away that does ("a good book to read", "write a haiku"). */
  near?: ReadonlySet<string>;
  /** Words that make a `near` word before them a modifier, no sign ("the package details", "a box number"). */
  nearModified?: ReadonlySet<string>;
  /** Always another sense ("books" is a noun). */
  always?: boolean;
  /**
   * The other sense is a noun, and only a tool that names the word as its action loses it: "a good book" is no
   * sign for book_table, but one for search_books.
   */
  noun?: boolean;
  /** A file path or a file word in the prompt keeps the tool's sense ("Write the summary to out.md", "… to disk"). */
  filesKeep?: boolean;
}

/** Stems used in another sense: anywhere, or only where a tool names them as its action. */
export interface OtherSenses {
  anywhere: Set<string>;
  asAction: Set<string>;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
/** How far a `near` word may be. */
const NEAR = 3;
/** Reading matter: what one reads or writes that is no file. */
const READING = set('book books novel novels poem poems story stories magazine comic comics manga bible chapter author haiku');
const WRITING = set('poem poems haiku story stories essay letter song joke limerick paragraph sentence summary speech novel blog tweet bio sonnet lyrics toast eulogy caption slogan email card');
const POSSESSIVE = set('my your his her their our');
/** Where a text goes to (or comes from) after "to", "in"…: "… to disk", "… into a file" keep "write" about files. */
const FILE_WORDS = set('file files disk folder directory');
const INTO = set('to into in on from as');

const SENSES = new Map<string, Sense>([
  ['time', {
    before: set('great good hard long fun nice tough wonderful lovely bad awful first last every free spare best right wrong enough much more less quality screen short full part half have had has lunch dinner bed story play same no many several few track_of waste_of lot_of upon_a find_the'),
    after: set('flies period periods travel machine management off of to for'),
  }],
  ['times', { before: set('many several few good bad hard tough great old modern ancient') }],
  ['order', {
    before: set('in what which alphabetical chronological reverse random numerical ascending descending same right correct word law pecking particular specific sort out_of'),
    after: set('of matters matter'),
  }],
  ['events', { before: set('these those historical current world major past recent sporting') }],
  ['book', {
    noun: true,
    before: set('a good great this that the favorite favourite new old best my his her their children cook text note audio comic e recipe picture first last next whole entire library'),
    after: set('about club clubs by series store shop review report shelf case'),
  }],
  ['books', { always: true, noun: true }],
  ['read', { near: READING, filesKeep: true }],
  ['reading', { always: true }],
  ['write', { near: WRITING, filesKeep: true }],
  ['search', { before: POSSESSIVE }],
  ['deliver', { near: set('speech talk presentation lecture keynote sermon baby results message verdict') }],
  ['file', { after: set('system systems format formats extension extensions type types sharing cabinet size') }],
  ['list', { before: set('a the shopping grocery reading guest wish todo bucket') }],
  ['script', { before: set('java type coffee action') }],
  ['make', { after: set('it this that me sure sense them him her something up us') }],
  ['cats', { always: true }],
  ['makes', { always: true }],
  ['meet', { before: set('nice_to pleasure_to glad_to good_to great_to') }],
  ['change', { before: set('climate social behavior behaviour culture sea') }],
  ['cat', { before: set('a the my your his her our their pet black white') }],
  ['track', {
    before: set('keep keeping kept lose losing lost on off fast race sound back single bonus title favorite favourite running'),
    after: set('record records suit list'),
    near: set('field'),
  }],
  ['flight', { after: set('was got attendant attendants mode simulator school of delayed') }],
  ['hotel', { after: set('industry business management chain chains') }],
  // "Send the parcel to Maria Lopez, 8 Via Roma": goods sent are shipped, no sign for send_message or send_email;
  // a shipping tool still takes them ("noun" here: only a tool naming "send" as its action loses the word).
  // Words about the goods ("Send Bob the package tracking number", "Send the parcel details to Ana") are a message.
  ['send', {
    near: set('parcel parcels package packages box boxes crate'),
    nearModified: set('tracking update updates details detail number numbers link links info information status label labels id code codes photo photos picture receipt eta'),
    noun: true,
  }],
  // "Send Bob the box score", "Check the box", "a text box": no parcel (lexicon.ts, a delivery); nor what is known of
  // a box ("the box dimensions", "the box contents list"), one sent to the one asking ("Send me the box") or to print.
  ['box', {
    before: set('text check_the tick_the untick_the input dialog search chat comment list combo message tool sand lunch juice music penalty voice sound black check tick me_the me_a me_that me_this me_my'),
    after: set('score scores office set sets spring springs cutter cutters jump jumps seat seats fan fans plot plots model art dimensions dimension contents content list lists size sizes weight weights number numbers id ids label labels photo photos picture pictures link links measurements details info'),
    near: set('printer printers'),
  }],
  // "Ticket 5530 is still open", "Is the pharmacy open?": a state, no opening asked.
  ['open', { before: set('is are was were still remains stays left wide') }],
  ['table', {
    before: set('periodic coffee kitchen dining water multiplication times pivot hash lookup'),
    after: set('of tennis salt manners top cloth'),
  }],
]);

/** After "The …" opening a prompt, words that make it a statement's subject. */
const STATED = set('is was were has had we i looks looked seems seemed');
/** "How do I write…", "What should I write…", "how to email…": the verb after them asks how, not for it done. */
const HOW = set('do can should would could');
const WHO = set('i you we one');

/** Stems of the prompt's words used only in another sense than a tool's; `filePath`: whether it holds a file path. */
export function otherSenses(prompt: string, options: { filePath: () => boolean }): OtherSenses {
  const words = splitWords(prompt);
  // "The hotel is booked? Book another one": a request after the statement keeps its subject.
  const stated = words[0] === 'the' && STATED.has(words[2] ?? '') && laterRequest(prompt) === undefined;
  // "Lock, stock and two smoking barrels is a great film", "The lamp in my room broke": a title said to be a work,
  // a thing said to be broken: the words of that subject are topics, no request.
  const subjectEnd = laterRequest(prompt) === undefined ? statedSubjectEnd(prompt) : 0;
  // Per stem: undefined while unseen, then whether every occurrence so far is in another sense.
  const other = new Map<string, Sense | 'how' | false>();
  words.forEach((word, index) => {
    // "The hotel we stayed at had a pool", "The table is made of oak": the subject of a statement, no request.
    const topic = isHowTo(words, index) || (index === 1 && stated) || index < subjectEnd;
    const sense = SENSES.get(word);
    const key = stem(word);
    const elsewhere = topic ? 'how' : sense !== undefined && inOtherSense(words, index, sense) ? sense : false;
    // One occurrence in the tool's sense keeps the word, before or after the others ("What time is it? I have no time").
    if (elsewhere === false) other.set(key, false);
    else if (other.get(key) !== false) other.set(key, elsewhere);
  });
  const senses: OtherSenses = { anywhere: new Set(), asAction: new Set() };
  const aboutFiles = (): boolean => options.filePath() || words.some((word, index) => FILE_WORDS.has(word) && (INTO.has(words[index - 1] ?? '') || INTO.has(words[index - 2] ?? '')));
  for (const [key, sense] of other) {
    if (sense === false) continue;
    if (sense !== 'how' && sense.filesKeep === true && aboutFiles()) continue;
    (sense !== 'how' && sense.noun === true ? senses.asAction : senses.anywhere).add(key);
  }
  return senses;
}

function inOtherSense(words: readonly string[], index: number, sense: Sense): boolean {
  if (sense.always === true) return true;
  const previous = words[index - 1];
  if (sense.before !== undefined && previous !== undefined) {
    if (sense.before.has(previous)) return true;
    if (sense.before.has(`${words[index - 2] ?? ''}_${previous}`)) return true;
  }
  const next = words[index + 1];
  if (sense.after !== undefined && next !== undefined && sense.after.has(next)) return true;
  if (sense.near !== undefined) {
    for (let at = Math.max(0, index - NEAR); at <= index + NEAR && at < words.length; at += 1) {
      if (at !== index && sense.near.has(words[at]!) && sense.nearModified?.has(words[at + 1] ?? '') !== true) return true;
    }
  }
  return false;
}

/** Works a title is said to be ("… is a great film"). */
const WORKS = set('film films movie movies book novel song songs album show series play musical game band classic');
/** Words saying a thing is out of order ("… broke", "… is broken", "… stopped working"). */
const FAULTS = set('broke broken died dead stopped cracked leaking leaks flickering flickers burnt burned busted fried jammed');
/** What opens a subject said to be broken: "The lamp…", "My thermostat…". */
const SUBJECTS = set('the my our this that');
/** Copulas whose subject may be a title; a pronoun before one refers back ("Play Abbey Road, it is a great album"). */
const COPULAS = set('is was');
const PRONOUNS = set('it this that which he she they');
/** How far into its first sentence a subject's end is looked for, and how far after "is" the work. */
const SUBJECT_WORDS = 10;
const WORK_AFTER = 4;

/**
 * The number of opening words that are the subject of a statement: a title said to be a work, or a thing said to be
 * broken; 0 when the first sentence is no such statement. Reads the first sentence's first words once.
 */
function statedSubjectEnd(prompt: string): number {
  const head = prompt.slice(0, 200);
  let end = head.length;
  for (const mark of ['.', '!', '?']) {
    const at = head.indexOf(mark);
    if (at >= 0 && at < end) end = at;
  }
  const words = splitWords(head.slice(0, end)).slice(0, SUBJECT_WORDS + WORK_AFTER);
  for (let index = 1; index < Math.min(words.length, SUBJECT_WORDS); index += 1) {
    const word = words[index]!;
    if (FAULTS.has(word) && SUBJECTS.has(words[0]!)) return index;
    if (!COPULAS.has(word) || PRONOUNS.has(words[index - 1]!)) continue;
    if (words.slice(index + 1, index + 1 + WORK_AFTER).some((after) => WORKS.has(after))) return index;
  }
  return 0;
}

/** The word right after "how do I", "how should we", "how to". */
function isHowTo(words: readonly string[], index: number): boolean {
  if (words[index - 1] === 'to' && words[index - 2] === 'how') return true;
  return (words[index - 3] === 'how' || words[index - 3] === 'what') && HOW.has(words[index - 2] ?? '') && WHO.has(words[index - 1] ?? '');
}
