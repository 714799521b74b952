// What the bounded caches of patterns charge an entry is about what it holds on the heap, so that their byte
// limits bound memory: an RE2 program, a randexp tree and a compiled JavaScript RegExp are each several KB
// (they were charged a tenth of that).
import t, { type Test } from 'tap';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createRandom } from '../../../src/deps.js';
import { regExpBytes } from '../../../src/domain/arguments/cache.js';
import { patternCacheStats, patternMatcher, stringFromPattern } from '../../../src/domain/arguments/schema/pattern/patterns.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

async function heapAfterGc(): Promise<number> {
  await nextTurn();
  gc();
  return process.memoryUsage().heapUsed;
}

/** Asserts `charged` is within a factor of about two of `held`. */
function near(t: Test, args: { charged: number; held: number; what: string }): void {
  const ratio = args.charged / args.held;
  t.ok(ratio > 0.5 && ratio < 2.5, `${args.what}: charged ${Math.round(args.charged / 1024)} KB for ${Math.round(args.held / 1024)} KB held (${ratio.toFixed(2)})`);
}

const words = (index: number, count: number): string => Array.from({ length: count }, (_, k) => `w${index}x${k}`).join('|');

t.test('schema patterns: RE2 programs and randexp trees are charged about what they hold', async (t) => {
  patternMatcher('^warm$')?.test('warm');
  stringFromPattern('^warm$', createRandom([0, 0, 0, 0]));
  for (const count of [1, 30]) {
    const before = patternCacheStats();
    const heapBefore = await heapAfterGc();
    for (let index = 0; index < 300; index += 1) {
      const source = `^p${count}n${index}(${words(index, count)})[a-z]{1,9}$`;
      patternMatcher(source)?.test(`p${count}n${index}w${index}x0abc`);
      stringFromPattern(source, createRandom([index, 0, 0, 0]));
    }
    const held = (await heapAfterGc()) - heapBefore;
    const after = patternCacheStats();
    const charged = after.matchers.bytes - before.matchers.bytes + after.generators.bytes - before.generators.bytes;
    near(t, { charged, held, what: `patterns of ${count} alternatives` });
  }
});

t.test('a JavaScript RegExp that has run is charged about what V8 compiled for it', async (t) => {
  for (const count of [1, 40]) {
    const kept: RegExp[] = [];
    const heapBefore = await heapAfterGc();
    for (let index = 0; index < 300; index += 1) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])(["'“‘])?(?:${words(index, count)})["'”’]?(?![\\p{L}\\p{N}_])(\\s*[:=]\\s*|\\s+)`, 'iuy');
      for (let at = 0; at < 12; at += 1) {
        pattern.lastIndex = at;
        pattern.exec(`with w${index}x0 = Paris, and more text ${at}`);
      }
      kept.push(pattern);
    }
    const held = (await heapAfterGc()) - heapBefore;
    near(t, { charged: kept.reduce((sum, pattern) => sum + regExpBytes(pattern), 0), held, what: `RegExps of ${count} alternatives` });
  }
});
