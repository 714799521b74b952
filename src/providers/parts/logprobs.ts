// The wire shapes of output text logprobs (OpenAI): `LogProb` in an output_text part, bytes included, and
// `ResponseLogProb` in the stream's `response.output_text.delta` / `.done` events, which the spec gives no bytes.
import type { TokenLogprob } from '../../domain/types.js';
import { utf8Bytes } from '../../domain/logprobs/tokens.js';

/** An output_text part's `logprobs`: `{token, logprob, bytes, top_logprobs: [{token, logprob, bytes}]}`. */
export function partLogprobs(logprobs: readonly TokenLogprob[]): Array<Record<string, unknown>> {
  return logprobs.map(({ token, logprob, top }) => {
    const bytes = utf8Bytes(token);
    return {
      token,
      logprob,
      bytes,
      top_logprobs: top.map((entry) => ({ token: entry.token, logprob: entry.logprob, bytes: entry.token === token ? bytes : utf8Bytes(entry.token) })),
    };
  });
}

/** A text event's `logprobs`, for the tokens `from` (included) to `to` (excluded): `{token, logprob, top_logprobs: [{token, logprob}]}`. */
export function streamLogprobs(logprobs: readonly TokenLogprob[], range: { from: number; to: number }): Array<Record<string, unknown>> {
  const entries: Array<Record<string, unknown>> = [];
  for (let index = range.from; index < range.to; index += 1) {
    const { token, logprob, top } = logprobs[index]!;
    entries.push({ token, logprob, top_logprobs: top.map((entry) => ({ token: entry.token, logprob: entry.logprob })) });
  }
  return entries;
}

/** Streamed logprobs as a part holds them: each token and alternative with its bytes (a stream gives none). */
export function withBytes(streamed: readonly unknown[]): Array<Record<string, unknown>> {
  return partLogprobs(streamed.map((value) => {
    const entry = value as { token: string; logprob: number; top_logprobs?: Array<{ token: string; logprob: number }> };
    return { token: entry.token, logprob: entry.logprob, top: entry.top_logprobs ?? [] };
  }));
}
