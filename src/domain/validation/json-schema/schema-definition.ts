// A tool's `parameters` or a json_schema format's `schema` that is not a valid JSON Schema: OpenAI answers 400
// for strict and non-strict tools alike (`Invalid schema for function 'ai-sfn': None is not of type 'array'.`,
// reported in July 2024, before strict mode (issue: https://github.com/yomorun/yomo/pull/860)).
import { schemaViolation } from '../../arguments/index.js';
import { pointerToPath } from '../../arguments/schema/types.js';
import type { MockError } from '../../types.js';

export interface DefinedSchema {
  schema: unknown;
  /** Where the schema sits in the request: `tools[0].parameters`, `text.format.schema`. */
  path: string;
  /** What the real message opens with: `Invalid schema for function 'f'`. */
  subject: string;
  code: 'invalid_function_parameters' | 'invalid_json_schema';
}

/** The real API's message (its param is the schema's path), with the offending keyword's path added. */
export function schemaDefinitionProblem(defined: DefinedSchema): MockError | null {
  const violation = schemaViolation(defined.schema);
  if (!violation) return null;
  return {
    code: defined.code,
    message: `${defined.subject}: ${violation.message} (at '${defined.path}${pointerToPath(violation.pointer)}')`,
    param: defined.path,
  };
}
