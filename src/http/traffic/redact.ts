// Which header, query parameter and JSON field names carry credentials, and how their values are masked
// wherever traffic is kept or shown (the journal, the admin API, logs). One list, extendable by configuration.
import type { IncomingHttpHeaders } from 'node:http';
import { byLastCharacter, mayHoldSecrets } from './secret-scan.js';

/**
 * Always secret, whatever the configuration adds: credentials, and the headers naming the account they belong to
 * (OpenAI's organization and project, the ChatGPT account the Codex CLI sends when signed in with ChatGPT).
 */
export const SECRET_NAMES: readonly string[] = [
  'authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'api-key', 'x-goog-api-key',
  'x-openrouter-key', 'x-mock-admin-token', 'openai-organization', 'openai-project', 'chatgpt-account-id',
  'x-openai-account-id', 'x-openai-account-user-id', 'api_key', 'key',
];

/** Request fields of the emulated APIs that end like a key name but are not credentials. */
const NOT_SECRET = new Set(['prompt_cache_key', 'idempotency-key', 'idempotency_key']);

/** Names "like a key": the last word is key/token/secret/password/…, or an api-key spelled any way. */
const LIKE_A_KEY = /(?:^|_)(?:api_?key|access_?key|private_?key|secret_?key|key|keys|token|secret|password|passwd|cookie|credentials?|authorization|auth)$/;

/**
 * Every secret name, lower-cased, ends with one of these or is a listed name (added to them where they are used): a
 * text where none of them ends a field name holding a string has nothing to mask, and is passed over without
 * running the field patterns (most bodies: `"max_output_tokens": 100`, `"prompt_cache_key": null`).
 */
const ENDINGS = ['key', 'keys', 'token', 'secret', 'password', 'passwd', 'cookie', 'credential', 'credentials', 'authorization', 'auth'];

export interface Redactor {
  /** Whether values under this header, query parameter or JSON field name are credentials. */
  isSecretName(name: string): boolean;
  /** `Bearer sk-or-v1-…c0ffee` → `Bearer ***ffee`: enough to tell keys apart, not enough to use one. */
  maskValue(value: string): string;
  /** Every header as one string, credentials masked (names as given, usually lower case). */
  redactHeaders(headers: IncomingHttpHeaders | Record<string, string | string[] | number | undefined>): Record<string, string>;
  /** A path with its query string: secret parameters (`?api_key=…`, `?key=…`, `?api_key[]=…`) masked. */
  redactUrl(url: string): string;
  /** Whether a query parameter's name (decoded) or one of its parts (`api_key[]`, `auth[token]`, `api_key.x`) is secret. */
  isSecretParameter(name: string): boolean;
  /** JSON text (whole or cut short): string values of secret fields masked, also inside escaped JSON strings. */
  redactJsonText(text: string): string;
}

export interface RedactorOptions {
  /** More names to treat as secret (case-insensitive), on top of SECRET_NAMES and the key-like rule. */
  extra?: readonly string[];
}

/** Distinct names remembered per redactor: header and field names repeat, so the rule runs once per name. */
const MAX_REMEMBERED = 2048;

/**
 * A copy of a name that holds only its own characters: a name cut from a text by a regular expression is a view
 * of that text, and remembering the view would keep the whole text (a journaled body, up to a MiB) alive.
 */
function ownCopy(name: string): string {
  return Buffer.from(name, 'utf8').toString('utf8');
}

export function createRedactor(options: RedactorOptions = {}): Redactor {
  const listed = new Set([...SECRET_NAMES, ...(options.extra ?? [])].map((name) => name.toLowerCase()));
  const remembered = new Map<string, boolean>();
  const endings = byLastCharacter([...ENDINGS, ...SECRET_NAMES, ...(options.extra ?? []).map((name) => name.toLowerCase())]);
  const isSecretName = (name: string): boolean => {
    let secret = remembered.get(name);
    if (secret === undefined) {
      secret = decide(name, listed);
      if (remembered.size >= MAX_REMEMBERED) remembered.clear();
      remembered.set(ownCopy(name), secret);
    }
    return secret;
  };
  const isSecretParameter = (name: string): boolean => isSecretName(name) || parameterParts(name).some(isSecretName);
  return {
    isSecretName,
    isSecretParameter,
    maskValue,
    redactHeaders: (headers) => redactHeaders(headers, isSecretName),
    redactUrl: (url) => redactUrl(url, isSecretParameter),
    redactJsonText: (text) => (mayHoldSecrets(text, endings) ? redactJsonText(text, isSecretName) : text),
  };
}

/** The default list, for code that has no configuration at hand. */
export const defaultRedactor = createRedactor();

function decide(name: string, listed: ReadonlySet<string>): boolean {
  const lower = name.toLowerCase();
  if (listed.has(lower)) return true;
  if (NOT_SECRET.has(lower)) return false;
  // camelCase and kebab-case read as snake_case: apiKey, x-openrouter-key, accessToken.
  const snake = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().replace(/[^a-z0-9]+/g, '_');
  return LIKE_A_KEY.test(snake);
}

const SCHEME = /^(bearer|basic|token|digest|apikey|key)\s+/i;

export function maskValue(value: string): string {
  const scheme = SCHEME.exec(value)?.[0] ?? '';
  const secret = value.slice(scheme.length);
  // A suffix only from long secrets, so that at most a quarter of one is shown.
  const suffix = secret.length >= 16 ? secret.slice(-4) : '';
  return `${scheme}***${suffix}`;
}

function redactHeaders(headers: Record<string, string | string[] | number | undefined>, isSecret: (name: string) => boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(', ') : String(value);
    const kept = isSecret(name) ? maskValue(text) : text;
    // defineProperty: a header named __proto__ stays a plain key.
    if (name === '__proto__') Object.defineProperty(out, name, { value: kept, enumerable: true, writable: true, configurable: true });
    else out[name] = kept;
  }
  return out;
}

/**
 * The words of a parameter name as frameworks read nested and array parameters (`api_key[]`, `creds[token]`,
 * `api_key.x`), split also at control characters, spaces and undecodable escapes (`api_key%00`, `api_key%zz`):
 * a word named like a secret makes the parameter secret. One negated class, no nested repetition: linear.
 */
function parameterParts(name: string): string[] {
  return name.split(/[^\p{L}\p{N}_-]+/u).filter((part) => part.length > 0);
}

function redactUrl(url: string, isSecret: (name: string) => boolean): string {
  const mark = url.indexOf('?');
  if (mark < 0) return url;
  // `;` separates parameters too for some servers: a credential after one is masked as well. The separators
  // (kept by the capturing split) are written back as they were.
  const parts = url.slice(mark + 1).split(/([&;])/).map((pair, index) => {
    const equals = pair.indexOf('=');
    if (index % 2 === 1 || equals < 0) return pair;
    return isSecret(decodeName(pair.slice(0, equals))) ? `${pair.slice(0, equals)}=${maskValue(decodeValue(pair.slice(equals + 1)))}` : pair;
  });
  return `${url.slice(0, mark)}?${parts.join('')}`;
}

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

const decodeValue = decodeName;

// `"name": "value"` in JSON text, and `\"name\": \"value\"` inside a JSON string (tool arguments, say).
// Names are short and plain; values run to their closing quote or to the end of a text that was cut short.
// Both are linear: each alternative consumes what it matches, with no nested repetition.
// A name may hold JSON escapes (`"api\u005fkey"`; `\\u005f` inside a JSON string): it is judged by its decoded text.
const FIELD = /"((?:[^"\\]|\\.){1,128})"(\s*:\s*)"((?:[^"\\]|\\.)*)(?:"|$)/g;
const ESCAPED_FIELD = /\\"((?:[^"\\]|\\\\[^"\\]){1,128})\\"(\s*:\s*)\\"((?:[^"\\]|\\[^"])*)(?:\\"|$)/g;

/** What follows a logprob's `token` (`"token": "Here", "logprob": -0.1`): the model's text, not a credential. */
const LOGPROB_NEXT = /^\s*,\s*"logprob"\s*:/;
const ESCAPED_LOGPROB_NEXT = /^\s*,\s*\\"logprob\\"\s*:/;

function redactJsonText(text: string, isSecret: (name: string) => boolean): string {
  // String.replace hands the groups over as separate arguments, then the match's offset.
  const mask = (quote: string) => (match: string, ...groups: Array<string | number>): string => {
    const [name = '', colon = '', value = '', offset = 0, whole = ''] = groups as [string, string, string, number, string];
    const named = name.includes('\\') ? unescapedName(name, quote) : name;
    if (!isSecret(named)) return match;
    const end = offset + match.length;
    if (named === 'token' && (quote === '' ? LOGPROB_NEXT : ESCAPED_LOGPROB_NEXT).test(whole.slice(end, end + 24))) return match;
    return `${quote}"${name}${quote}"${colon}${quote}"${maskValue(value)}${quote}"`;
  };
  const plain = text.replace(FIELD, mask(''));
  return plain.includes('\\"') ? plain.replace(ESCAPED_FIELD, mask('\\')) : plain;
}

/**
 * A field name's text with its JSON escapes decoded (inside a JSON string, its own escapes first); as written if it
 * cannot be (`api_key\x`). A decoded name is another name when it holds more than a secret name: `api_key\udfff`
 * (a lone surrogate after it) and `api_key\\` (a backslash after it) are not masked, as `api_key!` is not.
 */
function unescapedName(name: string, quote: string): string {
  try {
    const value: unknown = JSON.parse(`"${quote === '' ? name : name.replace(/\\\\/g, '\\')}"`);
    return typeof value === 'string' ? value : name;
  } catch {
    return name;
  }
}
