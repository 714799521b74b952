// Words for matching prompts against tools: lower-cased, split on snake_case, camelCase and kebab-case,
// with filler words removed and a light plural/verb-ending fold so "weathers"/"searching" still match.

const STOPWORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'about', 'as',
  'is', 'are', 'was', 'were', 'be', 'been', 'it', 'its', 'this', 'that', 'these', 'those', 'what', 'whats',
  'which', 'who', 'how', 'when', 'where', 'why', 'do', 'does', 'did', 'can', 'could', 'would', 'should', 'will',
  'please', 'me', 'my', 'i', 'you', 'your', 'we', 'our', 'us', 'get', 'set', 'use', 'call', 'tool', 'function',
  'current', 'given', 'some', 'any', 'all', 'there', 'here', 'then', 'than', 'so', 'if', 'into', 'via', 'up',
  'like', 'just', 'now', 'also', 'tell', 'show', 'give', 'want', 'need', 'let', 'know', 'exactly', 'only', 'once',
  'value', 'values', 'data', 'info', 'information', 'result', 'results', 'returns', 'return', 'provided', 'specified',
]);

/** Splits identifiers and prose into words: `getWeatherForecast` → get, weather, forecast. */
export function splitWords(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

const MEMO_LIMIT = 4096;
const memo = new Map<string, Set<string>>();

/** Meaningful words, folded to a stem, without duplicates. Memoised: tool names recur on every request. */
export function keywords(text: string): Set<string> {
  const known = memo.get(text);
  if (known) return known;
  const out = computeKeywords(text);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, out);
  return out;
}

function computeKeywords(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of splitWords(text)) {
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    out.add(stem(word));
  }
  return out;
}

export function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('es') && /(ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
