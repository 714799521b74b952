// Response headers a scenario injects (an error's retry-after, a recording's headers): sent as given, so they
// must be valid HTTP and leave the framing of the response alone.

/** An HTTP token (RFC 9110 field-name). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Visible ASCII, spaces, tabs and obs-text: no CR, LF or other control characters. */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
/** Headers that frame the response: a scenario setting them would corrupt it. */
export const FRAMING_HEADERS = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade', 'trailer', 'te']);

/** Response headers a scenario injects: sent as given, so they must be valid HTTP and leave framing alone. */
export function headerProblems(headers: Record<string, string> | undefined, path: string): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(headers ?? {})) {
    const shown = JSON.stringify(name.slice(0, 60));
    if (!HEADER_NAME.test(name)) problems.push(`${path}: header name ${shown} is not a valid HTTP header name (letters, digits and !#$%&'*+.^_\`|~-)`);
    else if (FRAMING_HEADERS.has(name.toLowerCase())) problems.push(`${path}.${name}: '${name}' frames the response and cannot be set by a scenario`);
    if (!HEADER_VALUE.test(value)) problems.push(`${path}.${HEADER_NAME.test(name) ? name : shown}: the value contains a line break or another control character, which HTTP forbids`);
  }
  return problems;
}

