// Reasoning: whether a response opens with a reasoning item (a reasoning model, or a request that asks for
// reasoning; never at effort `none`, whether the request or a configuration update sets it), its summary parts
// (when `reasoning.summary` asks, when grok writes one unasked, or scripted), its opaque `encrypted_content` (when
// `include` asks) and the reasoning tokens it adds to the output.
import type { ModelProfile } from '../../models.js';
import { reasoningFormat, unaskedSummary } from '../../models.js';
import type { PlannedItem } from '../../types.js';
import type { PreparedRequest } from '../../validation/prepare.js';
import { countTokens } from '../usage.js';

export const ENCRYPTED_INCLUDE = 'reasoning.encrypted_content';

/** Hidden reasoning tokens by effort (what the summary costs comes on top). */
const EFFORT_TOKENS = new Map<string, number>([['minimal', 16], ['low', 64], ['medium', 192], ['high', 512], ['xhigh', 1024], ['max', 2048]]);

interface ReasoningRequest {
  effort?: unknown;
  summary?: unknown;
  generate_summary?: unknown;
  enabled?: unknown;
  max_tokens?: unknown;
}

export interface ReasoningContext {
  request: PreparedRequest;
  model: ModelProfile;
  /** OpenAI reasons on reasoning models unasked; OpenRouter only when the request asks. */
  byDefault: boolean;
}

/** What the decision says about reasoning: scripted summary parts, or `false` for none at all. */
export interface ReasoningScript {
  reasoning?: string[] | false;
  text?: string;
  refusal?: string;
  calls: Array<{ tool: { name: string } } & ({ arguments: string } | { input: string })>;
  /** A hosted tool run before the answer (`web search`, `code interpreter`). */
  hostedTool?: string;
}

/** The request's reasoning settings, with the effort a configuration update put in effect. */
function settings(request: PreparedRequest): ReasoningRequest {
  const reasoning = request.body.reasoning;
  const asked = typeof reasoning === 'object' && reasoning !== null ? reasoning as ReasoningRequest : {};
  const effort = request.configuration?.effort;
  return effort === undefined ? asked : { ...asked, effort };
}

/** Whether the response reasons: never at effort none (or enabled false); else when asked or by default. */
export function reasons(context: ReasoningContext): boolean {
  const asked = settings(context.request);
  if (asked.effort === 'none' || asked.enabled === false) return false;
  const explicit = (typeof asked.effort === 'string') || asked.enabled === true
    || (typeof asked.max_tokens === 'number' && asked.max_tokens > 0) || wantsSummary(asked);
  return explicit || (context.byDefault && context.model.reasoning === true && context.model.defaultEffort !== 'none');
}

function wantsSummary(asked: ReasoningRequest): boolean {
  const summary = asked.summary ?? asked.generate_summary;
  return typeof summary === 'string' && summary !== 'none';
}

export interface PlannedReasoning {
  item: Omit<Extract<PlannedItem, { type: 'reasoning' }>, 'id' | 'encryptedContent'>;
  encrypted: boolean;
  tokens: number;
}

/** The reasoning item to open the response with (before ids), or undefined when there is none. */
export function planReasoning(decision: ReasoningScript, context: ReasoningContext): PlannedReasoning | undefined {
  if (decision.reasoning === false) return undefined;
  const scripted = decision.reasoning !== undefined;
  if (!scripted && !reasons(context)) return undefined;
  const asked = settings(context.request);
  const unasked = asked.summary === undefined && asked.generate_summary === undefined && unaskedSummary(context.model, asked.effort) === 'detailed';
  const summary = scripted ? decision.reasoning as string[] : wantsSummary(asked) || unasked ? [summaryOf(decision)] : [];
  const effort = typeof asked.effort === 'string' ? asked.effort : 'medium';
  const visible = summary.reduce((sum, part) => sum + countTokens(part), 0);
  const limit = context.request.body.max_output_tokens ?? undefined;
  const hidden = EFFORT_TOKENS.get(effort) ?? EFFORT_TOKENS.get('medium')!;
  const tokens = limit === undefined ? hidden + visible : Math.min(hidden + visible, Math.floor(limit / 2));
  const include = context.request.body.include ?? [];
  return {
    item: { type: 'reasoning', summary, format: reasoningFormat(context.model), model: String(context.request.body.model) },
    // OpenAI (the provider that reasons unasked) populates it by default since 2026 (spec, 2026 wire logs);
    // OpenRouter when `include` asks.
    encrypted: context.byDefault || include.includes(ENCRYPTED_INCLUDE),
    tokens,
  };
}

/** A one-part summary in the style models write them: a bold heading, then what it is about to do. */
function summaryOf(decision: ReasoningScript): string {
  const [first] = decision.calls;
  if (first) {
    const names = [...new Set(decision.calls.map((call) => call.tool.name))].map((name) => `\`${name}\``).join(' and ');
    const how = 'arguments' in first ? `with ${clip(first.arguments)}` : 'with the input it needs';
    return `**Choosing a tool**\n\nThe request needs ${names}. I'll call ${names.split(' and ')[0]} ${how} and use what it returns.`;
  }
  if (decision.hostedTool !== undefined) return `**Choosing a tool**\n\nThe request needs the ${decision.hostedTool} tool: I'll use it, then answer with what it gives.`;
  // No text and no call of the client's tools: the answer is a hosted tool's call (apply_patch, a client tool search).
  if (decision.text === undefined && decision.refusal === undefined) return '**Choosing a tool**\n\nThe request needs one of the service\'s tools: I\'ll call it and continue once it is done.';
  const text = decision.text ?? '';
  if (/^[[{]/.test(text.trim())) return '**Preparing the JSON answer**\n\nI\'ll fill every field the format asks for with values from the message.';
  return `**Answering directly**\n\nNo tool is needed here, so I'll reply: "${clip(text)}"`;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}
