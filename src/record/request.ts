// The request half of a recorded exchange: the body as sent and the request as the rule matcher will read it
// on replay (validated leniently, as the live services accept more than the documented rules; stored
// responses resolve previous_response_id, and the session's conversations `conversation`, as they will when the
// recording is replayed).
import type { IncomingHttpHeaders } from 'node:http';
import { prepareRequest } from '../domain/validation/prepare.js';
import { namedConversation, withConversations } from '../pipeline/conversation.js';
import { parseJsonBody } from '../pipeline/parse-body.js';
import type { ProviderProfile } from '../providers/types.js';
import { EMPTY_HISTORY } from '../state/responses/response-store.js';
import type { Session } from '../state/sessions.js';
import type { RecordedRequest } from './rule.js';

export function readRecordedRequest(args: { profile: ProviderProfile; session: Session; headers: IncomingHttpHeaders; raw: string; query: string }): Omit<RecordedRequest, 'turn'> {
  const { profile, session } = args;
  const parsed = parseJsonBody(args.raw);
  const body = parsed.ok ? parsed.value : args.raw;
  // The session's conversation the request names is its history, as on replay.
  const history = profile.stateful ? withConversations(session.store, { session, conversationId: parsed.ok ? namedConversation(parsed.value) : undefined }) : EMPTY_HISTORY;
  const prepared = parsed.ok ? prepareRequest(parsed.value, { rules: profile.rules('lenient'), history }) : undefined;
  return { provider: profile.id, body, headers: args.headers, query: args.query, prepared: prepared?.ok ? prepared.value : undefined };
}
