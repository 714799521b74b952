// `text.format`, checked as OpenAI checks it: `text` (default), `json_object` (the input must say "json"),
// or `json_schema` with a name and a schema, held to strict mode's rules when `strict` is true. The Chat
// Completions habits (`response_format`, a nested `json_schema`) get the real API's messages.
import { validators } from '../../../generated/tool-validators.js';
import { oversizedSchema } from '../../arguments/index.js';
import type { ResponsesRequest } from '../../../schemas/request.js';
import { TOOL_NAME_PATTERN } from '../../../schemas/constants.js';
import type { ConversationItem, MockError } from '../../types.js';
import { describeValue } from '../paths.js';
import { invalidValue, toChecker } from './schema-check.js';
import { schemaDefinitionProblem } from './schema-definition.js';
import { strictSchemaViolation, unsupportedStrictKeyword } from './strict-schema.js';

const checkJsonSchema = toChecker(validators.jsonSchemaFormat);
const NAME = new RegExp(TOOL_NAME_PATTERN);
const FORMAT_TYPES = ['text', 'json_object', 'json_schema'];

export interface TextFormatRules {
  /** OpenAI: `response_format` at the top level is refused; json_object needs "json" in the input. */
  openai: boolean;
}

export interface FormatContext {
  rules: TextFormatRules;
  /** The schema must be valid under the JSON Schema meta-schema (OpenAI). */
  metaSchema?: boolean;
  conversation: ConversationItem[];
  /** A reusable prompt is given: its template, which the mock does not know, may say "json". */
  templated?: boolean;
}

export function textFormatProblem(request: ResponsesRequest, at: FormatContext): MockError | null {
  if (at.rules.openai && 'response_format' in request) {
    return {
      code: 'unsupported_parameter',
      message: `Unsupported parameter: 'response_format'. In the Responses API, this parameter has moved to 'text.format'. Try again with the new parameter.`,
      param: 'response_format',
    };
  }
  return formatProblem(request.text?.format, { ...at, path: 'text.format' });
}

/** A text format's problem wherever it is given: `text.format`, or a configuration update's `input[i].text.format`. */
export function formatProblem(format: unknown, at: FormatContext & { path: string }): MockError | null {
  if (format === undefined || format === null) return null;
  const { path } = at;
  if (typeof format !== 'object' || Array.isArray(format)) {
    return { code: 'invalid_type', message: `Invalid type for '${path}': expected a text format, but got ${describeValue(format)} instead.`, param: path };
  }
  const type = (format as { type?: unknown }).type;
  if (type === undefined) return { code: 'missing_required_parameter', message: `Missing required parameter: '${path}.type'.`, param: `${path}.type` };
  if (!FORMAT_TYPES.includes(type as string)) return invalidValue(`${path}.type`, type, FORMAT_TYPES);
  if (type === 'json_object') return at.rules.openai && at.templated !== true ? jsonWordProblem(at.conversation) : null;
  if (type === 'json_schema') return jsonSchemaProblem(format as Record<string, unknown>, { path, metaSchema: at.metaSchema ?? false });
  return null;
}

function jsonSchemaProblem(format: Record<string, unknown>, at: { path: string; metaSchema: boolean }): MockError | null {
  const { path } = at;
  const shape = checkJsonSchema(format, path);
  if (shape) return shape;
  const name = format.name as string;
  if (!NAME.test(name)) {
    return {
      code: 'invalid_value',
      message: `Invalid '${path}.name': string does not match pattern. Expected a string that matches the pattern '${TOOL_NAME_PATTERN}'.`,
      param: `${path}.name`,
    };
  }
  const oversized = oversizedSchema(format.schema);
  if (oversized) {
    const param = `${path}.schema${oversized.path}`;
    return { code: 'invalid_json_schema', message: `Invalid schema for response_format '${name}': ${param}: ${oversized.reason}.`, param };
  }
  if (at.metaSchema) {
    const subject = `Invalid schema for response_format '${name}'`;
    const invalid = schemaDefinitionProblem({ schema: format.schema, path: `${path}.schema`, subject, code: 'invalid_json_schema' });
    if (invalid) return invalid;
  }
  if (format.strict !== true) return null;
  const violation = strictSchemaViolation(format.schema) ?? unsupportedStrictKeyword(format.schema);
  if (!violation) return null;
  return { code: 'invalid_json_schema', message: `Invalid schema for response_format '${name}': ${violation}`, param: `${path}.schema` };
}

/** "json" in some form in an input message (instructions do not count), case-insensitive. */
function jsonWordProblem(conversation: ConversationItem[]): MockError | null {
  const says = conversation.some((item) => item.type === 'message' && item.text.toLowerCase().includes('json'));
  if (says) return null;
  return {
    code: 'json_word_missing',
    message: `Response input messages must contain the word 'json' in some form to use 'text.format' of type 'json_object'.`,
    param: 'input',
  };
}
