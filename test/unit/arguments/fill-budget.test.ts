// A fill whose budget is spent reads nothing more of the prompt, and a numeric property's read of the whole prompt
// is paid from it: the properties past that point keep their generated values, so a wide tool costs the budget,
// not properties × prompt.
import t from 'tap';
import { generateArgumentSets, PromptFacts } from '../../../src/domain/arguments/index.js';
import type { Mention } from '../../../src/domain/arguments/prompt/mentions.js';
import type { PromptIndex } from '../../../src/domain/arguments/prompt/prompt-index.js';

/** The prompt's facts, counting how often a property asks for the prompt's identifier-shaped tokens. */
class CountingFacts extends PromptFacts {
  asked = 0;
  override forSchema(): PromptFacts {
    return this;
  }
  override shapedTokens(): Mention[] {
    this.asked += 1;
    return super.shapedTokens();
  }
}

t.test('past the fill budget, the remaining properties do not read the prompt', async (t) => {
  const count = 3000;
  const properties = Object.fromEntries(Array.from({ length: count }, (_, index) => [`sku_${index}`, { type: 'string' }]));
  // Every property is led by `sku`, and the prompt writes 12,500 tokens so led: each property looked at all of
  // them, and went on building them after the budget was spent (15 s for 4,900 properties and 100 KB).
  const facts = new CountingFacts('sku_1-x '.repeat(12_500));
  const generated = generateArgumentSets({ schema: { type: 'object', properties }, prompt: facts, seed: 1 });
  t.ok(generated.ok);
  t.ok(facts.asked < count, `${facts.asked} look-ups for ${count} properties`);
});

/** The prompt's facts, counting how often a numeric property asks for the spans of time the prompt writes. */
class CountingDurations extends PromptFacts {
  asked = 0;
  override forSchema(): PromptFacts {
    return this;
  }
  override durations(): ReturnType<PromptFacts['durations']> {
    this.asked += 1;
    return super.durations();
  }
}

t.test('each numeric property read costs the prompt\'s length: a long prompt is read for the first few hundred', async (t) => {
  const count = 2000;
  const properties = Object.fromEntries(Array.from({ length: count }, (_, index) => [`wait_minutes_${index}`, { type: 'integer' }]));
  // Each numeric property runs its own patterns over the whole prompt (extract-numbers.ts): 4,900 properties
  // against 100 KB took a minute a request, though the prompt gives them nothing to try.
  const facts = new CountingDurations('lorem ipsum dolor sit amet '.repeat(3_000));
  const generated = generateArgumentSets({ schema: { type: 'object', properties }, prompt: facts, seed: 1 });
  t.ok(generated.ok);
  t.ok(facts.asked > 0, 'the first properties are read');
  t.ok(facts.asked < count / 2, `${facts.asked} of ${count} properties read`);
});

/** The prompt's facts, counting how often the folded prompt is read whole (a search that starts with no word). */
class CountingScans extends PromptFacts {
  scans = 0;
  private counted: PromptIndex | undefined;
  override forSchema(): PromptFacts {
    return this;
  }
  override index(): PromptIndex {
    if (this.counted === undefined) {
      const { flat, words } = super.index();
      const counting = { words, get flat(): string { counting.reads += 1; return flat; }, reads: 0 };
      this.counted = counting;
    }
    return this.counted;
  }
  get reads(): number {
    return (this.counted as { reads?: number } | undefined)?.reads ?? 0;
  }
}

t.test('a key that starts with no word (`$a1`) is searched for through the prompt, at a cost: not for every property', async (t) => {
  const count = 3000;
  const properties = Object.fromEntries(Array.from({ length: count }, (_, index) => [`$a${index}`, { type: 'string' }]));
  // Each property's search read the whole prompt, charged as one place: 4,900 properties, 100 KB: 3 s a request.
  const facts = new CountingScans('$'.repeat(100_000));
  const generated = generateArgumentSets({ schema: { type: 'object', properties }, prompt: facts, seed: 1 });
  t.ok(generated.ok);
  t.ok(facts.reads > 0, 'the first keys are searched for');
  t.ok(facts.reads < count, `${facts.reads} reads of the prompt for ${count} properties`);
});
