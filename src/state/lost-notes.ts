// The notes of dropped sessions that held state (what each lost), kept so that a later request that needed it
// gets a clear error: bounded in entries and in bytes (a note lists the scenarios it had started), oldest first out.
import type { LostState } from './session.js';

export interface LostNoteLimits {
  entries: number;
  bytes: number;
}

/** About a few hundred bytes a note; 10,000 of them, or 16 MiB when they list many scenarios. */
export const LOST_NOTE_LIMITS: LostNoteLimits = { entries: 10_000, bytes: 16 * 1024 * 1024 };

export class LostNotes {
  private readonly notes = new Map<string, { note: LostState; bytes: number }>();
  private held = 0;

  constructor(private readonly limits: LostNoteLimits = LOST_NOTE_LIMITS) {}

  get size(): number {
    return this.notes.size;
  }

  get bytes(): number {
    return this.held;
  }

  get(id: string): LostState | undefined {
    return this.notes.get(id)?.note;
  }

  /** Keeps the note of a dropped session (replacing an earlier one), dropping the oldest notes past the limits. */
  set(id: string, note: LostState): void {
    this.delete(id);
    const bytes = noteBytes(id, note);
    this.notes.set(id, { note, bytes });
    this.held += bytes;
    while (this.notes.size > this.limits.entries || (this.held > this.limits.bytes && this.notes.size > 1)) this.delete(this.notes.keys().next().value!);
  }

  delete(id: string): void {
    const kept = this.notes.get(id);
    if (!kept) return;
    this.held -= kept.bytes;
    this.notes.delete(id);
  }

  clear(): void {
    this.notes.clear();
    this.held = 0;
  }
}

function noteBytes(id: string, note: LostState): number {
  let bytes = 256 + 2 * id.length + 2 * (note.defaultScenario?.length ?? 0);
  for (const name of note.scenarios) bytes += 16 + 2 * name.length;
  return bytes;
}
