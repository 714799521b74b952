// Modules loaded on first use rather than at start-up, where most runs never need them: the YAML parser,
// pino-pretty (the log format of a terminal), the fixture validators, Fastify's Ajv and fast-json-stringify compilers, and what tool schemas and
// patterns run on (Ajv, randexp, RE2). The build bundles each into a file of its own that these load
// instead (dist/vendor/, see scripts/build/bundle.ts): dist/ needs no node_modules. A path starting with ./
// names a module of src/.
import type AjvCompiler from '@fastify/ajv-compiler';
import type SerializerCompiler from '@fastify/fast-json-stringify-compiler';
import type PinoPretty from 'pino-pretty';
import { createRequire } from 'node:module';
import type RandExpModule from 'randexp';
import type * as Re2 from 're2js';
import type * as Yaml from 'yaml';
import type * as JsonSchemaEngines from './domain/arguments/schema/ajv/json-schema-engines.js';
import type * as FixtureValidators from './generated/fixture-validators.js';

const require = createRequire(import.meta.url);

/** `load` on the first call only: later calls skip require()'s look-up, for loaders on a request's path. */
function once<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}

export const loadYaml = (): typeof Yaml => require('yaml') as typeof Yaml;
export const loadPinoPretty = (): typeof PinoPretty => require('pino-pretty') as typeof PinoPretty;
export const loadAjvCompiler = (): typeof AjvCompiler => require('@fastify/ajv-compiler') as typeof AjvCompiler;
export const loadSerializerCompiler = (): typeof SerializerCompiler => require('@fastify/fast-json-stringify-compiler') as typeof SerializerCompiler;
export const loadJsonSchemaEngines = once(() => require('./domain/arguments/schema/ajv/json-schema-engines.js') as typeof JsonSchemaEngines);
export const loadFixtureValidators = once(() => require('./generated/fixture-validators.js') as typeof FixtureValidators);
export const loadRe2 = once(() => require('re2js') as typeof Re2);
// randexp is CommonJS whose export is the class (typed as the module's default).
export const loadRandExp = once(() => {
  const loaded = require('randexp') as typeof RandExpModule & { default?: typeof RandExpModule.default };
  return (loaded.default ?? loaded) as typeof RandExpModule.default;
});
