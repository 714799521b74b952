// An Ajv set up independently of the generator's own, to check its output: draft chosen from `$schema`,
// formats from ajv-formats. Root `$schema`/`$id` are dropped as the generator's contract allows.
import { Ajv, type AnySchema, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule, { type FormatsPlugin } from 'ajv-formats';

const addFormats = ((formatsModule as unknown as { default?: FormatsPlugin }).default ?? formatsModule) as FormatsPlugin;

type Draft = 'draft-07' | '2019-09' | '2020-12';
// One instance per draft, shared by every schema: a new one compiles its meta-schema again (tens of ms each).
// Root `$id`s are dropped, so the schemas compiled into one cannot clash.
const instances = new Map<Draft, Ajv | Ajv2019 | Ajv2020>();

function ajvFor(schema: unknown): Ajv | Ajv2019 | Ajv2020 {
  const declared = typeof schema === 'object' && schema !== null ? String((schema as { $schema?: unknown }).$schema ?? '') : '';
  const draft: Draft = declared.includes('draft-07') ? 'draft-07' : declared.includes('2019-09') ? '2019-09' : '2020-12';
  let ajv = instances.get(draft);
  if (ajv === undefined) {
    const options = { strict: false, logger: false } as const;
    ajv = draft === 'draft-07' ? new Ajv(options) : draft === '2019-09' ? new Ajv2019(options) : new Ajv2020(options);
    addFormats(ajv);
    instances.set(draft, ajv);
  }
  return ajv;
}

export function oracleFor(schema: unknown): ValidateFunction {
  let compilable = schema;
  if (typeof schema === 'object' && schema !== null) {
    const { $schema: _schema, $id: _id, ...rest } = schema as Record<string, unknown>;
    compilable = rest;
  }
  return ajvFor(schema).compile(compilable as AnySchema);
}
