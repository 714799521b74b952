// Which types a node can still take within the mock's bounds: a string longer than the mock writes, an
// empty numeric range, more items than allowed, a required property that is forbidden rule a type out.
import { MAX_ARRAY_ITEMS, MAX_OBJECT_PROPERTIES, MAX_STRING_LENGTH } from './limits.js';
import type { JsonType, Node } from './types.js';

/** Why each type cannot be generated here, or undefined when it can. */
export function typeProblem(node: Node, type: JsonType): string | undefined {
  const { string, array, object, number } = node;
  switch (type) {
    case 'string':
      if (string.minLength > MAX_STRING_LENGTH) return `minLength ${string.minLength} is beyond what the mock generates (max ${MAX_STRING_LENGTH})`;
      if (string.minLength > string.maxLength) return `minLength ${string.minLength} is above maxLength ${string.maxLength}`;
      return undefined;
    case 'integer': case 'number': {
      const low = Math.max(number.minimum ?? -Infinity, number.exclusiveMinimum ?? -Infinity);
      const high = Math.min(number.maximum ?? Infinity, number.exclusiveMaximum ?? Infinity);
      if (low > high || (low === high && (number.exclusiveMinimum === low || number.exclusiveMaximum === high))) return `no number lies between the minimum ${low} and the maximum ${high}`;
      if (type === 'integer' && Math.ceil(low) > Math.floor(high)) return `no integer lies between the minimum ${low} and the maximum ${high}`;
      return undefined;
    }
    case 'array': {
      const prefix = array.prefix.length;
      if (array.minItems > MAX_ARRAY_ITEMS) return `minItems ${array.minItems} is beyond what the mock generates (max ${MAX_ARRAY_ITEMS})`;
      if (array.minItems > array.maxItems) return `minItems ${array.minItems} is above maxItems ${array.maxItems}`;
      if (array.closed && array.minItems > prefix) return `minItems ${array.minItems} needs more items than the ${prefix} the tuple allows`;
      return undefined;
    }
    case 'object': {
      if (object.minProperties > MAX_OBJECT_PROPERTIES) return `minProperties ${object.minProperties} is beyond what the mock generates (max ${MAX_OBJECT_PROPERTIES})`;
      if (object.required.length > MAX_OBJECT_PROPERTIES) return `${object.required.length} required properties are beyond what the mock generates (max ${MAX_OBJECT_PROPERTIES})`;
      if (object.minProperties > object.maxProperties || object.required.length > object.maxProperties) return `maxProperties ${object.maxProperties} is below what required/minProperties ask for`;
      const forbidden = object.closed && object.patternProperties.length === 0 ? object.required.find((name) => !object.properties.has(name)) : undefined;
      if (forbidden !== undefined) return `required property ${JSON.stringify(forbidden)} is not allowed (additionalProperties is false)`;
      return undefined;
    }
    default:
      return undefined;
  }
}

