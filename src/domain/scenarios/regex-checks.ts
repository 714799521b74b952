// The regexes of a rule's match (`message`, `model`, each of `headers`) checked on the engine they run on,
// read with care: this runs on documents the schema refused too, so that both kinds of problem show at once.
import { compileRegex } from './regex.js';

/** The same flags as the fixture schema allows. */
const FLAGS = /^[dgimsuyv]*$/;

/** `path.field.regex: reason` for each `{ regex, flags }` of the right shape that does not compile on RE2. */
export function regexProblems(match: Record<string, unknown>, path: string): string[] {
  const headers = typeof match.headers === 'object' && match.headers !== null && !Array.isArray(match.headers) ? Object.entries(match.headers) : [];
  const fields: Array<[string, unknown]> = [['message', match.message], ['model', match.model], ...headers.map(([name, value]) => [`headers.${name}`, value] as [string, unknown])];
  const problems: string[] = [];
  for (const [field, value] of fields) {
    if (typeof value !== 'object' || value === null) continue;
    const { regex, flags } = value as { regex?: unknown; flags?: unknown };
    if (typeof regex !== 'string' || (flags !== undefined && (typeof flags !== 'string' || !FLAGS.test(flags)))) continue;
    const compiled = compileRegex(regex, flags);
    if (!compiled.ok) problems.push(`${path}.${field}.regex: ${compiled.reason}`);
  }
  return problems;
}
