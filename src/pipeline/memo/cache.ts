// The memo's entries by request text: the compiled JSON answer of a request that depends only on its text
// (and the settings in the key), kept so that identical requests are answered by filling in ids and
// timestamps. Bounded in entries and characters, least recently added first out.
import type { Digest } from '../../deps.js';
import type { ModelProfile } from '../../domain/models.js';
import type { AnswerFacts } from '../types.js';
import type { Compiled } from './compile.js';
import type { Draw } from './recorder.js';

export interface MemoEntry {
  model: ModelProfile;
  /** Whether answers are stored (OpenAI path, store on): fixed by the request text. */
  stores: boolean;
  inputItems: Array<Record<string, unknown>>;
  historyItems: Array<Record<string, unknown>>;
  /** Digest that seeds the request's streams (content and, when seeded, ids). */
  digest: Digest;
  draws: Draw[];
  body: Compiled;
  /** Indices of the draws that are output item ids (messages, calls, reasoning), for the store's index. */
  itemDraws: number[];
  responseDraw: number;
  /** What the journal is told: the model requested and the engine's choice (fixed by the request text). */
  facts: Pick<AnswerFacts, 'model' | 'engine'>;
}

export const MAX_KEY_LENGTH = 64 * 1024;

interface Group {
  /** By settings; null = known not to be memoisable. */
  variants: Map<string, MemoEntry | null>;
  /** Characters this group holds: its text and the compiled bodies of its entries. */
  chars: number;
}

/** Settings variants kept per text (each seed is a variant). */
const VARIANTS_PER_TEXT = 8;
/** What an entry costs beyond its text and body (draws, item lists): a rough constant. */
const ENTRY_OVERHEAD = 256;

/**
 * Keyed first by the request text (hashed once, no concatenation on the hot path), then by the settings that
 * change the rendering (provider, strictness, seed). Bounded by entries and by the characters of text and
 * compiled bodies held; the oldest text goes first.
 */
export class MemoCache {
  private readonly byText = new Map<string, Group>();
  private chars = 0;

  constructor(private readonly limit: { entries: number; chars: number }) {}

  get(text: string, settings: string): MemoEntry | null | undefined {
    return this.byText.get(text)?.variants.get(settings);
  }

  set(text: string, settings: string, entry: MemoEntry | null): void {
    let group = this.byText.get(text);
    if (!group) {
      group = { variants: new Map(), chars: text.length };
      this.byText.set(text, group);
      this.chars += text.length;
    }
    if (group.variants.size >= VARIANTS_PER_TEXT) {
      const [oldest, dropped] = group.variants.entries().next().value as [string, MemoEntry | null];
      group.variants.delete(oldest);
      this.account(group, -costOf(dropped, text));
    }
    group.variants.set(settings, entry);
    this.account(group, costOf(entry, text));
    while (this.byText.size > this.limit.entries || this.chars > this.limit.chars) {
      const [oldest, evicted] = this.byText.entries().next().value as [string, Group];
      this.byText.delete(oldest);
      this.chars -= evicted.chars;
    }
  }

  /** Characters held (text and compiled bodies). */
  get heldChars(): number {
    return this.chars;
  }

  private account(group: Group, delta: number): void {
    group.chars += delta;
    this.chars += delta;
  }

  get size(): number {
    return this.byText.size;
  }

  /**
   * Digests seen, in two generations: the current one fills up to half the limit and then becomes the
   * previous one (which is dropped whole). Evicting the oldest key of one big Set instead makes every insert
   * skip the deleted slots at its front: tens of microseconds per request once a long run has filled it.
   */
  private seenNow = new Set<number>();
  private seenBefore = new Set<number>();

  /**
   * Whether a text was seen before (by `key`, a number taken from its digest); it is remembered either way. An
   * entry pays off from the second request on, and building one for a text that never comes back would only
   * slow the first. Two texts sharing a key only make an entry be built one request early: entries are keyed
   * by the text itself.
   */
  sighted(key: number): boolean {
    if (this.seenNow.has(key)) return true;
    const before = this.seenBefore.has(key);
    if (this.seenNow.size >= SEEN_LIMIT / 2) {
      this.seenBefore = this.seenNow;
      this.seenNow = new Set();
    }
    this.seenNow.add(key);
    return before;
  }
}

const SEEN_LIMIT = 100_000;

/**
 * The input and history items an entry keeps were parsed from its text: as objects they hold about 1.7 bytes for
 * each of its characters (measured), charged as twice the text.
 */
const ITEMS_PER_TEXT_CHAR = 2;

function costOf(entry: MemoEntry | null, text: string): number {
  if (entry === null) return ENTRY_OVERHEAD;
  const items = entry.inputItems.length + entry.historyItems.length > 0 ? ITEMS_PER_TEXT_CHAR * text.length : 0;
  // The engine's facts: its tools and its explanation (a sentence and at most ten scored tools).
  const engine = entry.facts.engine;
  const facts = engine ? engine.tools.reduce((sum, name) => sum + name.length, 0) + (engine.explanation === undefined ? 0 : JSON.stringify(engine.explanation).length) : 0;
  return ENTRY_OVERHEAD + entry.body.staticLength + facts + items;
}
