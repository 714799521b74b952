// What a created response leaves in the session's store when its provider stores it: its text, its input and
// history items, a link to the response it continues, its output ids, the recipe its stream is made again from,
// and, for a stream, the watch that shows it running until its last event (or how far a held run's stream goes).
import type { ProviderProfile } from '../providers/types.js';
import { holdUnfinished, streamStarted } from '../state/responses/background.js';
import type { ReplayRecipe, ResponseStore, StoredInput } from '../state/responses/response-store.js';
import type { StreamPlan, StreamWatch } from '../streaming/index.js';
import { HeldEvents } from '../streaming/events/held.js';
import type { CreatedResponse } from './create-response.js';

/** Whether the response is kept: a stateful provider, and `store` (or its default) on. */
export function storesResponse(profile: ProviderProfile, store: boolean | null | undefined): boolean {
  return profile.stateful && (store ?? profile.defaultStore);
}

/** Keeps the response; for a stream, the watch its play reports to. */
export function storeCreated(store: ResponseStore, args: { created: CreatedResponse; bytes: Buffer; replay: ReplayRecipe; background: boolean; streamed: boolean }): StreamWatch | undefined {
  const { created } = args;
  const stored: StoredInput = {
    id: created.snapshot.id,
    text: args.bytes,
    inputItems: created.request.inputItems,
    historyItems: created.request.historyItems,
    // Stored as a link to the response it continues, not a copy of the chain.
    previousResponseId: created.request.body.previous_response_id,
    outputIds: created.snapshot.items.map((item) => item.id),
    // Its stream, made again for GET ?stream=true: the planned items and the rendered body are about twice the text.
    replay: args.replay,
  };
  if (args.background) stored.background = true;
  const node = store.put(stored);
  // A recorded run never seen finished gets no further than its recorded status.
  if (args.background) holdUnfinished(node, created.body.status);
  return args.streamed ? streamStarted(node, { queued: args.background }) : undefined;
}

/**
 * The stream of a background create whose answer is itself a run not finished (a recording of a run never seen to
 * its end, or a cancelled run) plays as far as that answer holds it (streaming/events/held.ts) and ends there, with
 * no terminal event claiming it completed. A fault's cut, if any, still ends it as the fault says.
 */
export function holdStream(plan: StreamPlan, args: { background: boolean; response: Record<string, unknown> }): void {
  const { status, output } = args.response;
  // A recording's own events (a replayed stream) end where the recording does.
  if (!args.background || plan.endsCut || (status !== 'queued' && status !== 'in_progress' && status !== 'cancelled')) return;
  plan.events = new HeldEvents({ source: plan.events, status, output });
  plan.endsCut = true;
  if (plan.cutAfterEvents === undefined) plan.cutMode = 'end';
}
