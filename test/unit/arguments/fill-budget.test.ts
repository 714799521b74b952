// A fill whose budget is spent reads nothing more of the prompt: the properties after that point keep their
// generated values without a look at the prompt, so a wide tool costs the budget, not properties × prompt.
import t from 'tap';
import { generateArgumentSets, PromptFacts } from '../../../src/domain/arguments/index.js';
import type { Mention } from '../../../src/domain/arguments/prompt/mentions.js';

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
