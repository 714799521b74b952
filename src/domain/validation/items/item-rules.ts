// OpenAI's rules on input items beyond their shape: how long an id or call_id may be, which content parts each
// kind of item may hold (an assistant message only output_text and refusal, a tool output only input parts),
// what an image URL must be, how long a text may be, and which fields it may hold at all.
import type { MockError } from '../../types.js';
import { quoteList } from '../paths.js';
import { stringTooLong } from '../json-schema/schema-check.js';
import { unknownItemField, webSearchActionProblem } from './unknown-fields.js';

export interface ItemRules {
  /** The most characters (code points) a text of the input may hold. */
  maxText: number;
  /** The most characters an item's id, or a call's `call_id`, may hold. */
  maxId: number;
  /** Strict: a field an item or content part may not hold is `Unknown parameter: 'input[2].x'.` */
  rejectUnknownFields?: boolean;
}

/** What an assistant message may hold: `Invalid value: 'input_text'. Supported values are: 'output_text' and 'refusal'.` */
const ASSISTANT_PARTS = ['output_text', 'refusal'];
/** What a function's output may hold (reported with param `input[2].output[0]`). */
const TOOL_OUTPUT_PARTS = ['input_text', 'input_image', 'input_file', 'scoped_content'];

/** The first rule a checked item breaks, or null. */
export function itemRuleProblem(raw: Record<string, unknown>, at: { path: string; rules: ItemRules }): MockError | null {
  const unknown = (at.rules.rejectUnknownFields ? unknownItemField(raw, at.path) : null)
    ?? webSearchActionProblem(raw, { path: at.path, fields: at.rules.rejectUnknownFields === true });
  if (unknown) return unknown;
  // `Invalid 'input[180].call_id': string too long. Expected a string with maximum length 64, but got … 67 instead.`
  for (const key of ['id', 'call_id'] as const) {
    const value = raw[key];
    if (typeof value === 'string' && value.length > at.rules.maxId) return tooLong(value, { path: `${at.path}.${key}`, max: at.rules.maxId });
  }
  const field = textField(raw);
  if (field === undefined) return null;
  const allowed = field === 'output' ? (raw.type === 'function_call_output' ? TOOL_OUTPUT_PARTS : undefined) : raw.role === 'assistant' ? ASSISTANT_PARTS : undefined;
  return (allowed ? partTypeProblem(raw[field], { path: `${at.path}.${field}`, allowed }) : null)
    ?? imageUrlProblem(raw[field], `${at.path}.${field}`)
    ?? textTooLong(raw[field], { path: `${at.path}.${field}`, max: at.rules.maxText });
}

/** Where an item's text is: a message's `content`, a tool output's `output`. */
function textField(raw: Record<string, unknown>): 'content' | 'output' | undefined {
  if (raw.type === 'function_call_output' || raw.type === 'custom_tool_call_output') return 'output';
  return raw.type === 'message' || (raw.type === undefined && raw.role !== undefined) ? 'content' : undefined;
}

function partTypeProblem(value: unknown, at: { path: string; allowed: string[] }): MockError | null {
  if (!Array.isArray(value)) return null;
  for (let index = 0; index < value.length; index += 1) {
    const type = (value[index] as Record<string, unknown>).type;
    if (typeof type === 'string' && !at.allowed.includes(type)) {
      const path = `${at.path}[${index}]`;
      return { code: 'invalid_value', message: `Invalid value: '${type.slice(0, 100)}'. Supported values are: ${quoteList(at.allowed)}.`, param: path };
    }
  }
  return null;
}

const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
const IMAGE_EXAMPLE = "'data:image/png;base64,aW1nIGJ5dGVzIGhlcmU='";

/**
 * An input_image whose image_url is neither an http(s) URL nor a base64 data URL of an image: `Invalid
 * 'input[0].content[1].image_url'. Expected a base64-encoded data URL with an image MIME type (e.g. …), but got
 * empty base64-encoded bytes.` (bare base64, a doubled prefix and an empty image are common client bugs).
 */
function imageUrlProblem(value: unknown, path: string): MockError | null {
  if (!Array.isArray(value)) return null;
  for (let index = 0; index < value.length; index += 1) {
    const problem = partImageUrlProblem(value[index] as Record<string, unknown>, `${path}[${index}]`);
    if (problem) return problem;
  }
  return null;
}

/** One part's image URL fault (an input_image's), named at `path`.image_url. */
export function partImageUrlProblem(part: Record<string, unknown>, path: string): MockError | null {
  if (part.type !== 'input_image' || typeof part.image_url !== 'string') return null;
  const got = imageUrlFault(part.image_url);
  if (got === null) return null;
  const param = `${path}.image_url`;
  return { code: 'invalid_value', message: `Invalid '${param}'. Expected a base64-encoded data URL with an image MIME type (e.g. ${IMAGE_EXAMPLE}), but got ${got}.`, param };
}

function imageUrlFault(url: string): string | null {
  if (url.startsWith('https://') || url.startsWith('http://')) return null;
  if (!url.startsWith('data:')) return "a value without the 'data:' prefix";
  const comma = url.indexOf(',');
  const header = comma < 0 ? url.slice(5) : url.slice(5, comma);
  const mime = header.split(';')[0]!;
  if (!mime.startsWith('image/')) return `unsupported MIME type '${mime.slice(0, 100)}'`;
  const data = comma < 0 ? '' : url.slice(comma + 1);
  if (data === '') return 'empty base64-encoded bytes';
  return header.endsWith(';base64') && BASE64.test(data) ? null : 'an invalid base64-encoded value';
}

/** A string, or the first text part, longer than `max` characters. */
function textTooLong(value: unknown, at: { path: string; max: number }): MockError | null {
  if (typeof value === 'string') return tooLong(value, at);
  if (!Array.isArray(value)) return null;
  for (let index = 0; index < value.length; index += 1) {
    const text = (value[index] as Record<string, unknown>).text;
    const problem = typeof text === 'string' ? tooLong(text, { path: `${at.path}[${index}].text`, max: at.max }) : null;
    if (problem) return problem;
  }
  return null;
}

/** `Invalid 'input[0].content': string too long. Expected a string with maximum length 10485760, …` */
export function tooLong(text: string, at: { path: string; max: number }): MockError | null {
  // UTF-16 units are never fewer than code points: only a text longer than the limit in units is counted.
  if (text.length <= at.max) return null;
  let points = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0xdc00 || code > 0xdfff || index === 0 || (text.charCodeAt(index - 1) & 0xfc00) !== 0xd800) points += 1;
  }
  return points <= at.max ? null : stringTooLong(at.path, { limit: at.max, length: points });
}
