// Where log lines go, cheaply: the lines of one turn of the event loop leave in one write to standard output
// (under load, many requests end in one turn), and a request's own logger is made only if something logs
// through it (its one line per request goes through the server's logger, with the request id).
import type { FastifyBaseLogger } from 'fastify';

type Bindings = Record<string, unknown>;
type LogArgs = [unknown, ...unknown[]];

function call(method: (...args: never[]) => void, logger: FastifyBaseLogger, args: LogArgs): void {
  (method as (...args: unknown[]) => void).apply(logger, args);
}

/** What the lines are written to: standard output, or any stream that says when it fails. */
export interface LineOutput {
  write(text: string): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * Standard output, written once per turn of the event loop; what is left is written at exit. Once the output
 * fails (its reader went away: EPIPE), lines are dropped: the server goes on answering.
 */
export function batchedStdout(out: LineOutput = process.stdout): { write(line: string): void } {
  let pending: string[] = [];
  let broken = false;
  out.on('error', () => {
    broken = true;
    pending = [];
  });
  const flush = (): void => {
    if (pending.length === 0) return;
    const text = pending.length === 1 ? pending[0]! : pending.join('');
    pending = [];
    out.write(text);
  };
  process.once('exit', flush);
  return {
    write(line) {
      if (!broken && pending.push(line) === 1) setImmediate(flush);
    },
  };
}

/** Fastify's per-request logger, made on first use: most requests never log through theirs. */
export function lazyChildLogger(logger: FastifyBaseLogger, bindings: Bindings, options: object): FastifyBaseLogger {
  return new LazyChild(logger, bindings, options);
}

class LazyChild implements FastifyBaseLogger {
  #made: FastifyBaseLogger | undefined;

  constructor(private readonly parent: FastifyBaseLogger, private readonly bindings: Bindings, private readonly options: object) {}

  get #logger(): FastifyBaseLogger {
    return (this.#made ??= this.parent.child(this.bindings, this.options));
  }

  get level(): string {
    return this.#made?.level ?? this.parent.level;
  }

  set level(level: string) {
    this.#logger.level = level;
  }

  fatal(...args: LogArgs): void {
    call(this.#logger.fatal, this.#logger, args);
  }

  error(...args: LogArgs): void {
    call(this.#logger.error, this.#logger, args);
  }

  warn(...args: LogArgs): void {
    call(this.#logger.warn, this.#logger, args);
  }

  info(...args: LogArgs): void {
    call(this.#logger.info, this.#logger, args);
  }

  debug(...args: LogArgs): void {
    call(this.#logger.debug, this.#logger, args);
  }

  trace(...args: LogArgs): void {
    call(this.#logger.trace, this.#logger, args);
  }

  silent(...args: LogArgs): void {
    call(this.#logger.silent, this.#logger, args);
  }

  child(bindings: Bindings, options?: object): FastifyBaseLogger {
    return this.#logger.child(bindings, options);
  }
}
