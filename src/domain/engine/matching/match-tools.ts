// Which tools a prompt asks for, and why: deterministic overlap between the prompt's words and each tool's
// name (strong), a small lexicon of everyday words (lexicon.ts), values of the kind its parameters take
// (shapes.ts), parameter names and its description (weak, diluted when long). A tool named verbatim in the
// prompt always matches.
import type { CallableTool } from '../../types.js';
import type { Concept } from './lexicon.js';
import { MAX_SCANNED_PROMPT } from '../../arguments/prompt/prompt-facts.js';
import { actionFit, askedAction, oneActionPerTopic, toolAction, type Action } from './actions.js';
import { conceptsAsked, symbolWords } from './concepts-asked.js';
import { explanationAsked, requestVerb } from './request.js';
import { LEXICON_WEIGHT, scoreTool } from './score-tool.js';
import { otherSenses } from './senses.js';
import { FILE_PATH, type Shape } from './shapes.js';
import { createsNamedThing } from './signs/existing-thing.js';
import { onlyQuestion } from './signs/question-only.js';
import { relayIn, type Relay } from './signs/relayed-message.js';
import { deviceOf, switchKey, switchWays, wayFit, type Ways } from './signs/switch-way.js';
import { computeKeywords, keywords } from '../words.js';

export interface ToolMatch<T extends CallableTool = CallableTool> {
  tool: T;
  score: number;
  /** What the score came from, for the journal: `name: weather`, `lexicon run a command: list, file → cmd`. */
  why: string[];
}

/** A match scoring below this share of the best is dropped: one request, the tools it most asks for. */
const KEEP_SHARE = 0.7;
/**
 * For a kept match whose action is the one the prompt asks for (actions.ts), half that for the same kind: the
 * prompt's verb asks for the tool's as an everyday word does for a tool's word. It orders tools of one topic
 * (place_order before get_order_status for "Order 2 pizzas"), and outweighs a value ("Look up jane@example.com"
 * for get_user, though create_user takes an email); a name's word still outweighs it.
 */
const ACTION_WEIGHT = LEXICON_WEIGHT;
/** Past this many tools, their words are not memoised (three texts a tool, against the memo's 4,096 entries). */
const MEMO_TOOLS = 1024;

/** Tools that match the prompt, best first (those far behind the best dropped); ties keep definition order. */
export function matchTools<T extends CallableTool>(prompt: string, tools: T[]): Array<ToolMatch<T>> {
  return readMatches(prompt, tools).kept;
}

/**
 * matchTools's reading, with the tool the prompt asked for most when it switches the other way and was dropped
 * ("Turn off the lights" for turn_on_lights): the prompt asks for something no tool offered does. `later`: the
 * prompt is a later request of a longer one, where "him" may point at someone named before ("… and text him that…").
 */
export function readMatches<T extends CallableTool>(prompt: string, tools: T[], options: { later?: boolean } = {}): { kept: Array<ToolMatch<T>>; otherWay: ToolMatch<T> | undefined } {
  // As for argument values, a prompt is read on its first MAX_SCANNED_PROMPT characters.
  const read = prompt.length > MAX_SCANNED_PROMPT ? prompt.slice(0, MAX_SCANNED_PROMPT) : prompt;
  const seen = new Map<Shape, boolean>();
  const holds = (shape: Shape): boolean => {
    let found = seen.get(shape);
    if (found === undefined) { found = shape.found(read); seen.set(shape, found); }
    return found;
  };
  // Words used in another sense leave the prompt ("a great time"); a noun ("a good book") only for a tool whose
  // action it names (book_table), and for the concepts.
  const senses = otherSenses(read, { filePath: () => holds(FILE_PATH) });
  const words = symbolWords(read, computeKeywords(read));
  for (const word of senses.anywhere) words.delete(word);
  const nouns = senses.asAction;
  const notNouns = nouns.size === 0 ? words : new Set([...words].filter((word) => !nouns.has(word)));
  const lowered = read.toLowerCase();
  // The prompt side of the concepts, the same for every tool; a shape is looked for once a tool takes it.
  const asked = conceptsAsked(notNouns, lowered);
  // A backed concept that demotes its words takes them from tools of another sense ("Send $50 to Bob": no message).
  const demoting = asked.filter(({ concept }) => concept.demotes === true && concept.backedBy !== undefined && holds(concept.backedBy));
  const request = requestVerb(read);
  const explaining = explanationAsked(read);
  const action = askedAction(read);
  let question: boolean | undefined;
  const questionOnly = (): boolean => (question ??= onlyQuestion(read, action));
  let relay: { read: Relay | undefined } | undefined;
  const relayed = (): Relay | undefined => (relay ??= { read: relayIn(read, { lowered, asked: action?.word, pointed: options.later }) }).read;
  // The memo keeps the words of a few thousand texts: more tools than that would only churn it.
  const wordsOf = tools.length > MEMO_TOOLS ? computeKeywords : keywords;
  const matches: Array<ToolMatch<T>> = [];
  // The prompt words each tool connected with, and which tools only their description and parameters matched.
  const covered = new Map<T, ReadonlySet<string>>();
  const described = new Set<T>();
  for (const tool of tools) {
    const demoted = demoting.length === 0 ? undefined : demotedIn(wordsOf(tool.name), { demoting, nouns, notNouns });
    const { score, why, describedOnly, matched } = scoreTool({ tool, words, notNouns: demoted?.notNouns ?? notNouns, nouns: demoted?.nouns ?? nouns, lowered, read, asked, holds, wordsOf, request, explaining, questionOnly, relayed });
    if (score > 0) matches.push({ tool, score, why });
    if (score > 0) covered.set(tool, matched);
    if (score > 0 && describedOnly) described.add(tool);
  }
  const floor = matches.reduce((best, match) => Math.max(best, match.score), 0) * KEEP_SHARE;
  // A tool switching the other way is no match ("Turn off the lights" is no turn_on_lights); the floor stays where
  // every tool set it, so that weaker side matches stay out, and a tool for the device of one dropped stays in, as
  // does one switching a thing the way its own clause says ("… and off wifi").
  let ways: Ways | undefined;
  const waysAsked = (): Ways => (ways ??= switchWays(read));
  // Each match is judged once; the things switched are named only when a tool was dropped.
  const fits = new Map(matches.map((match) => [match, wayFit(match.tool.name, waysAsked)]));
  const otherWay = new Set(matches.filter((match) => fits.get(match) === 'other'));
  // A tool switching a thing its clause names is kept below the floor only when no tool above it switches that thing
  // that way ("Pause the music" keeps pause_music alone, not stop_music beside it), the counterpart of one dropped
  // only when none above switches that thing.
  const aboveNamed = matches.filter((match) => match.score >= floor && fits.get(match) === 'named');
  const switchedAbove = new Set(aboveNamed.map((match) => deviceOf(match.tool.name)));
  const doneAbove = new Set(aboveNamed.map((match) => switchKey(match.tool.name)));
  const counterparts = new Set([...otherWay].filter((match) => match.score >= floor).map((match) => deviceOf(match.tool.name)).filter((device) => !switchedAbove.has(device)));
  const named = (match: ToolMatch<T>): boolean => fits.get(match) === 'named' && !doneAbove.has(switchKey(match.tool.name));
  const above = matches.filter((match) => !otherWay.has(match) && (match.score >= floor || named(match) || (counterparts.size > 0 && counterparts.has(deviceOf(match.tool.name)))));
  const kept = above.filter((match) => !yields(match.tool, { above, covered, described }) && !(above.length > 1 && createsNamedThing(match.tool, { prompt: read, asked: action })));
  if (kept.length > 1 && action !== undefined) for (const match of kept) byAction(match, action);
  const best = matches.reduce<ToolMatch<T> | undefined>((top, match) => (top === undefined || match.score > top.score ? match : top), undefined);
  return { kept: oneActionPerTopic(kept, action, read).sort((a, b) => b.score - a.score), otherWay: best !== undefined && otherWay.has(best) ? best : undefined };
}

/**
 * The nouns and the other words for a tool of this name beside concepts that demote their words: the words of each
 * whose tool words the name names none of become nouns, lost to a tool whose action they name. Undefined when none.
 */
function demotedIn(name: ReadonlySet<string>, among: { demoting: ReadonlyArray<{ concept: Concept; words: string[] }>; nouns: ReadonlySet<string>; notNouns: ReadonlySet<string> }): { nouns: Set<string>; notNouns: Set<string> } | undefined {
  const lost = among.demoting.filter(({ concept }) => ![...concept.tool].some((word) => name.has(word))).flatMap(({ words }) => words);
  if (lost.length === 0) return undefined;
  return { nouns: new Set([...among.nouns, ...lost]), notNouns: new Set([...among.notNouns].filter((word) => !lost.includes(word))) };
}

/**
 * A tool only its description and parameters matched yields to another kept tool that a name, a concept or a value
 * asks for and that connects with every word it matched ("How much money is in my savings account?" asks
 * get_balance, whose concept it is, not transfer_funds, whose description only shares "money" and "account"); a
 * word of its own, which no other tool explains, keeps it ("Send an email message to Bob saying the weather was
 * great" keeps a tool described as sending email messages beside get_weather).
 */
function yields<T>(tool: T, among: { above: ReadonlyArray<{ tool: T }>; covered: ReadonlyMap<T, ReadonlySet<string>>; described: ReadonlySet<T> }): boolean {
  if (!among.described.has(tool)) return false;
  const own = among.covered.get(tool);
  if (own === undefined || own.size === 0) return false;
  return among.above.some(({ tool: other }) => other !== tool && !among.described.has(other) && [...own].every((word) => among.covered.get(other)?.has(word) === true));
}

/** Among the kept matches, the action the prompt asks for adds to a tool doing it: it orders them, keeps none. */
function byAction(match: ToolMatch, action: Action): void {
  const fit = actionFit(action, toolAction(match.tool.name, match.tool.description));
  if (fit === 0) return;
  match.score = Math.round((match.score + fit * ACTION_WEIGHT) * 100) / 100;
  match.why.push(`action: ${action.word} → ${action.group}${fit < 1 ? ' (same kind, ×0.5)' : ''}`);
}
