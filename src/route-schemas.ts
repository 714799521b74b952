// Fastify's route schemas (params and query strings of the admin and stored-response routes) compiled on
// first use rather than when the app gets ready: most runs never call those routes, and loading Fastify's
// Ajv and fast-json-stringify compilers and compiling was a good share of start-up. Same compilers and
// options as Fastify's own defaults, loaded when first needed (src/lazy-modules.ts).
import type AjvCompiler from '@fastify/ajv-compiler';
import type SerializerCompiler from '@fastify/fast-json-stringify-compiler';
import type { ValidateFunction } from 'ajv';
import { loadAjvCompiler, loadSerializerCompiler } from './lazy-modules.js';

type BuildValidator = ReturnType<typeof AjvCompiler>;
type BuildSerializer = ReturnType<typeof SerializerCompiler>;
type Compile = (route: { schema: unknown }) => ValidateFunction;
type Serialize = (data: unknown) => string;
/** Ajv's validate function takes the parent object as a second argument, to replace a coerced root value. */
type Validate = ((data: unknown, context?: object) => boolean) & { errors?: ValidateFunction['errors']; schemaEnv?: unknown };

export function buildLazyValidator(): BuildValidator {
  let build: BuildValidator | undefined;
  return (externalSchemas, options) => {
    let compile: Compile | undefined;
    const compiler = (route: { schema: unknown }): Validate => {
      let compiled: ValidateFunction | undefined;
      const validate: Validate = (data, context) => {
        build ??= loadAjvCompiler()();
        compile ??= build(externalSchemas, options) as unknown as Compile;
        compiled ??= compile(route);
        const valid = compiled(data, context as Parameters<ValidateFunction>[1]);
        validate.errors = compiled.errors;
        return valid;
      };
      // Fastify passes the parent object only to functions that look like Ajv's (they have a schemaEnv).
      validate.schemaEnv = true;
      return validate;
    };
    return compiler as unknown as ReturnType<BuildValidator>;
  };
}

/** Response schemas (none today) would be compiled by fast-json-stringify when first answered. */
export function buildLazySerializer(): BuildSerializer {
  let build: BuildSerializer | undefined;
  return (externalSchemas, options) => {
    let compile: ((route: unknown) => Serialize) | undefined;
    const compiler = (route: unknown): Serialize => {
      let compiled: Serialize | undefined;
      return (data) => {
        build ??= loadSerializerCompiler()();
        compile ??= build(externalSchemas, options) as unknown as (route: unknown) => Serialize;
        compiled ??= compile(route);
        return compiled(data);
      };
    };
    return compiler as unknown as ReturnType<BuildSerializer>;
  };
}
