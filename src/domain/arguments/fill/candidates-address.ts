// Candidates for a part of a postal address (`street`, `address_line1`, `city`, `state`, `zip`, `postal_code`,
// `country`): that part of an address the prompt writes ("1 Infinite Loop, Cupertino, CA 95014" → street, city,
// state, postal code), each at its own span so that the parts go to sibling properties side by side.
import { fromMention, type Candidate } from './candidate.js';
import type { CandidateContext } from './candidates-explicit.js';
import type { PropertyView } from './schema-view.js';
import type { AddressPart } from '../prompt/phrases/extract-addresses.js';

// A Map: looked up with words of the client's property names.
const PART_BY_WORD = new Map<string, AddressPart>([
  ['street', 'street'], ['line1', 'street'], ['addressline1', 'street'], ['street1', 'street'],
  ['city', 'city'], ['town', 'city'], ['locality', 'city'],
  ['state', 'state'], ['region', 'state'], ['province', 'state'],
  ['zip', 'postalCode'], ['zipcode', 'postalCode'], ['postcode', 'postalCode'], ['postal', 'postalCode'],
  ['country', 'country'],
]);

/** The part of an address a property's name says it holds, if any. */
export function addressPartOf(property: Pick<PropertyView, 'words'>): AddressPart | undefined {
  for (const word of property.words) {
    const part = PART_BY_WORD.get(word);
    if (part !== undefined) return part;
  }
  return undefined;
}

/** That part of each address the prompt writes, for a property holding one part. */
export function addressPartCandidates(context: CandidateContext): Candidate[] {
  const part = addressPartOf(context.property);
  if (part === undefined) return [];
  const found: Candidate[] = [];
  for (const place of context.facts.places()) {
    const mention = place.address?.get(part);
    if (mention !== undefined) found.push(fromMention(context.property, mention));
  }
  return found;
}
