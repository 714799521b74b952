// Tool search on the request side: deferred tools (`defer_loading`) need a tool search tool; OpenRouter's
// openrouter:tool_search allows only `auto` or allowed_tools as tool_choice; tools a client adds mid-context
// (`additional_tools` input items) join the offered ones.
import { fail, ok, type MockError, type Result } from '../../types.js';
import { parseTools, type ParsedTools, type ToolRules } from './tools.js';

type Item = Record<string, unknown>;

export const TOOL_SEARCH_TYPES = new Set(['tool_search', 'openrouter:tool_search']);

export function toolSearchProblem(args: { tools: Item[]; parsed: ParsedTools; toolChoice: unknown }): MockError | null {
  const { tools, parsed, toolChoice } = args;
  const search = tools.find((tool) => TOOL_SEARCH_TYPES.has(tool.type as string));
  if (!search && parsed.functions.some((tool) => tool.deferred)) {
    return { code: 'invalid_value', message: `Invalid Value: 'tools.defer_loading'. Deferred tools require tools.tool_search.`, param: 'tools.defer_loading' };
  }
  const allowed = toolChoice === undefined || toolChoice === null || toolChoice === 'auto'
    || (typeof toolChoice === 'object' && (toolChoice as Item).type === 'allowed_tools');
  if (search?.type === 'openrouter:tool_search' && !allowed) {
    return {
      code: 'invalid_value',
      message: "`tool_choice` conflicts with `openrouter:tool_search`: with tool search enabled, tool_choice must be 'auto' or an allowed_tools choice.",
      param: 'tool_choice',
    };
  }
  return null;
}

/** The tools of `additional_tools` input items, parsed as offered tools (errors name `input[i].tools[j]`). */
export function additionalTools(items: Item[], rules: ToolRules = {}): Result<ParsedTools | undefined> {
  let merged: ParsedTools | undefined;
  for (const [index, item] of items.entries()) {
    if (item.type !== 'additional_tools' || !Array.isArray(item.tools)) continue;
    const parsed = parseTools(item.tools as Item[], { ...rules, base: `input[${index}].tools` });
    if (!parsed.ok) return fail(parsed.error);
    merged = merged ? mergeTools(merged, parsed.value) : parsed.value;
  }
  return ok(merged);
}

export function mergeTools(a: ParsedTools, b: ParsedTools): ParsedTools {
  return {
    functions: [...a.functions, ...b.functions],
    custom: [...a.custom, ...b.custom],
    callable: [...a.callable, ...b.callable],
    hostedTypes: [...a.hostedTypes, ...b.hostedTypes],
  };
}
