// Tool search around the model's calls: a call to a deferred tool that no earlier tool search loaded is
// preceded by a server-side search (tool_search_call + tool_search_output, then the call with `namespace` set
// to the tool's own name, as captured), or replaced by a client-side tool_search_call the client answers.
// Tools loaded by a client's tool_search_output are called as loaded.
import type { Random } from '../../deps.js';
import { generateArgumentSets } from '../arguments/index.js';
import type { Decision, DecidedCall } from '../engine/plan.js';
import { lastUserText } from '../engine/content/text.js';
import type { FunctionTool, ProviderId } from '../types.js';
import type { PreparedRequest } from '../validation/prepare.js';
import { NO_HOSTED_WORK, type HostedWork, type ServerItemSpec } from './types.js';

type Item = Record<string, unknown>;

export interface SearchContext {
  request: PreparedRequest;
  provider: ProviderId;
  random: Random;
}

/** Names of the functions earlier tool_search_output items loaded, and whether a client loaded them. */
export function loadedTools(history: Item[]): Map<string, { by: 'client' | 'server'; tool: Item }> {
  const loaded = new Map<string, { by: 'client' | 'server'; tool: Item }>();
  for (const item of history) {
    if (item.type !== 'tool_search_output' || !Array.isArray(item.tools)) continue;
    for (const tool of item.tools as Item[]) {
      if (typeof tool.name === 'string') loaded.set(tool.name, { by: item.execution === 'client' ? 'client' : 'server', tool });
    }
  }
  return loaded;
}

export function searchTools(decision: Decision, context: SearchContext): { decision: Decision; work: HostedWork } {
  const unchanged = { decision, work: NO_HOSTED_WORK };
  const tools = (context.request.body.tools ?? []) as Item[];
  const search = tools.find((tool) => tool.type === 'tool_search' || tool.type === 'openrouter:tool_search');
  if (!search || decision.calls.length === 0) return unchanged;
  const loaded = loadedTools(context.request.historyItems);
  const calls = decision.calls.map((call) => asLoaded(call, { loaded, provider: context.provider, tools }));
  const missing = calls.filter((call) => isDeferred(call.tool) && !loaded.has(call.tool.name)).map((call) => call.tool as FunctionTool);
  if (missing.length === 0) return { decision: { ...decision, calls }, work: NO_HOSTED_WORK };
  const names = [...new Set(missing.map((tool) => tool.namespace && tool.namespace !== tool.name ? tool.namespace : tool.name))];
  if (search.execution === 'client') {
    // The client runs the search: the response ends with the call it must answer.
    const item: ServerItemSpec = {
      idKind: 'tool_search_call', itemType: 'tool_search_call', progress: [],
      added: { status: 'in_progress', arguments: {}, call_id: null, execution: 'client' },
      done: { status: 'completed', arguments: clientArguments(search, context), call_id: null, execution: 'client' },
      drawsCallId: true,
    };
    return { decision: { ...decision, calls: [], text: undefined }, work: { ...NO_HOSTED_WORK, preface: [item] } };
  }
  if (search.type === 'openrouter:tool_search') {
    const item: ServerItemSpec = {
      idKind: 'openrouter_tool_search', itemType: 'openrouter:tool_search', progress: [],
      added: { status: 'in_progress' }, done: { status: 'completed', query: names.join(' ') },
    };
    return { decision: { ...decision, calls }, work: { ...NO_HOSTED_WORK, preface: [item] } };
  }
  const found = tools.filter((tool) => names.includes(tool.name as string));
  const server = { call_id: null, execution: 'server' };
  const preface: ServerItemSpec[] = [
    { idKind: 'tool_search_call', itemType: 'tool_search_call', progress: [], added: { status: 'in_progress', arguments: {}, ...server }, done: { status: 'completed', arguments: { paths: names }, ...server } },
    { idKind: 'tool_search_output', itemType: 'tool_search_output', progress: [], added: { status: 'in_progress', ...server, tools: found }, done: { status: 'completed', ...server, tools: found } },
  ];
  return { decision: { ...decision, calls }, work: { ...NO_HOSTED_WORK, preface } };
}

const isDeferred = (tool: DecidedCall['tool']): boolean => 'deferred' in tool && tool.deferred === true;

/**
 * A top-level deferred function, once loaded, is called with its own name as `namespace` (OpenAI), unless a
 * client loaded it while it is also offered as a plain function (then it is called plainly, as captured).
 */
function asLoaded(call: DecidedCall, at: { loaded: ReturnType<typeof loadedTools>; provider: ProviderId; tools: Item[] }): DecidedCall {
  const tool = call.tool;
  if (at.provider !== 'openai' || tool.namespace !== undefined) return call;
  const plain = at.tools.some((entry) => entry.type === 'function' && entry.name === tool.name && entry.defer_loading !== true);
  const loadedBy = at.loaded.get(tool.name)?.by;
  const namespaced = isDeferred(tool) ? !(plain && loadedBy === 'client') : loadedBy !== undefined && !plain;
  return namespaced ? { ...call, tool: { ...tool, namespace: tool.name } } as DecidedCall : call;
}

/** What a client-executed search is called with: arguments for its `parameters` (a query by default). */
function clientArguments(search: Item, context: SearchContext): unknown {
  const prompt = lastUserText(context.request.conversation).replace(/\s+/g, ' ').trim();
  const schema = search.parameters ?? { type: 'object', properties: { query: { type: 'string', description: 'What to search for' } }, required: ['query'] };
  const sets = generateArgumentSets({ schema, prompt, seed: context.random.uint32() });
  const args = (sets.ok ? JSON.parse(sets.value[0] ?? '{}') : {}) as Item;
  // The model states what it needs in its own words: "Find a tool to …" for a goal, the request for a query.
  for (const [name, property] of Object.entries(((schema as Item).properties ?? {}) as Record<string, Item>)) {
    if (property?.type !== 'string' || !PURPOSE.test(name)) continue;
    args[name] = /goal|task|intent|need/i.test(name) ? `Find a tool to help with: ${clip(prompt)}` : clip(prompt);
  }
  return args;
}

const PURPOSE = /goal|query|search|task|intent|need|request|keywords?|^q$/i;
const clip = (text: string): string => (text.length > 200 ? `${text.slice(0, 197)}...` : text);
