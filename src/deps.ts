// The only place that touches time and randomness. Everything else receives a `RequestDeps`
// (clock + seeded random source) so that the same request and the same seed give the same bytes.
import { randomBytes } from 'node:crypto';

/** A deterministic 32-bit random source (sfc32). */
export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, max). */
  int(max: number): number;
  /** A 32-bit unsigned integer, e.g. to seed a library. */
  uint32(): number;
  /** `length` characters drawn from `alphabet`. */
  string(alphabet: string, length: number): string;
}

export interface Clock {
  /** Unix time in seconds. */
  nowSeconds(): number;
  /** Unix time in milliseconds (journal timestamps). */
  nowMillis(): number;
}

/** What a single request may use: its random streams and the clock. */
export interface RequestDeps {
  /** Content decisions (which tools, which arguments, which words): always a function of the request. */
  content: Random;
  /** Ids: a function of the request once a seed is set, fresh otherwise. */
  ids: Random;
  clock: Clock;
  /** True when the server or the request fixed a seed: ids and timestamps are then derived too. */
  seeded: boolean;
  /** The request's digest: a later identical request can pass it back instead of hashing again. */
  digest: Digest;
}

export type Digest = [number, number, number, number];

export function createRandom(seed: readonly [number, number, number, number]): Random {
  return new Sfc32(seed);
}

/** Characters of an id made per String.fromCharCode call (an argument list has a bounded length). */
const CHARS_PER_CALL = 1024;
/** Reused by every stream: a string is drawn synchronously, start to end. */
const SCRATCH = new Uint16Array(CHARS_PER_CALL);

function fromCodes(codes: Uint16Array): string {
  return String.fromCharCode.apply(null, codes as unknown as number[]);
}

// One object per stream, its methods shared: several streams are made for every request.
class Sfc32 implements Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: readonly [number, number, number, number]) {
    [this.a, this.b, this.c, this.d] = seed;
    // sfc32's first outputs echo a small seed; a few rounds mix it.
    for (let i = 0; i < 8; i += 1) this.uint32();
  }

  uint32(): number {
    const a = this.a >>> 0, b = this.b >>> 0, c = this.c >>> 0, d = this.d >>> 0;
    const t = (a + b) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    const rotated = (c << 21) | (c >>> 11);
    this.d = (d + 1) | 0;
    const out = (t + this.d) | 0;
    this.c = (rotated + out) | 0;
    return out >>> 0;
  }

  next(): number {
    return this.uint32() / 4294967296;
  }

  int(max: number): number {
    return Math.floor(this.next() * max);
  }

  string(alphabet: string, length: number): string {
    // Several characters from each 32-bit word (5 for 62 letters, 8 for hex): ids are drawn on every
    // request. The slight bias of the last digit of a word does not matter for ids.
    const base = alphabet.length;
    const perWord = Math.max(1, Math.floor(32 / Math.ceil(Math.log2(base))));
    // Character codes gathered and turned into a string at once: appending one character at a time makes a
    // new string per character.
    const codes = SCRATCH;
    let out = '';
    let count = 0;
    let word = 0;
    let left = 0;
    for (let i = 0; i < length; i += 1) {
      if (left === 0) { word = this.uint32(); left = perWord; }
      codes[count] = alphabet.charCodeAt(word % base);
      count += 1;
      word = Math.floor(word / base);
      left -= 1;
      if (count === CHARS_PER_CALL) { out += fromCodes(codes); count = 0; }
    }
    if (count === 0) return out;
    return out + fromCodes(codes.subarray(0, count));
  }
}

/**
 * Four 32-bit words from the parts: the seed of one request's random stream. A fast non-cryptographic
 * 128-bit mix (four lanes of multiply-xorshift): seeding needs spread, not secrecy, and this runs on
 * every request.
 */
export function seedFrom(...parts: string[]): [number, number, number, number] {
  let h1 = 0x6a09e667, h2 = 0xbb67ae85, h3 = 0x3c6ef372, h4 = 0xa54ff53a;
  for (const part of parts) {
    for (let i = 0; i < part.length; i += 1) {
      const k = part.charCodeAt(i);
      h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
      h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
      h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
      h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
    }
    h1 = Math.imul(h1 ^ 0x1f, 0x85ebca6b);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A fixed instant used for every timestamp when a seed is set (2026-09-30T16:00:00Z). */
export const SEEDED_EPOCH_SECONDS = 1_790_784_000;

export const systemClock: Clock = { nowSeconds: () => Math.floor(Date.now() / 1000), nowMillis: () => Date.now() };
/**
 * Milliseconds since the call, from a monotonic clock (durations and stream timelines in the journal; never
 * part of an answer).
 */
export function stopwatch(): () => number {
  const start = performance.now();
  return () => performance.now() - start;
}

const seededClock: Clock = { nowSeconds: () => SEEDED_EPOCH_SECONDS, nowMillis: () => SEEDED_EPOCH_SECONDS * 1000 };

export interface DepsFactoryOptions {
  /** Server-wide seed (`--seed`); undefined means ids and timestamps are fresh on every request. */
  seed?: number;
  /** Replaces the system clock when no seed is set (tests). */
  clock?: Clock;
}

export interface RequestKey {
  /** The raw request body as received. */
  body: string;
  /** Route discriminator (provider) so both paths do not share ids. */
  scope: string;
  /** Per-request seed override (`x-mock-seed`). */
  seed?: number;
  /** The digest of this same key, when already known. */
  digest?: Digest;
}

export interface DepsFactory {
  (key: RequestKey): RequestDeps;
  /** The digest a key's deps are drawn from (hash it once, pass it back in `key.digest`). */
  digest(key: RequestKey): Digest;
}

/**
 * Makes the deps of each request. The content stream is always a pure function of the request (and the
 * seed); ids and timestamps are too once a seed is set, and fresh otherwise, as on the real services.
 */
export function createDepsFactory(options: DepsFactoryOptions = {}): DepsFactory {
  const clock = options.clock ?? systemClock;
  // Unseeded ids come from one stream seeded by the OS at start-up: fresh per request, no syscall each.
  const entropy = randomBytes(16);
  const fresh = createRandom([entropy.readUInt32LE(0), entropy.readUInt32LE(4), entropy.readUInt32LE(8), entropy.readUInt32LE(12)]);
  // One pass over the body; the two streams differ by a tweak of that digest.
  const digestOf = (key: RequestKey): Digest => key.digest ?? seedFrom(String(key.seed ?? options.seed ?? 0), key.scope, key.body);
  const factory = (key: RequestKey): RequestDeps => {
    const seeded = (key.seed ?? options.seed) !== undefined;
    const digest = digestOf(key);
    const ids = createRandom(seeded
      ? [digest[0] ^ 0x9e3779b9, digest[1] ^ 0x7f4a7c15, digest[2] ^ 0x85ebca6b, digest[3] ^ 0xc2b2ae35]
      : [fresh.uint32(), fresh.uint32(), fresh.uint32(), fresh.uint32()]);
    // The content stream is only needed when the request is rendered (not when a template is filled).
    let content: Random | undefined;
    return {
      get content(): Random {
        content ??= createRandom(digest);
        return content;
      },
      ids,
      clock: seeded ? seededClock : clock,
      seeded,
      digest,
    };
  };
  return Object.assign(factory, { digest: digestOf });
}

const HEX = '0123456789abcdef';

/**
 * OpenAI's `x-request-id` values (`req_` + 32 hex), one per answer: a sequence from the server's seed when it has
 * one (the same run of requests gets the same ids), else from the OS's entropy at start-up.
 */
export function createRequestIds(seed?: number): () => string {
  const entropy = randomBytes(16);
  const random = seed === undefined
    ? createRandom([entropy.readUInt32LE(0), entropy.readUInt32LE(4), entropy.readUInt32LE(8), entropy.readUInt32LE(12)])
    : createRandom([seed >>> 0, 0x72657169, 0x64735f31, 0x9e3779b9]);
  return () => `req_${random.string(HEX, 32)}`;
}
