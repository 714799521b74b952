// The shared vocabulary of the domain: a validated request (tools, tool choice, conversation), the plan the
// engine makes (what the "model" says), and the expected failures that the HTTP layer turns into envelopes.
import type { ErrorCode } from '../errors.js';

export type ProviderId = 'openrouter' | 'openai';
export type Strictness = 'strict' | 'lenient';

/** A function tool as sent, flattened (namespace tools contribute their inner functions). */
export interface FunctionTool {
  name: string;
  namespace?: string;
  description: string;
  parameters: unknown;
  strict: boolean | undefined;
}

/** The conversation as the engine sees it, one entry per input item (after references are resolved). */
export type ConversationItem =
  | { type: 'message'; role: string; text: string; id?: string }
  | { type: 'function_call'; id?: string; callId: string; name: string; namespace?: string; arguments: string }
  | { type: 'function_call_output'; id?: string; callId: string; output: string }
  | { type: 'reasoning'; id: string }
  | { type: 'other'; itemType: string; id?: string };

/** What the caller allows the model to do with tools, resolved from `tool_choice` and `tools`. */
export interface ToolPolicy {
  mode: 'none' | 'auto' | 'required';
  /** The tools the model may call (all, a subset for allowed_tools, or the forced one). */
  allowed: FunctionTool[];
  /** Set when tool_choice names one function: exactly that one must be called. */
  forced?: FunctionTool;
  parallel: boolean;
}

export type PlannedItem =
  | {
      type: 'message';
      id: string;
      text: string;
      phase?: 'commentary' | 'final_answer';
      /** Set on a message cut by max_output_tokens. */
      status?: 'incomplete';
    }
  | {
      type: 'function_call';
      id: string;
      callId: string;
      name: string;
      namespace?: string;
      arguments: string;
    };

export interface Usage {
  inputTokens: number;
  outputTokens: number;
  cachedTokens: number;
  reasoningTokens: number;
}

/** What the model "says": one plan, rendered either as a JSON body or as a stream of events. */
export interface Plan {
  items: PlannedItem[];
  status: 'completed' | 'incomplete' | 'failed';
  incompleteReason?: 'max_output_tokens' | 'content_filter';
  error?: { code: string; message: string };
  usage: Usage;
}

/** An expected failure: a catalog code, the JSON path it concerns, and a message for the caller. */
export interface MockError {
  code: ErrorCode;
  message: string;
  /** JSON path in the request (`input[2].id`), or null when the request as a whole is at fault. */
  param: string | null;
  /** Extra headers (e.g. `retry-after`) or a status override, for injected faults. */
  status?: number;
  headers?: Record<string, string>;
  /** The provider-specific error type/code, for injected faults that imitate a given error. */
  type?: string;
  providerCode?: string | number | null;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: MockError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: MockError): Result<T> => ({ ok: false, error });
