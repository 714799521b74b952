// `configuration_update` input items: a reasoning effort and/or a text format for this response and the later
// turns of its conversation, each in effect until a later update sets it again (the request's own `reasoning`
// and `text` stay as sent, and are what the response echoes). Checked here for shape; the format is held to the
// rules of `text.format` (text-format.ts) and the effort to the model's (model-rules.ts).
import type { MockError } from '../../types.js';
import { invalidValue, typeError } from '../json-schema/schema-check.js';
import { formatProblem, type FormatContext } from '../json-schema/text-format.js';
import { isRecord } from '../../is-record.js';

type Item = Record<string, unknown>;

export const CONFIGURATION_UPDATE = 'configuration_update';
/** The formats an update may set (openai-node 7.59: ResponseFormatText | ResponseFormatTextJSONSchemaConfig). */
const UPDATE_FORMATS = ['text', 'json_schema'];

/** The settings the conversation's updates put in effect (absent: the request's own). */
export interface Configuration {
  effort?: string;
  format?: Item;
  /** Where that format was given (`input[2].text.format`), for the errors it may cause. */
  formatPath?: string;
}

/** The first problem of one update's shape: `reasoning` and `text` objects, `text.format` required. */
export function configurationUpdateProblem(raw: Item, path: string): MockError | null {
  const { reasoning, text } = raw;
  if (reasoning !== undefined && reasoning !== null) {
    if (!isRecord(reasoning)) return typeError(`${path}.reasoning`, ['object'], reasoning);
    const { effort } = reasoning;
    if (effort !== undefined && effort !== null && typeof effort !== 'string') return typeError(`${path}.reasoning.effort`, ['string'], effort);
  }
  if (text !== undefined && text !== null) {
    if (!isRecord(text)) return typeError(`${path}.text`, ['object'], text);
    if (text.format === undefined) return { code: 'missing_required_parameter', message: `Missing required parameter: '${path}.text.format'.`, param: `${path}.text.format` };
    // A text or JSON schema format (the SDKs' type): not json_object, not null.
    if (!isRecord(text.format)) return typeError(`${path}.text.format`, ['object'], text.format);
    const { type } = text.format;
    if (typeof type === 'string' && !UPDATE_FORMATS.includes(type)) return invalidValue(`${path}.text.format.type`, type, UPDATE_FORMATS);
  }
  return null;
}

/**
 * What the updates among these items (the conversation in order) put in effect: for each setting, the last
 * update that names it. An effort of null hands reasoning back to the request's own setting.
 */
export function configurationOf(items: ReadonlyArray<{ raw: Item; path: string }>): Configuration | undefined {
  let configuration: Configuration | undefined;
  for (const { raw, path } of items) {
    if (raw.type !== CONFIGURATION_UPDATE) continue;
    configuration ??= {};
    const { reasoning, text } = raw;
    if (isRecord(reasoning) && reasoning.effort !== undefined) {
      if (typeof reasoning.effort === 'string') configuration.effort = reasoning.effort;
      else delete configuration.effort;
    }
    if (isRecord(text) && isRecord(text.format)) {
      configuration.format = text.format;
      configuration.formatPath = `${path}.text.format`;
    }
  }
  return configuration;
}

/** The first problem of the input's updates' formats, held to the rules of `text.format`. */
export function updateFormatProblem(items: readonly Item[], at: FormatContext): MockError | null {
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index]!;
    if (item.type !== CONFIGURATION_UPDATE || !isRecord(item.text)) continue;
    const problem = formatProblem(item.text.format, { ...at, path: `input[${index}].text.format` });
    if (problem) return problem;
  }
  return null;
}
