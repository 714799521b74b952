// The credentials a request carries in its headers (an Authorization token, an api-key header's value, each
// cookie) and its query string (`?api_key=…`), and the cut that takes them out of a text: the journal cuts them
// from what it keeps of the request and its answer in every mode, a recording from everything it writes.

/** What a cut credential is replaced by. */
export const REDACTED = '[redacted]';
/** Credentials shorter than this are not searched for in text: they would match ordinary words. */
export const MIN_SECRET_LENGTH = 8;

/** The credentials a request carries in its headers: whole values, and the token after an auth scheme. */
export function credentialsOf(headers: Record<string, string | string[] | undefined>, names: { isSecretName(name: string): boolean }): string[] {
  const found: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || !names.isSecretName(name)) continue;
    for (const one of Array.isArray(value) ? value : [value]) addCredential(one, found);
  }
  return found;
}

/**
 * The values of a path's query parameters named like a credential (`?api_key=…`, `?key=…`, `?auth[token]=…`),
 * decoded, read as a header's value is; none when the path has no query string (the usual create: one indexOf).
 */
export function queryCredentialsOf(path: string, names: { isSecretParameter(name: string): boolean }): string[] {
  const mark = path.indexOf('?');
  if (mark < 0) return [];
  const found: string[] = [];
  for (const pair of path.slice(mark + 1).split(/[&;]/)) {
    const equals = pair.indexOf('=');
    if (equals < 0 || !names.isSecretParameter(decodedPart(pair.slice(0, equals)))) continue;
    const raw = pair.slice(equals + 1);
    const value = decodedPart(raw);
    if (value !== '') addCredential(value, found);
    // A key with a '+' sent unencoded (base64 keys hold them): a server reads a space, but the key is the '+' form,
    // which is what the body and the answer repeat.
    const plusKept = raw.includes('+') ? decodedPart(raw.replace(/\+/g, '%2B')) : value;
    if (plusKept !== value) addCredential(plusKept, found);
  }
  return found;
}

/** A secret value, the token after its scheme (`Bearer …`), and each cookie's value. */
function addCredential(value: string, found: string[]): void {
  found.push(value);
  const token = /^\S+\s+(\S+)$/.exec(value.trim())?.[1];
  if (token) found.push(token);
  // Cookies: each value on its own.
  for (const pair of value.split(';')) {
    const cookie = pair.split('=').slice(1).join('=').trim();
    if (cookie) found.push(cookie);
  }
}

/** A query string's name or value as a server reads it (`+` a space, `%xx` decoded); as written if it cannot be. */
function decodedPart(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/**
 * A cut of these credentials (those of 8 characters or more) out of a JSON text, each as written and as JSON
 * escapes it, replaced by `[redacted]`; null when there is none to cut. A text that holds none is returned as is.
 */
export function credentialCut(secrets: readonly string[]): ((text: string) => string) | null {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    forms.add(secret);
    forms.add(JSON.stringify(secret).slice(1, -1));
  }
  if (forms.size === 0) return null;
  // Longest first: a whole `Bearer …` value goes as one, before its token would.
  const known = [...forms].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const secret of known) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    return out;
  };
}
