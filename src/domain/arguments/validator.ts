// Ajv validators for tool schemas, in whichever supported dialect (2020-12, 2019-09, draft-07) compiles
// the schema first. A schema no dialect can compile yields `undefined` (the caller then answers `{}`).
import { Ajv, type AnySchema, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';

export type Validate = (value: unknown) => boolean;

export interface CompiledValidator {
  validate: Validate | undefined;
  /** Frees what Ajv keeps for this schema; call when the validator is dropped from a cache. */
  release: () => void;
}

type Dialect = 'draft-07' | '2019-09' | '2020-12';
type AjvInstance = Ajv | Ajv2019 | Ajv2020;

// ajv-formats is CommonJS: under NodeNext the default import is the module object, whose default is the plugin.
const addFormats = ((addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? addFormatsModule) as FormatsPlugin;

const instances = new Map<Dialect, AjvInstance>();

function ajvFor(dialect: Dialect): AjvInstance {
  const existing = instances.get(dialect);
  if (existing !== undefined) return existing;
  // strict: false because tool schemas carry foreign keys (title, x-*, strict, examples…) that Ajv would reject.
  const options = { strict: false, logger: false, allErrors: false, validateFormats: true } as const;
  const created = dialect === '2020-12' ? new Ajv2020(options) : dialect === '2019-09' ? new Ajv2019(options) : new Ajv(options);
  addFormats(created);
  instances.set(dialect, created);
  return created;
}

/** Dialects to try, most likely first, guessed from `$schema`. */
function dialectsFor(schema: unknown): Dialect[] {
  const declared = isRecord(schema) && typeof schema.$schema === 'string' ? schema.$schema : '';
  if (/draft-0[4-7]/.test(declared)) return ['draft-07', '2019-09', '2020-12'];
  if (declared.includes('2019-09')) return ['2019-09', '2020-12', 'draft-07'];
  return ['2020-12', '2019-09', 'draft-07'];
}

/**
 * Root `$schema` and `$id` are removed before compiling: the first would make Ajv look up a meta-schema
 * it may not have, the second would collide when two different tools reuse an id. Local `#/...` refs
 * need neither.
 */
function compilableCopy(schema: unknown): unknown {
  if (!isRecord(schema) || (!('$schema' in schema) && !('$id' in schema))) return schema;
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

/**
 * Ajv keeps its own cache keyed by the schema object: dropping our entry must drop Ajv's too. Only
 * objects are removed (Ajv's removeSchema treats `undefined` as "remove everything" and throws on others).
 */
function forget(ajv: AjvInstance, compilable: unknown): void {
  if (!isRecord(compilable)) return;
  try {
    ajv.removeSchema(compilable);
  } catch {
    // nothing was registered
  }
}

export function compileValidator(schema: unknown): CompiledValidator {
  if (typeof schema !== 'boolean' && !isRecord(schema)) return { validate: undefined, release: () => undefined };
  const compilable = compilableCopy(schema) as AnySchema;
  for (const dialect of dialectsFor(schema)) {
    const ajv = ajvFor(dialect);
    let compiled: ValidateFunction;
    try {
      compiled = ajv.compile(compilable);
    } catch {
      forget(ajv, compilable);
      continue;
    }
    return { validate: (value) => compiled(value) === true, release: () => forget(ajv, compilable) };
  }
  return { validate: undefined, release: () => undefined };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
