// Candidates for a part of a postal address (`street`, `address_line1`, `city`, `state`, `zip`, `postal_code`,
// `country`): that part of an address the prompt writes ("1 Infinite Loop, Cupertino, CA 95014" → street, city,
// state, postal code), each at its own span so that the parts go to sibling properties side by side. A `city`,
// `country` or `region` outside an address object competes with the places the prompt names (candidates-role.ts).
import { fromMention, type Candidate } from './candidate.js';
import type { CandidateContext } from './candidates-explicit.js';
import type { PropertyView } from '../schema-view.js';
import type { AddressPart } from '../../prompt/phrases/address/extract-addresses.js';
import type { PlaceMention } from '../../prompt/phrases/extract-places.js';

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

/** A property only an address fills: its street or postal code (no place named "in Paris" is either). */
export function namesStreetOrPostalCode(property: Pick<PropertyView, 'words'>): boolean {
  const part = addressPartOf(property);
  return part === 'street' || part === 'postalCode';
}

/**
 * Whether the property takes its part of an address before any place: in an address object, or when it holds a part
 * that is no place of its own (street, postal code, a `state` not read as a location). A lone `city` or `country`
 * ("What is the weather in Paris? I live at 10 Downing Street, London") ranks the address's part among the places.
 */
export function addressFirst(context: CandidateContext): boolean {
  return context.inAddress === true || context.property.role !== 'location';
}

/** That part of each address the prompt writes, for a property holding one part, with the address's preposition. */
export function addressParts(context: CandidateContext): PlaceMention[] {
  const part = addressPartOf(context.property);
  if (part === undefined) return [];
  const found: PlaceMention[] = [];
  for (const place of context.facts.places()) {
    const mention = place.address?.get(part);
    if (mention !== undefined) found.push({ ...mention, preposition: place.preposition });
  }
  return found;
}

/**
 * That part of each address the prompt writes, for a property that takes it before any place, made as asked for: the
 * first the property takes ends the reading (a prompt of 26,000 addresses made 26,000 candidates for each part).
 */
export function* addressPartCandidates(context: CandidateContext): Generator<Candidate, void, undefined> {
  const part = addressPartOf(context.property);
  if (part === undefined || !addressFirst(context)) return;
  for (const place of context.facts.places()) {
    const mention = place.address?.get(part);
    if (mention !== undefined) yield fromMention(context.property, mention);
  }
}
