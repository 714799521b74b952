// Where a tool sits in the request body, for messages that name it: `tools[2]`, or `tools[0].tools[1]` for
// a member of a namespace; and the 400 naming it when its schema lies beyond what the mock generates.
import type { SchemaProblem } from '../arguments/index.js';
import type { FunctionTool, MockError } from '../types.js';
import type { PreparedRequest } from '../validation/prepare.js';

export function toolPath(tools: unknown, tool: { name: string; namespace?: string }, type: 'function' | 'custom'): string {
  const list = (Array.isArray(tools) ? tools : []) as Array<Record<string, unknown>>;
  for (const [index, entry] of list.entries()) {
    if (tool.namespace === undefined && entry.type === type && entry.name === tool.name) return `tools[${index}]`;
    if (tool.namespace !== undefined && entry.type === 'namespace' && entry.name === tool.namespace && Array.isArray(entry.tools)) {
      const inner = (entry.tools as Array<Record<string, unknown>>).findIndex((member) => member.type === type && member.name === tool.name);
      if (inner >= 0) return `tools[${index}].tools[${inner}]`;
    }
  }
  return 'tools';
}

/** The 400 for a tool schema whose values lie beyond the mock's bounds, as the real API rejects schemas. */
export function unsupportedSchema(request: PreparedRequest, found: { tool: FunctionTool; problem: SchemaProblem }): MockError {
  const param = `${toolPath(request.body.tools, found.tool, 'function')}.parameters${found.problem.path}`;
  return {
    code: 'invalid_function_parameters',
    message: `Invalid schema for function '${found.tool.name}': ${param}: ${found.problem.reason}.`,
    param,
  };
}
