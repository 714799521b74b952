// The plain values the schemas are built from and the domain checks against: item, part and hosted tool
// types, name rules. No TypeBox here: the server imports these at start-up, the schemas only at build time.

/** Content part types, in the order error messages list them. */
export const PART_TYPES = ['input_text', 'input_image', 'input_file', 'output_text', 'refusal'] as const;

/** In the order OpenAI's 400 lists them (`Invalid value: 'tool'. Supported values are: 'assistant', …`). */
export const MESSAGE_ROLES = ['assistant', 'system', 'developer', 'user'] as const;

/** Item types of the API that the mock accepts without interpreting (hosted tools and their outputs). */
export const PASSTHROUGH_ITEM_TYPES = [
  'web_search_call', 'file_search_call', 'computer_call', 'computer_call_output', 'code_interpreter_call',
  'image_generation_call', 'local_shell_call', 'local_shell_call_output', 'shell_call', 'shell_call_output',
  'mcp_list_tools', 'mcp_approval_request',
  'mcp_approval_response', 'mcp_call', 'compaction',
  'compaction_trigger', 'tool_search_call', 'tool_search_output', 'additional_tools', 'configuration_update', 'program',
  'program_output',
] as const;

export const TOOL_NAME_PATTERN = '^[a-zA-Z0-9_-]+$';
export const TOOL_NAME_MAX_LENGTH = 64;
/** OpenAI: the longest text of an input item (message content, a text part, a tool output), in characters. */
export const INPUT_TEXT_MAX_LENGTH = 10_485_760;
/** OpenAI: the most tools one list may hold (`Invalid 'tools': array too long. Expected … 128, …`). */
export const TOOLS_MAX_LENGTH = 128;
/** OpenAI: the longest id of an input item (`Invalid 'input[26].id': string too long. Expected … 64, …`). */
export const ITEM_ID_MAX_LENGTH = 64;

/** `reasoning.summary`, in the order OpenAI's 400 lists them. */
export const REASONING_SUMMARIES = ['concise', 'detailed', 'auto'] as const;

/** Grammar syntaxes of a custom tool's `format`. */
export const GRAMMAR_SYNTAXES = ['lark', 'regex'] as const;

/**
 * Hosted and server tool types of both services' specs: accepted and echoed. Web search, OpenRouter's datetime
 * and web search, tool search, and OpenAI's code interpreter, file search and apply_patch are emulated; the
 * others are answered in text.
 */
export const HOSTED_TOOL_TYPES = [
  'web_search', 'web_search_preview', 'web_search_preview_2025_03_11', 'web_search_2025_08_26', 'file_search',
  'code_interpreter', 'image_generation', 'computer', 'computer_use_preview', 'computer_use', 'mcp', 'local_shell',
  'shell', 'apply_patch', 'tool_search', 'programmatic_tool_calling',
  'openrouter:web_search', 'openrouter:datetime', 'openrouter:tool_search', 'openrouter:web_fetch',
  'openrouter:code_interpreter', 'openrouter:file_search', 'openrouter:image_generation', 'openrouter:mcp',
  'openrouter:shell', 'openrouter:bash', 'openrouter:apply_patch', 'openrouter:text_editor', 'openrouter:browser_use',
  'openrouter:memory', 'openrouter:files', 'openrouter:advisor', 'openrouter:subagent', 'openrouter:fusion',
  'openrouter:experimental__search_models',
] as const;

export const SCENARIO_NAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$';

/** How the rule-based engine words a text answer (--text-style, a rule's respond.textStyle). */
export const TEXT_STYLES = ['summary', 'echo', 'fixed'] as const;
