// How an unknown scenario name's error lists the loaded ones: all of them, the nearest first when one is close.
import t from 'tap';
import { knownScenarios } from '../../../src/scenarios/known-names.js';

const names = ['weather', 'basic-tool-call', 'agent-loop', 'basic-text'];

t.test('a few names: all of them, sorted, the nearest first when one is within two edits', async (t) => {
  t.equal(knownScenarios('basic-tool-cal', names, { none: 'none' }), 'basic-tool-call (the nearest), agent-loop, basic-text, weather');
  t.equal(knownScenarios('Weathr', names, { none: 'none' }), 'weather (the nearest), agent-loop, basic-text, basic-tool-call', 'case aside');
  t.equal(knownScenarios('something-else', names, { none: 'none' }), 'agent-loop, basic-text, basic-tool-call, weather', 'none near: the list alone');
  t.equal(knownScenarios('x', [], { none: 'none' }), 'none');
});
