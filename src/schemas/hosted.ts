// The `hosted` form of a rule's respond: the items the service produces itself (a web search, a code
// interpreter run, a file search, OpenRouter's datetime, and the hosted apply_patch call), one entry per item,
// named by its kind. Every value is optional: what is not given is what the rule-based engine would use.
import { Type, type Static } from '@sinclair/typebox';

const Strict = { additionalProperties: false } as const;
/** A URL or path kept whole in a markdown link: no spaces, no parentheses. */
const LINKABLE = '[^\\s()]+';

const Cite = Type.Optional(Type.Boolean({
  description: 'Whether the scripted text (or the default answer) cites this item as the engine does (default true); false leaves the text as written.',
}));

export const HostedWebSearch = Type.Object({
  query: Type.Optional(Type.String({ minLength: 1, description: "The query searched (default: the prompt's request, as the engine words it)." })),
  sources: Type.Optional(Type.Array(Type.Object({
    url: Type.String({ pattern: `^https?://${LINKABLE}$`, description: 'The page found: an http or https URL without spaces or parentheses (it is linked in markdown; its host is the link text).' }),
    title: Type.Optional(Type.String({ minLength: 1, description: "The page's title (default: its host)." })),
  }, Strict), { maxItems: 50, description: 'The pages found (at most 50), cited after the text in this order (default: three seeded sites named after the query). Listed in the item by openrouter:web_search, and by OpenAI when `include` asks for web_search_call.action.sources.' })),
  cite: Cite,
}, { ...Strict, description: 'A web search: a web_search_call (an openrouter:web_search item for that tool), on either path, for the web search tool the request offers.' });
export type HostedWebSearch = Static<typeof HostedWebSearch>;

export const HostedCodeInterpreter = Type.Object({
  code: Type.Optional(Type.String({ description: 'The Python code run, streamed as code deltas (default: the code the engine writes for the prompt).' })),
  logs: Type.Optional(Type.String({ description: "What the run printed: the call's `outputs` logs when `include` asks for code_interpreter_call.outputs, and what the default answer states (default: the engine's output when `code` is not given either, else none)." })),
  container: Type.Optional(Type.String({ minLength: 1, description: "The container's id (default: the one the tool names, else the one the conversation used, else a new cntr_…)." })),
  file: Type.Optional(Type.Object({
    path: Type.String({ pattern: '^/[^\\s()]*[^\\s()/]$', description: 'Where the run wrote it: an absolute file path without spaces or parentheses, e.g. /mnt/data/chart.png (its last part is the filename).' }),
    file_id: Type.Optional(Type.String({ minLength: 1, description: "The citation's file id (default: a seeded cfile_…)." })),
  }, { ...Strict, description: "A file the run wrote into its container: the text links it as sandbox:<path> and cites it with a container_file_citation (default: the engine's file when `code` is not given and the prompt asks to save one, else none)." })),
  cite: Cite,
}, { ...Strict, description: 'A code interpreter run: a code_interpreter_call (OpenAI path, code_interpreter tool).' });
export type HostedCodeInterpreter = Static<typeof HostedCodeInterpreter>;

export const HostedFileSearch = Type.Object({
  queries: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1, description: "The queries run (default: the prompt's question and its topic words)." })),
  files: Type.Optional(Type.Array(Type.Object({
    filename: Type.String({ minLength: 1, description: "The file's name, as results and citations give it." }),
    file_id: Type.Optional(Type.String({ minLength: 1, description: 'Its id (default: a seeded file-…).' })),
    text: Type.Optional(Type.String({ description: 'The passage found, in `results` (default: the filename and the topic).' })),
    score: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'Its relevance score (default 0.9).' })),
    attributes: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean()]), { description: "The file's attributes (default: none)." })),
  }, Strict), { maxItems: 50, description: 'The files found (at most 50), each cited with a file_citation at the end of the text, before its full stop; listed in `results` when `include` asks for file_search_call.results (default: one file named after the topic; [] finds nothing).' })),
  cite: Cite,
}, { ...Strict, description: 'A file search: a file_search_call (OpenAI path, file_search tool).' });
export type HostedFileSearch = Static<typeof HostedFileSearch>;

export const HostedApplyPatch = Type.Object({
  call_id: Type.Optional(Type.String({ minLength: 1, description: 'The call id the client answers with its apply_patch_call_output (default: a drawn call_…).' })),
  operation: Type.Optional(Type.Union([Type.Literal('create_file'), Type.Literal('update_file'), Type.Literal('delete_file')], {
    description: "What to do with the file (default: with a diff, create_file if every line adds one, else update_file; without one, what the prompt asks).",
  })),
  path: Type.Optional(Type.String({ minLength: 1, description: 'The file (default: the path the prompt names, else one made of its words).' })),
  diff: Type.Optional(Type.String({ description: "The V4A diff: `+` lines for a new file, an `@@` hunk for a change; none for delete_file (default: the engine's, from the prompt)." })),
}, { ...Strict, description: 'An apply_patch_call for the client to apply (OpenAI path, apply_patch tool): the response ends with it, after the text and any calls.' });
export type HostedApplyPatch = Static<typeof HostedApplyPatch>;

export const HostedShell = Type.Object({
  call_id: Type.Optional(Type.String({ minLength: 1, description: 'The call id the client answers with its shell_call_output (default: a drawn call_…).' })),
  commands: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1, maxItems: 16, description: "The commands for the client to run, in order (default: the engine's, from the prompt)." })),
}, { ...Strict, description: "A shell_call for the client to run (OpenAI path, a shell tool without a container): the response ends with it, after the text and any calls." });
export type HostedShell = Static<typeof HostedShell>;

export const HostedDatetime = Type.Object({
  timezone: Type.Optional(Type.String({ minLength: 1, description: "An IANA timezone name (default: the tool's parameters.timezone, else UTC)." })),
  datetime: Type.Optional(Type.String({
    pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$',
    description: 'The instant reported, ISO 8601 with its offset (e.g. 2026-03-01T09:30:00+01:00), shown in `timezone` (default: the response\'s own time, seeded with a seed).',
  })),
}, { ...Strict, description: "OpenRouter's datetime: an openrouter:datetime item (OpenRouter path, openrouter:datetime tool)." });
export type HostedDatetime = Static<typeof HostedDatetime>;

export const HostedEntry = Type.Object({
  web_search: Type.Optional(HostedWebSearch),
  code_interpreter: Type.Optional(HostedCodeInterpreter),
  file_search: Type.Optional(HostedFileSearch),
  apply_patch: Type.Optional(HostedApplyPatch),
  shell: Type.Optional(HostedShell),
  datetime: Type.Optional(HostedDatetime),
}, { ...Strict, minProperties: 1, description: 'One item, named by its kind: web_search, code_interpreter, file_search, apply_patch, shell or datetime, with its values (`{}`: all defaults).' });
export type HostedEntry = Static<typeof HostedEntry>;

export const Hosted = Type.Array(HostedEntry, {
  minItems: 1,
  maxItems: 64,
  description: "Items the service produces itself, in this order, before the answer (after any reasoning); apply_patch and shell calls end the response. Without text, json, refusal, calls or a client call, the answer is the engine's words for them (a search's lead and sources, a run's output, a file search's sentences, the time). A kind the path does not run, or whose tool the request does not offer, answers a 400 naming the rule.",
});
export type Hosted = Static<typeof Hosted>;
