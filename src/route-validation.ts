// Fastify's route schemas (params and query strings of the admin and stored-response routes) compiled on
// first use rather than when the app gets ready: most runs never call those routes, and loading Fastify's
// Ajv compiler and compiling them was a good share of start-up. Same compiler and options as Fastify's own.
import type AjvCompiler from '@fastify/ajv-compiler';
import type { ValidateFunction } from 'ajv';
import { createRequire } from 'node:module';

type BuildValidator = ReturnType<typeof AjvCompiler>;
type Compile = (route: { schema: unknown }) => ValidateFunction;
/** Ajv's validate function takes the parent object as a second argument, to replace a coerced root value. */
type Validate = ((data: unknown, context?: object) => boolean) & { errors?: ValidateFunction['errors']; schemaEnv?: unknown };

const require = createRequire(import.meta.url);

export function buildLazyValidator(): BuildValidator {
  let build: BuildValidator | undefined;
  return (externalSchemas, options) => {
    let compile: Compile | undefined;
    const compiler = (route: { schema: unknown }): Validate => {
      let compiled: ValidateFunction | undefined;
      const validate: Validate = (data, context) => {
        build ??= (require('@fastify/ajv-compiler') as typeof AjvCompiler)();
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
