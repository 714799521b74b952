// One catalog of every error responses-mock answers: a stable code, its HTTP status and the OpenAI
// `type`/`code` it maps to, and the error that answers a bug. Provider envelopes are built from it in src/providers/.

export interface CatalogEntry {
  status: number;
  /** OpenAI `error.type`. */
  openaiType: string;
  /** OpenAI `error.code` (null where the real API sends null). */
  openaiCode: string | null;
  /** What the code means, for the documentation. */
  summary: string;
}

export const ERROR_CATALOG = {
  invalid_json: { status: 400, openaiType: 'invalid_request_error', openaiCode: null, summary: 'The body is not valid JSON.' },
  invalid_body: { status: 400, openaiType: 'invalid_request_error', openaiCode: null, summary: 'The body is not a JSON object.' },
  unsupported_media_type: { status: 415, openaiType: 'invalid_request_error', openaiCode: null, summary: 'The content type is not application/json.' },
  unsupported_content_encoding: { status: 415, openaiType: 'invalid_request_error', openaiCode: null, summary: 'The body is compressed (a content-encoding other than identity): send it uncompressed.' },
  headers_too_large: { status: 431, openaiType: 'invalid_request_error', openaiCode: null, summary: "The request line and headers exceed Node's header size limit (16 KB, or what NODE_OPTIONS=--max-http-header-size sets); the connection closes." },
  malformed_http: { status: 400, openaiType: 'invalid_request_error', openaiCode: null, summary: 'The bytes are not a valid HTTP/1.1 request (request line, headers, framing: the rest of a body longer than its content-length reads as a next request); the requests before it on the connection are answered first, then it closes. Also an HTTP/1.1 request without a Host (param `host`), a WebSocket handshake on /v1/responses that the socket server would refuse (param `upgrade`, `sec-websocket-key`, `sec-websocket-version` or `sec-websocket-protocol`), an upgrade asked of a request other than a GET (param `upgrade`: a POST with `Upgrade: h2c`), and, as a 408, a request whose headers have not all arrived 60 s after it began, or its body 5 minutes after. A body its client ended the connection in the middle of is this 400 too, in the answer, the journal and the log alike (`The connection ended before the request body was complete (its content-length is 100); …`).' },
  body_too_large: { status: 413, openaiType: 'invalid_request_error', openaiCode: null, summary: 'The body exceeds the body limit; the message names it and how to raise it (--body-limit, RESPONSES_MOCK_BODY_LIMIT).' },
  too_deeply_nested: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'invalid_value', summary: 'The body is nested deeper than the mock accepts.' },
  too_many_values: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'invalid_value', summary: 'The body holds more than 200,000 JSON values (objects, arrays, keys, strings, numbers; a history of 5,000 items holds about 50,000): counted on its text before it is parsed, so that a body of millions of tiny values does not hold up every other client for seconds. The message names the top-level field holding most of them.' },
  missing_required_parameter: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'missing_required_parameter', summary: 'A required field is absent.' },
  invalid_type: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'invalid_type', summary: 'A field has the wrong JSON type.' },
  invalid_value: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'invalid_value', summary: 'A field has a value outside what is allowed.' },
  value_out_of_range: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'invalid_value', summary: 'A number is below its minimum or above its maximum; on `/v1` the code says which and of what: `integer_below_min_value`, `integer_above_max_value`, `decimal_below_min_value` or `decimal_above_max_value`.' },
  string_above_max_length: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'string_above_max_length', summary: 'A string is longer than allowed.' },
  object_above_max_properties: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'object_above_max_properties', summary: 'An object has more properties than allowed (metadata: 16).' },
  array_above_max_length: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'array_above_max_length', summary: 'An array has more entries than allowed (OpenAI: at most 128 tools).' },
  invalid_function_parameters: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'invalid_function_parameters', summary: "A tool schema that is not valid JSON Schema or has an array without `items` (OpenAI, strict or not), a strict tool whose schema breaks strict-mode rules, or a tool schema whose every value lies beyond what the mock generates or that holds more than 5,000 objects and arrays, or that takes the request's schemas past 25,000 together (the message names the schema path)." },
  unsupported_value: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'unsupported_value', summary: 'A reasoning.effort the model does not know (OpenAI: the o-series and gpt-5 to 5.6, where the lists are known).' },
  unsupported_model_parameter: { status: 400, openaiType: 'invalid_request_error', openaiCode: null, summary: "temperature or top_p for an OpenAI reasoning model that reasons: at the effort asked, else at its default (medium; none for gpt-5.1 to 5.4)." },
  unknown_parameter: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'unknown_parameter', summary: "A field the API does not take, at the top level or on an input item or content part, such as a parsed result an SDK added (`input[2].parsed_arguments`) (OpenAI, strict)." },
  encrypted_content_not_supported: { status: 400, openaiType: 'invalid_request_error', openaiCode: null, summary: "include asks for reasoning.encrypted_content of a model that does not reason (OpenAI: gpt-4o, gpt-4.1, the gpt-5 chat models)." },
  unsupported_parameter: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'unsupported_parameter', summary: 'A parameter the Responses API does not take (response_format: use text.format), reasoning.effort for a model that does not reason (OpenAI: gpt-4o, gpt-4.1), or output text logprobs (include message.output_text.logprobs, or top_logprobs above 0) for an OpenAI model that reasons (at the effort asked, else at its default, as for temperature).' },
  invalid_json_schema: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'invalid_json_schema', summary: "A text.format json_schema that is not valid JSON Schema (OpenAI), that strict mode rejects, or whose values lie beyond what the mock generates, or whose schema holds more than 5,000 objects and arrays or takes the request's schemas past 25,000 together (the message names the schema path)." },
  json_word_missing: { status: 400, openaiType: 'invalid_request_error', openaiCode: null, summary: "text.format json_object without the word 'json' in the input messages (OpenAI)." },
  unsupported_grammar: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'invalid_value', summary: "A custom tool's grammar uses a construct the mock cannot generate from (the message names it); script the input instead." },
  tool_choice_not_found: { status: 400, openaiType: 'invalid_request_error', openaiCode: null, summary: 'tool_choice names a tool that is not in tools.' },
  history_missing_id: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'missing_required_parameter', summary: 'A tool call or tool output in history lacks its id (strict mode).' },
  history_unknown_tool: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'invalid_value', summary: 'A function_call or custom_tool_call in history names a tool that is not defined (strict mode).' },
  history_invalid_arguments: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'invalid_value', summary: 'A function_call in history has arguments that are not a JSON string (strict mode).' },
  invalid_item_id: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'invalid_value', summary: 'An input item id does not begin with its type\'s prefix: fc for a function_call, ctc for a custom_tool_call, apc for an apply_patch_call, msg for a message, rs for reasoning (OpenAI, strict).' },
  orphan_function_call_output: { status: 400, openaiType: 'invalid_request_error', openaiCode: null, summary: 'A function_call_output whose call_id matches no earlier function_call.' },
  function_call_without_output: { status: 400, openaiType: 'invalid_request_error', openaiCode: null, summary: 'A function_call in history has no function_call_output (OpenAI).' },
  orphan_custom_tool_call_output: { status: 400, openaiType: 'invalid_request_error', openaiCode: null, summary: 'A custom_tool_call_output whose call_id matches no earlier custom_tool_call.' },
  custom_tool_call_without_output: { status: 400, openaiType: 'invalid_request_error', openaiCode: null, summary: 'A custom_tool_call in history has no custom_tool_call_output (OpenAI).' },
  orphan_apply_patch_call_output: { status: 400, openaiType: 'invalid_request_error', openaiCode: null, summary: 'An apply_patch_call_output whose call_id matches no earlier apply_patch_call (OpenAI).' },
  apply_patch_call_without_output: { status: 400, openaiType: 'invalid_request_error', openaiCode: null, summary: 'An apply_patch_call in history has no apply_patch_call_output (OpenAI).' },
  item_not_found: { status: 404, openaiType: 'invalid_request_error', openaiCode: null, summary: 'A reasoning item sent by id alone while store is false (OpenAI: items are not persisted then).' },
  invalid_encrypted_content: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'invalid_encrypted_content', summary: "A reasoning item's encrypted_content is not one the mock issued, or was changed (OpenAI, strict)." },
  call_without_reasoning: { status: 400, openaiType: 'invalid_request_error', openaiCode: null, summary: 'A stored function, custom tool or apply_patch call replayed by id without the reasoning item it was produced after (OpenAI, strict).' },
  reasoning_without_following_item: { status: 400, openaiType: 'invalid_request_error', openaiCode: null, summary: 'A replayed reasoning item is not followed by the output item it came with (OpenAI, strict).' },
  duplicate_item_id: { status: 400, openaiType: 'invalid_request_error', openaiCode: null, summary: 'Two input items share an id.' },
  store_not_supported: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'invalid_value', summary: 'OpenRouter is stateless: store must be false or absent.' },
  previous_response_not_supported: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'invalid_value', summary: 'OpenRouter is stateless: previous_response_id must be null or absent.' },
  conversation_not_found: { status: 404, openaiType: 'invalid_request_error', openaiCode: null, summary: 'A conversation id (`conversation` on create, or a /v1/conversations path) names no conversation of the session (OpenAI).' },
  conversation_item_not_found: { status: 404, openaiType: 'invalid_request_error', openaiCode: null, summary: 'An item id under /v1/conversations/{id}/items names no item of that conversation (OpenAI).' },
  previous_response_not_found: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'previous_response_not_found', summary: 'previous_response_id names no stored response.' },
  item_reference_not_found: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'invalid_value', summary: 'An item_reference names no stored item.' },
  response_not_found: { status: 404, openaiType: 'invalid_request_error', openaiCode: null, summary: 'GET/DELETE of a response id that is not stored.' },
  model_not_found: { status: 404, openaiType: 'invalid_request_error', openaiCode: 'model_not_found', summary: 'GET /v1/models/:id of a model the mock does not list.' },
  route_not_found: { status: 404, openaiType: 'invalid_request_error', openaiCode: null, summary: 'No such endpoint.' },
  invalid_header: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'invalid_value', summary: 'An x-mock-* request header has an invalid value.' },
  scenario_not_found: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'invalid_value', summary: 'x-mock-scenario names no loaded scenario; or the default scenario of the session (PUT /__mock/sessions/:id/scenario, useScenario) or of the server (--scenario) was deleted since it was chosen (the message says which, param null). It lists the loaded ones; past fifty, their number and the three nearest names.' },
  scenario_no_match: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'scenario_no_match', summary: 'Under --strict-scenarios, no rule matched; the message names the closest rule and why.' },
  scenario_hosted_unavailable: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'scenario_hosted_unavailable', summary: "A scenario rule's respond.hosted scripts an item the path's service does not produce (a code_interpreter_call on OpenRouter, a datetime on OpenAI), or one for a tool the request does not offer; the message names the rule and the entry." },
  state_evicted: { status: 410, openaiType: 'invalid_request_error', openaiCode: 'state_evicted', summary: 'The scenario progress this request continues was dropped with its session to stay within --session-limit or --state-memory; the message names the session and the setting.' },
  admin_host_not_allowed: { status: 403, openaiType: 'invalid_request_error', openaiCode: null, summary: 'The admin API answers only for localhost, IP addresses, the machine\'s name and --allowed-hosts (a DNS-rebinding defence).' },
  admin_cross_site: { status: 403, openaiType: 'invalid_request_error', openaiCode: null, summary: 'A state-changing admin request with a browser\'s marks or a form\'s content type (text/plain, as fetch sends a string body; application/x-www-form-urlencoded, as curl -d sends) but neither a JSON content type nor an x-mock-* header.' },
  admin_bad_request: { status: 400, openaiType: 'invalid_request_error', openaiCode: null, summary: 'An admin request whose parameters or body cannot be read.' },
  websocket_not_supported: { status: 426, openaiType: 'invalid_request_error', openaiCode: null, summary: 'A WebSocket upgrade on the OpenRouter path, which has no WebSocket mode, or on either path while recording (426: clients such as Codex fall back to HTTP at once).' },
  websocket_connection_limit_reached: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'websocket_connection_limit_reached', summary: 'A response.create on a socket older than the connection limit (60 minutes; --ws-connection-limit-ms); the socket then closes.' },
  websocket_stream_limit_reached: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'websocket_stream_limit_reached', summary: 'A response.create that would open a 33rd stream_id lane on one socket.' },
  response_already_in_flight: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'response_already_in_flight', summary: 'A response.create while 64 responses are already queued on the socket, or that would make those queued hold more than 64 MiB (below that, creates wait their turn).' },
  admin_unauthorized: { status: 401, openaiType: 'invalid_request_error', openaiCode: 'invalid_api_key', summary: 'The admin API needs the --admin-token.' },
  admin_not_found: { status: 404, openaiType: 'invalid_request_error', openaiCode: null, summary: 'The admin API has no such scenario or session.' },
  admin_scenario_limit: { status: 409, openaiType: 'invalid_request_error', openaiCode: null, summary: 'Adding these scenarios would pass the limit on shared scenarios (20,000, or 256 MiB estimated as twice their JSON text); nothing was added.' },
  admin_invalid_scenario: { status: 400, openaiType: 'invalid_request_error', openaiCode: 'invalid_value', summary: 'A scenario sent to the admin API is invalid (its problems listed).' },
  server_overloaded: { status: 503, openaiType: 'server_error', openaiCode: 'server_overloaded', summary: 'The request bodies the server holds at once (HTTP bodies until answered, WebSocket creates queued or running, WebSocket steering input queued) would pass --body-memory with this one; a `retry-after` says when to try again (SDKs retry a 503 by themselves); over a WebSocket an `error` event (a create) or `response.steer.failed` (steering input) says the same, for the client to send it again. A body alone is always taken.' },
  upstream_failed: { status: 502, openaiType: 'server_error', openaiCode: null, summary: 'Recording: the upstream could not be reached or dropped the connection; also a replayed dropped stream asked for as JSON.' },
  injected_fault: { status: 500, openaiType: 'server_error', openaiCode: 'server_error', summary: 'An error injected by a scenario (status, code and message as the scenario says).' },
  internal_error: { status: 500, openaiType: 'server_error', openaiCode: 'server_error', summary: 'A bug in responses-mock (please report it).' },
} as const satisfies Record<string, CatalogEntry>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

export function catalogEntry(code: ErrorCode): CatalogEntry {
  return ERROR_CATALOG[code];
}

/** What answers a bug: a 500 whose cause is logged, never shown. */
export const UNEXPECTED_ERROR = { code: 'internal_error', message: 'The mock server had an unexpected error; it has been logged.', param: null } as const;
