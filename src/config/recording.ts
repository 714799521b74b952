// Settings that only mean something when recording (--record or --record-missing), checked together: given
// without either, a recording setting would do nothing, and a user who dropped --record (or mistyped its
// variable) would learn it only from an empty folder.

/** The settings read here (of config.ts's Config). */
export interface RecordingSettings {
  record: string | undefined;
  recordMissing: string | undefined;
  watch: boolean;
  recordName: string | undefined;
  recordTiming: boolean;
  upstreamOpenrouter: string;
  upstreamOpenai: string;
}

/** The settings only a recording run reads. */
const RECORD_ONLY = ['recordName', 'recordTiming', 'upstreamOpenrouter', 'upstreamOpenai'] as const;
/** verify-recordings reads these variables too. */
const SHARED_VARIABLES = new Set(['RESPONSES_MOCK_UPSTREAM_OPENROUTER', 'RESPONSES_MOCK_UPSTREAM_OPENAI']);

/**
 * `given` names how each setting was set (`--record-name`, `RESPONSES_MOCK_RECORD_TIMING`). Problems stop
 * start-up; notes are logged as warnings once the server is up. A recording setting given as a flag without
 * --record or --record-missing is a problem; as a variable, a note, and the setting is dropped (`dropped`): one
 * environment often serves a recording run and a replay run, which empties RESPONSES_MOCK_RECORD only.
 */
export function recordingProblems(config: RecordingSettings, given: ReadonlyMap<string, string>): { problems: string[]; notes: string[]; dropped: string[] } {
  const problems: string[] = [];
  const notes: string[] = [];
  const dropped: string[] = [];
  if (config.record !== undefined && config.recordMissing !== undefined) problems.push('--record and --record-missing: give one of them');
  // A reload restarts every session's progress through the reloaded scenario, and each write would reload.
  if (config.recordMissing !== undefined && config.watch) problems.push('--watch cannot be combined with --record-missing (each recorded exchange would reload the scenarios mid-session)');
  if (config.record !== undefined || config.recordMissing !== undefined) return { problems, notes, dropped };
  for (const key of RECORD_ONLY) {
    const name = given.get(key);
    if (name === undefined || config[key] === false) continue;
    if (name.startsWith('--')) {
      problems.push(`${name}: takes effect only with --record or --record-missing, and neither is given`);
      continue;
    }
    dropped.push(key);
    notes.push(`${name} is set but nothing is recorded: it takes effect only with --record or --record-missing${SHARED_VARIABLES.has(name) ? ' (and in verify-recordings)' : ''}`);
  }
  return { problems, notes, dropped };
}

/**
 * The same in code (buildApp, startMockServer): recordName or recordTiming without record or recordMissing. The
 * upstream URLs are not checked here: the command line passes them from its variables, which it only notes.
 */
export function optionRecordingProblems(settings: Partial<RecordingSettings>): string[] {
  if (settings.record !== undefined || settings.recordMissing !== undefined) return [];
  return (['recordName', 'recordTiming'] as const)
    .filter((key) => settings[key] !== undefined && settings[key] !== false)
    .map((key) => `${key}: takes effect only with record or recordMissing, and neither is given`);
}
