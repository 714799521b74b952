// Which tools a prompt asks for: deterministic word overlap between the prompt and each tool's name (strong)
// and description (weak). A tool named verbatim in the prompt always matches.
import type { CallableTool } from '../types.js';
import { MAX_SCANNED_PROMPT } from '../arguments/prompt-facts.js';
import { keywords } from './words.js';

export interface ToolMatch<T extends CallableTool = CallableTool> {
  tool: T;
  score: number;
}

const NAME_WEIGHT = 3;
const DESCRIPTION_WEIGHT = 1;
/** Description words alone must overlap at least this much to count as a match. */
const DESCRIPTION_THRESHOLD = 2;

/** Tools that match the prompt, best first; ties keep definition order. */
export function matchTools<T extends CallableTool>(prompt: string, tools: T[]): Array<ToolMatch<T>> {
  // As for argument values, a prompt is read on its first MAX_SCANNED_PROMPT characters.
  const read = prompt.length > MAX_SCANNED_PROMPT ? prompt.slice(0, MAX_SCANNED_PROMPT) : prompt;
  const words = keywords(read);
  const lowered = read.toLowerCase();
  const matches: Array<ToolMatch<T>> = [];
  for (const tool of tools) {
    const score = scoreTool({ tool, words, lowered });
    if (score > 0) matches.push({ tool, score });
  }
  return matches.sort((a, b) => b.score - a.score);
}

function scoreTool(args: { tool: CallableTool; words: Set<string>; lowered: string }): number {
  const { tool, words, lowered } = args;
  const qualified = tool.namespace ? `${tool.namespace}.${tool.name}` : tool.name;
  const mention = mentions(lowered, qualified.toLowerCase()) ?? (tool.namespace ? undefined : mentions(lowered, tool.name.toLowerCase()));
  if (mention === 'negated') return 0;
  if (mention === 'named') return 100;
  const nameHits = overlap(keywords(tool.name), words);
  const descriptionHits = overlap(keywords(tool.description), words);
  if (nameHits === 0 && descriptionHits < DESCRIPTION_THRESHOLD) return 0;
  return nameHits * NAME_WEIGHT + descriptionHits * DESCRIPTION_WEIGHT;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let hits = 0;
  for (const word of a) if (b.has(word)) hits += 1;
  return hits;
}

const NEGATION = /\b(not|never|no|without|avoid|don't|dont|doesn't|except)\b[^.;!?]{0,24}$/;

/**
 * Whether an identifier (`get_weather`, `crm.lookup`) appears as a whole word: 'named', or 'negated' when
 * the words just before it refuse it ("Do not call inventory.lookup"). Plain words are left to scoring.
 */
function mentions(text: string, identifier: string): 'named' | 'negated' | undefined {
  if (identifier.length < 3 || !/[_.-]/.test(identifier)) return undefined;
  let found: 'named' | 'negated' | undefined;
  for (let at = text.indexOf(identifier); at >= 0; at = text.indexOf(identifier, at + 1)) {
    if (isWordChar(text[at - 1]) || isWordChar(text[at + identifier.length])) continue;
    if (!NEGATION.test(text.slice(Math.max(0, at - 40), at))) return 'named';
    found = 'negated';
  }
  return found;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[a-z0-9_]/.test(char);
}
