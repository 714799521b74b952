// Which schemas become validators, and with which Ajv options. Read only at build time: the build
// (scripts/build/validators.ts) turns each group into Ajv standalone code in src/generated/, so that the
// server compiles nothing when it starts; the domain imports the generated validators, never these schemas.
import type { Options } from 'ajv';
import { FixtureFile, Scenario } from './fixtures.js';
import {
  ApplyPatchCallItem, ApplyPatchCallOutputItem, ConversationBody, CustomToolCallItem, CustomToolCallOutputItem, FunctionCallItem,
  FunctionCallOutputItem, ItemReference, JsonSchemaFormat, MessageItem, PART_SCHEMAS, ReasoningItem, ResponsesRequest,
} from './request.js';
import {
  CodeInterpreterToolSchema, CustomToolSchema, FileSearchToolSchema, FunctionToolSchema, GrammarFormatSchema, HostedToolSchema,
  NamespaceToolSchema,
} from './tools.js';

export type Dialect = 'draft-07' | '2019-09' | '2020-12';

export interface ValidatorGroup {
  /** The generated module: src/generated/<module>.ts. */
  module: string;
  /** Which Ajv compiles the group (default: draft-07, Ajv's own). */
  dialect?: Dialect;
  /** Whether ajv-formats checks `format` (as it does for tool schemas). */
  formats?: boolean;
  options: Options;
  /** Validators by name; the module exports them as `validators`. */
  schemas: Record<string, object>;
}

/** The meta-schema of each dialect, which Ajv checks a tool schema against before compiling it. */
export const META_SCHEMA_IDS: Record<Dialect, string> = {
  'draft-07': 'http://json-schema.org/draft-07/schema',
  '2019-09': 'https://json-schema.org/draft/2019-09/schema',
  '2020-12': 'https://json-schema.org/draft/2020-12/schema',
};

const REQUEST_OPTIONS = { allErrors: false, verbose: true, strict: false, allowUnionTypes: true, coerceTypes: false, useDefaults: false };

export const VALIDATOR_GROUPS: ValidatorGroup[] = [
  // Request bodies, by concept: the body itself, its input items, its tools and formats. The first failure
  // only, with its data and schema, for the real API's one-line message.
  {
    module: 'request-body-validators',
    options: REQUEST_OPTIONS,
    schemas: { request: ResponsesRequest, conversation: ConversationBody },
  },
  {
    module: 'item-validators',
    options: REQUEST_OPTIONS,
    schemas: {
      message: MessageItem,
      functionCall: FunctionCallItem,
      functionCallOutput: FunctionCallOutputItem,
      customToolCall: CustomToolCallItem,
      customToolCallOutput: CustomToolCallOutputItem,
      applyPatchCall: ApplyPatchCallItem,
      applyPatchCallOutput: ApplyPatchCallOutputItem,
      reasoning: ReasoningItem,
      itemReference: ItemReference,
      ...Object.fromEntries(Object.entries(PART_SCHEMAS).map(([type, schema]) => [`part:${type}`, schema])),
    },
  },
  {
    module: 'tool-validators',
    options: REQUEST_OPTIONS,
    schemas: {
      functionTool: FunctionToolSchema,
      namespaceTool: NamespaceToolSchema,
      customTool: CustomToolSchema,
      grammarFormat: GrammarFormatSchema,
      jsonSchemaFormat: JsonSchemaFormat,
      hostedTool: HostedToolSchema,
      fileSearchTool: FileSearchToolSchema,
      codeInterpreterTool: CodeInterpreterToolSchema,
    },
  },
  {
    // Fixture files: every problem at once, so that a broken fixture folder is fixed in one go.
    module: 'fixture-validators',
    options: { allErrors: true, verbose: true, strict: false, allowUnionTypes: true },
    schemas: { fixtureFile: FixtureFile, scenario: Scenario },
  },
  // Tool schemas are checked against their dialect's meta-schema before Ajv compiles them; compiling a
  // meta-schema at run time cost the first request with tools 100 ms or more. Same options as the
  // tool-schema validators (src/domain/arguments/schema/ajv/validator.ts), which check them with these.
  ...(Object.entries(META_SCHEMA_IDS) as Array<[Dialect, string]>).map(([dialect, id]): ValidatorGroup => ({
    module: `meta-schema-${dialect}`,
    dialect,
    formats: true,
    options: { strict: false, logger: false, allErrors: false, validateFormats: true },
    schemas: { metaSchema: { $ref: id } },
  })),
];
