// The JSON Schema engines tool schemas compile on: an Ajv per dialect with ajv-formats, and each dialect's
// meta-schema check compiled at build time. Loaded on first use through src/lazy-modules.ts (a run without
// tool schemas never parses them); import only types of this module elsewhere.
import { Ajv, type Options } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { validators as meta201909 } from '../../../../generated/meta-schema-2019-09.js';
import { validators as meta202012 } from '../../../../generated/meta-schema-2020-12.js';
import { validators as metaDraft07 } from '../../../../generated/meta-schema-draft-07.js';

export type Dialect = 'draft-07' | '2019-09' | '2020-12';
export type AjvInstance = Ajv | Ajv2019 | Ajv2020;

// ajv-formats is CommonJS: under NodeNext the default import is the module object, whose default is the plugin.
const addFormats = ((addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? addFormatsModule) as FormatsPlugin;

// Ajv compiling a meta-schema on first use cost the first request with tools 100 ms or more. Same outcome
// and message as Ajv's own.
export const META_SCHEMA = { 'draft-07': metaDraft07.metaSchema, '2019-09': meta201909.metaSchema, '2020-12': meta202012.metaSchema };

/** A new Ajv for `dialect`, with the formats. */
export function createAjv(dialect: Dialect, options: Options): AjvInstance {
  const created = dialect === '2020-12' ? new Ajv2020(options) : dialect === '2019-09' ? new Ajv2019(options) : new Ajv(options);
  addFormats(created);
  return created;
}

/**
 * The check ajv-formats makes of a string for `format` (the same Ajv runs), or undefined for a format it does
 * not know (any string passes): the generator tries a value against it before Ajv sees the whole document.
 */
export function formatCheck(format: string): ((text: string) => boolean) | undefined {
  if (!Object.hasOwn(fullFormats, format)) return undefined;
  const defined = fullFormats[format as keyof typeof fullFormats] as unknown;
  const check = typeof defined === 'object' && defined !== null && !(defined instanceof RegExp) ? (defined as { validate?: unknown }).validate : defined;
  if (check instanceof RegExp) return (text) => check.test(text);
  return typeof check === 'function' ? (text) => (check as (value: string) => boolean)(text) === true : undefined;
}
