// How a URL is shown wherever it is told: a configured one (a recording's upstream: in the journal, the
// inspector, the logs, an error's message, a recording's description) with the user and password it may carry
// and its query parameters named like a credential masked; a request's path (the journal, its log line) with
// those parameters masked and the credentials a cut takes out of text cut from it, as written and decoded.
import { cutKeyShaped } from './key-shaped.js';
import { REDACTED } from './own-credentials.js';
import type { Redactor } from './redact.js';

/** `https://user:pass@host/v1?api-key=…` → `https://***@host/v1?api-key=***`. */
export function shownUrl(url: string, redactor: Pick<Redactor, 'redactUrl'>): string {
  const scheme = url.indexOf('://');
  if (scheme < 0) return redactor.redactUrl(url);
  const start = scheme + 3;
  const rest = url.slice(start);
  const end = rest.search(/[/?#]/);
  const at = (end < 0 ? rest : rest.slice(0, end)).lastIndexOf('@');
  return redactor.redactUrl(at < 0 ? url : `${url.slice(0, start)}***@${rest.slice(at + 1)}`);
}

/**
 * A request's path as the journal and the log show it: secret parameters masked by name, then `own` (the cut of
 * the request's own credentials, requestCredentials) and while recording anything shaped like a key cut, as a
 * recording cuts them.
 */
export function shownPath(url: string, args: { redactor: Redactor; own: ((text: string) => string) | null; keyShaped: boolean }): string {
  const { own } = args;
  const cut = own && args.keyShaped ? (text: string) => cutKeyShaped(own(text)) : own ?? (args.keyShaped ? cutKeyShaped : null);
  const masked = args.redactor.redactUrl(url);
  return cut ? cutUrl(masked, cut) : masked;
}

/**
 * `url` with what `cut` takes out of text cut from it: from the text as written, and from each path segment and
 * each query parameter's name and value as decoded (`%2D`, `%20`, `+`), which is then written encoded again
 * around each `[redacted]`.
 */
export function cutUrl(url: string, cut: (text: string) => string): string {
  const whole = cut(url);
  if (!whole.includes('%') && !whole.includes('+')) return whole;
  const mark = whole.indexOf('?');
  const path = (mark < 0 ? whole : whole.slice(0, mark)).split('/').map((segment) => cutEncoded(segment, { cut, plus: false })).join('/');
  if (mark < 0) return path;
  const parts = whole.slice(mark + 1).split(/([&;])/).map((pair, index) => {
    if (index % 2 === 1) return pair;
    const equals = pair.indexOf('=');
    if (equals < 0) return cutEncoded(pair, { cut, plus: true });
    return `${cutEncoded(pair.slice(0, equals), { cut, plus: true })}=${cutEncoded(pair.slice(equals + 1), { cut, plus: true })}`;
  });
  return `${path}?${parts.join('')}`;
}

/** One encoded piece of a URL with `cut` applied to it decoded; as written when nothing is cut. */
function cutEncoded(raw: string, args: { cut: (text: string) => string; plus: boolean }): string {
  if (!raw.includes('%') && !(args.plus && raw.includes('+'))) return raw;
  const value = decoded(args.plus ? raw.replace(/\+/g, ' ') : raw);
  const kept = args.cut(value);
  return kept === value ? raw : kept.split(REDACTED).map(encodeURIComponent).join(REDACTED);
}

function decoded(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
