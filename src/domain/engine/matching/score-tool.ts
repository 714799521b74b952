// How strongly one offered tool is asked for by the prompt, and why: its name's words (strong), the lexicon's
// concepts (lexicon.ts), a message relayed to someone, values of the kind its parameters take (shapes.ts), its
// parameter names and its description (weak, diluted when long). match-tools.ts reads the prompt once and ranks.
import type { CallableTool } from '../../types.js';
import type { Concept } from './lexicon.js';
import { shapesTaken, type Shape } from './shapes.js';
import { mentions } from './signs/named-tool.js';
import { changesThings } from './signs/question-only.js';
import { namesParameterValue } from './signs/named-values.js';
import { relayFor, type Relay } from './signs/relayed-message.js';

const NAME_WEIGHT = 3;
/** Per prompt word a lexicon concept connects (at most LEXICON_WORDS of them). */
export const LEXICON_WEIGHT = 1.5;
const LEXICON_WORDS = 3;
const PARAMETER_WEIGHT = 1;
/** Per shape of value the prompt holds that a parameter takes (shapes.ts). */
const SHAPE_WEIGHT = 1;
const DESCRIPTION_WEIGHT = 1;
/** Description (and parameter) words alone must overlap at least this much to count as a match. */
const DESCRIPTION_THRESHOLD = 2;
/** A description longer than this many words counts proportionally less: long texts overlap any prompt. */
const DESCRIPTION_WINDOW = 40;

export interface Scoring {
  tool: CallableTool;
  words: Set<string>;
  /** The words less the nouns, for a tool whose name's first word, its action, is one of them. */
  notNouns: Set<string>;
  nouns: ReadonlySet<string>;
  lowered: string;
  /** The prompt as read (its first MAX_SCANNED_PROMPT characters). */
  read: string;
  /** The lexicon concepts the prompt asks for, with the words that ask. */
  asked: ReadonlyArray<{ concept: Concept; words: string[] }>;
  /** Whether the prompt holds a value of this shape (found once per prompt). */
  holds: (shape: Shape) => boolean;
  /** A text's keywords, memoised or not. */
  wordsOf: (text: string) => Set<string>;
  /** The verb the prompt opens with when worded as a request (request.ts). */
  request: string | undefined;
  /** The opening of a question asking for an explanation or an opinion (request.ts). */
  explaining: string | undefined;
  /** Whether the prompt is only a question (signs/question-only.ts), read once when first needed. */
  questionOnly: () => boolean;
  /** The message relayed to someone named after the verb (signs/relayed-message.ts), read once when first needed. */
  relayed: () => Relay | undefined;
}

export function scoreTool(args: Scoring): { score: number; why: string[]; describedOnly: boolean; matched: ReadonlySet<string> } {
  const { tool, lowered } = args;
  const none = { score: 0, why: [], describedOnly: false, matched: new Set<string>() };
  const qualified = tool.namespace ? `${tool.namespace}.${tool.name}` : tool.name;
  const mention = mentions(lowered, qualified.toLowerCase()) ?? (tool.namespace ? undefined : mentions(lowered, tool.name.toLowerCase()));
  if (mention === 'negated') return none;
  if (mention === 'named') return { score: 100, why: [`named: ${qualified}`], describedOnly: false, matched: new Set<string>() };
  const name = args.wordsOf(tool.name);
  const action = args.nouns.size === 0 ? undefined : name.values().next().value;
  const words = action !== undefined && args.nouns.has(action) ? args.notNouns : args.words;
  const names = parameterNames(tool);
  const parameters = args.wordsOf(names.join(' '));
  const description = args.wordsOf(tool.description);
  const dilution = Math.min(1, DESCRIPTION_WINDOW / Math.max(1, description.size));
  const why: string[] = [];
  const nameHits = common(name, words);
  if (nameHits.length > 0) why.push(`name: ${nameHits.join(', ')}`);
  // The tool side of a concept: its name and parameter names, or (half as strong) its description when short.
  let concepts = 0;
  // A weak concept's words count as words shared with the tool: a sign only with another word or a value.
  let related = 0;
  // Whether a weak concept connected at all, its words counted here or at the description or parameters.
  let weakly = false;
  let values = 0;
  // The prompt words the tool connects with, through any of its signs.
  const matched = new Set<string>(nameHits);
  const counted = new Set<string>();
  for (const { concept, words: prompted } of args.asked) {
    // A prompt word the name already matched adds nothing: the concept must bring a new connection. A weak
    // concept's word the tool's parameters or description share is counted there, once; its value still backs it.
    const fresh = prompted.filter((word) => !name.has(word));
    if (fresh.length === 0 || (concept.onlyBacked === true && !(concept.backedBy !== undefined && args.holds(concept.backedBy)))) continue;
    const byParameters = concept.nameOnly !== true && concept.notParameters !== true;
    const strong = [...common(concept.tool, name), ...(byParameters ? common(concept.tool, parameters) : [])];
    const weak = strong.length === 0 && dilution === 1 && concept.nameOnly !== true ? common(concept.tool, description) : [];
    if (strong.length === 0 && weak.length === 0) continue;
    if (concept.weak === true) weakly = true;
    // A word counts once across concepts ("louder" is music's and loudness's): the first concept to count it.
    const asked = (concept.weak === true ? fresh.filter((word) => !parameters.has(word) && !description.has(word)) : fresh).filter((word) => !counted.has(word));
    for (const word of fresh) matched.add(word);
    for (const word of asked) counted.add(word);
    if (asked.length > 0) {
      const counted = Math.min(asked.length, LEXICON_WORDS) * (strong.length > 0 ? 1 : 0.5);
      if (concept.weak === true) related += counted;
      else concepts += counted;
      why.push(`lexicon ${concept.label}: ${asked.join(', ')} → ${[...new Set(strong.length > 0 ? strong : weak)].join(', ')}${strong.length > 0 ? '' : ' (description, ×0.5)'}`);
    }
    if (concept.backedBy !== undefined && args.holds(concept.backedBy)) {
      values += 1;
      why.push(`value ${concept.backedBy.label}`);
    }
  }
  // "Text Maria that…", "Tell Maria I am late": a message to relay asks a messaging tool, as a concept's word would.
  const relayed = nameHits.length === 0 ? relayFor(name, args.relayed) : undefined;
  if (relayed !== undefined) concepts += 1;
  if (relayed !== undefined) why.push(`relayed: ${relayed}`);
  // A value of the kind a parameter takes ("src/index.ts" for a path): a weak sign, enough when nothing else speaks.
  // A day or a clock time only backs words: it counts with them, never alone.
  let shapes = 0;
  let backing = 0;
  // Asked as a question, a value alone is its topic for a tool that changes things ("Where is 12 George St…?").
  let questioned: boolean | undefined;
  for (const [shape, hits] of shapesTaken(parameters, name, { parameters: names, name: tool.name, description: tool.description })) {
    if (!args.holds(shape)) continue;
    questioned ??= nameHits.length === 0 && concepts === 0 && changesThings(tool) && args.questionOnly();
    if (questioned) continue;
    if (shape.supporting === true) backing += 1;
    else shapes += 1;
    why.push(`value ${shape.label} → ${hits.join(', ')}`);
  }
  // A question asking why, what a thing is or what the assistant thinks takes a tool's words as its topic: only a
  // value the tool takes ("Explain src/index.ts") still asks for the tool, not one that backs a word ("Is it better
  // to wire $500 or send a check?").
  if (args.explaining !== undefined && shapes === 0) return none;
  const parameterHits = common(parameters, words).filter((word) => !name.has(word));
  if (parameterHits.length > 0) why.push(`parameters: ${parameterHits.join(', ')}`);
  // Words the name already matched count once.
  const descriptionHits = common(description, words).filter((word) => !name.has(word));
  const weighed = descriptionHits.length * dilution;
  if (weighed > 0) why.push(`description: ${descriptionHits.join(', ')}${dilution < 1 ? ` (×${dilution.toFixed(2)}, ${description.size} words)` : ''}`);
  // A word both a parameter and the description hold is one sign ("move the sofa to the living room"), two beside a
  // value one of the parameters names ("Put this text in German: …", "the city of Denver"; signs/named-values.ts).
  const twice = descriptionHits.filter((word) => parameterHits.includes(word)).length * dilution;
  const shared = parameterHits.length + weighed + related - (twice > 0 && namesParameterValue(args.read, tool) ? 0 : twice);
  // A weak concept's words alone are no request: they need a word the tool shares, a second word of theirs, a
  // value of theirs or a request's wording ("Is 30 degrees hot?", "Give me tips for a job interview tomorrow"),
  // the wording counting as well when the description holds the word ("Get me a taxi" for "Book a taxi ride").
  const asking = weakly && args.request !== undefined ? 1 : 0;
  if (asking > 0) why.push(`a request: ${args.request}`);
  const grounded = parameterHits.length + weighed > 0 || related >= 2 || values > 0 || asking > 0;
  if (nameHits.length === 0 && concepts === 0 && shapes === 0 && (shared === 0 || !grounded || shared + backing + values + asking < DESCRIPTION_THRESHOLD)) return none;
  const score = nameHits.length * NAME_WEIGHT + concepts * LEXICON_WEIGHT + (shapes + backing + values) * SHAPE_WEIGHT + (parameterHits.length + related) * PARAMETER_WEIGHT + weighed * DESCRIPTION_WEIGHT;
  const describedOnly = nameHits.length + concepts + shapes + backing + values + related + asking === 0;
  for (const word of [...parameterHits, ...descriptionHits]) matched.add(word);
  return { score: Math.round(score * 100) / 100, why, describedOnly, matched };
}

/** A function's top-level parameter names (a custom tool has none). */
function parameterNames(tool: CallableTool): string[] {
  const schema = 'parameters' in tool ? tool.parameters : undefined;
  const properties = typeof schema === 'object' && schema !== null ? (schema as { properties?: unknown }).properties : undefined;
  return typeof properties === 'object' && properties !== null && !Array.isArray(properties) ? Object.keys(properties) : [];
}

function common(a: Set<string>, b: Set<string>): string[] {
  const hits: string[] = [];
  for (const word of a) if (b.has(word)) hits.push(word);
  return hits;
}
