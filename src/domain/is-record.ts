// Telling a JSON object from the other values a parsed body, schema or answer may hold, for the code that
// reads a value whose shape is not known yet (domain and recorder alike).

/** Whether a value is an object with named members: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
