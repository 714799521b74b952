// Which session goes when a limit is reached: one whose loss breaks nothing before one that holds state, and a
// definition given for a session is state, even in a session that came back after a drop under the same name.
import t from 'tap';
import type { RegisteredScenario } from '../../../src/scenarios/registry.js';
import { progressOf, SessionRegistry } from '../../../src/state/sessions.js';

const definition = (text: string): RegisteredScenario => ({ name: 'x', version: 1, bytes: 100, source: 'code', owner: 'a', scenario: { rules: [{ respond: { text } }] } });

t.test('a session that came back and was given its definition again is not dropped as if it held nothing', async (t) => {
  let clock = 0;
  const registry = new SessionRegistry({ storeLimit: 10, sessionLimit: 2, idleMs: 1_000, now: () => clock });
  registry.startScenario('a', 'x', { own: definition('first') });
  clock = 5_000;
  registry.startScenario('b', 'y');
  registry.startScenario('c', 'z');
  t.equal(registry.peek('a'), undefined, 'a, idle, was dropped');
  t.match(registry.lostNote('a'), { defaultScenario: 'x' });
  registry.startScenario('a', 'x', { own: definition('again') });
  t.ok(registry.peek('a')?.ownScenario, 'a came back and was given its definition again');
  registry.get('d');
  t.ok(registry.peek('a'), 'a, holding a definition, stays');
  t.equal(registry.size, 2);
});

t.test('a session id dropped again and again keeps a bounded note of the scenarios it had progress in', async (t) => {
  let clock = 0;
  const registry = new SessionRegistry({ storeLimit: 10, sessionLimit: 1, idleMs: 1, now: () => clock });
  for (let round = 0; round < 600; round += 1) {
    clock += 10;
    const session = registry.get('a');
    progressOf(session, { name: `inline-${round}`, version: 1, ruleCount: 2 }).turn = 1;
    clock += 10;
    registry.get(`other-${round}`);
  }
  const note = registry.lostNote('a');
  t.equal(note?.scenarios.length, 256, 'the newest 256 names are kept');
  t.equal(note?.scenarios.at(-1), 'inline-599', 'the latest is among them');
});
