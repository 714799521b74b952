// A shell call and its output sent back as input (OpenAI's shell tool, run by the client), checked as the spec's
// input schemas have them: a call's `action.commands` a list of strings; an output's `output` a list of
// `{stdout, stderr, outcome}` with `outcome` `{type: "exit", exit_code}` or `{type: "timeout"}`. Each problem is
// a 400 naming its path.
import type { MockError } from '../../types.js';
import { invalidValue, typeError } from '../json-schema/schema-check.js';
import { isRecord } from '../../is-record.js';

type Item = Record<string, unknown>;

const OUTCOMES = ['exit', 'timeout'];

export function shellItemProblem(raw: Item, at: { type: string; path: string }): MockError | null {
  if (at.type === 'shell_call') return commandsProblem((raw.action as Item).commands, `${at.path}.action.commands`);
  if (at.type !== 'shell_call_output') return null;
  const results = raw.output as unknown[];
  for (let index = 0; index < results.length; index += 1) {
    const problem = resultProblem(results[index], `${at.path}.output[${index}]`);
    if (problem) return problem;
  }
  return null;
}

function commandsProblem(commands: unknown, path: string): MockError | null {
  if (commands === undefined) return missing(path);
  if (!Array.isArray(commands)) return typeError(path, ['array'], commands);
  const index = commands.findIndex((command) => typeof command !== 'string');
  return index < 0 ? null : typeError(`${path}[${index}]`, ['string'], commands[index]);
}

function resultProblem(result: unknown, path: string): MockError | null {
  if (!isRecord(result)) return typeError(path, ['object'], result);
  for (const field of ['stdout', 'stderr']) {
    if (result[field] === undefined) return missing(`${path}.${field}`);
    if (typeof result[field] !== 'string') return typeError(`${path}.${field}`, ['string'], result[field]);
  }
  const { outcome } = result;
  if (outcome === undefined) return missing(`${path}.outcome`);
  if (!isRecord(outcome)) return typeError(`${path}.outcome`, ['object'], outcome);
  if (!OUTCOMES.includes(outcome.type as string)) return invalidValue(`${path}.outcome.type`, outcome.type, OUTCOMES);
  const code = outcome.exit_code;
  if (outcome.type !== 'exit') return null;
  if (code === undefined) return missing(`${path}.outcome.exit_code`);
  return code !== null && !Number.isInteger(code) ? typeError(`${path}.outcome.exit_code`, ['integer'], code) : null;
}

function missing(path: string): MockError {
  return { code: 'missing_required_parameter', message: `Missing required parameter: '${path}'.`, param: path };
}
