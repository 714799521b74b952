// Log probabilities of the output text, when `include` holds `message.output_text.logprobs`: each message's
// text cut into tokens (tokens.ts), each token given a log probability and the `top_logprobs` most likely tokens
// at its place, drawn from a random stream of the request's own: the same request and seed, the same values.
import type { Random } from '../../deps.js';
import type { Plan, PlannedItem, TokenLogprob } from '../types.js';
import { tokenize } from './tokens.js';

export const LOGPROBS_INCLUDE = 'message.output_text.logprobs';

/**
 * The most tokens of one text given logprobs: a longer text has them for its first 4,096 tokens only (about 16 KB
 * of English), so that a huge scripted or echoed text does not make an answer many times its own size.
 */
export const MAX_LOGPROB_TOKENS = 4096;

/** The most alternatives a token lists (`top_logprobs` is at most 20). */
export const MAX_TOP_LOGPROBS = 20;

/** Alternatives at a token's place: common words, with the chosen token's leading space. 32 of them (a power of two). */
const ALTERNATIVES = [
  'the', 'a', 'and', 'to', 'of', 'in', 'is', 'it', 'that', 'for', 'on', 'with', 'as', 'this', 'be', 'at',
  'by', 'or', 'an', 'are', 'was', 'from', 'but', 'not', 'have', 'you', 'we', 'can', 'will', 'all', 'one', 'so',
];

/** Eight significant digits, as the services print them; monotone, so the order of values survives it. */
const rounded = (value: number): number => Number(value.toPrecision(8));

export function asksLogprobs(include: unknown): boolean {
  return Array.isArray(include) && include.includes(LOGPROBS_INCLUDE);
}

/** The plan with logprobs on every output text (a refusal has none), in item order. */
export function withLogprobs(plan: Plan, args: { top: number; random: Random }): Plan {
  const options = { top: Math.min(MAX_TOP_LOGPROBS, Math.max(0, Math.floor(args.top))), random: args.random };
  const items = plan.items.map((item): PlannedItem => (item.type === 'message' && !item.refusal ? { ...item, logprobs: textLogprobs(item.text, options) } : item));
  return { ...plan, items };
}

export function textLogprobs(text: string, args: { top: number; random: Random }): TokenLogprob[] {
  return tokenize(text, { limit: MAX_LOGPROB_TOKENS }).map((token) => tokenLogprob(token, args));
}

/**
 * The chosen token is the likeliest at its place (`top[0]` is itself); the chance of something else is drawn
 * log-uniformly between 2e-9 and 0.7 (mostly a confident model) and shared by the alternatives in a geometric
 * series, none above the chosen token.
 */
function tokenLogprob(token: string, args: { top: number; random: Random }): TokenLogprob {
  const { top, random } = args;
  const elsewhere = 0.7 * 10 ** (-8.5 * random.next());
  const logprob = Math.log1p(-elsewhere);
  if (top === 0) return { token, logprob: rounded(logprob), top: [] };
  const ratio = 0.2 + 0.5 * random.next();
  const start = random.int(ALTERNATIVES.length);
  // An odd step visits all 32 words before it comes back.
  const step = 1 + 2 * random.int(ALTERNATIVES.length / 2);
  const lead = token.startsWith(' ') ? ' ' : '';
  const best = [{ token, logprob: rounded(logprob) }];
  let share = Math.log(elsewhere) + Math.log(1 - ratio);
  for (let index = start; best.length < top; index = (index + step) % ALTERNATIVES.length) {
    const alternative = lead + ALTERNATIVES[index]!;
    if (alternative === token) continue;
    best.push({ token: alternative, logprob: rounded(Math.min(logprob, share)) });
    share += Math.log(ratio);
  }
  return { token, logprob: rounded(logprob), top: best };
}
