// What the side endpoints of the Responses API (input_tokens, compact, cancel) share with create: the
// x-mock-* headers (session, strictness, seed), the JSON body, and validation by the provider's rules
// against the session's stored responses.
import type { IncomingHttpHeaders } from 'node:http';
import { fail, ok, type Result, type Strictness } from '../../domain/types.js';
import { prepareRequest, type PreparedRequest } from '../../domain/validation/prepare.js';
import { readMockHeaders } from '../../http/input/mock-headers.js';
import type { ProviderProfile } from '../../providers/types.js';
import type { Runtime } from '../../runtime.js';
import { DEFAULT_SESSION, type Session } from '../../state/sessions.js';
import { parseJsonBody } from '../parse-body.js';

export interface SideInput {
  profile: ProviderProfile;
  headers: IncomingHttpHeaders;
  raw: string;
}

export interface SideContext {
  profile: ProviderProfile;
  session: Session;
  strictness: Strictness;
  seed: number | undefined;
}

/** The session and settings a side request runs in. */
export function sideContext(runtime: Runtime, input: Omit<SideInput, 'raw'>): Result<SideContext> {
  const headers = readMockHeaders(input.headers);
  if (!headers.ok) return headers;
  return ok({
    profile: input.profile,
    session: runtime.sessions.get(headers.value.session ?? DEFAULT_SESSION),
    strictness: headers.value.strictness ?? runtime.config.strictness,
    seed: headers.value.seed,
  });
}

/** The body as a JSON object, or the same 400 as a create request. */
export function sideBody(raw: string): Result<Record<string, unknown>> {
  const parsed = parseJsonBody(raw);
  if (!parsed.ok) return parsed;
  const body = parsed.value;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return fail({ code: 'invalid_body', message: 'The request body must be a JSON object.', param: null });
  }
  return ok(body as Record<string, unknown>);
}

/** Validated as a create request would be (tools, items, pairing, previous_response_id). */
export function prepareSide(context: SideContext, body: Record<string, unknown>): Result<PreparedRequest> {
  return prepareRequest(body, {
    rules: context.profile.rules(context.strictness),
    history: context.profile.stateful ? context.session.store : { conversation: () => undefined, item: () => undefined },
  });
}
