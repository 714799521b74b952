// Everything extracted from one prompt, computed on first use and shared by all properties of a call.
import { findEnumMentions, type EnumMention } from './extract-enum.js';
import { findFormatted, type FormattedMention } from './extract-formats.js';
import { findPlaces, type PlaceMention } from './extract-places.js';
import { findQuoted, salientPhrase, wholePrompt } from './extract-text.js';
import { findChannels, findPaths, findShapedTokens, findSlugs } from './extract-tokens.js';
import type { Mention } from './mentions.js';
import type { FormatKind } from './names.js';

export class PromptFacts {
  private readonly memo = new Map<string, unknown>();

  /**
   * @param prompt the last user message
   * @param notPlaces lower-case words that must not be read as places (e.g. the schema's enum values)
   */
  constructor(readonly prompt: string, private readonly notPlaces: ReadonlySet<string>) {}

  private remember<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  quoted(): Mention[] {
    return this.remember('quoted', () => findQuoted(this.prompt));
  }

  places(): PlaceMention[] {
    return this.remember('places', () => findPlaces(this.prompt, this.notPlaces));
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

  enumMentions(values: readonly unknown[]): EnumMention[] {
    return findEnumMentions(this.prompt, values);
  }
}
