// The shared vocabulary of the domain: a validated request (tools, tool choice, conversation), the plan the
// engine makes (what the "model" says), and the expected failures that the HTTP layer turns into envelopes.
import type { ErrorCode } from '../errors.js';
import type { Citation, ServerItem } from './hosted/types.js';

export type ProviderId = 'openrouter' | 'openai';
export type Strictness = 'strict' | 'lenient';

/** A function tool as sent, flattened (namespace tools contribute their inner functions). */
export interface FunctionTool {
  kind?: 'function';
  name: string;
  namespace?: string;
  description: string;
  parameters: unknown;
  strict: boolean | undefined;
  /** `defer_loading`: hidden from the model until a tool search loads it. */
  deferred?: boolean;
  /** `allowed_callers` holds `programmatic`: a program may call it (programmatic tool calling). */
  programmatic?: boolean;
}

/** What a custom tool's input must look like: free text, or a string of a grammar (regex or Lark). */
export type CustomToolFormat = { type: 'text' } | { type: 'grammar'; syntax: 'regex' | 'lark'; definition: string };

/** A custom (freeform) tool: the model calls it with raw text that fits its format, not JSON arguments. */
export interface CustomTool {
  kind: 'custom';
  name: string;
  namespace?: string;
  description: string;
  format: CustomToolFormat;
}

/** Any tool the engine may call itself. */
export type CallableTool = FunctionTool | CustomTool;

export const isCustomTool = (tool: CallableTool): tool is CustomTool => tool.kind === 'custom';

/** The conversation as the engine sees it, one entry per input item (after references are resolved). */
export type ConversationItem =
  | { type: 'message'; role: string; text: string; id?: string }
  | { type: 'function_call'; id?: string; callId: string; name: string; namespace?: string; arguments: string }
  | { type: 'function_call_output'; id?: string; callId: string; output: string }
  | { type: 'custom_tool_call'; id?: string; callId: string; name: string; namespace?: string; input: string }
  | { type: 'custom_tool_call_output'; id?: string; callId: string; output: string }
  | { type: 'reasoning'; id: string; encryptedContent?: string }
  /** OpenAI's hosted apply_patch tool: the call names the file it changes; the output says how applying it went. */
  | { type: 'apply_patch_call'; id?: string; callId: string; path: string }
  | { type: 'apply_patch_call_output'; id?: string; callId: string; output: string; failed: boolean }
  | { type: 'other'; itemType: string; id?: string };

/** What the caller allows the model to do with tools, resolved from `tool_choice` and `tools`. */
export interface ToolPolicy {
  mode: 'none' | 'auto' | 'required';
  /** The tools the model may call (all, a subset for allowed_tools, or the forced one). */
  allowed: CallableTool[];
  /** Set when tool_choice names one function or custom tool: exactly that one must be called. */
  forced?: CallableTool;
  parallel: boolean;
}

/** One token of an output text: its log probability, and the most likely tokens at its place (itself first). */
export interface TokenLogprob {
  token: string;
  logprob: number;
  top: Array<{ token: string; logprob: number }>;
}

export type PlannedItem =
  | {
      type: 'message';
      id: string;
      text: string;
      phase?: 'commentary' | 'final_answer';
      /** Set on a message cut by max_output_tokens. */
      status?: 'incomplete';
      /** The text is a refusal: a `refusal` content part instead of `output_text`. */
      refusal?: boolean;
      /** Citations of sources in the text (after a hosted web search). */
      annotations?: Citation[];
      /** The text's tokens with their log probabilities, when `include` asks for them (domain/logprobs). */
      logprobs?: TokenLogprob[];
    }
  | {
      type: 'function_call';
      id: string;
      callId: string;
      name: string;
      namespace?: string;
      arguments: string;
      /** Called by a program (programmatic tool calling): its `call_id`, once the program item has one. */
      caller?: { programCallId: string };
      /** Set on a call whose arguments max_output_tokens cut. */
      status?: 'incomplete';
    }
  | {
      type: 'custom_tool_call'; id: string; callId: string; name: string; namespace?: string; input: string;
      /** Set on a call whose input max_output_tokens cut. */
      status?: 'incomplete';
    }
  | {
      type: 'reasoning';
      id: string;
      /** Summary parts (empty unless the request asked for a summary). */
      summary: string[];
      /** The opaque state a client sends back (only when `include` asks for it). */
      encryptedContent?: string;
      /** OpenRouter's `format` of the upstream's reasoning (`openai-responses-v1`, …). */
      format: string;
      /** The model the request named: OpenRouter names its endpoint in the blob. */
      model?: string;
    }
  /** An output item of a replayed recording that the mock never makes itself: streamed as added, then done. */
  | { type: 'recorded'; id: string; item: Record<string, unknown> }
  | ServerItem;

export interface Usage {
  inputTokens: number;
  outputTokens: number;
  cachedTokens: number;
  reasoningTokens: number;
  /** Prompt-cache writes (OpenAI reports them; 0 unless scripted). */
  cacheWriteTokens?: number;
}

/** What the model "says": one plan, rendered either as a JSON body or as a stream of events. */
export interface Plan {
  items: PlannedItem[];
  status: 'completed' | 'incomplete' | 'failed';
  incompleteReason?: 'max_output_tokens' | 'content_filter';
  error?: { code: string; message: string };
  usage: Usage;
  /** Why the rule-based engine chose its tools, for the journal (a ranking; absent when nothing was ranked). */
  explanation?: unknown;
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
  /** A recorded error body, answered exactly as it came (a replayed recording). */
  envelope?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: MockError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: MockError): Result<T> => ({ ok: false, error });
