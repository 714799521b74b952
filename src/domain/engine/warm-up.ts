// What a first create request would otherwise pay on its own: the prompt readers' regular expressions compile on
// their first runs (a second run compiles the busiest to machine code), and the first one with the i and u flags
// loads the case-folding data. The CLI reads a sample prompt twice a moment after it listens, each read on its own
// turn of the event loop. Pure: the memos it fills only save time, and no answer changes.
import { generateArgumentSets } from '../arguments/index.js';
import type { FunctionTool } from '../types.js';
import { matchTools } from './matching/match-tools.js';

/** A prompt with what first requests commonly hold: a stated date, a place, a time of day, an address, an id, a count. */
const PROMPT = 'Today is 2026-01-05. What is the weather in Paris at 8 pm tomorrow? Email ana@example.com about order ORD-123456 and 2 pizzas.';
const TOOL: FunctionTool = {
  name: 'get_weather',
  description: 'Get the current weather for a city.',
  strict: undefined,
  parameters: { type: 'object', properties: { city: { type: 'string' }, date: { type: 'string', format: 'date' }, quantity: { type: 'integer' } }, required: ['city'] },
};
/** 2026-01-05 00:00 UTC, the sample's clock. */
const NOW = 1_767_571_200;

/** Reads the sample prompt as a create request would: tool matching, then argument filling. Run it twice. */
export function warmReaders(): void {
  matchTools(PROMPT, [TOOL]);
  generateArgumentSets({ schema: TOOL.parameters, prompt: PROMPT, seed: 0, now: () => NOW });
}
