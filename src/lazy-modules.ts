// Modules loaded on first use rather than at start-up, where most runs never need them: the YAML parser and
// Fastify's Ajv and fast-json-stringify compilers. The build bundles each into a file of its own that these
// load instead (dist/vendor/, see scripts/build/bundle.ts): dist/ needs no node_modules.
import type AjvCompiler from '@fastify/ajv-compiler';
import type SerializerCompiler from '@fastify/fast-json-stringify-compiler';
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

const require = createRequire(import.meta.url);

export const loadYaml = (): typeof Yaml => require('yaml') as typeof Yaml;
export const loadAjvCompiler = (): typeof AjvCompiler => require('@fastify/ajv-compiler') as typeof AjvCompiler;
export const loadSerializerCompiler = (): typeof SerializerCompiler => require('@fastify/fast-json-stringify-compiler') as typeof SerializerCompiler;
