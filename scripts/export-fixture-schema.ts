// Writes fixtures/responses-mock.schema.json from the TypeBox fixture schema, for editor completion
// (`# yaml-language-server: $schema=./responses-mock.schema.json`). A test keeps the file up to date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fixtureJsonSchema } from '../src/scenarios/json-schema.js';

const target = fileURLToPath(new URL('../fixtures/responses-mock.schema.json', import.meta.url));
writeFileSync(target, fixtureJsonSchema());
console.log(`wrote ${target}`);
