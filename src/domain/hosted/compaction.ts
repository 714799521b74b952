// Compaction: an opaque `encrypted_content` standing in for a conversation (seeded, sized by what it
// replaces, in the Fernet-token look of the real ones), and where a request asks for one: a trailing
// `compaction_trigger` item, or `context_management` whose threshold the input reaches.
import { createRandom, seedFrom, type Random } from '../../deps.js';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** The characters every real compaction blob starts with. */
const PREFIX = 'gAAAAAB';
const MIN_LENGTH = 160;
const MAX_LENGTH = 8192;

/** An opaque compaction blob, longer for longer conversations (bounded). */
export function compactionContent(random: Random, inputTokens: number): string {
  return opaqueBlob(random, Math.min(MAX_LENGTH, MIN_LENGTH + inputTokens * 4));
}

/** `length` characters in the look of the service's opaque tokens (a compaction, a program's fingerprint). */
export function opaqueBlob(random: Random, length: number): string {
  return PREFIX + random.string(BASE64URL, length - PREFIX.length);
}

/** Another blob in the same look, derived from `blob` (`tag` says what for), `length` characters long. */
export function derivedBlob(blob: string, at: { tag: string; length: number }): string {
  return opaqueBlob(createRandom(seedFrom('responses-mock blob', at.tag, blob)), Math.max(PREFIX.length, at.length));
}

/** Whether `input` ends with a `compaction_trigger` item: the response then holds exactly one compaction item. */
export function endsWithCompactionTrigger(input: unknown): boolean {
  return Array.isArray(input) && (input.at(-1) as { type?: unknown } | undefined)?.type === 'compaction_trigger';
}

/** The lowest `compact_threshold` of the request's `context_management` compaction entries, if any. */
export function compactThreshold(contextManagement: unknown): number | undefined {
  if (!Array.isArray(contextManagement)) return undefined;
  let lowest: number | undefined;
  for (const entry of contextManagement as Array<Record<string, unknown>>) {
    if (entry?.type !== 'compaction') continue;
    const threshold = typeof entry.compact_threshold === 'number' ? entry.compact_threshold : 0;
    lowest = lowest === undefined ? threshold : Math.min(lowest, threshold);
  }
  return lowest;
}
