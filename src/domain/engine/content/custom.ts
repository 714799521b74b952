// The input of a call to a custom (freeform) tool, fitted to its format: text from the prompt, a string
// matching a regex grammar, or a string of a Lark grammar (Codex's apply_patch gets a real patch). A grammar
// the mock cannot generate from is the caller's 400 naming the construct; scenarios can script the input.
import type { Random } from '../../../deps.js';
import { applyPatchInput, isApplyPatchTool, quotedText } from '../../grammar/apply-patch.js';
import { generateLark, type RegexSampler } from '../../grammar/lark-generate.js';
import { parseLark } from '../../grammar/lark-parse.js';
import { sampleRegex } from '../../grammar/regex-sample.js';
import type { CustomTool, MockError, Result } from '../../types.js';
import { fail, ok } from '../../types.js';

/** Longest input generated from a grammar. */
export const MAX_INPUT_LENGTH = 8_192;
const MAX_TEXT_INPUT = 500;

export interface CustomInputContext {
  prompt: string;
  random: Random;
  /** Where the tool sits in the request (`tools[3]`), for the 400 of a grammar beyond the mock. */
  path: string;
  sampler?: RegexSampler;
}

export function customToolInput(tool: CustomTool, context: CustomInputContext): Result<string> {
  const { format } = tool;
  const definition = format.type === 'grammar' ? format.definition : undefined;
  if (isApplyPatchTool({ name: tool.name, definition })) return ok(applyPatchInput(context.prompt));
  if (format.type === 'text') return ok(textInput(context.prompt));
  const sampler = context.sampler ?? sampleRegex;
  if (format.syntax === 'regex') {
    const made = sampler({ source: format.definition, flags: '' }, context.random);
    return made.ok ? ok(made.value) : fail(unsupportedGrammar(tool, { path: context.path, reason: made.reason }));
  }
  const grammar = parseLark(format.definition);
  if (!grammar.ok) return fail(unsupportedGrammar(tool, { path: context.path, reason: grammar.reason }));
  const made = generateLark(grammar.value, { random: context.random, sampleRegex: sampler, maxLength: MAX_INPUT_LENGTH });
  return made.ok ? ok(made.value) : fail(unsupportedGrammar(tool, { path: context.path, reason: made.reason }));
}

/** Free text: a fenced code block of the prompt, else its first quoted span, else the prompt itself. */
function textInput(prompt: string): string {
  const fence = prompt.indexOf('```');
  if (fence >= 0) {
    const bodyStart = prompt.indexOf('\n', fence);
    const end = bodyStart < 0 ? -1 : prompt.indexOf('```', bodyStart);
    if (end > bodyStart) return prompt.slice(bodyStart + 1, end).replace(/\n$/, '');
  }
  const quoted = quotedText(prompt);
  if (quoted) return quoted;
  const flat = prompt.trim().replace(/\s+/g, ' ');
  return flat ? flat.slice(0, MAX_TEXT_INPUT) : 'Hello!';
}

function unsupportedGrammar(tool: CustomTool, at: { path: string; reason: string }): MockError {
  const param = `${at.path}.format.definition`;
  return {
    code: 'unsupported_grammar',
    message: `Invalid '${param}': responses-mock cannot generate an input for custom tool '${tool.name}' from this grammar: ${at.reason}. Script the call's input in a scenario instead.`,
    param,
  };
}
