// Which schemas become validators, and with which Ajv options. Read only at build time: the build
// (scripts/build/validators.ts) turns each group into Ajv standalone code in src/generated/, so that the
// server compiles nothing when it starts; the domain imports the generated validators, never these schemas.
import type { TSchema } from '@sinclair/typebox';
import type { Options } from 'ajv';
import { FixtureFile, Scenario } from './fixtures.js';
import {
  CustomToolCallItem, CustomToolCallOutputItem, CustomToolSchema, FunctionCallItem, FunctionCallOutputItem,
  FunctionToolSchema, GrammarFormatSchema, HostedToolSchema, ItemReference, MessageItem, NamespaceToolSchema,
  PART_SCHEMAS, ReasoningItem, ResponsesRequest,
} from './request.js';

export interface ValidatorGroup {
  /** The generated module: src/generated/<module>.ts. */
  module: string;
  options: Options;
  /** Validators by name; the module exports them as `validators`. */
  schemas: Record<string, TSchema>;
}

export const VALIDATOR_GROUPS: ValidatorGroup[] = [
  {
    // Request bodies: the first failure only, with its data and schema, for the real API's one-line message.
    module: 'request-validators',
    options: { allErrors: false, verbose: true, strict: false, allowUnionTypes: true, coerceTypes: false, useDefaults: false },
    schemas: {
      request: ResponsesRequest,
      message: MessageItem,
      functionCall: FunctionCallItem,
      functionCallOutput: FunctionCallOutputItem,
      customToolCall: CustomToolCallItem,
      customToolCallOutput: CustomToolCallOutputItem,
      reasoning: ReasoningItem,
      itemReference: ItemReference,
      functionTool: FunctionToolSchema,
      namespaceTool: NamespaceToolSchema,
      customTool: CustomToolSchema,
      grammarFormat: GrammarFormatSchema,
      hostedTool: HostedToolSchema,
      ...Object.fromEntries(Object.entries(PART_SCHEMAS).map(([type, schema]) => [`part:${type}`, schema])),
    },
  },
  {
    // Fixture files: every problem at once, so that a broken fixture folder is fixed in one go.
    module: 'fixture-validators',
    options: { allErrors: true, verbose: true, strict: false, allowUnionTypes: true },
    schemas: { fixtureFile: FixtureFile, scenario: Scenario },
  },
];
