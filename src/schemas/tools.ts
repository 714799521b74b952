// TypeBox schemas of the tools a Responses request offers: functions, custom (freeform) tools and their
// grammars, namespaces, and hosted tools (any type; OpenAI's file search and code interpreter with their fields).
import { Type } from '@sinclair/typebox';
import { GRAMMAR_SYNTAXES } from './constants.js';
import { Nullable } from './request.js';

const Open = { additionalProperties: true } as const;

export const FunctionToolSchema = Type.Object({
  type: Type.Literal('function'),
  name: Type.String(),
  description: Type.Optional(Nullable(Type.String())),
  parameters: Type.Optional(Nullable(Type.Object({}, Open))),
  strict: Type.Optional(Nullable(Type.Boolean())),
}, Open);

export const CustomToolSchema = Type.Object({
  type: Type.Literal('custom'),
  name: Type.String(),
  description: Type.Optional(Nullable(Type.String())),
  format: Type.Optional(Nullable(Type.Object({ type: Type.Union([Type.Literal('text'), Type.Literal('grammar')]) }, Open))),
}, Open);

/** `format` of a custom tool when its type is `grammar`. */
export const GrammarFormatSchema = Type.Object({
  type: Type.Literal('grammar'),
  syntax: Type.Union(GRAMMAR_SYNTAXES.map((syntax) => Type.Literal(syntax))),
  definition: Type.String(),
}, Open);

export const NamespaceToolSchema = Type.Object({
  type: Type.Literal('namespace'),
  name: Type.String({ minLength: 1 }),
  description: Type.Optional(Nullable(Type.String())),
  tools: Type.Array(Type.Object({ type: Type.String() }, Open)),
}, Open);

export const HostedToolSchema = Type.Object({ type: Type.String() }, Open);

/** OpenAI's hosted file search: the vector stores to search (required) and how many results (1 to 50). */
export const FileSearchToolSchema = Type.Object({
  type: Type.Literal('file_search'),
  vector_store_ids: Type.Array(Type.String()),
  max_num_results: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
  ranking_options: Type.Optional(Type.Object({ ranker: Type.Optional(Type.String()), score_threshold: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })) }, Open)),
  filters: Type.Optional(Nullable(Type.Object({}, Open))),
}, Open);

/** OpenAI's hosted code interpreter: a container id, or `{type: "auto"}` with up to 50 files (required). */
export const CodeInterpreterToolSchema = Type.Object({
  type: Type.Literal('code_interpreter'),
  container: Type.Union([Type.String(), Type.Object({ type: Type.Literal('auto'), file_ids: Type.Optional(Type.Array(Type.String(), { maxItems: 50 })) }, Open)]),
}, Open);
