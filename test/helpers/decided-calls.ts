// The calls the rule-based engine decides for a prompt and a tool set (OpenAI rules, no history), as [name,
// arguments] pairs, the strict function tool the reading tests offer, and the message and money tools they share.
import { createRandom } from '../../src/deps.js';
import { decide } from '../../src/domain/engine/plan.js';
import { prepareRequest } from '../../src/domain/validation/prepare.js';
import { openAIProfile } from '../../src/providers/index.js';
import { EMPTY_HISTORY } from '../../src/state/responses/response-store.js';

/** A strict function tool whose properties are all required and no others allowed. */
export function strictTool(name: string, description: string, properties: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'function', name, description, strict: true,
    parameters: { type: 'object', properties, required: Object.keys(properties), additionalProperties: false },
  };
}

/** The calls decided for `input` with `tools`, under a random source starting with `seed` (1 unless told). */
export function decidedCalls(tools: readonly object[], input: string, options: { seed?: number } = {}): Array<[string, Record<string, unknown>]> {
  const prepared = prepareRequest({ model: 'gpt-4o', input, tools }, { rules: openAIProfile.rules('lenient'), history: EMPTY_HISTORY });
  if (!prepared.ok) throw new Error(prepared.error.message);
  const decision = decide(prepared.value, createRandom([options.seed ?? 1, 2, 3, 4]));
  if (!decision.ok) throw new Error(decision.error.message);
  return decision.value.calls.map((call) => [call.tool.name, 'arguments' in call ? JSON.parse(call.arguments) as Record<string, unknown> : {}]);
}

const text = { type: 'string' };
/** The everyday tools of the money and message readings: an email, a text message, a transfer. */
export const MESSAGING_TOOLS = [
  strictTool('send_email', 'Send an email.', { to: text, subject: text, body: text }),
  strictTool('send_message', 'Send a text message to someone.', { to: text, message: text }),
];
export const TRANSFER_TOOL = strictTool('transfer_money', 'Transfer money to someone.', { to: text, amount: { type: 'number' } });

/** The names of the calls decided, in order. */
export function calledNames(calls: ReadonlyArray<readonly [string, unknown]>): string[] {
  return calls.map(([name]) => name);
}

/** A function tool without parameters, as the switching readings offer. */
export function plainTool(name: string, description: string): Record<string, unknown> {
  return { type: 'function', name, description, parameters: { type: 'object', properties: {} } };
}

/** A TV and the lights, each switched on and off by a tool of its own. */
export const TV_AND_LIGHTS = [
  plainTool('turn_on_tv', 'Turn on the TV.'), plainTool('turn_off_tv', 'Turn off the TV.'),
  plainTool('turn_on_lights', 'Turn on the lights.'), plainTool('turn_off_lights', 'Turn off the lights.'),
];
