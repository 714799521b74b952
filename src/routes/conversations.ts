// OpenAI's Conversations API: /v1/conversations and its items. Thin adapters over pipeline/side/conversations.ts;
// bodies are parsed there, from the raw text, as create's are. While recording, what they keep and journal is scrubbed of credentials.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Result } from '../domain/types.js';
import { includableFor, listQueryFields, readQuery } from '../http/input/query.js';
import { sendResult } from '../http/reply.js';
import {
  addItems, createConversation, deleteConversation, deleteItem, listItems, retrieveConversation, retrieveItem, updateConversation,
} from '../pipeline/side/conversations.js';
import { parseJsonBody } from '../pipeline/parse-body.js';
import type { ProviderProfile } from '../providers/types.js';
import type { requestScrubber, Scrubber } from '../record/scrub.js';
import type { Runtime } from '../runtime.js';

const Params = Type.Object({ id: Type.String({ minLength: 1, maxLength: 256 }) });
const ItemParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 256 }), itemId: Type.String({ minLength: 1, maxLength: 256 }) });

/** Sends a call's result through sendResult, in this path's envelope. */
function answerFor(profile: ProviderProfile) {
  return (reply: FastifyReply, result: Result<unknown>): FastifyReply => sendResult(reply, { profile, result });
}

/**
 * Routes that take a body: registered where bodies are kept raw (keepRawJson). `scrubber` (given by a recording
 * run, which loads it): the items kept and the journaled body are scrubbed of credentials as a proxied request's are.
 */
export function conversationBodyRoutes(app: FastifyInstance, args: { profile: ProviderProfile; runtime: Runtime; scrubber?: typeof requestScrubber }): void {
  const { profile, runtime, scrubber } = args;
  const base = `${profile.prefix}/conversations`;
  const typed = app.withTypeProvider<TypeBoxTypeProvider>();
  const answer = answerFor(profile);
  const call = (request: FastifyRequest) => ({ profile, headers: request.headers, raw: request.rawBody, ...(scrubber ? { scrub: scrubbing(request, { runtime, scrubber }) } : {}) });
  typed.post(base, (request, reply) => answer(reply, createConversation(runtime, call(request))));
  typed.post(`${base}/:id`, { schema: { params: Params } }, (request, reply) => answer(reply, updateConversation(runtime, { ...call(request), id: request.params.id })));
  typed.post(`${base}/:id/items`, { schema: { params: Params } }, (request, reply) => answer(reply, addItems(runtime, { ...call(request), id: request.params.id })));
}

/** The request's scrubber (its own credentials, key-shaped text, secret fields), which its journal entry cuts with too. */
function scrubbing(request: FastifyRequest, args: { runtime: Runtime; scrubber: typeof requestScrubber }): Scrubber {
  const { runtime, scrubber } = args;
  const parsed = parseJsonBody(request.rawBody);
  const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
  const scrub = scrubber({ headers: request.headers, query, body: parsed.ok ? parsed.value : undefined }, runtime.redactor);
  request.journalScrub = scrub.text;
  return scrub;
}

export function conversationRoutes(app: FastifyInstance, args: { profile: ProviderProfile; runtime: Runtime }): void {
  const { profile, runtime } = args;
  const base = `${profile.prefix}/conversations`;
  const typed = app.withTypeProvider<TypeBoxTypeProvider>();
  const answer = answerFor(profile);
  typed.get(`${base}/:id`, { schema: { params: Params } }, (request, reply) => answer(reply, retrieveConversation(runtime, { profile, headers: request.headers, id: request.params.id })));
  typed.delete(`${base}/:id`, { schema: { params: Params } }, (request, reply) => answer(reply, deleteConversation(runtime, { profile, headers: request.headers, id: request.params.id })));
  typed.get(`${base}/:id/items`, { schema: { params: Params } }, (request, reply) => {
    const query = readQuery(request.query, listQueryFields(includableFor(request.headers, runtime.config.strictness)));
    if (!query.ok) return answer(reply, query);
    const { limit = 20, order = 'desc', after } = query.value;
    return answer(reply, listItems(runtime, { profile, headers: request.headers, id: request.params.id, query: { limit, order, after } }));
  });
  typed.get(`${base}/:id/items/:itemId`, { schema: { params: ItemParams } }, (request, reply) => answer(reply, retrieveItem(runtime, { profile, headers: request.headers, id: request.params.id, itemId: request.params.itemId })));
  typed.delete(`${base}/:id/items/:itemId`, { schema: { params: ItemParams } }, (request, reply) => answer(reply, deleteItem(runtime, { profile, headers: request.headers, id: request.params.id, itemId: request.params.itemId })));
}
