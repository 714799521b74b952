// The schemas of one request counted together before any is compiled: its function tools' parameters (namespace
// members and additional_tools included) and its text formats, each distinct schema once. Each within its own
// bound, forty of them once took 18 to 30 s and 500 MB to check; past `MAX_REQUEST_SCHEMA_NODES` the request is
// refused where the total was passed.
import { MAX_REQUEST_SCHEMA_NODES, MAX_SCHEMA_NODES, schemaKey, schemaNodes } from '../../arguments/index.js';
import type { ResponsesRequest } from '../../../schemas/request.js';
import type { MockError } from '../../types.js';
import { isRecord } from '../../is-record.js';
import { CONFIGURATION_UPDATE } from '../items/configuration.js';
import { groupDigits } from '../../digits.js';

interface Placed {
  schema: unknown;
  /** Where it sits in the request: `tools[7].parameters`. */
  param: string;
  /** Where its tool or format sits: `tools[7]`, `text.format`. */
  owner: string;
  /**
   * How the error names it: `function 'lookup'`, `response_format 'report'` (the name as sent, read only then),
   * or by its place when the name is not a string: `function at tools[7]`.
   */
  kind: 'function' | 'response_format';
  name: unknown;
  code: 'invalid_function_parameters' | 'invalid_json_schema';
}

const REASON = `the tool and text format schemas of this request hold more than ${groupDigits(MAX_REQUEST_SCHEMA_NODES)} objects and arrays together, beyond what the mock compiles`;

/**
 * The schema where the request's schemas together pass `MAX_REQUEST_SCHEMA_NODES`, as an error, or null. A schema
 * past its own bound ends the count: the per-schema check names the place inside it when it is reached. A schema
 * given again word for word counts once, as it is compiled once (100,000 tools may share one).
 */
export function requestSchemasProblem(request: ResponsesRequest): MockError | null {
  // Counted as given first: only a request past the bound has its schemas' texts compared.
  if (passedAt(request, { distinct: false }) === undefined) return null;
  const placed = passedAt(request, { distinct: true });
  if (placed === undefined) return null;
  const named = typeof placed.name === 'string' ? `'${placed.name}'` : `at ${placed.owner}`;
  return { code: placed.code, message: `Invalid schema for ${placed.kind} ${named}: ${placed.param}: ${REASON}.`, param: placed.param };
}

/** The schema that takes the total past the bound, if one does before a schema past its own bound. */
function passedAt(request: ResponsesRequest, options: { distinct: boolean }): Placed | undefined {
  let total = 0;
  const seen = new Set<string>();
  for (const placed of requestSchemas(request)) {
    const nodes = schemaNodes(placed.schema);
    if (nodes > MAX_SCHEMA_NODES) return undefined;
    if (options.distinct) {
      const key = nodes === 0 ? undefined : schemaKey(placed.schema);
      if (key === undefined || seen.has(key)) continue;
      seen.add(key);
    }
    total += nodes;
    if (total > MAX_REQUEST_SCHEMA_NODES) return placed;
  }
  return undefined;
}

/** The request's schemas in the order they are checked (and compiled): tools, additional tools, text formats. */
function* requestSchemas(request: ResponsesRequest): Generator<Placed> {
  yield* toolSchemas(request.tools, 'tools');
  const input: unknown[] = Array.isArray(request.input) ? request.input : [];
  for (const [index, item] of input.entries()) {
    if (isRecord(item) && item.type === 'additional_tools') yield* toolSchemas(item.tools, `input[${index}].tools`);
  }
  yield* formatSchema(request.text?.format, 'text.format');
  for (const [index, item] of input.entries()) {
    if (isRecord(item) && item.type === CONFIGURATION_UPDATE && isRecord(item.text)) yield* formatSchema(item.text.format, `input[${index}].text.format`);
  }
}

function* toolSchemas(tools: unknown, base: string): Generator<Placed> {
  if (!Array.isArray(tools)) return;
  for (const [index, tool] of tools.entries()) {
    if (!isRecord(tool)) continue;
    const path = `${base}[${index}]`;
    if (tool.type === 'function') yield { schema: tool.parameters, param: `${path}.parameters`, owner: path, kind: 'function', name: tool.name, code: 'invalid_function_parameters' };
    if (tool.type === 'namespace') yield* toolSchemas(tool.tools, `${path}.tools`);
  }
}

function* formatSchema(format: unknown, path: string): Generator<Placed> {
  if (!isRecord(format) || format.type !== 'json_schema') return;
  yield { schema: format.schema, param: `${path}.schema`, owner: path, kind: 'response_format', name: format.name, code: 'invalid_json_schema' };
}
