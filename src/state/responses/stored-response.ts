// One stored response as the store keeps it: the text that was sent, its own input items, a link to the
// response it continues, and its output parsed once when a later turn reads it.
import { LastIndex } from './last-index.js';
import type { LiveRun } from './live-run.js';

/** A background run's progress, as GET and cancel move it (background.ts). */
export interface BackgroundRun {
  phase: 'queued' | 'in_progress' | 'done' | 'cancelled';
  /** Once cancelled: the first sequence number its events do not play. */
  stopAt?: number;
  /** Cancelled mid-stream, or after its stream stopped early: its output is what the stream had written (else none). */
  partial?: boolean;
  /** Its stream stopped early (the client left) after the event numbered so: the run had got at least that far. */
  reached?: number;
  /**
   * As far as the run ever gets: its answer is itself a run not finished (a recording of a run never seen to its
   * end), so GET shows that answer once the run has got there, and never goes back to an earlier status.
   */
  until?: 'queued' | 'in_progress';
  /**
   * Its answer is a cancelled run (a recording), or it was cancelled while held in progress: its stream plays the
   * output the answer holds and ends with no terminal event (streaming/events/held.ts).
   */
  endsCancelled?: true;
}

export interface StoredInput {
  id: string;
  /** The response body exactly as sent. */
  text: string | Buffer;
  /** The input items as sent (for GET /responses/:id/input_items). */
  inputItems: Array<Record<string, unknown>>;
  /** The effective history before this response: the stored chain, then the input with references resolved. */
  historyItems: Array<Record<string, unknown>>;
  /** The response this one continues: only the history after its conversation is kept here. */
  previousResponseId?: string | null;
  /** Ids of the output items, in order. */
  outputIds: string[];
  /** Created with `background: true`: GET and cancel follow its progress (background.ts). */
  background?: boolean;
  /** What a streamed GET replays the response's events from (made by the pipeline; its bytes are counted). */
  replay?: ReplayRecipe;
}

/** Opaque here: the pipeline keeps what it needs to make the response's stream again (src/pipeline/stored-stream.ts). */
export interface ReplayRecipe {
  readonly bytes: number;
}

/**
 * The fields a stored response keeps of its input: every field of StoredInput but the chain. A new field does
 * not compile until it is listed here, as a reminder to copy it in keptInput.
 */
export const COPIED: Readonly<Record<Exclude<keyof StoredInput, 'historyItems'>, true>> = {
  id: true, text: true, inputItems: true, previousResponseId: true, outputIds: true, background: true, replay: true,
};

/** What a stored response keeps of its input, field by field: a rest or spread copy costs several times more, on every stored answer. */
export function keptInput(input: StoredInput): StoredResponse['input'] {
  const kept: StoredResponse['input'] = { id: input.id, text: input.text, inputItems: input.inputItems, previousResponseId: input.previousResponseId ?? null, outputIds: input.outputIds };
  if (input.background !== undefined) kept.background = input.background;
  if (input.replay !== undefined) kept.replay = input.replay;
  return kept;
}

/** Inputs longer than this are looked up through an index. */
const INDEXED_FROM = 64;

/** The index of the one long input looked up last: references come in runs into one response. */
const indexed = new LastIndex<StoredResponse, Map<string, Record<string, unknown>>>();

/** One stored response: what GET, input_items and the chain read. */
export class StoredResponse {
  #output: Array<Record<string, unknown>> | undefined;
  visible = true;
  /** Stored responses that continue this one. */
  children = 0;
  bytes = 0;
  /** A background run's progress; undefined for an ordinary response. */
  background: BackgroundRun | undefined;
  /** Its stream, while it is being written (background.ts); undefined once it is over, or for a JSON answer. */
  live: LiveRun | undefined = undefined;

  constructor(
    readonly input: Omit<StoredInput, 'historyItems'> & { previousResponseId: string | null },
    /** This response's own share of the history: its input with references resolved. */
    readonly ownItems: Array<Record<string, unknown>>,
  ) {
    this.background = input.background ? { phase: 'queued' } : undefined;
  }

  /** The ids of its own input items and of its output items (plain loops: this runs on every store). */
  forEachItemId(visit: (id: string) => void): void {
    for (const item of this.ownItems) if (typeof item.id === 'string') visit(item.id);
    for (const id of this.input.outputIds) visit(id);
  }

  /** Its own item of that id (the first, if several share it). */
  ownItem(id: string): Record<string, unknown> | undefined {
    if (this.ownItems.length <= INDEXED_FROM) return this.ownItems.find((item) => item.id === id);
    return indexed.of(this, (response) => {
      const byId = new Map<string, Record<string, unknown>>();
      for (const item of response.ownItems) if (typeof item.id === 'string' && !byId.has(item.id)) byId.set(item.id, item);
      return byId;
    }).get(id);
  }

  get id(): string {
    return this.input.id;
  }

  get text(): string | Buffer {
    return this.input.text;
  }

  get previousId(): string | null {
    return this.input.previousResponseId;
  }

  get response(): Record<string, unknown> {
    return JSON.parse(this.input.text.toString()) as Record<string, unknown>;
  }

  get outputParsed(): boolean {
    return this.#output !== undefined;
  }

  /** Parsed once and kept: every later turn of the chain reads it. */
  get output(): Array<Record<string, unknown>> {
    this.#output ??= (this.response.output as Array<Record<string, unknown>> | undefined) ?? [];
    return this.#output;
  }
}

/** About how much memory a parsed JSON value holds: string lengths plus a fixed cost per value. Iterative. */
export function approximateSize(value: unknown): number {
  let size = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    size += 16;
    if (typeof current === 'string') size += current.length;
    else if (Array.isArray(current)) for (const child of current) pending.push(child);
    else if (typeof current === 'object' && current !== null) {
      for (const key of Object.keys(current)) {
        size += key.length;
        pending.push((current as Record<string, unknown>)[key]);
      }
    }
  }
  return size;
}

