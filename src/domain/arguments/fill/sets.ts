// Several argument sets from one prompt: when the value read for the tool's main parameter came from a
// list ("weather in Paris and London"), one set per listed value, in prompt order, at most eight.
import type { Candidate } from './candidates/candidate.js';
import { valuesFor } from './convert.js';
import type { PropertyView } from './schema-view.js';
import { FREE_TEXT_ROLES } from '../prompt/kinds.js';
import { setOwn } from '../schema/generate.js';
import { isRecord } from '../../is-record.js';
import type { Validate } from '../schema/ajv/validator.js';

export const MAX_SETS = 8;

function isMainKind(property: PropertyView): boolean {
  if (property.fixed) return false;
  const { role } = property;
  if (role === 'location' || FREE_TEXT_ROLES.has(role)) return true;
  return property.enumValues.some((value) => typeof value === 'string');
}

/** The first required location-like, free-text or enum property; else the first such optional one. */
export function mainProperty(properties: readonly PropertyView[]): PropertyView | undefined {
  return properties.find((property) => property.required && isMainKind(property)) ?? properties.find(isMainKind);
}

export interface ExpandRequest {
  value: unknown;
  properties: readonly PropertyView[];
  applied: ReadonlyMap<string, Candidate>;
  validate: Validate;
}

/** One JSON text per listed value of the main parameter, or just the value's own text. */
export function expandSets(request: ExpandRequest): string[] {
  const single = [JSON.stringify(request.value)];
  const main = mainProperty(request.properties);
  const list = main === undefined ? undefined : request.applied.get(main.name)?.list;
  if (main === undefined || list === undefined || list.length < 2 || !isRecord(request.value)) return single;
  const texts: string[] = [];
  for (const item of list) {
    if (texts.length >= MAX_SETS) break;
    const variant = structuredClone(request.value);
    const accepted = valuesFor(main, item).find((candidate) => {
      setOwn(variant, main.name, candidate);
      return request.validate(variant);
    });
    const text = JSON.stringify(variant);
    if (accepted !== undefined && !texts.includes(text)) texts.push(text);
  }
  return texts.length > 1 ? texts : single;
}
