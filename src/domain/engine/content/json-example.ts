// A JSON object written out in a prompt ("Answer like {"city": "Paris"}"): the outermost braces of the text,
// read only when they hold a JSON object, in one linear scan and bounded in size.

const MAX_EXAMPLE = 16_384;

export function quotedJson(text: string): Record<string, unknown> | undefined {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start || end - start > MAX_EXAMPLE) return undefined;
  try {
    const value: unknown = JSON.parse(text.slice(start, end + 1));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value as Record<string, unknown> : undefined;
  } catch {
    return undefined;
  }
}
