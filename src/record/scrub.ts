// Keeps credentials out of recordings and of what the recording proxy stores: headers, query parameters and
// JSON fields named like a secret (the shared redaction list) lose their values, and the request's own
// credentials and anything shaped like an API key are cut out of every string and object key, wherever an
// upstream echoed them (an error message, metadata, a delta). A logprob's `token` is text, not a credential: cut
// as text is, a key spread over several tokens cut from each, their bytes following, and an alternative
// (`top_logprobs`) cut where it would make a key with the chosen tokens around it.

import { MAX_BODY_DEPTH, walkNesting } from '../domain/validation/body-depth.js';
import { KEY_HEADS, KEY_SHAPED } from '../http/traffic/key-shaped.js';
import { credentialsOf, MIN_SECRET_LENGTH, REDACTED } from '../http/traffic/own-credentials.js';
import { cutLogprobList, isLogprob, type Logprob, mergedSpans, utf8Bytes } from '../http/traffic/split-credentials.js';

/** Characters of chosen text read each side of a top logprob alternative (at least the longest own credential). */
const ALTERNATIVE_WINDOW = 256;

export { credentialsOf, REDACTED } from '../http/traffic/own-credentials.js';

export interface SecretNames {
  isSecretName(name: string): boolean;
  /** A query parameter's name, read word by word (`api_key[]`, `creds[token]`). */
  isSecretParameter(name: string): boolean;
}

export interface Scrubber {
  /** Every string in a JSON value: secret fields redacted, known credentials and key-shaped text cut out. */
  json<T>(value: T): T;
  /** Headers as recorded: secret ones redacted, the rest as one string each. */
  headers(headers: Record<string, string | string[] | undefined>): Record<string, string>;
  /** Query parameters as recorded: secret ones redacted, the rest cut as text is. */
  query(query: URLSearchParams): Record<string, string>;
  text(value: string): string;
  /** Where `text` would cut in `value`: the start and end of each credential, overlapping ones merged, in order. */
  spans(value: string): Array<[number, number]>;
}

/**
 * `secrets` are the credentials of the request being recorded (an Authorization header's token, an api-key
 * header's value): cut out wherever they appear, also where no field name gives them away.
 */
export function createScrubber(args: { names: SecretNames; secrets: string[] }): Scrubber {
  const known = [...new Set(args.secrets.filter((secret) => secret.length >= MIN_SECRET_LENGTH))].sort((a, b) => b.length - a.length);
  const text = (value: string): string => {
    let out = value;
    for (const secret of known) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    return out.replace(KEY_SHAPED, REDACTED);
  };
  const spans = (value: string): Array<[number, number]> => {
    const found: Array<[number, number]> = [];
    for (const secret of known) {
      for (let at = value.indexOf(secret); at >= 0; at = value.indexOf(secret, at + secret.length)) found.push([at, at + secret.length]);
    }
    for (const match of value.matchAll(KEY_SHAPED)) found.push([match.index, match.index + match[0].length]);
    return mergedSpans(found);
  };
  /** What every span begins with: a credential, or a key shape's start (KEY_SHAPED). */
  const heads = [...known, ...KEY_HEADS];
  // An alternative is read with the chosen text this far each side: a key is rarely longer.
  const alternativeWindow = Math.max(ALTERNATIVE_WINDOW, known[0]?.length ?? 0);
  const json = (value: unknown): unknown => {
    if (typeof value === 'string') return text(value);
    if (Array.isArray(value)) return value.length > 0 && value.every(isLogprob) ? logprobs(value) : value.map(json);
    if (typeof value !== 'object' || value === null) return value;
    const logprob = isLogprob(value);
    const out: Record<string, unknown> = {};
    const renamed = cutKeys(Object.keys(value), text);
    for (const [key, inner] of Object.entries(value)) {
      // Only text under a secret name is a credential: a tool schema's `key` property stays as it is, and a
      // logprob's `token` is the model's text, cut as text is.
      // Alternatives are not a text: each is cut alone (and, by the list, where it stands).
      const cleaned = typeof inner === 'string' && args.names.isSecretName(key) && !(logprob && key === 'token') ? REDACTED
        : logprob && key === 'top_logprobs' && Array.isArray(inner) ? inner.map(json) : json(inner);
      Object.defineProperty(out, renamed?.get(key) ?? key, { value: cleaned, enumerable: true, writable: true, configurable: true });
    }
    if (logprob && out.token !== value.token && Array.isArray(value.bytes)) out.bytes = utf8Bytes(out.token as string);
    return out;
  };
  /** A logprobs list: a key the model wrote over several tokens is cut from each, as from deltas. */
  const logprobs = (list: Logprob[]): unknown[] => cutLogprobList(list, { finder: { spans, heads }, window: alternativeWindow }).map(json);
  const named = (entries: Iterable<[string, string | string[] | undefined]>, isSecret: (name: string) => boolean): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [name, value] of entries) {
      if (value === undefined) continue;
      const joined = Array.isArray(value) ? value.join(', ') : value;
      Object.defineProperty(out, name, { value: isSecret(name) ? REDACTED : text(joined), enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  return {
    json: <T>(value: T) => json(value) as T,
    headers: (headers) => named(Object.entries(headers), (name) => args.names.isSecretName(name)),
    query: (query) => named(query, (name) => args.names.isSecretParameter(name)),
    text,
    spans,
  };
}

/**
 * The keys `cut` changes (a key-shaped `metadata` key), each with its cut form; null when none. A cut form that
 * equals another key (one kept, or one cut before it) takes the first free `#2`, `#3`, …: two members never
 * merge into one, and they keep their order.
 */
function cutKeys(keys: string[], cut: (text: string) => string): Map<string, string> | null {
  let changed: Map<string, string> | null = null;
  for (const key of keys) {
    const kept = cut(key);
    if (kept !== key) (changed ??= new Map()).set(key, kept);
  }
  if (changed === null) return null;
  const cutOnes = changed;
  const taken = new Set(keys.filter((key) => !cutOnes.has(key)));
  // The count each cut form last took: every name before it is taken already, so the search goes on from there
  // (many keys cutting to one text cost their number, not its square).
  const next = new Map<string, number>();
  for (const [key, kept] of cutOnes) {
    let count = next.get(kept) ?? 1;
    let name = count === 1 ? kept : `${kept}#${count}`;
    while (taken.has(name)) {
      count += 1;
      name = `${kept}#${count}`;
    }
    next.set(kept, count);
    taken.add(name);
    cutOnes.set(key, name);
  }
  return cutOnes;
}

/**
 * The scrubber for one request's exchange: its credentials are those of its headers, its secret query
 * parameters and its secret-named body fields, cut out wherever the upstream echoed them.
 */
export function requestScrubber(request: ScrubbedRequest, names: SecretNames): Scrubber {
  return requestsScrubber([request], names);
}

/** What a request brings to scrub: its headers, query string (without `?`) and body. */
export interface ScrubbedRequest {
  headers: Record<string, string | string[] | undefined>;
  query: string;
  body: unknown;
}

/** A scrubber that cuts the credentials of every one of these requests (a create and a later read of its answer). */
export function requestsScrubber(requests: ScrubbedRequest[], names: SecretNames): Scrubber {
  const secrets = requests.flatMap((request) => [
    ...credentialsOf(request.headers, names),
    ...[...new URLSearchParams(request.query)].filter(([name]) => names.isSecretParameter(name)).map(([, value]) => value),
    ...secretFieldValues(request.body, names),
  ]);
  return createScrubber({ names, secrets });
}

/**
 * Values of secret-named text fields of a body, to the depth a recording may nest (an exchange that nests
 * deeper is not recorded, but its warning is scrubbed too: the walk goes past what nests too deep).
 */
function secretFieldValues(body: unknown, names: SecretNames): string[] {
  const found: string[] = [];
  // A logprob's `token` (in output items sent back as input) is the model's text: taken back out, once each.
  const tokens = new Map<string, number>();
  walkNesting(body, {
    limit: MAX_BODY_DEPTH,
    pastTooDeep: true,
    member: (key, value) => {
      if (typeof value === 'string' && typeof key === 'string' && names.isSecretName(key)) found.push(value);
      else if (isLogprob(value)) tokens.set(value.token, (tokens.get(value.token) ?? 0) + 1);
      return false;
    },
  });
  return found.filter((value) => {
    const left = tokens.get(value) ?? 0;
    if (left > 0) tokens.set(value, left - 1);
    return left === 0;
  });
}
