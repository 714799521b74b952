// What a session holds besides its journal and stores is bounded too: the progress of every scenario it used is
// charged against --state-memory (and given back when the session goes), and the notes of dropped sessions are
// bounded in bytes as well as in number.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import t from 'tap';
import { LostNotes } from '../../../src/state/lost-notes.js';
import { progressOf, pruneProgress, type LostState } from '../../../src/state/session.js';
import { SessionRegistry } from '../../../src/state/sessions.js';

const note = (scenarios: string[]): LostState => ({ at: 0, limit: 'session-limit', scenarios, defaultScenario: undefined, storedResponses: 0, conversations: 0, journalEntries: 0 });

t.test('scenario progress is charged to its session and given back when the session goes', async (t) => {
  const registry = new SessionRegistry({ storeLimit: 10, sessionLimit: 10, now: () => 0 });
  const session = registry.get('cycling');
  const base = registry.bytes;
  for (let index = 0; index < 1_000; index += 1) progressOf(session, { name: `scenario-${index}`, version: 1, ruleCount: 20 }).turn += 1;
  t.ok(registry.bytes - base >= 1_000 * (20 * 8 + 2 * 'scenario-0'.length), `1,000 scenarios' progress counted (${registry.bytes - base} bytes)`);
  const grown = registry.bytes;
  progressOf(session, { name: 'scenario-0', version: 1, ruleCount: 20 });
  t.equal(registry.bytes, grown, 'the same progress again costs nothing more');
  progressOf(session, { name: 'scenario-0', version: 2, ruleCount: 40 });
  t.equal(registry.bytes, grown + 20 * 8, 'a replaced scenario\'s progress is counted at its new size');
  registry.reset('cycling');
  registry.get('other');
  t.equal(registry.bytes, base, 'a reset gives it all back');
});

t.test('a session cycling through scenarios counts against --state-memory: idle sessions are dropped for it', async (t) => {
  const registry = new SessionRegistry({ storeLimit: 10, sessionLimit: 1_000, stateMemory: 600_000, idleMs: 0, now: () => 0 });
  for (let index = 0; index < 100; index += 1) registry.get(`idle-${index}`);
  const session = registry.get('cycling');
  for (let index = 0; index < 2_000; index += 1) progressOf(session, { name: `scenario-${index}`, version: 1, ruleCount: 10 });
  t.ok(registry.size < 60, `idle sessions dropped (${registry.size} left)`);
  t.ok(registry.bytes <= 600_000, `within --state-memory (${registry.bytes})`);
});

t.test('progress in scenarios no longer loaded as they were is forgotten as the count doubles', async (t) => {
  const registry = new SessionRegistry({ storeLimit: 10, sessionLimit: 10, now: () => 0 });
  const session = registry.get('churn');
  const base = registry.bytes;
  // Each scenario is put, used once and deleted before the next: only the latest is loaded.
  let live = '';
  const versionOf = (name: string) => (name === live ? 1 : undefined);
  for (let index = 0; index < 10_000; index += 1) {
    live = `scenario-${index}`;
    pruneProgress(session, versionOf);
    progressOf(session, { name: live, version: 1, ruleCount: 3 }).turn += 1;
  }
  t.ok(session.progress.size <= 64, `progress kept for ${session.progress.size} scenarios, not 10,000`);
  t.ok(registry.bytes - base < 64 * 200, `and its bytes given back (${registry.bytes - base})`);
  progressOf(session, { name: 'recording', version: -1, ruleCount: 0 }).turn = 5;
  for (let index = 0; index < 200; index += 1) progressOf(session, { name: `more-${index}`, version: 1, ruleCount: 0 });
  pruneProgress(session, () => undefined);
  t.equal(session.progress.get('recording')?.turn, 5, "a recording's turn count is no registered scenario's: kept");
});

t.test('notes of dropped sessions: bounded in bytes as well as in number, oldest first out', async (t) => {
  const notes = new LostNotes({ entries: 100, bytes: 50_000 });
  const long = Array.from({ length: 100 }, (_, index) => `scenario-${'x'.repeat(100)}-${index}`);
  for (let index = 0; index < 20; index += 1) notes.set(`s${index}`, note(long));
  t.ok(notes.bytes <= 50_000, `within the bytes (${notes.bytes})`);
  t.ok(notes.size < 20 && notes.size > 0, `the oldest went (${notes.size} kept)`);
  t.ok(notes.get('s19'), 'the newest is kept');
  t.notOk(notes.get('s0'));
  for (let index = 0; index < 300; index += 1) notes.set(`small-${index}`, note([]));
  t.equal(notes.size, 100, 'and in number');
  notes.set('small-299', note(['a']));
  t.equal(notes.size, 100, 'a note replaced is not kept twice');
  notes.clear();
  t.same([notes.size, notes.bytes], [0, 0]);
});

t.test('the registry keeps its notes within their limits', async (t) => {
  const registry = new SessionRegistry({ storeLimit: 10, sessionLimit: 1, idleMs: 0, now: () => 0, lostNoteLimits: { entries: 1_000, bytes: 20_000 } });
  const names = Array.from({ length: 50 }, (_, index) => `a-long-scenario-name-${'y'.repeat(60)}-${index}`);
  for (let index = 0; index < 200; index += 1) {
    const session = registry.get(`run-${index}`);
    for (const name of names) progressOf(session, { name, version: 1, ruleCount: 1 }).turn += 1;
  }
  const stats = registry.stats();
  t.ok(stats.lostNoteBytes <= 20_000, `notes within their bytes (${stats.lostNoteBytes})`);
  t.ok(stats.lostNotes > 0 && stats.lostNotes < 199, `some kept, the oldest dropped (${stats.lostNotes})`);
  t.ok(registry.lostNote('run-198'), 'the newest note is kept');
});

t.test('an empty session is charged at least what it takes on the heap', async (t) => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const registry = new SessionRegistry({ storeLimit: 1_000, sessionLimit: 1_000_000, stateMemory: 2 ** 40 });
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let index = 0; index < 20_000; index += 1) registry.get(`test-session-${index}`);
  gc();
  const taken = (process.memoryUsage().heapUsed - before) / 20_000;
  const charged = registry.bytes / 20_000;
  t.ok(charged >= taken, `charged ${charged} bytes a session, taken ${taken.toFixed(0)}`);
});

t.test('scenario progress is charged at least what it takes on the heap, in the worst case', async (t) => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const registry = new SessionRegistry({ storeLimit: 1_000, sessionLimit: 10, stateMemory: 2 ** 40 });
  const session = registry.get('many');
  // Short names of scenarios no longer registered (the progress alone keeps each name), and just past a doubling
  // of the progress map: the most it takes per entry beyond the rule counters.
  const count = 8_200;
  // The code run once before, on another session: code V8 compiles during the count (on a busy machine, later) is
  // heap too, and is no entry's.
  const warm = registry.get('warm');
  for (let index = 0; index < count; index += 1) progressOf(warm, { name: `w${index}`, version: index + 1, ruleCount: 3 }).turn += 1;
  gc();
  const before = process.memoryUsage().heapUsed;
  const charged = registry.bytes;
  for (let index = 0; index < count; index += 1) {
    const progress = progressOf(session, { name: `s${index}`, version: index + 1, ruleCount: 3 });
    progress.turn += 1;
    progress.uses[0]! += 1;
  }
  gc();
  const taken = (process.memoryUsage().heapUsed - before) / count;
  const perEntry = (registry.bytes - charged) / count;
  t.ok(perEntry >= taken, `charged ${perEntry.toFixed(0)} bytes an entry, taken ${taken.toFixed(0)}`);
});
