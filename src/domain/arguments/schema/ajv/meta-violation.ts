// Why a tool schema is not a valid JSON Schema, in the words of Python's jsonschema, which OpenAI's check uses:
// `None is not of type 'array'` (issue: https://github.com/yomorun/yomo/pull/860), `[] is not of type 'object',
// 'boolean'` (issue: https://github.com/FoundationAgents/OpenManus/issues/1162).
import type { ErrorObject } from 'ajv';

/** Where in the schema (a JSON pointer, '' for the root) and the library's sentence, with its final period. */
export interface SchemaViolation {
  pointer: string;
  message: string;
  /** Found by compiling (a dangling `$ref`, a pattern no engine runs): then no value can be made or checked either. */
  compiling?: true;
}

/** A value shown in a message is cut here: a 10,000-value enum must not make a 10,000-value message. */
const MAX_SHOWN = 300;

/**
 * Ajv lists a failed union's branch errors before the union's own, and stops at the first failing keyword:
 * its last error is the keyword Python reports first (a union as "not valid under any of the given schemas").
 */
export function describeMetaErrors(errors: readonly ErrorObject[], schema: unknown): SchemaViolation | null {
  const error = errors[errors.length - 1];
  if (error === undefined) return null;
  const data = valueAt(schema, error.instancePath);
  return { pointer: error.instancePath, message: `${sentence(error, data)}.` };
}

function sentence(error: ErrorObject, data: unknown): string {
  const params = error.params as Record<string, unknown>;
  const shown = pythonRepr(data);
  switch (error.keyword) {
    case 'type': {
      const types = Array.isArray(params.type) ? params.type : String(params.type).split(',');
      return `${shown} is not of type ${types.map((type) => pythonRepr(String(type))).join(', ')}`;
    }
    case 'anyOf':
    case 'oneOf':
      return `${shown} is not valid under any of the given schemas`;
    case 'enum':
      return `${shown} is not one of ${pythonRepr(params.allowedValues)}`;
    case 'const':
      return `${pythonRepr(params.allowedValue)} was expected`;
    case 'minimum':
      return `${shown} is less than the minimum of ${pythonRepr(params.limit)}`;
    case 'maximum':
      return `${shown} is greater than the maximum of ${pythonRepr(params.limit)}`;
    case 'exclusiveMinimum':
      return `${shown} is less than or equal to the minimum of ${pythonRepr(params.limit)}`;
    case 'exclusiveMaximum':
      return `${shown} is greater than or equal to the maximum of ${pythonRepr(params.limit)}`;
    case 'minItems':
    case 'minLength':
      return `${shown} ${params.limit === 1 ? 'should be non-empty' : 'is too short'}`;
    case 'uniqueItems':
      return `${shown} has non-unique elements`;
    case 'format':
      return `${shown} is not a ${pythonRepr(params.format)}`;
    case 'pattern':
      return `${shown} does not match ${pythonRepr(params.pattern)}`;
    case 'required':
      return `${pythonRepr(params.missingProperty)} is a required property`;
    default:
      return `${shown} is not valid under the given schema`;
  }
}

/** The value at a JSON pointer ('/properties/a~1b/type'), or undefined. */
function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof value !== 'object' || value === null) return undefined;
    value = Array.isArray(value) ? value[Number(key)] : (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Python's repr() of a JSON value (None, True, 'text', {'a': [1, 2]}), cut after MAX_SHOWN characters. */
export function pythonRepr(value: unknown): string {
  const out: string[] = [];
  const budget = { left: MAX_SHOWN };
  write(value, out, budget);
  const text = out.join('');
  return budget.left < 0 ? `${text.slice(0, MAX_SHOWN)}...` : text;
}

function write(value: unknown, out: string[], budget: { left: number }): void {
  if (budget.left < 0) return;
  const push = (part: string): void => { out.push(part); budget.left -= part.length; };
  if (value === null || value === undefined) return push('None');
  if (value === true) return push('True');
  if (value === false) return push('False');
  if (typeof value === 'number') return push(pythonNumber(value));
  if (typeof value === 'string') return push(pythonString(value.length > MAX_SHOWN ? value.slice(0, MAX_SHOWN + 1) : value));
  if (Array.isArray(value)) {
    push('[');
    for (let index = 0; index < value.length && budget.left >= 0; index += 1) {
      if (index > 0) push(', ');
      write(value[index], out, budget);
    }
    return push(']');
  }
  if (typeof value === 'object') {
    push('{');
    let first = true;
    for (const key in value) {
      if (budget.left < 0) break;
      if (!first) push(', ');
      first = false;
      push(`${pythonString(key.length > MAX_SHOWN ? key.slice(0, MAX_SHOWN + 1) : key)}: `);
      write((value as Record<string, unknown>)[key], out, budget);
    }
    return push('}');
  }
  push(String(value));
}

/** JavaScript writes 1e-7 where Python writes 1e-07. */
function pythonNumber(value: number): string {
  return String(value).replace(/e([+-])(\d)$/, 'e$10$2');
}

const ESCAPES = new Map([['\\', '\\\\'], ['\n', '\\n'], ['\r', '\\r'], ['\t', '\\t']]);

/** Single quotes unless the text holds a single quote and no double one, as Python chooses. */
function pythonString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let body = '';
  for (const char of text) {
    const escaped = ESCAPES.get(char);
    if (escaped !== undefined) body += escaped;
    else if (char === quote) body += `\\${quote}`;
    else if (char < ' ' || char === '\x7f') body += `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
    else body += char;
  }
  return `${quote}${body}${quote}`;
}
