// The create body as JSON: parsed when the answer needs it (a memoised answer never parses), dropping
// `__proto__`/`constructor` keys instead of rejecting the request, with the same errors as every other route; a
// body of more JSON values than the server takes is refused before it is parsed (body-values.ts).
import secureJson from 'secure-json-parse';
import { fail, ok, type Result } from '../domain/types.js';
import { tooManyValues, valuesPastLimit } from '../domain/validation/body-values.js';

const OPTIONS = { protoAction: 'remove', constructorAction: 'remove' } as const;

export function parseJsonBody(raw: string): Result<unknown> {
  if (raw.length === 0) return fail({ code: 'invalid_json', message: 'The request body is empty: expected a JSON object.', param: null });
  const past = valuesPastLimit(raw);
  if (past !== null) return fail(tooManyValues(past.field));
  try {
    return ok(mayHideForbiddenKeys(raw) ? secureJson.parse(raw, undefined, OPTIONS) : JSON.parse(raw));
  } catch {
    return fail({
      code: 'invalid_json',
      message: "We could not parse the JSON body of your request: Body is not valid JSON but content-type is set to 'application/json'",
      param: null,
    });
  }
}

/**
 * Whether the text may hold a `__proto__` or `constructor` key, written plainly or with \u escapes, or starts
 * with a byte-order mark (which secure-json-parse drops): only then is it parsed through secure-json-parse,
 * whose two patterns scan the whole text. Three plain searches rule out most bodies.
 */
function mayHideForbiddenKeys(raw: string): boolean {
  return raw.charCodeAt(0) === 0xfeff || raw.includes('\\u') || raw.includes('proto') || raw.includes('constructor');
}
