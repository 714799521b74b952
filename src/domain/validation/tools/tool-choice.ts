// `tool_choice` + `tools` + `parallel_tool_calls` → the ToolPolicy the engine obeys. A choice that names a
// tool which is not defined is the caller's bug: a 400 naming the path.
import type { CallableTool, FunctionTool, Result, ToolPolicy } from '../../types.js';
import { fail, ok } from '../../types.js';
import { invalidValue } from '../json-schema/schema-check.js';

interface PolicyInput {
  toolChoice: unknown;
  /** Function and custom tools, in definition order. */
  callable: CallableTool[];
  hostedTypes: string[];
  parallel: boolean | null | undefined;
}

export function resolveToolPolicy(input: PolicyInput): Result<ToolPolicy> {
  const { toolChoice, callable, hostedTypes } = input;
  const parallel = input.parallel ?? true;
  if (toolChoice === undefined || toolChoice === null || toolChoice === 'auto') {
    return ok({ mode: 'auto', allowed: callable, parallel });
  }
  if (toolChoice === 'none') return ok({ mode: 'none', allowed: [], parallel });
  if (toolChoice === 'required') {
    // With only hosted tools offered, the service's own tool is what gets used (a search, a datetime).
    if (callable.length === 0 && hostedTypes.length > 0) return ok({ mode: 'none', allowed: [], parallel });
    if (callable.length === 0) {
      return fail({
        code: 'invalid_value',
        message: `Invalid value for 'tool_choice': 'required' needs at least one function or custom tool in 'tools', but none is defined.`,
        param: 'tool_choice',
      });
    }
    return ok({ mode: 'required', allowed: callable, parallel });
  }
  const choice = toolChoice as Record<string, unknown>;
  switch (choice.type) {
    case 'function':
    case 'custom':
      return forcedTool(choice, { callable, parallel, kind: choice.type });
    case 'allowed_tools':
      return allowedTools(choice, { callable, parallel });
    default:
      return hostedChoice(choice, { hostedTypes, parallel });
  }
}

function forcedTool(choice: Record<string, unknown>, at: { callable: CallableTool[]; parallel: boolean; kind: 'function' | 'custom' }): Result<ToolPolicy> {
  const { kind, parallel } = at;
  if (typeof choice.name !== 'string') {
    return fail({ code: 'missing_required_parameter', message: `Missing required parameter: 'tool_choice.name'.`, param: 'tool_choice.name' });
  }
  const candidates = ofKind(at.callable, kind);
  const tool = findTool(candidates, choice.name);
  if (!tool) {
    return fail({
      code: 'tool_choice_not_found',
      message: `Tool choice '${kind}' not found in 'tools' parameter: 'tool_choice.name' is '${choice.name}', but tools define ${definedNames(candidates, kind)}.`,
      param: 'tool_choice',
    });
  }
  return ok({ mode: 'required', allowed: [tool], forced: tool, parallel });
}

const ofKind = (tools: CallableTool[], kind: 'function' | 'custom'): CallableTool[] =>
  tools.filter((tool) => (tool.kind ?? 'function') === kind);

function allowedTools(choice: Record<string, unknown>, offer: { callable: CallableTool[]; parallel: boolean }): Result<ToolPolicy> {
  const { callable, parallel } = offer;
  const mode = choice.mode ?? 'auto';
  if (mode !== 'auto' && mode !== 'required') return fail(invalidValue('tool_choice.mode', mode, ['auto', 'required']));
  if (!Array.isArray(choice.tools)) {
    return fail({ code: 'missing_required_parameter', message: `Missing required parameter: 'tool_choice.tools'.`, param: 'tool_choice.tools' });
  }
  const allowed: CallableTool[] = [];
  const finders = new Map<'function' | 'custom', (name: string) => CallableTool | undefined>();
  for (const [index, entry] of (choice.tools as unknown[]).entries()) {
    const path = `tool_choice.tools[${index}]`;
    const ref = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    if (ref.type !== 'function' && ref.type !== 'custom') continue;
    if (typeof ref.name !== 'string') {
      return fail({ code: 'missing_required_parameter', message: `Missing required parameter: '${path}.name'.`, param: `${path}.name` });
    }
    let find = finders.get(ref.type);
    if (find === undefined) finders.set(ref.type, find = toolFinder(ofKind(callable, ref.type)));
    const tool = find(ref.name);
    if (!tool) {
      const candidates = ofKind(callable, ref.type);
      return fail({
        code: 'tool_choice_not_found',
        message: `Tool choice '${ref.type}' not found in 'tools' parameter: '${path}.name' is '${ref.name}', but tools define ${definedNames(candidates, ref.type)}.`,
        param: `${path}.name`,
      });
    }
    allowed.push(tool);
  }
  if (mode === 'required' && allowed.length === 0) {
    return fail({ code: 'invalid_value', message: `Invalid value for 'tool_choice.tools': mode 'required' needs at least one function or custom tool.`, param: 'tool_choice.tools' });
  }
  return ok({ mode, allowed, parallel });
}

function hostedChoice(choice: Record<string, unknown>, offer: { hostedTypes: string[]; parallel: boolean }): Result<ToolPolicy> {
  const { hostedTypes, parallel } = offer;
  if (typeof choice.type !== 'string') {
    return fail({ code: 'missing_required_parameter', message: `Missing required parameter: 'tool_choice.type'.`, param: 'tool_choice.type' });
  }
  if (!hostedTypes.includes(choice.type)) {
    return fail({
      code: 'tool_choice_not_found',
      message: `Tool choice '${choice.type}' not found in 'tools' parameter: 'tool_choice.type' names a tool type that 'tools' does not contain.`,
      param: 'tool_choice',
    });
  }
  // No function or custom tool may be called: the service's own tool is used (a search, an apply_patch call), or
  // the answer is text, as if the hosted tool had nothing to add.
  return ok({ mode: 'none', allowed: [], parallel });
}

/** A tool by name; `crm.lookup` or `lookup` for a namespace member. */
export function findTool<T extends FunctionTool | CallableTool>(tools: T[], name: string, namespace?: string): T | undefined {
  // A top-level function loaded by tool search is called with its own name as namespace.
  return tools.find((tool) => (tool.name === name && (namespace === undefined || (tool.namespace ?? tool.name) === namespace))
    || (tool.namespace !== undefined && `${tool.namespace}.${tool.name}` === name));
}

/** `findTool` over the same tools answered from maps, for looking many names up in a long list. */
export function toolFinder<T extends FunctionTool | CallableTool>(tools: T[]): (name: string, namespace?: string) => T | undefined {
  const first = new Map<string, number>();
  const add = (key: string, index: number): void => { if (!first.has(key)) first.set(key, index); };
  tools.forEach((tool, index) => {
    add(`n\u0000${tool.name}`, index);
    add(`s\u0000${tool.namespace ?? tool.name}\u0000${tool.name}`, index);
    if (tool.namespace !== undefined) add(`q\u0000${tool.namespace}.${tool.name}`, index);
  });
  return (name, namespace) => {
    const direct = first.get(namespace === undefined ? `n\u0000${name}` : `s\u0000${namespace}\u0000${name}`);
    const qualified = first.get(`q\u0000${name}`);
    const index = direct === undefined ? qualified : Math.min(direct, qualified ?? direct);
    return index === undefined ? undefined : tools[index];
  };
}

function definedNames(tools: CallableTool[], kind: 'function' | 'custom'): string {
  if (tools.length === 0) return kind === 'custom' ? 'no custom tool' : 'no function';
  const names = tools.slice(0, 20).map((tool) => `'${tool.namespace ? `${tool.namespace}.` : ''}${tool.name}'`);
  return `only ${names.join(', ')}${tools.length > 20 ? ', …' : ''}`;
}
