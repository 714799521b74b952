// The `tools` OpenAI echoes in a response: functions with description, parameters and a resolved strict
// (and defer_loading, where sent, after type), hosted web search with its defaults expanded, tool search with
// null description and parameters when not sent; other tools as sent.
import { isStrictCompatible } from '../domain/validation/json-schema/strict-schema.js';

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
  // Two literals rather than spreads of optional parts (every tool of every answer is echoed); the field
  // order is the service's in each case.
  if (tool.defer_loading !== undefined) {
    return { type: 'function', defer_loading: tool.defer_loading, description: tool.description ?? null, name: tool.name, parameters, strict };
  }
  return { type: 'function', name: tool.name, description: tool.description ?? null, parameters, strict };
}
