// Commentary: the short message (`phase: "commentary"`) some models send before their tool calls, saying what
// they are about to do. muse-spark sends one unasked (its OpenRouter recording: reasoning, commentary, the call);
// OpenAI's phase models when the instructions or a system or developer message ask for commentary (the
// gpt-5.3-codex capture, whose request asked for one "before making any tool calls": commentary, a web search,
// the answer). Only before calls and web searches: no capture shows one before other hosted items.
import type { ModelProfile } from '../../models.js';
import type { ServerItemSpec } from '../../hosted/types.js';
import type { ConversationItem } from '../../types.js';
import type { Decision } from '../plan.js';

export interface CommentaryContext {
  model: ModelProfile;
  instructions: string | undefined;
  conversation: ConversationItem[];
  /** The service's own items before the answer (a web search's query is what the commentary announces). */
  preface: ServerItemSpec[];
}

const ASKS = /\bcommentary\b/i;
/** A word before "commentary" that turns the request down ("Do not send commentary"). */
const DECLINES = /\b(?:no|not|never|without|don't|dont|avoid|skip)\b/i;
const SEARCHES = new Set(['web_search_call', 'openrouter:web_search']);

/** The decision with the commentary the model sends first, if it sends one. */
export function withCommentary(decision: Decision, context: CommentaryContext): Decision {
  if (decision.outcome || decision.refusal !== undefined || !sends(context)) return decision;
  const text = announce(decision, context.preface);
  return text === undefined ? decision : { ...decision, commentary: text };
}

function sends(context: CommentaryContext): boolean {
  const { commentary } = context.model;
  if (commentary === 'unasked') return true;
  if (commentary !== 'when-asked') return false;
  if (context.instructions !== undefined && asks(context.instructions)) return true;
  return context.conversation.some((item) => item.type === 'message' && (item.role === 'system' || item.role === 'developer') && asks(item.text));
}

/** The text mentions commentary, and the few words before the mention do not decline it. */
function asks(text: string): boolean {
  const at = text.search(ASKS);
  return at >= 0 && !DECLINES.test(text.slice(Math.max(0, at - 40), at));
}

function announce(decision: Decision, preface: ServerItemSpec[]): string | undefined {
  if (preface.length > 0) {
    const search = preface.length === 1 && SEARCHES.has(preface[0]!.itemType) ? preface[0]!.done.action as { query?: unknown } | undefined : undefined;
    return typeof search?.query === 'string' ? `I'll search the web for "${search.query}" first, then sum up what I find.` : undefined;
  }
  if (decision.calls.length === 0) return undefined;
  const names = [...new Set(decision.calls.map(({ tool }) => (tool.namespace ? `${tool.namespace}.${tool.name}` : tool.name)))];
  const listed = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
  return `I'll call ${listed} now.`;
}
