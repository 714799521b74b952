// The credentials a request carries in its headers (an Authorization token, an api-key header's value, each
// cookie), and the cut that takes them out of a text: the journal cuts them from what it keeps of the request
// and its answer in every mode, a recording from everything it writes (src/record/scrub.ts).

/** What a cut credential is replaced by. */
export const REDACTED = '[redacted]';
/** Credentials shorter than this are not searched for in text: they would match ordinary words. */
export const MIN_SECRET_LENGTH = 8;

/** The credentials a request carries in its headers: whole values, and the token after an auth scheme. */
export function credentialsOf(headers: Record<string, string | string[] | undefined>, names: { isSecretName(name: string): boolean }): string[] {
  const found: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || !names.isSecretName(name)) continue;
    for (const one of Array.isArray(value) ? value : [value]) {
      found.push(one);
      const token = /^\S+\s+(\S+)$/.exec(one.trim())?.[1];
      if (token) found.push(token);
      // Cookies: each value on its own.
      for (const pair of one.split(';')) {
        const cookie = pair.split('=').slice(1).join('=').trim();
        if (cookie) found.push(cookie);
      }
    }
  }
  return found;
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
