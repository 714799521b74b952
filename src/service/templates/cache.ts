// Templates by request: the rendering of a request that depends only on its text (and the settings in the
// key), kept so that identical requests are answered by filling in ids and timestamps. Bounded, LRU.
import { seedFrom } from '../../deps.js';
import type { PreparedRequest } from '../../domain/validation/prepare.js';
import type { CutMode } from '../../streaming/writer.js';
import type { Compiled } from './compile.js';
import type { Draw } from './recorder.js';
import type { CreatedResponse } from '../create-response.js';

export interface StreamTemplate {
  draws: Draw[];
  bursts: Array<{ waitMs: number; body: Compiled }>;
  cut: boolean;
  cutMode: CutMode;
}

export interface TemplateEntry {
  request: PreparedRequest;
  /** The recorded rendering, for stream variants made later. */
  created: CreatedResponse;
  /** Whether answers are stored (OpenAI path, store on): fixed by the request text. */
  stores: boolean;
  /** Digest that seeds the request's streams (content and, when seeded, ids). */
  digest: [number, number, number, number];
  /** Draws of the JSON body (a prefix of every stream variant's draws). */
  draws: Draw[];
  body: Compiled;
  /** Indices of the draws that are output item ids (message and function call), for the store's index. */
  itemDraws: number[];
  responseDraw: number;
  /** By stream options; null = that variant could not be templated. */
  streams: Map<string, StreamTemplate | null>;
}

export const MAX_KEY_LENGTH = 64 * 1024;

/**
 * Keyed first by the request text (hashed once, no concatenation on the hot path), then by the settings that
 * change the rendering (provider, strictness, seed). null = known not to be templatable.
 */
export class TemplateCache {
  private readonly byText = new Map<string, Map<string, TemplateEntry | null>>();
  /** Characters of request text held, bounded so that large bodies cannot pile up. */
  private chars = 0;

  constructor(private readonly limit: { entries: number; chars: number }) {}

  get(text: string, settings: string): TemplateEntry | null | undefined {
    return this.byText.get(text)?.get(settings);
  }

  set(text: string, settings: string, entry: TemplateEntry | null): void {
    let variants = this.byText.get(text);
    if (!variants) {
      variants = new Map();
      this.byText.set(text, variants);
      this.chars += text.length;
      while (this.byText.size > this.limit.entries || this.chars > this.limit.chars) {
        const oldest = this.byText.keys().next().value as string;
        this.byText.delete(oldest);
        this.chars -= oldest.length;
      }
    }
    variants.set(settings, entry);
  }

  get size(): number {
    return this.byText.size;
  }

  private readonly seenOnce = new Set<string>();

  /**
   * Whether a text (with these settings) was seen before: a template pays off from the second request on,
   * and building one for a text that never comes back would only slow the first. Remembers hashes only.
   */
  secondSight(text: string, settings: string): boolean {
    const [a, b] = seedFrom(settings, text);
    const key = `${a}:${b}`;
    if (this.seenOnce.delete(key)) return true;
    this.seenOnce.add(key);
    if (this.seenOnce.size > SEEN_LIMIT) this.seenOnce.delete(this.seenOnce.values().next().value as string);
    return false;
  }
}

const SEEN_LIMIT = 100_000;
