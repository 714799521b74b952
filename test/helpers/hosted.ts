// What the hosted-tool tests share: the OpenAI hosted tools as a request offers them, a one-scenario app option
// and the header that picks it, and readers of a response's output (its item types, the first item of a type,
// the first message's text part).
import type { AppOptions } from '../../src/app.js';
import type { Rule } from '../../src/schemas/fixtures.js';
import type { Wire } from './wire.js';

export const code = { type: 'code_interpreter', container: { type: 'auto' } };
export const files = { type: 'file_search', vector_store_ids: ['vs_docs'] };
export const patch = { type: 'apply_patch' };

/** App options with one scenario, `s`, of these rules; SCENARIO is the header that picks it. */
export const scripted = (rules: Rule[]): AppOptions => ({ scenarios: { s: { rules } } });
export const SCENARIO = { 'x-mock-scenario': 's' };

export const typesOf = (body: Wire): string[] => (body.output as Wire[]).map((item) => item.type as string);
export const itemOf = (body: Wire, type: string): Wire => (body.output as Wire[]).find((item) => item.type === type)!;
/** The first message's first content part (its `text` and `annotations`). */
export const textOf = (body: Wire): Wire => itemOf(body, 'message').content[0];
