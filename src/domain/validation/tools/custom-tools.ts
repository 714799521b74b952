// Custom (freeform) tools in `tools`: `{type:'custom', name, description?, format?}` where format is free
// text or a grammar (`regex` or `lark`) the call's input must fit. Checked as the real API checks them.
import { validators } from '../../../generated/tool-validators.js';
import type { CustomTool, CustomToolFormat, MockError, Result } from '../../types.js';
import { fail, ok } from '../../types.js';
import { stringTooLong, toChecker } from '../json-schema/schema-check.js';

const checkCustom = toChecker(validators.customTool);
const checkGrammar = toChecker(validators.grammarFormat);

/** A grammar definition longer than this is refused (the real limit is not published). */
export const MAX_GRAMMAR_LENGTH = 100_000;

export function parseCustomTool(tool: Record<string, unknown>, at: { path: string; namespace?: string }): Result<CustomTool> {
  const { path } = at;
  const problem = checkCustom(tool, path) ?? formatProblem(tool.format, `${path}.format`);
  if (problem) return fail(problem);
  return ok({
    kind: 'custom',
    name: tool.name as string,
    ...(at.namespace !== undefined ? { namespace: at.namespace } : {}),
    description: typeof tool.description === 'string' ? tool.description : '',
    format: toFormat(tool.format),
  });
}

function formatProblem(format: unknown, path: string): MockError | null {
  if (format == null || (format as Record<string, unknown>).type !== 'grammar') return null;
  const problem = checkGrammar(format, path);
  if (problem) return problem;
  const definition = (format as { definition: string }).definition;
  if (definition.length > MAX_GRAMMAR_LENGTH) return stringTooLong(`${path}.definition`, { limit: MAX_GRAMMAR_LENGTH, length: definition.length });
  if (definition.trim() === '') {
    return {
      code: 'invalid_value',
      message: `Invalid '${path}.definition': empty string. Expected a grammar definition.`,
      param: `${path}.definition`,
    };
  }
  return null;
}

function toFormat(format: unknown): CustomToolFormat {
  const grammar = format as { type?: unknown; syntax?: 'regex' | 'lark'; definition?: string } | null | undefined;
  if (grammar?.type !== 'grammar') return { type: 'text' };
  return { type: 'grammar', syntax: grammar.syntax!, definition: grammar.definition! };
}
