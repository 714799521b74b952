// The words of a text answer: an explicit "reply exactly: …" directive wins; otherwise the text style says:
// summary (a sentence from the tool outputs or the prompt's words), echo (the prompt quoted back, the outputs
// listed as returned), or fixed (one sentence, whatever was asked).
import type { ConversationItem } from '../../types.js';
import type { TEXT_STYLES } from '../../../schemas/constants.js';
import { summarizePrompt, summarizeToolOutputs, type ToolOutput } from './text-summary.js';

export type TextStyle = (typeof TEXT_STYLES)[number];
export const FIXED_TEXT = 'This is a mock response.';

/** "Reply exactly with: Hello!" → "Hello!" (last sentence-level directive in the text). */
export function directiveText(text: string): string | undefined {
  const lines = text.split('\n');
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const line = lines[index] ?? '';
    const at = line.search(DIRECTIVE_START);
    if (at < 0) continue;
    const found = directiveAt(line.slice(at));
    if (found !== undefined) return tidy(found.trim());
  }
  return undefined;
}

/** "Reply exactly with: X" is obeyed; a looser "reply with its URL" describes the answer rather than giving it. */
export function exactDirective(prompt: string): string | undefined {
  return /\b(?:exactly|verbatim)\b/i.test(prompt) ? directiveText(prompt) : undefined;
}

// "After the tool result, reply exactly: Paris is sunny." → the clause that holds the directive. Literal
// words and one run of spaces: no backtracking beyond that run.
const DIRECTIVE_START = /\b(?:reply|respond|answer|say)\s+(?:exactly|only|verbatim)\b|\b(?:reply|respond)\s+with\b/i;
const KEYWORD = /\b(?:reply|respond|answer|say)(?=\s)/giy;
const MODIFIERS = ['exactly', 'only', 'verbatim'];
const QUOTES = new Set(['"', "'", '“']);
function isSpace(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(char));
}

function skipSpaces(text: string, at: number): number {
  let next = at;
  while (isSpace(text[next])) next += 1;
  return next;
}

function skipWord(text: string, at: number, words: readonly string[]): number {
  const lower = text.slice(at, at + 8).toLowerCase();
  const word = words.find((candidate) => lower.startsWith(candidate));
  return word === undefined ? at : at + word.length;
}

/**
 * The text a directive asks for, read left to right without backtracking: keyword, spaces, an optional
 * "exactly"/"only"/"verbatim", an optional "with", an optional ':' or '-', then the rest of the line —
 * without a wrapping pair of quotes when it is quoted, and without trailing spaces.
 */
function directiveAt(clause: string): string | undefined {
  for (KEYWORD.lastIndex = 0; KEYWORD.lastIndex < clause.length;) {
    const match = KEYWORD.exec(clause);
    if (match === null) { KEYWORD.lastIndex += 1; continue; }
    const afterKeyword = skipSpaces(clause, match.index + match[0].length);
    for (const useModifier of [true, false]) {
      let at = useModifier ? skipWord(clause, afterKeyword, MODIFIERS) : afterKeyword;
      if (useModifier && at === afterKeyword) continue;
      at = skipSpaces(clause, skipWord(clause, skipSpaces(clause, at), ['with']));
      if (clause[at] === ':' || clause[at] === '-') at = skipSpaces(clause, at + 1);
      let end = clause.length;
      while (end > at && isSpace(clause[end - 1])) end -= 1;
      if (end <= at) continue;
      const quote = clause[at] ?? '';
      if (QUOTES.has(quote) && end - at >= 3 && clause[end - 1] === quote) return clause.slice(at + 1, end - 1);
      return clause.slice(at, end);
    }
  }
  return undefined;
}

/** A one-word directive loses its sentence dot ("Reply exactly pong." → "pong"), as models answer. */
function tidy(text: string): string {
  return /^[^\s.]+\.$/.test(text) ? text.slice(0, -1) : text;
}

export interface TextContext {
  prompt: string;
  instructions: string | undefined;
  /** Outputs that end the input, with the name (and arguments) of the call each answers. */
  outputs: ToolOutput[];
  /** Default: summary. */
  style?: TextStyle;
}

export function composeText(context: TextContext): string {
  const directive = directiveText(context.prompt) ?? (context.instructions ? directiveText(context.instructions) : undefined);
  if (directive && (context.outputs.length > 0 || !mentionsToolResult(context.instructions))) return directive;
  const style = context.style ?? 'summary';
  if (style === 'fixed') return FIXED_TEXT;
  if (style === 'summary') return context.outputs.length > 0 ? summarizeToolOutputs(context.outputs) : summarizePrompt(context.prompt);
  if (context.outputs.length > 0) return summarizeOutputs(context.outputs);
  const prompt = echoed(context.prompt);
  if (!prompt) return 'Hello! How can I help you today?';
  return `This is a mock response to: "${prompt.length > 160 ? `${prompt.slice(0, 157)}...` : prompt}"`;
}

/** The prompt on one line for the echo: only its head is read when that already gives enough text. */
function echoed(prompt: string): string {
  const head = prompt.length > 4096 ? prompt.slice(0, 4096).trim().replace(/\s+/g, ' ') : undefined;
  return head !== undefined && head.length > 160 ? head : prompt.trim().replace(/\s+/g, ' ');
}

/**
 * An instruction like "After the tool result, reply exactly: X" only applies once a result is in. Read one
 * sentence at a time, so a long instruction full of "after"s costs one pass.
 */
function mentionsToolResult(instructions: string | undefined): boolean {
  if (instructions === undefined) return false;
  for (const sentence of instructions.split('.')) {
    const after = sentence.search(/\bafter\b/i);
    if (after >= 0 && /\b(?:tool|function|result|output)s?\b/i.test(sentence.slice(after + 5))) return true;
  }
  return false;
}

/** The echo style's sentence: each output as it came. */
function summarizeOutputs(outputs: ToolOutput[]): string {
  const parts = outputs.map(({ name, output }) => `${name} returned ${clip(output.trim() || '(empty)')}`);
  const text = parts.join('; ');
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 400 ? `${flat.slice(0, 397)}...` : flat;
}

type ToolOutputItem = Extract<ConversationItem, { type: 'function_call_output' | 'custom_tool_call_output' | 'apply_patch_call_output' }>;

/** A call the client answers with an output: a function's, a custom tool's, OpenAI's hosted apply_patch. */
export const isToolCall = (item: ConversationItem): boolean =>
  item.type === 'function_call' || item.type === 'custom_tool_call' || item.type === 'apply_patch_call';

export const isToolOutput = (item: ConversationItem): item is ToolOutputItem =>
  item.type === 'function_call_output' || item.type === 'custom_tool_call_output' || item.type === 'apply_patch_call_output';

/** The client-run shell tool's call and output: its own turn reports them, so here they are passed over. */
const isShellItem = (item: ConversationItem): boolean =>
  item.type === 'other' && (item.itemType === 'shell_call' || item.itemType === 'shell_call_output');

/**
 * Outputs at the end of the conversation (past calls, reasoning and shell items among them), paired with the names
 * and arguments of the calls they answer.
 */
export function trailingOutputs(conversation: ConversationItem[]): ToolOutput[] {
  const calls = new Map<string, { name: string; arguments: string }>();
  for (const item of conversation) {
    if (item.type === 'function_call') calls.set(item.callId, { name: item.name, arguments: item.arguments });
    else if (item.type === 'custom_tool_call') calls.set(item.callId, { name: item.name, arguments: item.input });
    else if (item.type === 'apply_patch_call') calls.set(item.callId, { name: 'apply_patch', arguments: JSON.stringify({ path: item.path }) });
  }
  const out: ToolOutput[] = [];
  for (let index = conversation.length - 1; index >= 0; index -= 1) {
    const item = conversation[index]!;
    if (isToolCall(item) || item.type === 'reasoning' || isShellItem(item)) continue;
    if (!isToolOutput(item)) break;
    const call = calls.get(item.callId);
    out.push(call ? { name: call.name, output: item.output, arguments: call.arguments } : { name: 'the tool', output: item.output });
  }
  // Gathered from the end (push, not unshift: linear however many outputs trail), returned in order.
  out.reverse();
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
