// Which properties a generated object holds: the required ones (and those they depend on), then properties,
// pattern properties or other names until minProperties is met. An added name meets `propertyNames` and, in
// a closed object, a pattern property; a pattern that admits one name only as drawn (`^n_`) grows a suffix.
import type { Random } from '../../../deps.js';
import type { SchemaContext } from './context.js';
import { MAX_ATTEMPTS } from './limits.js';
import { patternMatcher, stringFromPattern } from './pattern/patterns.js';
import { fits, makeString } from './scalars.js';
import type { Built, Node } from './types.js';

/** What choosing names reads of the generator's state. */
export interface NameState {
  context: SchemaContext;
  random: Random;
  attempt: number;
  minimal: boolean;
}

const fail = (pointer: string, reason: string): Built<never> => ({ ok: false, problem: { pointer, reason } });

export function objectNames(node: Node, state: NameState): Built<string[]> {
  const { properties, required, closed, patternProperties, minProperties, maxProperties, dependentRequired } = node.object;
  // Optional properties join only on later tries (an anyOf may ask for one).
  const optional = state.attempt >= MAX_ATTEMPTS / 2 && !state.minimal;
  if (!optional && dependentRequired.size === 0 && minProperties <= required.length && required.length <= maxProperties) return { ok: true, value: required };
  const names = new Set<string>(required);
  const close = (): void => {
    for (const name of names) for (const need of dependentRequired.get(name) ?? []) names.add(need);
  };
  close();
  for (const name of properties.keys()) {
    if (!optional && names.size >= minProperties) break;
    names.add(name);
    close();
  }
  const nameNode = namesNode(node, state);
  if (nameNode !== undefined && !nameNode.ok) return nameNode;
  const named = (name: string): boolean => nameNode === undefined || fits(nameNode.value, name);
  for (let serial = 1; names.size < minProperties && serial <= minProperties + MAX_ATTEMPTS; serial += 1) {
    const [first] = patternProperties;
    if (first !== undefined) {
      const made = stringFromPattern(first.pattern, state.random);
      if (made.ok && patternMatcher(first.pattern)?.test(made.text) === true && named(made.text)) names.add(made.text);
    } else if (!closed && named(`extra_${serial}`)) names.add(`extra_${serial}`);
  }
  if (names.size < minProperties) addFittingNames(node, { state, names, nameNode: nameNode?.value });
  if (names.size < minProperties) return fail(node.pointer, `minProperties ${minProperties}: the mock found no more property names it may add`);
  if (names.size > maxProperties) return fail(node.pointer, `maxProperties ${maxProperties} is below the ${names.size} properties that must be present`);
  return { ok: true, value: [...names] };
}

/** The node every property name must meet (`propertyNames`), if any. */
function namesNode(node: Node, state: NameState): Built<Node> | undefined {
  const sources = node.object.propertyNames;
  if (sources.length === 0) return undefined;
  return state.context.node(sources, { pointer: sources[0]!.pointer });
}

/**
 * Names past those drawn as they are: a drawn name (from the first pattern property, else from `propertyNames`)
 * with a number after it, or `extra_N`, each taken when the object admits it. Bounded as the draws before it.
 */
function addFittingNames(node: Node, args: { state: NameState; names: Set<string>; nameNode: Node | undefined }): void {
  const { state, names, nameNode } = args;
  const { properties, closed, patternProperties, minProperties } = node.object;
  const matchers = patternProperties.map(({ pattern }) => patternMatcher(pattern));
  const admitted = (name: string): boolean => !names.has(name) && (nameNode === undefined || fits(nameNode, name))
    && (!closed || properties.has(name) || matchers.some((matcher) => matcher?.test(name) === true));
  const [first] = patternProperties;
  for (let serial = 1; names.size < minProperties && serial <= minProperties + MAX_ATTEMPTS; serial += 1) {
    const drawn = first !== undefined ? stringFromPattern(first.pattern, state.random) : undefined;
    const made = drawn === undefined && nameNode !== undefined && nameNode.viable.includes('string') ? makeString(nameNode, state.random) : undefined;
    const base = drawn?.ok === true ? drawn.text : made?.ok === true ? made.value : 'extra';
    const found = [base, `${base}${serial}`, `${base}_${serial}`, `extra_${serial}`].find(admitted);
    if (found !== undefined) names.add(found);
  }
}
