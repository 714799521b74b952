// Fixture regexes run on RE2: catastrophic patterns are linear, flags i/m/s hold, and what RE2 cannot run
// (look-around, back-references) is refused when a fixture loads, with the reason.
import t from 'tap';
import { compileRegex, fixturePattern } from '../../../src/domain/scenarios/regex.js';
import { matchesString } from '../../../src/domain/scenarios/match.js';
import { validateScenario } from '../../../src/domain/scenarios/validate.js';

t.test('patterns that backtrack for ever elsewhere finish here', async (t) => {
  // A backtracking engine needs about 2^n steps on these; this run finishes, which is the proof.
  const text = `${'a'.repeat(50_000)}!`;
  for (const source of ['^(a+)+$', '^(a|a)*$', '(a*)*b', '^(\\w+\\s?)*$']) t.equal(fixturePattern(source)!.test(text), false, source);
  t.ok(matchesString({ regex: '^(a+)+$' }, 'a'.repeat(50_000)));
});

t.test('flags', async (t) => {
  t.ok(matchesString({ regex: 'weather in (\\w+)', flags: 'i' }, 'WEATHER IN PARIS'));
  t.notOk(matchesString({ regex: 'weather in (\\w+)' }, 'WEATHER IN PARIS'));
  t.ok(matchesString({ regex: '^second$', flags: 'm' }, 'first\nsecond\nthird'));
  t.ok(matchesString({ regex: 'a.b', flags: 's' }, 'a\nb'));
  t.ok(matchesString({ regex: '^\\p{Lu}', flags: 'u' }, 'Élan'));
  t.ok(matchesString({ regex: 'x', flags: 'gy' }, 'yx'), 'g and y do not change a test');
});

t.test('look-around and back-references are refused at load, with the reason', async (t) => {
  for (const source of ['(?<=in )Paris', 'Paris(?! Hilton)', '(\\w)\\1']) {
    const compiled = compileRegex(source);
    t.notOk(compiled.ok, source);
    const checked = validateScenario({ rules: [{ match: { message: { regex: source } }, respond: { text: 'x' } }] });
    t.match(checked.ok ? [] : checked.problems, [/^rules\[0\]\.match\.message\.regex: uses what the linear-time engine \(RE2\) does not run/]);
  }
  const broken = validateScenario({ rules: [{ match: { model: { regex: '(' } }, respond: { text: 'x' } }] });
  t.match(broken.ok ? [] : broken.problems, [/^rules\[0\]\.match\.model\.regex: does not compile/]);
});
