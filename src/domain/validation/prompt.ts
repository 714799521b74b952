// A reusable prompt (`prompt: {id, version, variables}`, OpenAI): its fields checked as the spec gives them (each
// variable a string or an input_text, input_image or input_file part), and the user message it stands for. The
// template lives on the service, so the mock reads the variables' text values, in order, as the user's words.
import { validators } from '../../generated/item-validators.js';
import type { ConversationItem, MockError } from '../types.js';
import { invalidValue, toChecker, typeError } from './json-schema/schema-check.js';
import { partImageUrlProblem, tooLong, type ItemRules } from './items/item-rules.js';
import { firstUnknown, unknownPartField } from './items/unknown-fields.js';
import { isRecord } from '../is-record.js';

const FIELDS: ReadonlySet<string> = new Set(['id', 'version', 'variables']);
const VARIABLE_PARTS = ['input_text', 'input_image', 'input_file'] as const;
const partCheckers = new Map(VARIABLE_PARTS.map((type) => [type as string, toChecker(validators[`part:${type}`])]));


/** The first problem of `prompt` (absent or null: none). `rules`: OpenAI's item rules (text length, unknown fields). */
export function promptProblem(value: unknown, rules: ItemRules | undefined): MockError | null {
  if (value === undefined || value === null) return null;
  if (!isRecord(value)) return typeError('prompt', ['object'], value);
  const unknown = rules?.rejectUnknownFields ? firstUnknown(value, { known: FIELDS, path: 'prompt' }) : null;
  if (unknown) return unknown;
  const { id, version, variables } = value;
  if (id === undefined || id === null) return { code: 'missing_required_parameter', message: `Missing required parameter: 'prompt.id'.`, param: 'prompt.id' };
  if (typeof id !== 'string') return typeError('prompt.id', ['string'], id);
  if (id === '') return { code: 'invalid_value', message: `Invalid 'prompt.id': empty string. Expected a string with minimum length 1, but got a string with length 0 instead.`, param: 'prompt.id', providerCode: 'empty_string' };
  if (version !== undefined && version !== null && typeof version !== 'string') return typeError('prompt.version', ['string'], version);
  if (variables === undefined || variables === null) return null;
  if (!isRecord(variables)) return typeError('prompt.variables', ['object'], variables);
  for (const name in variables) {
    const problem = variableProblem(variables[name], { path: variablePath(name), rules });
    if (problem) return problem;
  }
  return null;
}

/**
 * OpenRouter's `prompt` (its spec's StoredPromptTemplate: `{id, variables}`, nothing said of what it does): the
 * shape alone, an object with a string `id` and each variable a string or an input part; null or absent is none.
 */
export function storedPromptProblem(value: unknown): MockError | null {
  if (value === undefined || value === null) return null;
  if (!isRecord(value)) return typeError('prompt', ['object'], value);
  const { id, variables } = value;
  if (id === undefined) return { code: 'missing_required_parameter', message: `Missing required parameter: 'prompt.id'.`, param: 'prompt.id' };
  if (typeof id !== 'string') return typeError('prompt.id', ['string'], id);
  if (variables === undefined || variables === null) return null;
  if (!isRecord(variables)) return typeError('prompt.variables', ['object'], variables);
  for (const name in variables) {
    const problem = variableProblem(variables[name], { path: variablePath(name), rules: undefined });
    if (problem) return problem;
  }
  return null;
}

/** `prompt.variables.city`; a key is client text: at most 100 characters of it, an empty one in brackets. */
function variablePath(name: string): string {
  return name === '' ? 'prompt.variables[""]' : `prompt.variables.${name.slice(0, 100)}`;
}

function variableProblem(value: unknown, at: { path: string; rules: ItemRules | undefined }): MockError | null {
  const { path, rules } = at;
  if (typeof value === 'string') return rules ? tooLong(value, { path, max: rules.maxText }) : null;
  if (!isRecord(value)) return typeError(path, ['string', 'object'], value);
  const type = value.type;
  if (type === undefined) return { code: 'missing_required_parameter', message: `Missing required parameter: '${path}.type'.`, param: `${path}.type` };
  if (typeof type !== 'string') return typeError(`${path}.type`, ['string'], type);
  const checker = partCheckers.get(type);
  if (!checker) return invalidValue(`${path}.type`, type, [...VARIABLE_PARTS]);
  const shape = (rules?.rejectUnknownFields ? unknownPartField(value, path) : null) ?? checker(value, path);
  if (shape) return shape;
  if (!rules) return null;
  return partImageUrlProblem(value, path) ?? (typeof value.text === 'string' ? tooLong(value.text, { path: `${path}.text`, max: rules.maxText }) : null);
}

/**
 * The user message a checked prompt stands for: its variables' text (string values and input_text parts), one
 * value a line, in the order sent; undefined when it has none (no variables, or only images and files).
 */
export function promptMessage(value: unknown): ConversationItem | undefined {
  if (!isRecord(value) || !isRecord(value.variables)) return undefined;
  const texts: string[] = [];
  for (const entry of Object.values(value.variables)) {
    const text = typeof entry === 'string' ? entry : isRecord(entry) && entry.type === 'input_text' ? entry.text : undefined;
    if (typeof text === 'string' && text !== '') texts.push(text);
  }
  return texts.length === 0 ? undefined : { type: 'message', role: 'user', text: texts.join('\n') };
}
