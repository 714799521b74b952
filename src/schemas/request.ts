// TypeBox schemas of the Responses request body: the top level, and one schema per input item and content
// part (tools: tools.ts). Unknown top-level fields are accepted (both services ignore them); items are checked by type.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { MESSAGE_ROLES, REASONING_SUMMARIES, type PART_TYPES } from './constants.js';

export {
  HOSTED_TOOL_TYPES, MESSAGE_ROLES, PART_TYPES, PASSTHROUGH_ITEM_TYPES, TOOL_NAME_MAX_LENGTH, TOOL_NAME_PATTERN,
} from './constants.js';

/** `T | null`, written as a JSON Schema type array so that validation errors stay simple. */
export function Nullable<T extends TSchema>(schema: T) {
  const type = (schema as { type?: string }).type;
  return Type.Unsafe<Static<T> | null>({ ...schema, type: [type, 'null'] });
}

const Open = { additionalProperties: true } as const;

/** `text.format` is checked by its type in the domain (src/domain/validation/json-schema/text-format.ts). */
export const TextFormat = Type.Unknown();

export const JsonSchemaFormat = Type.Object({
  type: Type.Literal('json_schema'),
  name: Type.String({ maxLength: 64 }),
  schema: Type.Object({}, Open),
  description: Type.Optional(Nullable(Type.String())),
  strict: Type.Optional(Nullable(Type.Boolean())),
}, Open);

export const ToolChoice = Type.Union([
  Type.Union([Type.Literal('auto'), Type.Literal('none'), Type.Literal('required')]),
  Type.Object({ type: Type.String() }, Open),
]);

const Metadata = Type.Record(
  Type.String({ maxLength: 64 }),
  Type.String({ maxLength: 512 }),
  // The key schema above is not kept by Type.Record (it becomes a pattern): the key length is stated again.
  { maxProperties: 16, propertyNames: { maxLength: 64 } },
);

export const ResponsesRequest = Type.Object({
  model: Type.String({ minLength: 1 }),
  input: Type.Optional(Type.Union([Type.String(), Type.Array(Type.Object({}, Open))])),
  instructions: Type.Optional(Nullable(Type.String())),
  tools: Type.Optional(Nullable(Type.Array(Type.Object({}, Open)))),
  tool_choice: Type.Optional(ToolChoice),
  parallel_tool_calls: Type.Optional(Nullable(Type.Boolean())),
  stream: Type.Optional(Nullable(Type.Boolean())),
  stream_options: Type.Optional(Nullable(Type.Object({ include_obfuscation: Type.Optional(Type.Boolean()) }, Open))),
  max_output_tokens: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
  max_tool_calls: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
  temperature: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 2 }))),
  top_p: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 1 }))),
  presence_penalty: Type.Optional(Nullable(Type.Number({ minimum: -2, maximum: 2 }))),
  frequency_penalty: Type.Optional(Nullable(Type.Number({ minimum: -2, maximum: 2 }))),
  top_logprobs: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 20 }))),
  metadata: Type.Optional(Nullable(Metadata)),
  store: Type.Optional(Nullable(Type.Boolean())),
  previous_response_id: Type.Optional(Nullable(Type.String({ minLength: 1 }))),
  /** A string or `{id}`: checked on the OpenAI path (domain/validation/items/conversation.ts); OpenRouter ignores it. */
  conversation: Type.Optional(Type.Unknown()),
  text: Type.Optional(Nullable(Type.Object({
    format: Type.Optional(TextFormat),
    verbosity: Type.Optional(Nullable(Type.String())),
  }, Open))),
  reasoning: Type.Optional(Nullable(Type.Object({
    summary: Type.Optional(Type.Union([...REASONING_SUMMARIES.map((summary) => Type.Literal(summary)), Type.Null()])),
  }, Open))),
  include: Type.Optional(Nullable(Type.Array(Type.String()))),
  truncation: Type.Optional(Nullable(Type.String())),
  service_tier: Type.Optional(Nullable(Type.String())),
  user: Type.Optional(Nullable(Type.String())),
  safety_identifier: Type.Optional(Nullable(Type.String())),
  /** A reusable prompt `{id, version, variables}`: checked on the OpenAI path (domain/validation/prompt.ts). */
  prompt: Type.Optional(Type.Unknown()),
  prompt_cache_key: Type.Optional(Nullable(Type.String())),
  prompt_cache_retention: Type.Optional(Nullable(Type.String())),
  /** Checked on the OpenAI path (domain/validation/request-options.ts). */
  prompt_cache_options: Type.Optional(Type.Unknown()),
  background: Type.Optional(Nullable(Type.Boolean())),
}, Open);

export type ResponsesRequest = Static<typeof ResponsesRequest>;

/** POST /v1/conversations (at most 20 items at a time) and POST /v1/conversations/{id} (metadata). */
export const ConversationBody = Type.Object({
  items: Type.Optional(Nullable(Type.Array(Type.Object({}, Open), { maxItems: 20 }))),
  metadata: Type.Optional(Nullable(Metadata)),
}, Open);

// ---- content parts ---------------------------------------------------------------------------------------

export const InputText = Type.Object({ type: Type.Literal('input_text'), text: Type.String() }, Open);
export const InputImage = Type.Object({
  type: Type.Literal('input_image'),
  image_url: Type.Optional(Nullable(Type.String())),
  file_id: Type.Optional(Nullable(Type.String())),
  detail: Type.Optional(Type.String()),
}, Open);
export const InputFile = Type.Object({
  type: Type.Literal('input_file'),
  file_id: Type.Optional(Nullable(Type.String())),
  file_data: Type.Optional(Type.String()),
  file_url: Type.Optional(Type.String()),
  filename: Type.Optional(Type.String()),
}, Open);
export const OutputText = Type.Object({
  type: Type.Literal('output_text'),
  text: Type.String(),
  annotations: Type.Optional(Type.Array(Type.Unknown())),
  logprobs: Type.Optional(Nullable(Type.Array(Type.Unknown()))),
}, Open);
export const Refusal = Type.Object({ type: Type.Literal('refusal'), refusal: Type.String() }, Open);

/** Part schemas by `type`. */
export const PART_SCHEMAS: Record<(typeof PART_TYPES)[number], TSchema> = {
  input_text: InputText,
  input_image: InputImage,
  input_file: InputFile,
  output_text: OutputText,
  refusal: Refusal,
};

// ---- input items -----------------------------------------------------------------------------------------

export const MessageItem = Type.Object({
  type: Type.Optional(Type.Literal('message')),
  role: Type.Union(MESSAGE_ROLES.map((role) => Type.Literal(role))),
  content: Type.Union([Type.String(), Type.Array(Type.Object({ type: Type.String() }, Open))]),
  id: Type.Optional(Nullable(Type.String())),
  status: Type.Optional(Nullable(Type.String())),
  phase: Type.Optional(Nullable(Type.String())),
}, Open);

export const FunctionCallItem = Type.Object({
  type: Type.Literal('function_call'),
  call_id: Type.String({ minLength: 1, maxLength: 256 }),
  name: Type.String({ minLength: 1 }),
  arguments: Type.String(),
  id: Type.Optional(Nullable(Type.String())),
  status: Type.Optional(Nullable(Type.String())),
  namespace: Type.Optional(Nullable(Type.String())),
}, Open);

export const FunctionCallOutputItem = Type.Object({
  type: Type.Literal('function_call_output'),
  call_id: Type.String({ minLength: 1, maxLength: 256 }),
  output: Type.Union([Type.String(), Type.Array(Type.Object({ type: Type.String() }, Open))]),
  id: Type.Optional(Nullable(Type.String())),
  status: Type.Optional(Nullable(Type.String())),
}, Open);

export const CustomToolCallItem = Type.Object({
  type: Type.Literal('custom_tool_call'),
  call_id: Type.String({ minLength: 1, maxLength: 256 }),
  name: Type.String({ minLength: 1 }),
  input: Type.String(),
  id: Type.Optional(Nullable(Type.String())),
  status: Type.Optional(Nullable(Type.String())),
  namespace: Type.Optional(Nullable(Type.String())),
}, Open);

export const CustomToolCallOutputItem = Type.Object({
  type: Type.Literal('custom_tool_call_output'),
  call_id: Type.String({ minLength: 1, maxLength: 256 }),
  output: Type.Union([Type.String(), Type.Array(Type.Object({ type: Type.String() }, Open))]),
  id: Type.Optional(Nullable(Type.String())),
  status: Type.Optional(Nullable(Type.String())),
}, Open);

/** OpenAI's hosted apply_patch tool: the call (its operation's diff is checked by type in the domain) and its output. */
export const ApplyPatchCallItem = Type.Object({
  type: Type.Literal('apply_patch_call'),
  call_id: Type.String({ minLength: 1 }),
  status: Type.Union([Type.Literal('in_progress'), Type.Literal('completed')]),
  operation: Type.Object({
    type: Type.Union([Type.Literal('create_file'), Type.Literal('delete_file'), Type.Literal('update_file')]),
    path: Type.String({ minLength: 1 }),
    diff: Type.Optional(Type.String()),
  }, Open),
  id: Type.Optional(Nullable(Type.String())),
  caller: Type.Optional(Nullable(Type.Object({}, Open))),
}, Open);

export const ApplyPatchCallOutputItem = Type.Object({
  type: Type.Literal('apply_patch_call_output'),
  call_id: Type.String({ minLength: 1 }),
  status: Type.Union([Type.Literal('completed'), Type.Literal('failed')]),
  output: Type.Optional(Nullable(Type.String())),
  id: Type.Optional(Nullable(Type.String())),
  caller: Type.Optional(Nullable(Type.Object({}, Open))),
}, Open);

export const ReasoningItem = Type.Object({
  type: Type.Literal('reasoning'),
  id: Type.String({ minLength: 1 }),
  summary: Type.Array(Type.Object({}, Open)),
  encrypted_content: Type.Optional(Nullable(Type.String())),
  content: Type.Optional(Nullable(Type.Array(Type.Object({}, Open)))),
  status: Type.Optional(Nullable(Type.String())),
}, Open);

export const ItemReference = Type.Object({
  type: Type.Optional(Type.Literal('item_reference')),
  id: Type.String({ minLength: 1 }),
}, Open);

export const PassthroughItem = Type.Object({ type: Type.String() }, Open);
