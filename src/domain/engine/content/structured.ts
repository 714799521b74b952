// Structured output: with `text.format` json_schema the answer is one JSON document valid for the schema,
// values taken from the prompt (and the tool outputs being answered) where they fit; with json_object, a
// JSON object (a JSON example in the prompt, or the plain answer wrapped). Seeded like everything else.
import type { Random } from '../../../deps.js';
import { generateValue } from '../../arguments/index.js';
import type { MockError, Result } from '../../types.js';
import { fail, ok } from '../../types.js';
import type { PreparedRequest } from '../../validation/prepare.js';
import { quotedJson } from './json-example.js';

export type JsonFormat = { type: 'json_schema'; name: string; schema: unknown; path: string } | { type: 'json_object' };

/**
 * The request's JSON text format, if it asks for one (validation has checked its shape): the one a
 * configuration update put in effect, else `text.format`.
 */
export function jsonFormatOf(request: PreparedRequest): JsonFormat | undefined {
  const format = (request.configuration?.format ?? request.body.text?.format) as { type?: unknown; name?: unknown; schema?: unknown } | null | undefined;
  if (format?.type === 'json_schema') return { type: 'json_schema', name: String(format.name), schema: format.schema, path: request.configuration?.formatPath ?? 'text.format' };
  if (format?.type === 'json_object') return { type: 'json_object' };
  return undefined;
}

export interface StructuredContext {
  prompt: string;
  /** The tool outputs this answer follows, whose values may fill the document. */
  outputs: Array<{ name: string; output: string }>;
  /** The plain-text answer, for json_object without an example to follow. */
  plain: () => string;
  random: Random;
  /** Unix seconds of the mock's clock, for dates the prompt writes relative to today. */
  now?: (() => number) | undefined;
}

/** The JSON text of the answer, undefined when the request wants plain text; a 400 for a schema beyond the mock. */
export function structuredText(request: PreparedRequest, context: StructuredContext): Result<string> | undefined {
  const format = jsonFormatOf(request);
  if (!format) return undefined;
  if (format.type === 'json_object') {
    const example = quotedJson(context.prompt) ?? quotedJson(request.body.instructions ?? '');
    return ok(JSON.stringify(example ?? { response: context.plain() }));
  }
  const source = [context.prompt, ...context.outputs.map((entry) => entry.output)].join('\n');
  const made = generateValue({ schema: format.schema, prompt: source, seed: context.random.uint32(), now: context.now });
  return made.ok ? ok(JSON.stringify(made.value)) : fail(beyondTheMock(format, made.problem));
}

function beyondTheMock(format: { name: string; path: string }, problem: { path: string; reason: string }): MockError {
  const param = `${format.path}.schema${problem.path}`;
  return {
    code: 'invalid_json_schema',
    message: `Invalid schema for response_format '${format.name}': ${param}: ${problem.reason}.`,
    param,
  };
}
