// Where a tool sits in the request body, for messages that name it: `tools[2]`, or `tools[0].tools[1]` for
// a member of a namespace.

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
