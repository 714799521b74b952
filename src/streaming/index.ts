// Streaming a created response as server-sent events, in the provider's framing.
import type { FastifyReply } from 'fastify';
import type { ProviderProfile } from '../providers/types.js';
import type { CreatedResponse } from '../service/create-response.js';
import { sendJson } from '../http/reply.js';

export interface StreamRequest {
  reply: FastifyReply;
  profile: ProviderProfile;
  created: CreatedResponse;
}

/** Placeholder until the event renderer lands: answers with the JSON body. */
export function sendStream({ reply, created }: StreamRequest): FastifyReply {
  return sendJson(reply, { body: created.body });
}
