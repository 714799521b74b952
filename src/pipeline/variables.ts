// What differs between two answers to the same request: the clock, the ids and OpenAI's obfuscation padding.
// Everything that renders a response draws them through this one interface, in a fixed order, which is what
// lets a response template be rendered once and filled per request (src/service/templates/).
import type { Clock, Random } from '../deps.js';
import type { IdFactory } from '../domain/engine/plan.js';
import { sealReasoning } from '../domain/engine/content/sealed.js';
import type { ServerIdKind } from '../domain/hosted/types.js';
import type { ModelProfile } from '../domain/models.js';
import { alnum } from '../providers/ids/ids.js';
import type { IdFormats, ProviderProfile } from '../providers/types.js';

export interface Variables extends IdFactory {
  /** Unix seconds, for created_at / completed_at. */
  now(): number;
  /** Unix seconds the prompt's relative dates ("tomorrow") count from: drawn only for a prompt that has one. */
  datesFrom(): number;
  responseId(createdAt: number): string;
  /** OpenAI's obfuscation padding of `length` characters. */
  padding(length: number): string;
  /** The id of an item the service produces itself (a hosted tool call, tool search, compaction); `of` as in IdFormats. */
  serverItem(kind: ServerIdKind, of?: string): string;
}

export type VariablesFactory = (model: ModelProfile) => Variables;

/** The real values, from the request's id stream and clock. A class: one small object per request. */
export class LiveVariables implements Variables {
  constructor(
    private readonly formats: IdFormats,
    private readonly source: { random: Random; clock: Clock },
    private readonly model: ModelProfile,
  ) {}

  now(): number {
    return this.source.clock.nowSeconds();
  }

  datesFrom(): number {
    return this.source.clock.nowSeconds();
  }

  responseId(createdAt: number): string {
    return this.formats.response(this.source.random, createdAt);
  }

  message(): string {
    return this.formats.message(this.source.random);
  }

  functionCall(): string {
    return this.formats.functionCall(this.source.random);
  }

  customToolCall(): string {
    return this.formats.customToolCall(this.source.random);
  }

  reasoning(): string {
    return this.formats.reasoning(this.source.random, { model: this.model });
  }

  encryptedContent(): string {
    return sealReasoning(this.source.random);
  }

  callId(index: number): string {
    return this.formats.callId(this.source.random, { model: this.model, index });
  }

  serverItem(kind: ServerIdKind, of?: string): string {
    return this.formats.serverItem(this.source.random, { kind, model: this.model, of });
  }

  padding(length: number): string {
    return alnum(this.source.random, length);
  }
}

export function liveVariables(args: { profile: ProviderProfile; deps: { ids: Random; clock: Clock } }): VariablesFactory {
  const source = { random: args.deps.ids, clock: args.deps.clock };
  return (model) => new LiveVariables(args.profile.ids, source, model);
}

/**
 * Another source's values, each also written down as text in draw order: what a stored response's stream is
 * made again from (src/pipeline/stored-stream.ts drawnRecipe), instead of keeping the rendered objects alive.
 */
export class RecordedVariables implements Variables {
  constructor(private readonly source: Variables, readonly values: string[]) {}

  #take<T extends string | number>(value: T): T {
    this.values.push(String(value));
    return value;
  }

  now(): number { return this.#take(this.source.now()); }
  datesFrom(): number { return this.#take(this.source.datesFrom()); }
  responseId(createdAt: number): string { return this.#take(this.source.responseId(createdAt)); }
  message(): string { return this.#take(this.source.message()); }
  functionCall(): string { return this.#take(this.source.functionCall()); }
  customToolCall(): string { return this.#take(this.source.customToolCall()); }
  reasoning(): string { return this.#take(this.source.reasoning()); }
  encryptedContent(): string { return this.#take(this.source.encryptedContent()); }
  callId(index: number): string { return this.#take(this.source.callId(index)); }
  padding(length: number): string { return this.#take(this.source.padding(length)); }
  serverItem(kind: ServerIdKind, of?: string): string { return this.#take(this.source.serverItem(kind, of)); }
}
