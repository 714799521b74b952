// TypeBox schemas of the Responses request body: the top level, and one schema per input item, content part
// and tool type. Unknown top-level fields are accepted (both services ignore them); items are checked by type.
import { Type, type Static, type TSchema } from '@sinclair/typebox';

/** `T | null`, written as a JSON Schema type array so that validation errors stay simple. */
export function Nullable<T extends TSchema>(schema: T) {
  const type = (schema as { type?: string }).type;
  return Type.Unsafe<Static<T> | null>({ ...schema, type: [type, 'null'] });
}

const Open = { additionalProperties: true } as const;

export const TextFormat = Type.Object({ type: Type.String() }, Open);

export const ToolChoice = Type.Union([
  Type.Union([Type.Literal('auto'), Type.Literal('none'), Type.Literal('required')]),
  Type.Object({ type: Type.String() }, Open),
]);

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
  metadata: Type.Optional(Nullable(Type.Record(
    Type.String({ maxLength: 64 }),
    Type.String({ maxLength: 512 }),
    { maxProperties: 16 },
  ))),
  store: Type.Optional(Nullable(Type.Boolean())),
  previous_response_id: Type.Optional(Nullable(Type.String({ minLength: 1 }))),
  text: Type.Optional(Nullable(Type.Object({
    format: Type.Optional(TextFormat),
    verbosity: Type.Optional(Nullable(Type.String())),
  }, Open))),
  reasoning: Type.Optional(Nullable(Type.Object({}, Open))),
  include: Type.Optional(Nullable(Type.Array(Type.String()))),
  truncation: Type.Optional(Nullable(Type.String())),
  service_tier: Type.Optional(Nullable(Type.String())),
  user: Type.Optional(Nullable(Type.String())),
  safety_identifier: Type.Optional(Nullable(Type.String())),
  prompt_cache_key: Type.Optional(Nullable(Type.String())),
  background: Type.Optional(Nullable(Type.Boolean())),
}, Open);

export type ResponsesRequest = Static<typeof ResponsesRequest>;

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

/** Part schemas by `type`, and which item roles may use them. */
export const PART_SCHEMAS = {
  input_text: InputText,
  input_image: InputImage,
  input_file: InputFile,
  output_text: OutputText,
  refusal: Refusal,
} as const;

// ---- input items -----------------------------------------------------------------------------------------

export const MESSAGE_ROLES = ['user', 'assistant', 'system', 'developer'] as const;

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

/** Item types of the API that the mock accepts without interpreting (hosted tools and their outputs). */
export const PASSTHROUGH_ITEM_TYPES = [
  'web_search_call', 'file_search_call', 'computer_call', 'computer_call_output', 'code_interpreter_call',
  'image_generation_call', 'local_shell_call', 'local_shell_call_output', 'shell_call', 'shell_call_output',
  'apply_patch_call', 'apply_patch_call_output', 'mcp_list_tools', 'mcp_approval_request',
  'mcp_approval_response', 'mcp_call', 'custom_tool_call', 'custom_tool_call_output', 'compaction',
] as const;

export const PassthroughItem = Type.Object({ type: Type.String() }, Open);

// ---- tools -----------------------------------------------------------------------------------------------

export const TOOL_NAME_PATTERN = '^[a-zA-Z0-9_-]+$';
export const TOOL_NAME_MAX_LENGTH = 64;

export const FunctionToolSchema = Type.Object({
  type: Type.Literal('function'),
  name: Type.String(),
  description: Type.Optional(Nullable(Type.String())),
  parameters: Type.Optional(Nullable(Type.Object({}, Open))),
  strict: Type.Optional(Nullable(Type.Boolean())),
}, Open);

export const NamespaceToolSchema = Type.Object({
  type: Type.Literal('namespace'),
  name: Type.String({ minLength: 1 }),
  description: Type.Optional(Nullable(Type.String())),
  tools: Type.Array(Type.Object({ type: Type.String() }, Open)),
}, Open);

/** Hosted tool types: accepted and echoed, never called by the mock. */
export const HOSTED_TOOL_TYPES = [
  'web_search', 'web_search_preview', 'web_search_preview_2025_03_11', 'web_search_2025_08_26', 'file_search',
  'code_interpreter', 'image_generation', 'computer_use_preview', 'computer_use', 'mcp', 'local_shell', 'shell',
  'apply_patch', 'custom', 'openrouter:web_search', 'openrouter:datetime',
] as const;

export const HostedToolSchema = Type.Object({ type: Type.String() }, Open);
