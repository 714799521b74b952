// The `tools` array: each tool checked by type (function, custom, namespace, hosted), names checked as the
// real API checks them, schemas as OpenAI checks them (meta-schema, arrays with items, strict mode when
// strict); callable tools flattened for the engine.
import { validators } from '../../../generated/tool-validators.js';
import { HOSTED_TOOL_TYPES, TOOL_NAME_MAX_LENGTH, TOOL_NAME_PATTERN } from '../../../schemas/constants.js';
import type { CallableTool, CustomTool, FunctionTool, MockError, Result } from '../../types.js';
import { fail, ok } from '../../types.js';
import { oversizedSchema } from '../../arguments/index.js';
import { parseCustomTool } from './custom-tools.js';
import { arrayTooLong, invalidValue, stringTooLong, toChecker } from '../json-schema/schema-check.js';
import { schemaDefinitionProblem } from '../json-schema/schema-definition.js';
import { missingArrayItems, strictSchemaViolation } from '../json-schema/strict-schema.js';

const checkFunction = toChecker(validators.functionTool);
const checkNamespace = toChecker(validators.namespaceTool);
const checkHosted = toChecker(validators.hostedTool);
/** OpenAI checks the fields of the hosted tools it runs itself. */
const HOSTED_FIELDS = new Map([
  ['file_search', toChecker(validators.fileSearchTool)],
  ['code_interpreter', toChecker(validators.codeInterpreterTool)],
]);
const HOSTED = new Set<string>(HOSTED_TOOL_TYPES);
const NAME = new RegExp(TOOL_NAME_PATTERN);

export interface ParsedTools {
  /** Function tools, namespace members included, in definition order. */
  functions: FunctionTool[];
  /** Custom (freeform) tools, namespace members included, in definition order. */
  custom: CustomTool[];
  /** Function and custom tools together, in definition order: what the engine may call. */
  callable: CallableTool[];
  /** Hosted tool types present (web_search_preview, …): accepted, never called. */
  hostedTypes: string[];
}

export interface ToolRules {
  /** Where the list sits in the request: `tools` (default), or `input[3].tools` for additional tools. */
  base?: string;
  /** OpenAI: a function's `parameters` must be valid under the JSON Schema meta-schema. */
  metaSchema?: boolean;
  /** OpenAI: the most tools the list may hold (128). */
  maxTools?: number;
  /** OpenAI: the fields of file_search and code_interpreter are checked (OpenRouter names its own openrouter:*). */
  hostedFields?: boolean;
}

export function parseTools(tools: Array<Record<string, unknown>>, rules: ToolRules = {}): Result<ParsedTools> {
  const parsed: ParsedTools = { functions: [], custom: [], callable: [], hostedTypes: [] };
  const base = rules.base ?? 'tools';
  if (rules.maxTools !== undefined && tools.length > rules.maxTools) {
    return fail(arrayTooLong(base, { limit: rules.maxTools, length: tools.length }));
  }
  for (let index = 0; index < tools.length; index += 1) {
    const problem = parseTool(tools[index]!, { path: `${base}[${index}]`, into: parsed, metaSchema: rules.metaSchema ?? false, hostedFields: rules.hostedFields });
    if (problem) return fail(problem);
  }
  return ok(parsed);
}

interface ToolTarget {
  path: string;
  into: ParsedTools;
  metaSchema: boolean;
  hostedFields?: boolean;
  namespace?: string;
}

function parseTool(tool: Record<string, unknown>, target: ToolTarget): MockError | null {
  const { path, into } = target;
  if (tool.type === undefined) {
    return { code: 'missing_required_parameter', message: `Missing required parameter: '${path}.type'.`, param: `${path}.type` };
  }
  if (tool.type === 'function') {
    const problem = checkFunction(tool, path) ?? checkName(tool.name as string, `${path}.name`) ?? checkSize(tool, path)
      ?? (target.metaSchema ? checkDefinition(tool, path) : null) ?? checkStrict(tool, path);
    if (problem) return problem;
    const parsed: FunctionTool = {
      name: tool.name as string,
      namespace: target.namespace,
      description: typeof tool.description === 'string' ? tool.description : '',
      parameters: tool.parameters ?? null,
      strict: typeof tool.strict === 'boolean' ? tool.strict : undefined,
      ...(tool.defer_loading === true ? { deferred: true } : {}),
      ...(Array.isArray(tool.allowed_callers) && tool.allowed_callers.includes('programmatic') ? { programmatic: true } : {}),
    };
    into.functions.push(parsed);
    into.callable.push(parsed);
    return null;
  }
  if (tool.type === 'custom') {
    const parsed = parseCustomTool(tool, { path, namespace: target.namespace });
    if (!parsed.ok) return parsed.error;
    const problem = checkName(parsed.value.name, `${path}.name`);
    if (problem) return problem;
    into.custom.push(parsed.value);
    into.callable.push(parsed.value);
    return null;
  }
  if (tool.type === 'namespace' && target.namespace === undefined) {
    const problem = checkNamespace(tool, path) ?? checkName(tool.name as string, `${path}.name`);
    if (problem) return problem;
    const members = tool.tools as Array<Record<string, unknown>>;
    for (let index = 0; index < members.length; index += 1) {
      const memberPath = `${path}.tools[${index}]`;
      const type = members[index]!.type;
      if (type !== 'function' && type !== 'custom') return invalidValue(`${memberPath}.type`, type, ['function', 'custom']);
      const inner = parseTool(members[index]!, { ...target, path: memberPath, namespace: tool.name as string });
      if (inner) return inner;
    }
    return null;
  }
  if (typeof tool.type === 'string' && HOSTED.has(tool.type) && target.namespace === undefined) {
    into.hostedTypes.push(tool.type);
    const check = (target.hostedFields ? HOSTED_FIELDS.get(tool.type) : undefined) ?? checkHosted;
    return check(tool, path);
  }
  return invalidValue(`${path}.type`, tool.type, ['function', 'custom', 'namespace', ...HOSTED_TOOL_TYPES]);
}

function checkName(name: string, path: string): MockError | null {
  if (name.length > TOOL_NAME_MAX_LENGTH) return stringTooLong(path, { limit: TOOL_NAME_MAX_LENGTH, length: name.length });
  if (!NAME.test(name)) {
    return {
      code: 'invalid_value',
      message: `Invalid '${path}': string does not match pattern. Expected a string that matches the pattern '${TOOL_NAME_PATTERN}'.`,
      param: path,
    };
  }
  return null;
}

/** A schema too big for the mock to compile, refused before it is walked for anything else (both providers). */
function checkSize(tool: Record<string, unknown>, path: string): MockError | null {
  const found = oversizedSchema(tool.parameters);
  if (!found) return null;
  const param = `${path}.parameters${found.path}`;
  return { code: 'invalid_function_parameters', message: `Invalid schema for function '${String(tool.name)}': ${param}: ${found.reason}.`, param };
}

function checkDefinition(tool: Record<string, unknown>, path: string): MockError | null {
  const subject = `Invalid schema for function '${String(tool.name)}'`;
  const invalid = schemaDefinitionProblem({ schema: tool.parameters, path: `${path}.parameters`, subject, code: 'invalid_function_parameters' });
  // A strict tool's arrays are checked with the rest of strict mode, in the order the schema is walked.
  if (invalid || tool.strict === true) return invalid;
  const missing = missingArrayItems(tool.parameters);
  if (!missing) return null;
  return { code: 'invalid_function_parameters', message: `${subject}: ${missing}`, param: `${path}.parameters` };
}

function checkStrict(tool: Record<string, unknown>, path: string): MockError | null {
  if (tool.strict !== true) return null;
  const violation = strictSchemaViolation(tool.parameters);
  if (!violation) return null;
  return {
    code: 'invalid_function_parameters',
    message: `Invalid schema for function '${String(tool.name)}': ${violation}`,
    param: `${path}.parameters`,
  };
}
