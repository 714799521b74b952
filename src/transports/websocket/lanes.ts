// The creates of one socket, queued and running: one at a time per lane (`stream_id`, FIFO), lanes side by
// side, within the bounds on lanes, queued creates (in number and in characters) and creates in flight; a
// steered response's successor runs next on its lane.
import { MAX_IN_FLIGHT, MAX_LANES, MAX_QUEUED, MAX_QUEUED_CHARS } from './limits.js';
import type { Job } from './steering/steering.js';

interface Lane {
  queue: Job[];
  running: boolean;
}

export interface LanesOptions {
  /** Runs one create; resolves with the successor its steering asks for, if any. */
  run(job: Job): Promise<Job | undefined>;
  /** A create that threw: answered by the connection. */
  failed(error: unknown, job: Job): void;
  /** A create has ended (successor queued): the connection starts the next or closes. */
  ended(): void;
}

export class Lanes {
  readonly #lanes = new Map<string | undefined, Lane>();
  #queued = 0;
  /** Characters of message text the queued and running creates hold. */
  #chars = 0;
  #running = 0;

  constructor(private readonly options: LanesOptions) {}

  /** Creates running now. */
  get running(): number {
    return this.#running;
  }

  /** Queues a create on its lane; or says which bound refuses it (nothing is queued then). */
  add(job: Job): { refused: 'lanes' | 'queued' | 'chars' } | undefined {
    const lane = this.#lanes.get(job.create.streamId) ?? (this.#lanes.size < MAX_LANES ? { queue: [], running: false } : undefined);
    if (!lane) return { refused: 'lanes' };
    if (this.#queued >= MAX_QUEUED) return { refused: 'queued' };
    // One create is always taken, whatever its size (the body limit bounds it).
    if (this.#queued > 0 && this.#chars + job.text.length > MAX_QUEUED_CHARS) return { refused: 'chars' };
    this.#lanes.set(job.create.streamId, lane);
    lane.queue.push(job);
    this.#queued += 1;
    this.#chars += job.text.length;
    return undefined;
  }

  /** Starts the next create of every lane that is free, within the in-flight bound. */
  start(): void {
    for (const lane of this.#lanes.values()) {
      if (this.#running >= MAX_IN_FLIGHT) return;
      const job = lane.running ? undefined : lane.queue.shift();
      if (!job) continue;
      lane.running = true;
      this.#running += 1;
      void this.options.run(job).catch((error: unknown) => this.options.failed(error, job)).then((successor) => {
        // A steered response's successor runs next on its lane.
        if (successor) (this.#lanes.get(successor.create.streamId) ?? lane).queue.unshift(successor);
        if (successor) this.#queued += 1;
        if (successor) this.#chars += successor.text.length;
      }).finally(() => {
        lane.running = false;
        this.#running -= 1;
        this.#queued -= 1;
        this.#chars -= job.text.length;
        this.options.ended();
      });
    }
  }

  /** Drops every create still queued (running ones go on). */
  dropQueued(): void {
    for (const lane of this.#lanes.values()) {
      this.#queued -= lane.queue.length;
      for (const job of lane.queue) this.#chars -= job.text.length;
      lane.queue.length = 0;
    }
  }
}
