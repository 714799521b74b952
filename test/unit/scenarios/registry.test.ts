// The scenario registry: a set given as a loader (the shipped fixtures) is loaded on first use, once, beneath
// what is there (the user's folders, what was added), so that adding or replacing behaves as if it had been
// loaded at start.
import t from 'tap';
import type { LoadedScenario } from '../../../src/scenarios/load.js';
import { ScenarioRegistry } from '../../../src/scenarios/registry.js';

const scenario = (text: string): LoadedScenario => ({ scenario: { rules: [{ respond: { text } }] }, source: 'shipped.yaml' });

t.test('a loader runs on first use, once', async (t) => {
  let loads = 0;
  const registry = new ScenarioRegistry({ now: new Map(), later: () => {
    loads += 1;
    return new Map([['a', scenario('from file')]]);
  } });
  t.equal(loads, 0, 'nothing loaded before use');
  t.same(registry.names(), ['a']);
  t.equal(registry.get('a')?.source, 'shipped.yaml');
  t.equal(loads, 1);
});

t.test('what is added first is added on top of the loaded set', async (t) => {
  const registry = new ScenarioRegistry({ now: new Map(), later: () => new Map([['a', scenario('from file')], ['b', scenario('from file')]]) });
  registry.put('a', { rules: [{ respond: { text: 'from code' } }] }, 'code');
  t.same(registry.names(), ['a', 'b']);
  t.same(registry.get('a')?.scenario.rules[0]?.respond, { text: 'from code' });
});

t.test('a loader that throws is tried again on the next use', async (t) => {
  let fail = true;
  const registry = new ScenarioRegistry({ now: new Map(), later: () => {
    if (fail) throw new Error('broken');
    return new Map([['a', scenario('x')]]);
  } });
  t.throws(() => registry.names(), /broken/);
  fail = false;
  t.same(registry.names(), ['a']);
});

t.test('the set loaded later lies beneath the one given now; sessions claimed now are known before', async (t) => {
  const own: LoadedScenario = { scenario: { sessions: ['s1'], rules: [{ respond: { text: 'mine' } }] }, source: 'mine.yaml' };
  let loads = 0;
  const registry = new ScenarioRegistry({ now: new Map([['a', own]]), later: () => {
    loads += 1;
    return new Map([['a', scenario('shipped')], ['b', scenario('shipped')]]);
  } });
  t.equal(registry.forSession('s1')?.name, 'a', 'without loading the rest');
  t.equal(loads, 0);
  t.same(registry.names(), ['a', 'b']);
  t.equal(registry.get('a')?.source, 'mine.yaml', 'the name held is kept');
});

t.test('a reload of the files (--watch) keeps what the admin API and code added', async (t) => {
  const registry = new ScenarioRegistry({ now: new Map([['file', scenario('from file')], ['gone', scenario('from file')]]) });
  registry.put('api', { rules: [{ respond: { text: 'from the admin API' } }] });
  registry.put('code', { rules: [{ respond: { text: 'from code' } }] }, 'code');
  registry.replaceAll(new Map([['file', scenario('edited')]]));
  t.same(registry.names(), ['api', 'code', 'file'], 'the file scenario removed from its file goes; the others stay');
  t.same(registry.get('file')?.scenario.rules[0]?.respond, { text: 'edited' });
});
