// Id shapes seen on the wire: OpenRouter's gen-/msg_tmp_/fc_tmp_, OpenAI's resp_/msg_/fc_ + hex, and the
// call ids each upstream vendor mints. All drawn from the request's id stream.
import type { Random } from '../../deps.js';
import type { ModelProfile } from '../../domain/models.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

export const alnum = (random: Random, length: number): string => random.string(ALNUM, length);
export const lowerAlnum = (random: Random, length: number): string => random.string(LOWER, length);
export const hex = (random: Random, length: number): string => random.string(HEX, length);

export function uuid(random: Random): string {
  const h = hex(random, 32);
  const variant = HEX[8 + random.int(4)];
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A call id in the style of the model's vendor. */
export function vendorCallId(args: { random: Random; model: ModelProfile; index: number }): string {
  const { random, model, index } = args;
  switch (model.callIdStyle) {
    case 'xai': return `call-${uuid(random)}-${index}`;
    case 'anthropic': return `toolu_vrtx_01${alnum(random, 22)}`;
    case 'meta': return `call_${hex(random, 32)}`;
    default: return `call_${alnum(random, 24)}`;
  }
}

/** OpenRouter passes the upstream's reasoning id through: `rs_<hex>:rs_<hex>` (Meta), `rs_<uuid>` (xAI), OpenAI's. */
export function vendorReasoningId(args: { random: Random; model: ModelProfile }): string {
  const { random, model } = args;
  switch (model.callIdStyle) {
    case 'meta': return `rs_${hex(random, 24)}:rs_${hex(random, 32)}`;
    case 'xai': return `rs_${uuid(random)}`;
    default: return `rs_${hex(random, 50)}`;
  }
}
