// The credentials a request's headers and query string carry, with their cut and their split finder,
// remembered for the sets used last (32, by the redactor that names them, so they go with the app that holds it):
// a client sends the same key with every request, and making the cut and the finder anew cost the journal about
// 10 µs a request (a third of what the headers of the openai SDK cost in all). Held in memory only; a set longer
// than 4,096 characters is never remembered.
import { credentialCut, credentialsOf, queryCredentialsOf } from './own-credentials.js';
import { credentialFinder, type SpanFinder } from './split-credentials.js';

export interface RequestCredentials {
  /** Whole values, and the token after an auth scheme (credentialsOf). */
  readonly secrets: readonly string[];
  /** Their cut out of a text; null when none is long enough to cut. */
  readonly cut: ((text: string) => string) | null;
  /** Where they are in a text spread over pieces; null when there is no cut. */
  readonly finder: SpanFinder | null;
}

const NONE: RequestCredentials = { secrets: [], cut: null, finder: null };
/** Distinct credential sets remembered: one per client key a test suite uses, with room to spare. */
const ENTRIES = 32;
/** Longer sets are worked out each time (Node's own limit on a header block is 16 KiB). */
const MAX_KEY_CHARS = 4096;
type Names = { isSecretName(name: string): boolean; isSecretParameter(name: string): boolean };
const byNames = new WeakMap<Names, Map<string, RequestCredentials>>();

/** A request as its credentials are read: its headers, and its path with the query string as received. */
export interface CredentialSource {
  headers: Record<string, string | string[] | undefined>;
  path: string;
}

export function requestCredentials(request: CredentialSource, names: Names): RequestCredentials {
  const { headers } = request;
  // What the credentials depend on: each secret header's name and value, in order, then the query's.
  let key = '';
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    if (value === undefined || !names.isSecretName(name)) continue;
    key += `${name}\u0000${Array.isArray(value) ? value.join('\u0001') : value}\u0000`;
  }
  const inQuery = queryCredentialsOf(request.path, names);
  for (const value of inQuery) key += `?\u0000${value}\u0000`;
  if (key === '') return NONE;
  let remembered = byNames.get(names);
  if (remembered === undefined) byNames.set(names, (remembered = new Map()));
  const known = remembered.get(key);
  if (known !== undefined) {
    // Used last: it goes last.
    remembered.delete(key);
    remembered.set(key, known);
    return known;
  }
  const secrets = [...credentialsOf(headers, names), ...inQuery];
  const cut = secrets.length > 0 ? credentialCut(secrets) : null;
  const made: RequestCredentials = { secrets, cut, finder: cut && credentialFinder(secrets) };
  if (key.length <= MAX_KEY_CHARS) {
    if (remembered.size >= ENTRIES) remembered.delete(remembered.keys().next().value!);
    remembered.set(key, made);
  }
  return made;
}
