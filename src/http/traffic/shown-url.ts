// How a configured URL (a recording's upstream) is shown wherever it is told (the journal, the inspector, the
// logs, an error's message, a recording's description): the user and password it may carry, and its query
// parameters named like a credential, masked.
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
