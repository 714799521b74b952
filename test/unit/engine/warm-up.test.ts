// The CLI's warm-up of the prompt readers changes no reading: what tools match a prompt and the arguments filled
// for it are the same before and after it runs, for prompts that share its words and for others.
import t from 'tap';
import { generateArgumentSets } from '../../../src/domain/arguments/index.js';
import { matchTools } from '../../../src/domain/engine/matching/match-tools.js';
import { warmReaders } from '../../../src/domain/engine/warm-up.js';
import type { FunctionTool } from '../../../src/domain/types.js';

const tool = (name: string, description: string, properties: Record<string, unknown>): FunctionTool => ({ name, description, strict: undefined, parameters: { type: 'object', properties, required: Object.keys(properties) } });
const TOOLS = [
  tool('get_weather', 'Get the current weather for a city.', { city: { type: 'string' }, date: { type: 'string', format: 'date' } }),
  tool('place_order', 'Order food for delivery.', { item: { type: 'string' }, quantity: { type: 'integer' }, time: { type: 'string', format: 'time' } }),
  tool('send_email', 'Send an email.', { to: { type: 'string', format: 'email' }, subject: { type: 'string' } }),
];
const PROMPTS = [
  'What is the weather in Paris at 8 pm tomorrow?',
  'Today is 2026-01-05. Order 2 pizzas for 7:30 pm',
  'Email ana@example.com about order ORD-123456',
  'Tell me a story about a lighthouse keeper',
];

const readings = (): unknown[] => PROMPTS.flatMap((prompt) => [
  matchTools(prompt, TOOLS).map((match) => [match.tool.name, match.score, match.why]),
  ...TOOLS.map((offered) => generateArgumentSets({ schema: offered.parameters, prompt, seed: 7, now: () => 1_767_571_200 })),
]);

t.test('readings are the same before and after the warm-up', async (t) => {
  const before = readings();
  warmReaders();
  t.same(readings(), before);
  t.ok(JSON.stringify(before).includes('Paris'), 'the readings read the prompts');
});
