// One event of a response stream, as the builders produce it and the writers send it.

export interface StreamEvent {
  type: string;
  /** The event as sent: provider key order, `sequence_number` included. */
  payload: Record<string, unknown>;
  /** A text or arguments delta: pacing waits before these. */
  delta: boolean;
  /** A recording's timing: the wait before this event, instead of what the pacing says. */
  waitMs?: number;
}
