// The deltas of a message whose text has logprobs: the chunker's pieces moved onto token boundaries (a piece
// that ends inside a token runs on to its end), so that each delta's logprobs are exactly its own tokens', and
// all of them in order are the done event's and the part's. Text past the tokens given logprobs keeps its pieces.
// Made one delta at a time, as the stream asks: a long text cut fine holds only the delta being written.
import type { TokenLogprob } from '../../domain/types.js';
import { streamLogprobs } from '../../providers/parts/logprobs.js';

export interface AlignedDelta {
  delta: string;
  /** The stream's logprobs of this delta's tokens, in order. */
  logprobs: Array<Record<string, unknown>>;
}

/** `pieces` concatenate to `text`; `logprobs` are the tokens of its start (or all of it), in order. */
export function* alignedDeltas(text: string, args: { pieces: Iterable<string>; logprobs: readonly TokenLogprob[] }): Generator<AlignedDelta> {
  const { pieces, logprobs } = args;
  let sent = 0;
  let pieceEnd = 0;
  let next = 0;
  let nextStart = 0;
  for (const piece of pieces) {
    pieceEnd += piece.length;
    // Sent already with the token an earlier piece ended inside.
    if (pieceEnd <= sent) continue;
    const first = next;
    let end = pieceEnd;
    while (next < logprobs.length && nextStart < end) {
      nextStart += logprobs[next]!.token.length;
      next += 1;
      if (nextStart > end) end = nextStart;
    }
    const delta = text.slice(sent, end);
    sent = end;
    yield { delta, logprobs: streamLogprobs(logprobs, { from: first, to: next }) };
  }
}

/** The pieces as deltas of a text without logprobs. */
export function* plainDeltas(pieces: Iterable<string>): Generator<AlignedDelta> {
  for (const delta of pieces) yield { delta, logprobs: [] };
}
