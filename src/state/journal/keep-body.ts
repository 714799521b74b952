// Cutting a kept text (a journaled body, an answer, a stream event) to a byte limit, at a character boundary,
// with a marker saying how much was cut; a text handed over with its bytes, so that neither is made twice; and
// a kept text held as bytes.

/** A text and its UTF-8 bytes, when a transport has both (the bytes it read, the bytes it writes). */
export interface Encoded {
  readonly text: string;
  readonly bytes: Buffer;
}

/** The text and, when they are at hand, its bytes. */
export type Kept = string | Buffer | Encoded;

/** The bytes to write, when they are at hand (else the text, which the writer encodes). */
export function payloadOf(kept: Kept): string | Buffer {
  return typeof kept === 'string' || Buffer.isBuffer(kept) ? kept : kept.bytes;
}

/**
 * The body to keep: whole up to `limit` UTF-8 bytes, else its first `limit` bytes (never half a character) and
 * a marker. The cut text is copied, so that the journal does not pin the whole body in memory. `encoded`: the
 * kept text's bytes, when they were handed over (a whole body).
 */
export function keepBody(body: Kept, limit: number): { text: string; bytes: number; encoded?: Buffer; cutAt?: number } {
  if (Buffer.isBuffer(body)) return body.length <= limit ? { text: body.toString('utf8'), bytes: body.length, encoded: body } : cut(body.subarray(0, limit), body.length);
  if (typeof body !== 'string') return body.bytes.length <= limit ? { text: body.text, bytes: body.bytes.length, encoded: body.bytes } : cut(body.bytes.subarray(0, limit), body.bytes.length);
  // A UTF-16 code unit is at most 3 UTF-8 bytes: short bodies need no counting.
  if (body.length * 3 <= limit) return { text: body, bytes: Buffer.byteLength(body) };
  const bytes = Buffer.byteLength(body);
  if (bytes <= limit) return { text: body, bytes };
  return cut(Buffer.from(body.slice(0, limit), 'utf8').subarray(0, limit), bytes);
}

/** The first bytes of a text of `bytes` bytes, backed off to a character boundary, and the marker (at `cutAt`). */
function cut(buffer: Buffer, bytes: number): { text: string; bytes: number; cutAt: number } {
  // Back off to a character boundary: find where the last character starts (UTF-8 continuation bytes are
  // 10xxxxxx) and drop it if it does not fit whole.
  let end = buffer.length;
  let start = end - 1;
  while (start > 0 && (buffer[start]! & 0xc0) === 0x80) start -= 1;
  const lead = buffer[start]!;
  const width = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  if (start + width > end) end = start;
  const kept = buffer.toString('utf8', 0, end);
  return { text: `${kept}…[responses-mock: ${bytes - end} of ${bytes} bytes cut; raise --journal-body-limit to keep more]`, bytes, cutAt: kept.length };
}

/**
 * A journaled text (a body, an answer), cut to the limit and masked, held as UTF-8 bytes off the JavaScript heap
 * (the collector copies every heap string a journal keeps); text again when read. A text with nothing to mask
 * keeps the bytes it came with.
 */
export class HeldText {
  #bytes: Buffer | '' = '';
  /** Characters of the held text (what the journal counts). */
  length = 0;
  /** Bytes of the text as handed over, before any cut. */
  received = 0;

  get text(): string {
    return this.#bytes === '' ? '' : this.#bytes.toString('utf8');
  }

  /** `cutShort`: what is cut from the kept text when the limit cut it (a credential's start it ends with). */
  hold(source: Kept, args: { limit: number; mask: (text: string) => string; cutShort?: (text: string) => string }): void {
    const kept = keepBody(source, args.limit);
    const { cutAt } = kept;
    const text = cutAt !== undefined && args.cutShort ? `${args.cutShort(kept.text.slice(0, cutAt))}${kept.text.slice(cutAt)}` : kept.text;
    const masked = args.mask(text);
    this.#bytes = masked === '' ? '' : masked === kept.text && kept.encoded ? kept.encoded : Buffer.from(masked, 'utf8');
    this.length = masked.length;
    this.received = kept.bytes;
  }
}
