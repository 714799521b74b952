// A tool named verbatim in the prompt (`get_weather`, `crm.lookup`): named, or refused by the words just before it
// ("Do not call inventory.lookup"). Each occurrence is read with a bounded look behind.
const NEGATION = /\b(not|never|no|without|avoid|don't|dont|doesn't|except)\b[^.;!?]{0,24}$/;

/**
 * Whether an identifier (`get_weather`, `crm.lookup`) appears as a whole word: 'named', or 'negated' when
 * the words just before it refuse it ("Do not call inventory.lookup"). Plain words are left to scoring.
 */
export function mentions(text: string, identifier: string): 'named' | 'negated' | undefined {
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
