// Modules loaded on first use rather than at start-up, where most runs never need them: the YAML parser and
// Fastify's Ajv compiler. The build bundles them in all the same (scripts/build/bundle.ts turns these into
// plain require() calls, which esbuild bundles and runs when first called): dist/ needs no node_modules.
import type AjvCompiler from '@fastify/ajv-compiler';
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

const require = createRequire(import.meta.url);

export const loadYaml = (): typeof Yaml => require('yaml') as typeof Yaml;
export const loadAjvCompiler = (): typeof AjvCompiler => require('@fastify/ajv-compiler') as typeof AjvCompiler;
