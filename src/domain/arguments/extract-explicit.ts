// Explicit "key value" mentions of a property in a prompt: `unit=celsius`, `limit: 5`, `"days" 3`,
// "with city exactly Paris", "the unit is kelvin". Returns where the value text starts; callers read
// as much of it as the property's kind allows.
import { nameAlternation, nameWords } from './names.js';

export interface ExplicitValue {
  /** Index in the prompt where the value text starts. */
  at: number;
  /** The prompt from `at` on. */
  rest: string;
}

const CONNECTORS = '(?:(?:is|are|equals?|equal\\s+to|exactly|set\\s+to|to\\s+be|should\\s+be|being|as|of|to|be|named|called|titled|=)\\s+)*';
/** Words that introduce a key without a sign: "with city Paris", "and limit 5", ", unit celsius". */
const LEAD_IN = /(?:^|\b(?:with|and|using|where|set|plus|also|by)|[,;(:])\s*(?:the\s+|a\s+|its\s+)?$/iu;

/** Values that cannot be running text: quoted, with a digit, @ or slash, or in capitals ("MSFT"). */
const STRUCTURED_VALUE = /^(?:["'“‘`]|[^\s,;]*[@/\d]|\p{Lu}{2,}(?![\p{L}\p{N}]))/u;

const patterns = new Map<string, RegExp>();

function patternFor(name: string): RegExp {
  let pattern = patterns.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(
      `(?<![\\p{L}\\p{N}_-])(["'“‘])?(?:${nameAlternation(name)})["'”’]?(?![\\p{L}\\p{N}_])(\\s*[:=]\\s*|\\s+)(${CONNECTORS})`,
      'giu',
    );
    // Names repeat across requests (the same tools), but the set is open-ended: keep the map small.
    if (patterns.size > 2000) patterns.clear();
    patterns.set(name, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

export interface ExplicitRequest {
  prompt: string;
  name: string;
  /** Accept "key value" with nothing else to show it is one (safe for names that are not everyday words). */
  allowBare: boolean;
}

/** Explicit mentions of `name` followed by a value, in prompt order. */
export function findExplicit(request: ExplicitRequest): ExplicitValue[] {
  const { prompt, name } = request;
  if (nameWords(name).length === 0) return [];
  const shortName = name.length < 2;
  const found: ExplicitValue[] = [];
  for (const match of prompt.matchAll(patternFor(name))) {
    const quotedKey = match[1] !== undefined;
    const signed = /[:=]/u.test(match[2] ?? '');
    const connected = (match[3] ?? '') !== '';
    const at = (match.index ?? 0) + match[0].length;
    const leadIn = LEAD_IN.test(prompt.slice(Math.max(0, (match.index ?? 0) - 24), match.index ?? 0));
    const structured = STRUCTURED_VALUE.test(prompt.slice(at, at + 80));
    // A bare word like "query" in running text is not a key: ask for a sign, quotes, a connector, a
    // lead-in, or a value that cannot be running text ("to bob@example.com", "days 3").
    const accepted = shortName ? signed : signed || quotedKey || connected || leadIn || structured || request.allowBare;
    if (accepted && at < prompt.length) found.push({ at, rest: prompt.slice(at) });
  }
  return found;
}
