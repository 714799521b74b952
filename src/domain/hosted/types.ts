// Items the service produces itself (hosted tool calls, tool search, compaction, OpenRouter server tools):
// planned as data — their fields while in progress and when done, and the events in between — so that one
// renderer and one event generator serve every kind, and scenarios can script any of them. (What planning them
// reads: context.ts.)

/** Which id format an item draws (`ws_…`, `tsc_…`, `cmp_…`; OpenRouter's own shapes). */
export type ServerIdKind =
  | 'web_search' | 'tool_search_call' | 'tool_search_output' | 'compaction' | 'file_search' | 'code_interpreter'
  | 'image_generation' | 'mcp' | 'computer' | 'local_shell' | 'shell' | 'apply_patch' | 'openrouter_datetime'
  | 'openrouter_web_search' | 'openrouter_tool_search' | 'openrouter_tool' | 'program' | 'program_output'
  /** grok's reasoning items after its native search, as recorded on OpenRouter: on the tool's output, then interim. */
  | 'tool_output_reasoning' | 'interim_reasoning';

/** An event between an item's `output_item.added` and `.done`: once, or once per piece of `deltas`. */
export interface ProgressEvent {
  type: string;
  /** Fields after `output_index` and `item_id`. */
  fields?: Record<string, unknown>;
  /** Text sent as `delta` events of this type (pieces chosen by the stream options). */
  deltas?: string;
  /** `item_id` before `output_index` (apply_patch's diff events); `output_index` comes first otherwise. */
  locator?: 'item-id-first';
  /** A shell call's command events name no item: `output_index`, then this `command_index`. */
  command?: number;
}

/** A server item before its id is drawn. */
export interface ServerItemSpec {
  idKind: ServerIdKind;
  /** The item's `type` on the wire. */
  itemType: string;
  /** Fields after `id` and `type` in `output_item.added`. */
  added: Record<string, unknown>;
  /** Fields after `id` and `type` once done (`output_item.done`, the response's output). */
  done: Record<string, unknown>;
  progress: ProgressEvent[];
  /** The item carries a `call_id` the client answers with (a client-executed tool search, a program, an apply_patch call). */
  drawsCallId?: boolean;
  /** The function calls planned with `caller` (an empty id) are this program's: they get its `call_id`. */
  callsThrough?: boolean;
}

export interface ServerItem extends ServerItemSpec {
  type: 'server_item';
  id: string;
}

/** A citation in a message's text, as both services annotate output text. */
export interface UrlCitation {
  type: 'url_citation';
  url: string;
  title: string;
  startIndex: number;
  endIndex: number;
}

/** A file a file search found, cited at a point of the text (OpenAI's `file_citation`). */
export interface FileCitation {
  type: 'file_citation';
  fileId: string;
  filename: string;
  /** Where in the text (code points) the citation stands. */
  index: number;
}

/** A file the code interpreter wrote into its container, cited where the text links it. */
export interface ContainerFileCitation {
  type: 'container_file_citation';
  containerId: string;
  fileId: string;
  filename: string;
  startIndex: number;
  endIndex: number;
}

export type Citation = UrlCitation | FileCitation | ContainerFileCitation;

/** A text's length in code points, the unit of citation indices. */
export function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** The text without its closing full stops, spaces and line breaks (a loop: no regex runs back over user text). */
export function withoutFullStop(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === ' ' || text[end - 1] === '\n')) end -= 1;
  return text.slice(0, end);
}

/** Where a citation's cited text ends (code points): it is announced once the text reaches it. */
export function citationEnd(citation: Citation): number {
  return citation.type === 'file_citation' ? citation.index : citation.endIndex;
}

/** What hosted tools add to a decision: items before the answer, citations in its text, items after it. */
export interface HostedWork {
  preface: ServerItemSpec[];
  annotations: Citation[];
  trailer: ServerItemSpec[];
  /** Output tokens the model wrote into server items (an apply_patch diff), on top of the plan's. */
  outputTokens?: number;
}

export const NO_HOSTED_WORK: HostedWork = { preface: [], annotations: [], trailer: [] };
