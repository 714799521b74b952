// A strict reader of server-sent event bodies for tests: every block is a comment, or `event:`/`data:` lines;
// anything else (`id:`, `retry:`, stray text) is reported, not skipped.
export type SseBlock =
  | { kind: 'comment'; text: string }
  | { kind: 'done'; event?: string }
  | { kind: 'event'; event?: string; data: Record<string, unknown>; raw: string };

export function parseSse(body: string): SseBlock[] {
  if (body !== '' && !body.endsWith('\n\n')) throw new Error(`SSE body does not end with a blank line: …${JSON.stringify(body.slice(-40))}`);
  return body.split('\n\n').filter((block) => block !== '').map((block) => {
    const lines = block.split('\n');
    if (lines.every((line) => line.startsWith(':'))) return { kind: 'comment', text: lines.map((line) => line.slice(1)).join('\n') };
    let event: string | undefined;
    let data: string | undefined;
    for (const line of lines) {
      if (line.startsWith('event: ') && event === undefined && data === undefined) event = line.slice(7);
      else if (line.startsWith('data: ') && data === undefined) data = line.slice(6);
      else throw new Error(`unexpected SSE line ${JSON.stringify(line)} in block ${JSON.stringify(block.slice(0, 200))}`);
    }
    if (data === undefined) throw new Error(`SSE block without data: ${JSON.stringify(block)}`);
    if (data === '[DONE]') return { kind: 'done', ...(event !== undefined ? { event } : {}) };
    return { kind: 'event', ...(event !== undefined ? { event } : {}), data: JSON.parse(data) as Record<string, unknown>, raw: data };
  });
}

export const eventsOf = (blocks: SseBlock[]) =>
  blocks.flatMap((block) => (block.kind === 'event' ? [block.data] : []));
