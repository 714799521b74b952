// The words of a text answer: an explicit "reply exactly: …" directive wins; after tool outputs, a sentence
// built from them; otherwise a short, deterministic acknowledgement of the prompt.
import type { ConversationItem } from '../types.js';

const DIRECTIVE = /\b(?:reply|respond|answer|say)\s+(?:exactly|only|verbatim)?\s*(?:with)?\s*[:-]?\s*(["'“]?)(.+?)\1\s*$/i;

/** "Reply exactly with: Hello!" → "Hello!" (last sentence-level directive in the text). */
export function directiveText(text: string): string | undefined {
  for (const line of text.split(/\n/).reverse()) {
    for (const sentence of splitDirectiveCandidates(line)) {
      const match = DIRECTIVE.exec(sentence);
      if (match?.[2]) return tidy(match[2].trim());
    }
  }
  return undefined;
}

/** A one-word directive loses its sentence dot ("Reply exactly pong." → "pong"), as models answer. */
function tidy(text: string): string {
  return /^[^\s.]+\.$/.test(text) ? text.slice(0, -1) : text;
}

function splitDirectiveCandidates(line: string): string[] {
  // "After the tool result, reply exactly: Paris is sunny." → the clause that holds the directive.
  const at = line.search(/\b(?:reply|respond|answer|say)\s+(?:exactly|only|verbatim)\b|\b(?:reply|respond)\s+with\b/i);
  return at >= 0 ? [line.slice(at)] : [];
}

export interface TextContext {
  prompt: string;
  instructions: string | undefined;
  /** Outputs that end the input, with the name of the call each answers. */
  outputs: Array<{ name: string; output: string }>;
}

export function composeText(context: TextContext): string {
  const directive = directiveText(context.prompt) ?? (context.instructions ? directiveText(context.instructions) : undefined);
  if (directive && (context.outputs.length > 0 || !mentionsToolResult(context.instructions))) return directive;
  if (context.outputs.length > 0) return summarizeOutputs(context.outputs);
  const prompt = context.prompt.trim().replace(/\s+/g, ' ');
  if (!prompt) return 'Hello! How can I help you today?';
  return `This is a mock response to: "${prompt.length > 160 ? `${prompt.slice(0, 157)}...` : prompt}"`;
}

/** An instruction like "After the tool result, reply exactly: X" only applies once a result is in. */
function mentionsToolResult(instructions: string | undefined): boolean {
  return instructions !== undefined && /\bafter\b[^.]*\b(tool|function|result|output)s?\b/i.test(instructions);
}

function summarizeOutputs(outputs: Array<{ name: string; output: string }>): string {
  const parts = outputs.map(({ name, output }) => `${name} returned ${clip(output.trim() || '(empty)')}`);
  const text = parts.join('; ');
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 400 ? `${flat.slice(0, 397)}...` : flat;
}

/** Outputs at the end of the conversation, paired with the names of the calls they answer. */
export function trailingOutputs(conversation: ConversationItem[]): Array<{ name: string; output: string }> {
  const names = new Map<string, string>();
  for (const item of conversation) if (item.type === 'function_call' || item.type === 'custom_tool_call') names.set(item.callId, item.name);
  const out: Array<{ name: string; output: string }> = [];
  for (let index = conversation.length - 1; index >= 0; index -= 1) {
    const item = conversation[index]!;
    if (item.type === 'function_call' || item.type === 'custom_tool_call' || item.type === 'reasoning') continue;
    if (item.type !== 'function_call_output' && item.type !== 'custom_tool_call_output') break;
    out.unshift({ name: names.get(item.callId) ?? 'the tool', output: item.output });
  }
  return out;
}

/** The text of the last user message. */
export function lastUserText(conversation: ConversationItem[]): string {
  for (let index = conversation.length - 1; index >= 0; index -= 1) {
    const item = conversation[index]!;
    if (item.type === 'message' && item.role === 'user') return item.text;
  }
  return '';
}
