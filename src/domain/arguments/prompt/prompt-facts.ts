// Everything extracted from one prompt, computed on first use and shared by all properties of a call and,
// through `forSchema`, by every tool of a request (only the place names depend on the schema).
import { findEnumMentions, type EnumIndex, type EnumMention } from './extract-enum.js';
import { findFormatted, type FormattedMention } from './extract-formats.js';
import { findPlaces, type PlaceMention } from './extract-places.js';
import { findQuoted, salientPhrase, wholePrompt } from './extract-text.js';
import { findChannels, findPaths, findShapedTokens, findSlugs } from './extract-tokens.js';
import type { Mention } from './mentions.js';
import type { FormatKind } from './names.js';
import { indexPrompt, type PromptIndex } from './prompt-index.js';

/**
 * How much of a prompt is read for values: enough for any message a model would be asked to act on, and a
 * bound on the work whatever the body limit lets through (a 32 MB prompt is read on its first 100,000
 * characters).
 */
export const MAX_SCANNED_PROMPT = 100_000;

export class PromptFacts {
  private readonly own = new Map<string, unknown>();

  /**
   * @param prompt the last user message
   * @param notPlaces lower-case words that must not be read as places (e.g. the schema's enum values)
   * @param memo facts already found in this prompt (shared between the views of `forSchema`)
   */
  readonly prompt: string;

  constructor(
    prompt: string,
    private readonly notPlaces: ReadonlySet<string> = new Set(),
    private readonly memo: Map<string, unknown> = new Map(),
  ) {
    this.prompt = prompt.length > MAX_SCANNED_PROMPT ? prompt.slice(0, MAX_SCANNED_PROMPT) : prompt;
  }

  /** The same facts for a schema whose enum words must not be read as places. */
  forSchema(notPlaces: ReadonlySet<string>): PromptFacts {
    return new PromptFacts(this.prompt, notPlaces, this.memo);
  }

  private remember<T>(key: string, compute: () => T, memo: Map<string, unknown> = this.memo): T {
    if (!memo.has(key)) memo.set(key, compute());
    return memo.get(key) as T;
  }

  quoted(): Mention[] {
    return this.remember('quoted', () => findQuoted(this.prompt));
  }

  places(): PlaceMention[] {
    return this.remember('places', () => findPlaces(this.prompt, this.notPlaces), this.own);
  }

  formatted(kind: FormatKind): FormattedMention[] {
    return this.remember(`format:${kind}`, () => findFormatted(this.prompt, kind));
  }

  paths(): Mention[] {
    return this.remember('paths', () => findPaths(this.prompt));
  }

  channels(): Mention[] {
    return this.remember('channels', () => findChannels(this.prompt));
  }

  slugs(): ReturnType<typeof findSlugs> {
    return this.remember('slugs', () => findSlugs(this.prompt));
  }

  shapedTokens(): Mention[] {
    return this.remember('shaped', () => findShapedTokens(this.prompt));
  }

  salient(): string | undefined {
    return this.remember('salient', () => salientPhrase(this.prompt));
  }

  whole(): string {
    return this.remember('whole', () => wholePrompt(this.prompt));
  }

  /** Lower-cased words and where they start: what name, enum and unit look-ups search. */
  index(): PromptIndex {
    return this.remember('index', () => indexPrompt(this.prompt));
  }

  enumMentions(values: EnumIndex): EnumMention[] {
    return findEnumMentions(this.prompt, { index: this.index(), values });
  }
}
