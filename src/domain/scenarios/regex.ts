// Fixture regexes (`{ regex, flags }` in a rule's match) run on RE2 (re2js): time linear in the text whatever
// the pattern, so that `^(a+)+$` cannot stall every test sharing the mock. What RE2 lacks (look-around,
// back-references) is refused when the fixture loads, with the reason.
import type { RE2JS as Re2 } from 're2js';
import { loadRe2 } from '../../lazy-modules.js';

export interface TextPattern {
  test(text: string): boolean;
}

export type Compiled = { ok: true; pattern: TextPattern } | { ok: false; reason: string };

/** `i`, `m` and `s` change matching; `u` and `v` are how RE2 reads patterns anyway; `g`, `y`, `d` do not apply to a test. */
function flagBits(RE2JS: typeof Re2, flags: string): number {
  let bits = 0;
  if (flags.includes('i')) bits |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) bits |= RE2JS.MULTILINE;
  if (flags.includes('s')) bits |= RE2JS.DOTALL;
  return bits;
}

export function compileRegex(source: string, flags = ''): Compiled {
  try {
    const { RE2JS } = loadRe2();
    const re2 = RE2JS.compile(RE2JS.translateRegExp(source), flagBits(RE2JS, flags));
    return { ok: true, pattern: { test: (text) => re2.test(text) } };
  } catch (error) {
    try {
      new RegExp(source, flags.replace(/[gyd]/g, ''));
    } catch (syntax) {
      return { ok: false, reason: `does not compile (${(syntax as Error).message})` };
    }
    return {
      ok: false,
      reason: `uses what the linear-time engine (RE2) does not run — look-around or a back-reference (${(error as Error).message.slice(0, 120)}); fixture regexes run in linear time so that no pattern can stall the server: rewrite it without them`,
    };
  }
}

/** Compiled fixture patterns, by flags and source (fixtures are few; the map is cleared if it ever fills). */
const compiled = new Map<string, TextPattern | null>();

/** The pattern for a fixture regex; null when it does not compile on RE2 (fixtures are checked on load). */
export function fixturePattern(source: string, flags = ''): TextPattern | null {
  const key = `${flags}/${source}`;
  let pattern = compiled.get(key);
  if (pattern === undefined) {
    const result = compileRegex(source, flags);
    pattern = result.ok ? result.pattern : null;
    if (compiled.size >= 1000) compiled.clear();
    compiled.set(key, pattern);
  }
  return pattern;
}
