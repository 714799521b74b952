// Cutting a kept text (a journaled body, an answer, a stream event) to a byte limit, at a character boundary,
// with a marker saying how much was cut.

/**
 * The body to keep: whole up to `limit` UTF-8 bytes, else its first `limit` bytes (never half a character) and
 * a marker. The cut text is copied, so that the journal does not pin the whole body in memory.
 */
export function keepBody(body: string | Buffer, limit: number): { text: string; bytes: number } {
  if (typeof body !== 'string') return body.length <= limit ? { text: body.toString('utf8'), bytes: body.length } : cut(body.subarray(0, limit), body.length);
  // A UTF-16 code unit is at most 3 UTF-8 bytes: short bodies need no counting.
  if (body.length * 3 <= limit) return { text: body, bytes: Buffer.byteLength(body) };
  const bytes = Buffer.byteLength(body);
  if (bytes <= limit) return { text: body, bytes };
  return cut(Buffer.from(body.slice(0, limit), 'utf8').subarray(0, limit), bytes);
}

/** The first bytes of a text of `bytes` bytes, backed off to a character boundary, and the marker. */
function cut(buffer: Buffer, bytes: number): { text: string; bytes: number } {
  // Back off to a character boundary: find where the last character starts (UTF-8 continuation bytes are
  // 10xxxxxx) and drop it if it does not fit whole.
  let end = buffer.length;
  let start = end - 1;
  while (start > 0 && (buffer[start]! & 0xc0) === 0x80) start -= 1;
  const lead = buffer[start]!;
  const width = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  if (start + width > end) end = start;
  const kept = buffer.toString('utf8', 0, end);
  return { text: `${kept}…[responses-mock: ${bytes - end} of ${bytes} bytes cut; raise --journal-body-limit to keep more]`, bytes };
}
