// TypeBox schemas of fixture files: a file holds named scenarios, a scenario an ordered list of rules, a
// rule a `match`, a `respond` and optional `times`. Exported as JSON Schema for editor completion.
import { Type, type Static } from '@sinclair/typebox';
import { SCENARIO_NAME_PATTERN, TEXT_STYLES } from './constants.js';
import { Hosted } from './hosted.js';
import { Replay } from './replay.js';

export { SCENARIO_NAME_PATTERN } from './constants.js';

const Text = (description: string) => Type.String({ description });
const Strict = { additionalProperties: false } as const;

export const StringMatch = Type.Union([
  Type.String({ description: 'Contains this text (case-insensitive).' }),
  Type.Object({
    equals: Type.Optional(Text('Equals this text exactly.')),
    contains: Type.Optional(Text('Contains this text (case-insensitive).')),
    regex: Type.Optional(Text('Matches this regular expression (JavaScript syntax, run by the linear-time RE2 engine: no look-around or back-references).')),
    flags: Type.Optional(Type.String({ pattern: '^[dgimsuyv]*$', description: 'Regular expression flags, e.g. "i".' })),
  }, { ...Strict, minProperties: 1 }),
]);
export type StringMatch = Static<typeof StringMatch>;

export const Match = Type.Object({
  message: Type.Optional(Type.Unsafe<StringMatch>({ ...StringMatch, description: 'The last user message.' })),
  tools: Type.Optional(Type.Array(Type.String(), { description: 'Tool names that must all be offered in `tools`.' })),
  toolChoice: Type.Optional(Type.String({ description: "'auto', 'none', 'required', or the name of the forced function." })),
  model: Type.Optional(Type.Unsafe<StringMatch>({ ...StringMatch, description: 'The requested model.' })),
  afterToolOutput: Type.Optional(Type.Union([
    Type.Boolean(),
    Type.String({ description: 'The input ends with an output of this tool (a function or custom tool, apply_patch or shell).' }),
    Type.Object({ tool: Type.Optional(Type.String()), callId: Type.Optional(Type.String()) }, Strict),
  ], { description: "Whether the input ends with the client's tool outputs (function, custom, apply_patch or shell; optionally for a tool or call_id)." })),
  turn: Type.Optional(Type.Union([
    Type.Integer({ minimum: 1 }),
    Type.Object({ min: Type.Optional(Type.Integer({ minimum: 1 })), max: Type.Optional(Type.Integer({ minimum: 1 })) }, Strict),
  ], { description: 'The request number within the session for this scenario (1 = first).' })),
  headers: Type.Optional(Type.Record(Type.String(), Type.Unsafe<StringMatch>(StringMatch), { description: 'Request headers (names in lower case).' })),
  stream: Type.Optional(Type.Boolean({ description: 'Whether the request asks for a stream.' })),
  provider: Type.Optional(Type.Union([Type.Literal('openrouter'), Type.Literal('openai')], { description: 'Which base path was called.' })),
}, { ...Strict, description: 'Every condition given must hold; an empty match matches any request.' });
export type Match = Static<typeof Match>;

export const ScriptedCall = Type.Object({
  name: Text('The function or custom tool to call.'),
  namespace: Type.Optional(Text('The namespace tool it belongs to, if any.')),
  arguments: Type.Optional(Type.Union([
    Type.Record(Type.String(), Type.Unknown()),
    Type.String({ description: 'Sent verbatim, even if it is not valid JSON (to test client error handling).' }),
  ], { description: "Omit to generate arguments from the tool's JSON Schema and the prompt." })),
  input: Type.Optional(Type.String({ description: "A custom tool's raw input (a custom_tool_call). Omit to generate it from the tool's format and the prompt." })),
}, Strict);

export const ScriptedError = Type.Object({
  status: Type.Integer({ minimum: 400, maximum: 599, description: 'HTTP status.' }),
  message: Type.Optional(Text('Error message (a default per status otherwise).')),
  code: Type.Optional(Type.Union([Type.String(), Type.Integer(), Type.Null()], { description: 'error.code (OpenAI: a string; OpenRouter: the status number by default). insufficient_quota brings OpenAI\'s quota message and type by default.' })),
  type: Type.Optional(Text('OpenAI error.type (invalid_request_error, rate_limit_exceeded, server_error, …).')),
  param: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  headers: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'Response headers, e.g. retry-after.' })),
}, Strict);

export const StreamBehaviour = Type.Object({
  chunkSize: Type.Optional(Type.Integer({ minimum: 1, description: 'Characters per delta (default: natural word/JSON pieces).' })),
  ttftMs: Type.Optional(Type.Integer({ minimum: 0, maximum: 600_000, description: 'Delay before the first event.' })),
  delayMs: Type.Optional(Type.Integer({ minimum: 0, maximum: 60_000, description: 'Delay between deltas.' })),
  disconnectAfter: Type.Optional(Type.Integer({ minimum: 0, description: 'Close the connection after this many events (a cut stream).' })),
}, Strict);

export const Respond = Type.Object({
  text: Type.Optional(Text('An assistant message.')),
  json: Type.Optional(Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Array(Type.Unknown())], {
    description: 'A structured answer: this object or array, sent as the JSON text of the assistant message (instead of text).',
  })),
  refusal: Type.Optional(Text('A refusal: the assistant message holds a refusal content part with this text (instead of text or json).')),
  calls: Type.Optional(Type.Array(ScriptedCall, { description: 'Tool calls (function or custom), after the message if both are given.' })),
  hosted: Type.Optional(Hosted),
  textStyle: Type.Optional(Type.Union(TEXT_STYLES.map((style) => Type.Literal(style)), {
    description: 'How the rule-based engine words its text when this respond gives none: summary (from the tool outputs or the prompt\'s words), echo (the prompt quoted back), fixed (one sentence). Default: --text-style.',
  })),
  reasoning: Type.Optional(Type.Union([
    Type.String(),
    Type.Array(Type.String()),
    Type.Literal(false),
  ], { description: 'A reasoning item opening the response, with this summary text (or these summary parts); false: no reasoning item, even on a reasoning model.' })),
  usage: Type.Optional(Type.Object({
    input_tokens: Type.Optional(Type.Integer({ minimum: 0 })),
    output_tokens: Type.Optional(Type.Integer({ minimum: 0 })),
    cached_tokens: Type.Optional(Type.Integer({ minimum: 0 })),
    reasoning_tokens: Type.Optional(Type.Integer({ minimum: 0 })),
  }, { ...Strict, description: 'Overrides of the estimated usage.' })),
  error: Type.Optional(ScriptedError),
  fail: Type.Optional(Type.Object({
    code: Text('response.error.code, e.g. server_error or rate_limit_exceeded.'),
    message: Text('response.error.message.'),
  }, { ...Strict, description: 'A response that fails after HTTP 200: status failed; streams end with an error event and response.failed. With no text, json, refusal or calls scripted beside it, it fails before any output (as a real insufficient_quota does); otherwise what is scripted comes first.' })),
  incomplete: Type.Optional(Type.Union([Type.Literal('max_output_tokens'), Type.Literal('content_filter')], {
    description: 'A response that ends incomplete: status incomplete; streams end with response.incomplete.',
  })),
  stream: Type.Optional(StreamBehaviour),
  latencyMs: Type.Optional(Type.Integer({ minimum: 0, maximum: 600_000, description: 'Delay before answering (JSON and streams).' })),
  replay: Type.Optional(Replay),
}, { ...Strict, description: 'What the model does. Give text and/or calls and hosted items, an error, or a recorded replay; an empty respond uses the rule-based engine.' });
export type Respond = Static<typeof Respond>;

export const Rule = Type.Object({
  name: Type.Optional(Text('A label shown in the journal and in error messages.')),
  match: Type.Optional(Match),
  respond: Respond,
  times: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Literal('always')], {
    description: "How many requests this rule answers before the next one takes over (default 1; 'always' = never used up).",
  })),
}, Strict);
export type Rule = Static<typeof Rule>;

export const Scenario = Type.Object({
  description: Type.Optional(Text('What the scenario shows.')),
  sessions: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), {
    description: 'x-mock-session ids that use this scenario when a request names none (a recording lists the sessions it came from).',
  })),
  strictness: Type.Optional(Type.Union([Type.Literal('strict'), Type.Literal('lenient')], {
    description: "How this scenario's requests are validated when they send no x-mock-strictness (default: the server's). A recording says lenient: the live service accepted what it holds.",
  })),
  rules: Type.Array(Rule, { minItems: 1, description: 'Tried in order; the first unused rule that matches answers.' }),
}, Strict);
export type Scenario = Static<typeof Scenario>;

export const FixtureFile = Type.Object({
  $schema: Type.Optional(Type.String()),
  scenarios: Type.Record(Type.String({ pattern: SCENARIO_NAME_PATTERN }), Scenario, {
    description: 'Scenarios by name (letters, digits, _ . : -; at most 128 characters).',
    additionalProperties: false,
  }),
}, { ...Strict, title: 'responses-mock fixture file' });
export type FixtureFile = Static<typeof FixtureFile>;
