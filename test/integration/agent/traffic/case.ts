// The shape of an agent-traffic case: a tool as frameworks' examples define it, a prompt a person would
// write, and the argument values a sensible model would give (exact, or a pattern for free text); helpers that
// write such tools in the styles of OpenAI strict mode and of zod or docstring schemas.

export interface AgentTool {
  type: 'function';
  name: string;
  description: string;
  parameters: Record<string, unknown>;
  strict?: boolean;
}

/** An expected value: deeply equal to it, or a string matching it when it is a RegExp. */
export type Expected = unknown;

export interface AgentCase {
  tool: AgentTool;
  prompt: string;
  /** Key values of the call's arguments; keys not named are only checked to be valid for the schema. */
  expect: Record<string, Expected>;
  /** Keys whose expected value the mock does not give yet, and why: reported, not enforced. */
  todo?: Record<string, string>;
}

const str = (description?: string): Record<string, unknown> => (description === undefined ? { type: 'string' } : { type: 'string', description });

/** A tool whose every property is required (OpenAI strict mode, the Agents SDK's default). */
export function strictTool(name: string, description: string, properties: Record<string, unknown>): AgentTool {
  return {
    type: 'function', name, description, strict: true,
    parameters: { type: 'object', properties, required: Object.keys(properties), additionalProperties: false },
  };
}

/** A tool as a zod or docstring schema gives it: the required properties named, descriptions on each. */
export function looseTool(name: string, description: string, shape: { properties: Record<string, unknown>; required: string[] }): AgentTool {
  const { properties, required } = shape;
  return {
    type: 'function', name, description,
    parameters: { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties, required, additionalProperties: false },
  };
}

export const schema = {
  str,
  int: (description?: string, bounds: { minimum?: number; maximum?: number } = {}): Record<string, unknown> => ({ type: 'integer', ...bounds, ...(description === undefined ? {} : { description }) }),
  num: (description?: string): Record<string, unknown> => ({ type: 'number', ...(description === undefined ? {} : { description }) }),
  oneOf: (values: string[], description?: string): Record<string, unknown> => ({ type: 'string', enum: values, ...(description === undefined ? {} : { description }) }),
  format: (format: string, description?: string): Record<string, unknown> => ({ type: 'string', format, ...(description === undefined ? {} : { description }) }),
  list: (items: Record<string, unknown>, description?: string): Record<string, unknown> => ({ type: 'array', items, ...(description === undefined ? {} : { description }) }),
};
