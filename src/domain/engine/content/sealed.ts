// The opaque `encrypted_content` of reasoning items: Fernet-looking text (`gAAAAAB…`) that carries a
// checksum of itself, so that what a client sends back can be told apart from an edited or foreign blob.
// Not encryption: there is nothing to hide.
import { createRandom, seedFrom, type Random } from '../../../deps.js';

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const PREFIX = 'gAAAAAB';
const BODY_LENGTH = 340;
const MAC_LENGTH = 12;
const SUFFIX = '==';
const SEALED_LENGTH = PREFIX.length + BODY_LENGTH + MAC_LENGTH + SUFFIX.length;

function mac(body: string): string {
  let out = '';
  for (const word of seedFrom('responses-mock reasoning', body)) {
    let value = word;
    for (let i = 0; i < MAC_LENGTH / 4; i += 1) { out += B64URL[value & 63]; value >>>= 6; }
  }
  return out;
}

/** A new blob, drawn from `random` (a response's variables: fresh, or fixed by a seed). */
export function sealReasoning(random: Random): string {
  const body = random.string(B64URL, BODY_LENGTH);
  return `${PREFIX}${body}${mac(body)}${SUFFIX}`;
}

/**
 * Another valid blob for the same reasoning, as the service sends one at each stage of a stream (`stage` names
 * it): derived from `blob`, so the same response gives the same bytes.
 */
export function resealReasoning(blob: string, stage: string): string {
  return sealReasoning(createRandom(seedFrom('responses-mock reasoning', stage, blob)));
}

/** Whether `text` is a blob the mock made (and nobody changed). */
export function isSealedReasoning(text: string): boolean {
  if (text.length !== SEALED_LENGTH || !text.startsWith(PREFIX) || !text.endsWith(SUFFIX)) return false;
  const body = text.slice(PREFIX.length, PREFIX.length + BODY_LENGTH);
  return mac(body) === text.slice(PREFIX.length + BODY_LENGTH, SEALED_LENGTH - SUFFIX.length);
}
