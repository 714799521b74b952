// The `tools` OpenAI echoes in a response: functions with their fields in the service's order (type, then
// alphabetically) and a resolved strict, hosted web search and file search with their defaults expanded, tool
// search with null description and parameters when not sent; other tools as sent.
import { isStrictCompatible } from '../../domain/validation/json-schema/strict-schema.js';

type Tool = Record<string, unknown>;

const LOCATION_DEFAULTS = { type: 'approximate', city: null, country: 'US', region: null, timezone: null };
const SEARCH_TYPES = new Set(['web_search', 'web_search_2025_08_26']);
const PREVIEW_TYPES = new Set(['web_search_preview', 'web_search_preview_2025_03_11']);

/** The tools as echoed, then a namespace for each function a client's tool search loaded (as captured). */
export function echoOpenAITools(tools: unknown, history: Tool[]): unknown[] {
  const echoed = Array.isArray(tools) ? (tools as Tool[]).map(echoTool) : [];
  for (const item of history) {
    if (item.type !== 'tool_search_output' || item.execution !== 'client' || !Array.isArray(item.tools)) continue;
    for (const tool of item.tools as Tool[]) {
      if (tool.type !== 'function') continue;
      const { defer_loading: _deferred, ...loaded } = echoFunction(tool);
      echoed.push({ type: 'namespace', description: tool.description ?? '', name: tool.name, tools: [loaded] });
    }
  }
  return echoed;
}

function echoTool(tool: Tool): Tool {
  const type = tool.type as string;
  if (type === 'function') return echoFunction(tool);
  if (SEARCH_TYPES.has(type) || PREVIEW_TYPES.has(type)) {
    return {
      type,
      ...(SEARCH_TYPES.has(type) ? { filters: tool.filters ?? null } : {}),
      search_context_size: tool.search_context_size ?? 'medium',
      user_location: { ...LOCATION_DEFAULTS, ...(tool.user_location as Tool | undefined) },
    };
  }
  if (type === 'file_search') {
    // As captured: the defaults expanded, in the service's (alphabetical) order.
    return {
      type,
      filters: tool.filters ?? null,
      max_num_results: tool.max_num_results ?? 20,
      ranking_options: { ranker: 'auto', score_threshold: 0, ...(tool.ranking_options as Tool | undefined) },
      vector_store_ids: tool.vector_store_ids,
    };
  }
  if (type === 'tool_search') {
    return {
      type,
      description: tool.description ?? null,
      ...(tool.execution !== undefined ? { execution: tool.execution } : {}),
      parameters: tool.parameters ?? null,
    };
  }
  if (type === 'namespace' && Array.isArray(tool.tools)) return { ...tool, tools: (tool.tools as Tool[]).map(echoTool) };
  return tool;
}

function echoFunction(tool: Tool): Tool {
  const parameters = tool.parameters ?? null;
  // An omitted strict is resolved: strict when the schema already obeys strict mode.
  const strict = typeof tool.strict === 'boolean' ? tool.strict : isStrictCompatible(tool.parameters);
  // The service's order: type, then the fields alphabetically (captures of 2025 and 2026). A literal for the
  // common case (every tool of every answer is echoed); the fields of programmatic tool calling and deferred
  // loading only where sent.
  if (tool.allowed_callers === undefined && tool.defer_loading === undefined && tool.output_schema === undefined) {
    return { type: 'function', description: tool.description ?? null, name: tool.name, parameters, strict };
  }
  const echo: Tool = { type: 'function' };
  if (tool.allowed_callers !== undefined) echo.allowed_callers = tool.allowed_callers;
  if (tool.defer_loading !== undefined) echo.defer_loading = tool.defer_loading;
  echo.description = tool.description ?? null;
  echo.name = tool.name;
  if (tool.output_schema !== undefined) echo.output_schema = tool.output_schema;
  echo.parameters = parameters;
  echo.strict = strict;
  return echo;
}
