// The text that seeds a request's ids and content, without the stream switches: a request and its streamed
// twin then plan the same response, so `response.completed` equals the JSON body under the same seed.
// Bodies without `stream`/`stream_options` keep their raw text (SDKs send compact JSON, which is what
// JSON.stringify writes), so only streamed bodies pay for a re-serialisation.

export function seedKey(body: unknown, raw: string): string {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return raw;
  if (!Object.hasOwn(body, 'stream') && !Object.hasOwn(body, 'stream_options')) return raw;
  const { stream: _stream, stream_options: _options, ...rest } = body as Record<string, unknown>;
  try {
    return JSON.stringify(rest);
  } catch {
    // Nested too deep to write again: validation refuses such a body, so its raw text seeds nothing that answers.
    return raw;
  }
}
