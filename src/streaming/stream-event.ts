// One event of a response stream, as the builders produce it and the writers send it; its JSON text is made
// once, whoever asks first (the wire writer or the journal's timeline), and shared.

export interface StreamEvent {
  type: string;
  /** The event as sent: provider key order, `sequence_number` included. */
  payload: Record<string, unknown>;
  /** A text or arguments delta: pacing waits before these. */
  delta: boolean;
  /** A recording's timing: the wait before this event, instead of what the pacing says. */
  waitMs?: number;
  /** `JSON.stringify(payload)`, when already made (a builder may compose it from texts it already has). */
  json?: string;
}

/** The event's JSON text as sent, made on first use. */
export function eventJson(event: StreamEvent): string {
  return (event.json ??= JSON.stringify(event.payload));
}
