// Which tools the rule-based engine calls for a request, and why: the decision itself (plan.ts acts on it) and
// the explanation the journal keeps — one sentence, and the best candidates with their scores and reasons.
import type { CallableTool, ToolPolicy } from '../types.js';
import { matchTools } from './matching/match-tools.js';

/** Candidates kept in an explanation, and tools named in its sentence. */
export const SHOWN = 5;

export interface EngineWhy {
  reason: string;
  /** The offered tools the last user message matched, best first, with what each score came from. */
  ranked: Array<{ tool: string; score: number; why: string[] }>;
}

export interface ToolChoice {
  /** Empty: a text answer. */
  tools: CallableTool[];
  why: EngineWhy;
}

/** The tools called, by the policy and the prompt; `outputs`: tool outputs ending the conversation. */
export function chooseTools(policy: ToolPolicy, args: { prompt: string; outputs: number }): ToolChoice {
  const text = (reason: string): ToolChoice => ({ tools: [], why: { reason, ranked: [] } });
  if (policy.mode === 'none') return text('tool_choice is "none": a text answer.');
  if (policy.allowed.length === 0) return text('No tool may be called: a text answer.');
  if (policy.mode === 'auto' && args.outputs > 0) return text('The conversation ends with tool output and tool_choice is "auto": a text answer about it.');
  if (policy.forced) return { tools: [policy.forced], why: { reason: `tool_choice forces ${label(policy.forced)}.`, ranked: [] } };
  const found = matchTools(args.prompt, policy.allowed);
  const ranked = found.slice(0, SHOWN).map((match) => ({ tool: label(match.tool), score: match.score, why: match.why }));
  if (found.length === 0) {
    if (policy.mode === 'auto') return text('No offered tool matches the last user message and tool_choice is "auto": a text answer.');
    return { tools: [policy.allowed[0]!], why: { reason: `No offered tool matches the last user message; tool_choice is "required": the first allowed, ${label(policy.allowed[0]!)}.`, ranked } };
  }
  const best = found.map((match) => match.tool);
  const tools = policy.parallel ? best : best.slice(0, 1);
  const which = tools.slice(0, SHOWN).map(label).join(', ') + (tools.length > SHOWN ? ` and ${tools.length - SHOWN} more` : '');
  const reason = found.length > tools.length
    ? `The last user message matches ${found.length} tools; parallel_tool_calls is false: the best, ${which}.`
    : `The last user message matches ${which}.`;
  return { tools, why: { reason, ranked } };
}

export function label(tool: CallableTool): string {
  return tool.namespace ? `${tool.namespace}.${tool.name}` : tool.name;
}
