// `tool_choice` + `tools` + `parallel_tool_calls` → the ToolPolicy the engine obeys. A choice that names a
// tool which is not defined is the caller's bug: a 400 naming the path.
import type { FunctionTool, Result, ToolPolicy } from '../types.js';
import { fail, ok } from '../types.js';
import { invalidValue } from './schema-check.js';

interface PolicyInput {
  toolChoice: unknown;
  functions: FunctionTool[];
  hostedTypes: string[];
  parallel: boolean | null | undefined;
}

export function resolveToolPolicy(input: PolicyInput): Result<ToolPolicy> {
  const { toolChoice, functions, hostedTypes } = input;
  const parallel = input.parallel ?? true;
  if (toolChoice === undefined || toolChoice === null || toolChoice === 'auto') {
    return ok({ mode: 'auto', allowed: functions, parallel });
  }
  if (toolChoice === 'none') return ok({ mode: 'none', allowed: [], parallel });
  if (toolChoice === 'required') {
    if (functions.length === 0) {
      return fail({
        code: 'invalid_value',
        message: `Invalid value for 'tool_choice': 'required' needs at least one function tool in 'tools', but none is defined.`,
        param: 'tool_choice',
      });
    }
    return ok({ mode: 'required', allowed: functions, parallel });
  }
  const choice = toolChoice as Record<string, unknown>;
  switch (choice.type) {
    case 'function':
      return forcedFunction(choice, functions, parallel);
    case 'allowed_tools':
      return allowedTools(choice, functions, parallel);
    default:
      return hostedChoice(choice, hostedTypes, parallel);
  }
}

function forcedFunction(choice: Record<string, unknown>, functions: FunctionTool[], parallel: boolean): Result<ToolPolicy> {
  if (typeof choice.name !== 'string') {
    return fail({ code: 'missing_required_parameter', message: `Missing required parameter: 'tool_choice.name'.`, param: 'tool_choice.name' });
  }
  const tool = findTool(functions, choice.name);
  if (!tool) {
    return fail({
      code: 'tool_choice_not_found',
      message: `Tool choice 'function' not found in 'tools' parameter: 'tool_choice.name' is '${choice.name}', but tools define ${definedNames(functions)}.`,
      param: 'tool_choice',
    });
  }
  return ok({ mode: 'required', allowed: [tool], forced: tool, parallel });
}

function allowedTools(choice: Record<string, unknown>, functions: FunctionTool[], parallel: boolean): Result<ToolPolicy> {
  const mode = choice.mode ?? 'auto';
  if (mode !== 'auto' && mode !== 'required') return fail(invalidValue('tool_choice.mode', mode, ['auto', 'required']));
  if (!Array.isArray(choice.tools)) {
    return fail({ code: 'missing_required_parameter', message: `Missing required parameter: 'tool_choice.tools'.`, param: 'tool_choice.tools' });
  }
  const allowed: FunctionTool[] = [];
  for (const [index, entry] of (choice.tools as unknown[]).entries()) {
    const path = `tool_choice.tools[${index}]`;
    const ref = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    if (ref.type !== 'function') continue;
    if (typeof ref.name !== 'string') {
      return fail({ code: 'missing_required_parameter', message: `Missing required parameter: '${path}.name'.`, param: `${path}.name` });
    }
    const tool = findTool(functions, ref.name);
    if (!tool) {
      return fail({
        code: 'tool_choice_not_found',
        message: `Tool choice 'function' not found in 'tools' parameter: '${path}.name' is '${ref.name}', but tools define ${definedNames(functions)}.`,
        param: `${path}.name`,
      });
    }
    allowed.push(tool);
  }
  if (mode === 'required' && allowed.length === 0) {
    return fail({ code: 'invalid_value', message: `Invalid value for 'tool_choice.tools': mode 'required' needs at least one function tool.`, param: 'tool_choice.tools' });
  }
  return ok({ mode, allowed, parallel });
}

function hostedChoice(choice: Record<string, unknown>, hostedTypes: string[], parallel: boolean): Result<ToolPolicy> {
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
  // Hosted tools are not emulated: the answer is text, as if the hosted tool had nothing to add.
  return ok({ mode: 'none', allowed: [], parallel });
}

/** A function by name; `crm.lookup` or `lookup` for a namespace member. */
export function findTool(functions: FunctionTool[], name: string, namespace?: string): FunctionTool | undefined {
  return functions.find((tool) => (tool.name === name && (namespace === undefined || tool.namespace === namespace))
    || (tool.namespace !== undefined && `${tool.namespace}.${tool.name}` === name));
}

function definedNames(functions: FunctionTool[]): string {
  if (functions.length === 0) return 'no function';
  const names = functions.slice(0, 20).map((tool) => `'${tool.namespace ? `${tool.namespace}.` : ''}${tool.name}'`);
  return `only ${names.join(', ')}${functions.length > 20 ? ', …' : ''}`;
}
