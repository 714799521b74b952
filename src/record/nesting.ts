// How deep a recorded request or answer may nest, and the check, walked with an explicit stack: an upstream
// (or a client) that sends a value nested thousands deep must not overflow the recorder's call stack.

/** Levels a recorded body may nest (the body itself being level 1): far beyond any real request or answer. */
export const MAX_RECORDED_DEPTH = 128;

/** Whether a parsed JSON value nests deeper than `limit` levels (the value itself being level 1). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const pending: Array<{ value: object; depth: number }> = [{ value, depth: 1 }];
  while (pending.length > 0) {
    const { value: current, depth } = pending.pop()!;
    if (depth > limit) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (typeof child === 'object' && child !== null) pending.push({ value: child as object, depth: depth + 1 });
    }
  }
  return false;
}
