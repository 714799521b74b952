// What planning the service's own items reads: the prepared request, the provider, the seeded Random and the
// response's time; whether `include` asks for a part of an item; a tool as offered.
import type { Random } from '../../deps.js';
import type { ProviderId } from '../types.js';
import type { PreparedRequest } from '../validation/prepare.js';

/** What planning the service's own items reads. */
export interface HostedContext {
  request: PreparedRequest;
  provider: ProviderId;
  random: Random;
  /** Unix seconds of the response: what the datetime tool reports. */
  now: number;
  /** The rule-based engine decided (a scenario's script is answered as scripted: no search added to it). */
  engine: boolean;
}

/** Whether `include` asks for this part of an item. */
export const included = (context: { request: PreparedRequest }, part: string): boolean => (context.request.body.include ?? []).includes(part);

/** A tool as the request offers it (hosted tools have their own fields). */
export type Tool = Record<string, unknown>;
