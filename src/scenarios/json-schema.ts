// The fixture format as a plain JSON Schema document (TypeBox schemas are JSON Schema plus symbols).
import { FixtureFile } from '../schemas/fixtures.js';

export function fixtureJsonSchema(): string {
  return `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', ...FixtureFile }, null, 2)}\n`;
}
