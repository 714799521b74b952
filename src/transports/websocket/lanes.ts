// The creates of one socket, queued and running: one at a time per lane (`stream_id`, FIFO), lanes side by
// side, within the bounds on lanes, queued creates (in number and in characters), creates in flight and the
// server's budget of bodies held (each create holds its message's bytes until it is done or dropped); a
// steered response's successor runs next on its lane.
import type { BodyBudget, BodyHold } from '../../state/body-budget.js';
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
  /** The request bodies the server holds, over all sockets and HTTP. */
  budget: BodyBudget;
}

export class Lanes {
  readonly #lanes = new Map<string | undefined, Lane>();
  #queued = 0;
  /** Characters of message text the queued and running creates hold. */
  #chars = 0;
  #running = 0;
  /** What each create queued or running holds of the budget. */
  readonly #holds = new Map<Job, BodyHold>();

  constructor(private readonly options: LanesOptions) {}

  /** Bytes the creates queued or running hold of the budget. */
  get heldBytes(): number {
    let bytes = 0;
    for (const hold of this.#holds.values()) bytes += hold.bytes;
    return bytes;
  }

  /** Creates running now. */
  get running(): number {
    return this.#running;
  }

  /** Queues a create of `bytes` on its lane; or says which bound refuses it (nothing is queued then). */
  add(job: Job, message: { bytes: number }): { refused: 'lanes' | 'queued' | 'chars' | 'memory' } | undefined {
    const lane = this.#lanes.get(job.create.streamId) ?? (this.#lanes.size < MAX_LANES ? { queue: [], running: false } : undefined);
    if (!lane) return { refused: 'lanes' };
    if (this.#queued >= MAX_QUEUED) return { refused: 'queued' };
    // One create is always taken, whatever its size (the body limit bounds it).
    if (this.#queued > 0 && this.#chars + job.text.length > MAX_QUEUED_CHARS) return { refused: 'chars' };
    const hold = this.options.budget.take(message.bytes);
    if (!hold) return { refused: 'memory' };
    this.#holds.set(job, hold);
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
        // Nobody could be told to send a successor again: it is held whatever the budget says.
        if (successor) this.#holds.set(successor, this.options.budget.take(Buffer.byteLength(successor.text), { always: true })!);
      }).finally(() => {
        lane.running = false;
        this.#running -= 1;
        this.#queued -= 1;
        this.#chars -= job.text.length;
        this.#release(job);
        this.options.ended();
      });
    }
  }

  /** Drops every create still queued (running ones go on). */
  dropQueued(): void {
    for (const lane of this.#lanes.values()) {
      this.#queued -= lane.queue.length;
      for (const job of lane.queue) this.#chars -= job.text.length;
      for (const job of lane.queue) this.#release(job);
      lane.queue.length = 0;
    }
  }

  #release(job: Job): void {
    this.#holds.get(job)?.release();
    this.#holds.delete(job);
  }
}
