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

const rules = (text: string) => ({ rules: [{ respond: { text } }] });

t.test('shared scenarios are bounded in number and bytes: past a limit nothing is added and the message says why', async (t) => {
  const registry = new ScenarioRegistry(undefined, { scenarios: 2, bytes: 1_000_000 });
  t.same(registry.putShared([['a', rules('a')], ['b', rules('b')]]), { ok: true });
  const full = registry.putShared([['b', rules('b2')], ['c', rules('c')]]);
  t.match(full, { ok: false, message: /^Too many scenarios: 3 taking 1\.\d KiB would pass the limit of 2 scenarios and 976\.6 KiB .*DELETE \/__mock\/scenarios\/:name/ });
  t.same(registry.names(), ['a', 'b'], 'all or none: b is not replaced either');
  t.same(registry.get('b')?.scenario, rules('b'));
  t.same(registry.putShared([['b', rules('b3')]]), { ok: true }, 'a replacement frees its own place');
  t.throws(() => registry.put('c', rules('c')), /Too many scenarios/, 'put throws past the limit');

  const small = new ScenarioRegistry(undefined, { scenarios: 100, bytes: 2_000 });
  t.match(small.putShared([['big', rules('x'.repeat(1_000))]]), { ok: false, message: /^Too many scenarios: 1 taking 2\.\d KiB would pass the limit of 100 scenarios and 2\.0 KiB/ });
  t.same(small.names(), []);
});

t.test('initial scenarios past the limits throw; a reload past them changes nothing and says why', async (t) => {
  const three = new Map(['a', 'b', 'c'].map((name) => [name, scenario(name)]));
  t.throws(() => new ScenarioRegistry({ now: three }, { scenarios: 2, bytes: 1_000_000 }), /Too many scenarios: 3/);
  const registry = new ScenarioRegistry({ now: new Map([['a', scenario('a')]]) }, { scenarios: 2, bytes: 1_000_000 });
  t.match(registry.replaceAll(three), /Too many scenarios: 3/);
  t.same(registry.names(), ['a']);
  t.equal(registry.replaceAll(new Map([['b', scenario('b')], ['c', scenario('c')]])), null, 'files replaced by files: a goes, b and c fit');
  t.same(registry.names(), ['b', 'c']);
});

t.test('a definition given for a session does not count against the limits, and release removes it unless replaced since', async (t) => {
  const registry = new ScenarioRegistry(undefined, { scenarios: 1, bytes: 1_000_000 });
  registry.put('shared', rules('s'));
  const own = registry.putOwn('inline-1', rules('mine'), { source: 'code', session: 's1' });
  t.equal(own.owner, 's1');
  t.ok(own.bytes > 2 * JSON.stringify(rules('mine')).length, 'its bytes estimated from its JSON text');
  t.same(registry.stats(), { shared: 1, sharedBytes: registry.get('shared')!.bytes, limit: 1, bytesLimit: 1_000_000, sessionOwn: 1 });
  const taken = registry.putOwn('weather', rules('first'), { source: 'code', session: 'a' });
  registry.putOwn('weather', rules('second'), { source: 'code', session: 'b' });
  registry.release(taken);
  t.same(registry.get('weather')?.scenario, rules('second'), "a's release leaves b's definition of the name");
  registry.release(own);
  t.same(registry.names(), ['shared', 'weather']);
});
