// Everything extracted from one prompt, computed on first use and shared by all properties of a call and,
// through `forSchema`, by every tool of a request (only the place names depend on the schema).
import { findExpressions, findStatement } from './shapes/extract-code.js';
import { findCommand } from './shapes/extract-command.js';
import { findEnumMentions, type EnumIndex, type EnumMention } from './phrases/extract-enum.js';
import { findFormatted, withListVariants, type FormattedMention } from './shapes/extract-formats.js';
import { findClockTimes } from './shapes/time/extract-clock-times.js';
import { findSpokenTimes, type SpokenTime } from './shapes/time/extract-spoken-times.js';
import { findDurations, type Duration } from './shapes/time/extract-durations.js';
import { findLengths, type Length } from './shapes/extract-lengths.js';
import { numberLists } from './shapes/extract-numbers.js';
import { findPlaces, type PlaceMention } from './phrases/extract-places.js';
import { findStatedToday, type StatedToday } from './shapes/time/extract-stated-today.js';
import { purposePhrase } from './phrases/extract-purpose.js';
import { findSubjects, findWorksBy, type WorkBy } from './phrases/extract-subjects.js';
import { findTerms, type TermMention, type Vocabulary } from './phrases/extract-terms.js';
import { lastClause, messageText, namedPhrase, readObject, type ObjectReading } from './phrases/extract-message.js';
import { RELAYING, readRelay, type RelayReading } from './phrases/relayed-message.js';
import { wordSpans, type WordSpan } from './phrases/extract-things.js';
import { findQuoted, salientPhrase, wholePrompt } from './phrases/extract-text.js';
import { findChannels, findIdentifiers, findPaths, findRefs, findShapedTokens, findSlugs, findVersions, type RefMention } from './shapes/extract-tokens.js';
import { withLists, type Mention } from './mentions.js';
import type { FormatKind } from './kinds.js';
import { indexPrompt, type PromptIndex } from './prompt-index.js';
import { dateTimesIn, datesIn, type DateSources } from './prompt-dates.js';
import { writtenZones, zoneOf } from './timezones.js';

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
   * @param shared facts already found in this prompt (shared between the views of `forSchema` and `within`)
   */
  readonly prompt: string;

  private readonly memo: Map<string, unknown>;
  /** Where the places (and zones) a tool reads lie, when one message asks for several tools (tool-focus.ts). */
  private readonly window: { from: number; to: number } | undefined;

  /** Unix seconds of the mock's clock, what relative dates ("tomorrow") count from when the prompt states no date as today's. */
  private readonly now: (() => number) | undefined;

  constructor(
    prompt: string,
    private readonly notPlaces: ReadonlySet<string> = new Set(),
    shared: { memo?: Map<string, unknown>; window?: { from: number; to: number } | undefined; now?: (() => number) | undefined } = {},
  ) {
    this.prompt = prompt.length > MAX_SCANNED_PROMPT ? prompt.slice(0, MAX_SCANNED_PROMPT) : prompt;
    this.memo = shared.memo ?? new Map();
    this.window = shared.window;
    this.now = shared.now;
  }

  /** The same facts for a schema whose enum words must not be read as places. */
  forSchema(notPlaces: ReadonlySet<string>): PromptFacts {
    return new PromptFacts(this.prompt, notPlaces, { memo: this.memo, window: this.window, now: this.now });
  }

  /** The same facts, their places and zones only those between `from` and `to`. */
  within(window: { from: number; to: number }): PromptFacts {
    return new PromptFacts(this.prompt, this.notPlaces, { memo: this.memo, window, now: this.now });
  }

  private inWindow<T extends { at: number }>(mentions: T[]): T[] {
    const { window } = this;
    return window === undefined ? mentions : mentions.filter((mention) => mention.at >= window.from && mention.at < window.to);
  }

  private remember<T>(key: string, compute: () => T, memo: Map<string, unknown> = this.memo): T {
    if (!memo.has(key)) memo.set(key, compute());
    return memo.get(key) as T;
  }

  quoted(): Mention[] {
    return this.remember('quoted', () => findQuoted(this.prompt));
  }

  places(): PlaceMention[] {
    return this.remember('places', () => this.inWindow(findPlaces(this.prompt, this.notPlaces)), this.own);
  }

  /** The zones a timezone property may take: those the prompt writes, then each place's (timezones.ts). */
  zones(): Mention[] {
    return this.remember('zones', () => {
      const written = this.inWindow(this.remember('written zones', () => writtenZones(this.prompt)));
      return [...written, ...this.places().map((place) => ({ ...place, value: zoneOf(place.value), list: place.list?.map(zoneOf) }))];
    }, this.own);
  }

  formatted(kind: FormatKind): FormattedMention[] {
    return this.remember(`format:${kind}`, () => {
      if (kind === 'date') return datesIn(this.dateSources());
      if (kind === 'date-time') return dateTimesIn(this.dateSources(), this.formatted('date'));
      // Times of day in 24-hour spellings, "7pm" and "at 7" as much as "19:00" (extract-clock-times.ts).
      if (kind === 'time') return withListVariants(withLists(this.prompt, findClockTimes(this.prompt, this.spokenTimes())));
      return findFormatted(this.prompt, kind);
    });
  }

  /** What the dates and date-times are read from: the prompt, its stated today, the clock and the times in words. */
  private dateSources(): DateSources {
    return { prompt: this.prompt, stated: this.statedToday(), now: this.now, spoken: () => this.spokenTimes() };
  }

  /** Times of day written in words ("half past six"), read once for times, dates' times and times alone. */
  private spokenTimes(): SpokenTime[] {
    return this.remember('spoken times', () => findSpokenTimes(this.prompt));
  }

  /** The date the prompt says today is ("Today is 2025-06-10"), and where it says so. */
  statedToday(): StatedToday | undefined {
    return this.remember('stated today', () => findStatedToday(this.prompt));
  }

  paths(): Mention[] {
    return this.remember('paths', () => findPaths(this.prompt));
  }

  channels(): Mention[] {
    return this.remember('channels', () => findChannels(this.prompt));
  }

  refs(): RefMention[] {
    return this.remember('refs', () => findRefs(this.prompt));
  }

  slugs(): ReturnType<typeof findSlugs> {
    return this.remember('slugs', () => findSlugs(this.prompt));
  }

  shapedTokens(): Mention[] {
    return this.remember('shaped', () => findShapedTokens(this.prompt));
  }

  /** Identifier-like tokens, those with a digit first (extract-tokens.ts). */
  /** Versions written as such ("2.3.1", "v1.8.0"), for a property named version: read only when one asks. */
  versions(): Mention[] {
    return this.remember('versions', () => findVersions(this.prompt));
  }

  identifiers(): Mention[] {
    return this.remember('identifiers', () => findIdentifiers(this.prompt, this.shapedTokens()));
  }

  /** Spans of time the prompt writes ("12 minutes", "a 10-minute timer"). */
  durations(): Duration[] {
    return this.remember('durations', () => findDurations(this.prompt));
  }

  /** Lengths the prompt writes ("1.80 m", "6 ft 2 in"). */
  lengths(): Length[] {
    return this.remember('lengths', () => findLengths(this.prompt));
  }

  /** Numbers written as a list ("3, 4 and 5"). */
  numberLists(): Mention[] {
    return this.remember('number lists', () => numberLists(this.prompt));
  }

  /** Arithmetic written in the prompt ("(17 + 25) * 3"). */
  expressions(): Mention[] {
    return this.remember('expressions', () => findExpressions(this.prompt));
  }

  /** A shell command asked for ("Run ls -la", "List the files in src" → "ls src"; extract-command.ts). */
  command(): Mention | undefined {
    return this.remember('command', () => findCommand(this.prompt));
  }

  /** A SQL statement written in the prompt in capitals ("SELECT … FROM …"). */
  statement(): Mention | undefined {
    return this.remember('statement', () => findStatement(this.prompt, this.index()));
  }

  /** Languages, currencies or units the prompt names (extract-terms.ts). */
  terms(vocabulary: Vocabulary): TermMention[] {
    return this.remember(`terms:${vocabulary}`, () => findTerms(this.prompt, { index: this.index(), vocabulary }));
  }

  salient(): string | undefined {
    return this.remember('salient', () => salientPhrase(this.prompt));
  }

  /** What the prompt asks to be said ("… that the offsite is confirmed"), for a message property. */
  message(): string | undefined {
    return this.remember('message', () => messageText(this.prompt, this.index()));
  }

  /** Who a message is relayed to ("Tell mom I'm late" → "mom", close; "Tell Maria I am late" → "Maria"); else none. */
  relayed(): RelayReading | undefined {
    return this.remember('relay', () => (RELAYING.some((verb) => this.index().words.has(verb)) ? readRelay(this.prompt, this.index()) : undefined));
  }

  /** The object of the prompt's first verb ("Add a dentist appointment …"), for a title or a search phrase. */
  object(): ObjectReading {
    return this.remember('object', () => readObject(this.prompt));
  }

  /** The prompt's last clause after a comma ("…, item arrived broken"), for a reason. */
  lastClause(): string | undefined {
    return this.remember('lastClause', () => lastClause(this.prompt));
  }

  /** What the prompt calls the thing it asks for ("called Team sync"), for a title or name property. */
  namedPhrase(): Mention | undefined {
    return this.remember('named', () => namedPhrase(this.prompt, this.index()));
  }

  /** Capitalised names a sentence opens with as its subject ("Alice is 30"), for a name property. */
  subjects(): Mention[] {
    return this.remember('subjects', () => findSubjects(this.prompt));
  }

  /** A work played and its author ("Put on Abbey Road by the Beatles"), for a track or an artist property. */
  worksBy(): WorkBy[] {
    return this.remember('worksBy', () => findWorksBy(this.prompt));
  }

  /** What the thing asked for is for ("a timer for the pasta" → "pasta"), for a label property. */
  purpose(): Mention | undefined {
    return this.remember('purpose', () => purposePhrase(this.prompt, this.index()));
  }

  whole(): string {
    return this.remember('whole', () => wholePrompt(this.prompt));
  }

  /** The words in prompt order, lower-cased, with their spans: what phrases of things are read from. */
  wordSpans(): WordSpan[] {
    return this.remember('wordSpans', () => wordSpans(this.prompt));
  }

  /** Lower-cased words and where they start: what name, enum and unit look-ups search. */
  index(): PromptIndex {
    return this.remember('index', () => indexPrompt(this.prompt));
  }

  enumMentions(values: EnumIndex): EnumMention[] {
    return findEnumMentions(this.prompt, { index: this.index(), values });
  }
}
