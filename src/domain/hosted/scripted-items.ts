// Each kind of a scenario's `respond.hosted` entry planned from its values: what is not given is derived from
// the prompt as the engine derives it, and the item is built by the tool module's own builder, so that it
// renders and streams as the engine's does. Each plan also says how it cites the scripted text, and what the
// engine would answer after it (the answer when nothing else is scripted).
import { lastUserText } from '../engine/content/text.js';
import type { HostedApplyPatch, HostedCodeInterpreter, HostedDatetime, HostedFileSearch, HostedShell, HostedWebSearch } from '../../schemas/hosted.js';
import { ok, type Result } from '../types.js';
import { createdFiles, patchCall } from './tools/apply-patch.js';
import { codeInterpreterItem, containerFileLink, containerFor, plannedRun, runLead, type ContainerFile } from './tools/code-interpreter.js';
import { datetimeItem, isoSeconds, localTime, timeLead } from './tools/datetime.js';
import { citedSentences, fileCitations, fileSearchItem, foundFile, newFileId, plannedSearch, searchSentences } from './tools/file-search.js';
import { firstUnaddedLine, planPatch } from './tools/patch-content.js';
import { commandsFor, shellCall } from './tools/shell.js';
import { citationStyle, citeSources, searchLead, searchQuery, searchSources, sourceAt, webSearchItem } from './tools/web-search.js';
import { included, type HostedContext, type Tool } from './context.js';
import type { Citation, ServerItemSpec } from './types.js';


export interface Cited {
  text: string;
  citations: Citation[];
}

/** One entry planned: its item, where it goes, and what it does to the answer. */
export interface PlannedEntry {
  item: ServerItemSpec;
  /** A client call the response ends with (apply_patch, shell); otherwise the item comes before the answer. */
  endsResponse?: true;
  /** The scripted text with this item's citations. */
  cite?: (text: string) => Cited;
  /** The engine's words for this item, after the answer written so far. */
  write?: (before: string | undefined) => Cited;
  /** Output tokens the model wrote into the item (an apply_patch diff, shell commands). */
  outputTokens?: number;
}

export interface EntryContext {
  context: HostedContext;
  /** The request's tool of this kind. */
  tool: Tool;
}

const UNCITED = (text: string): Cited => ({ text, citations: [] });
const after = (before: string | undefined, text: string): string => (before === undefined ? text : `${before}\n\n${text}`);
const promptOf = (context: HostedContext): string => lastUserText(context.request.conversation);

export function webSearchEntry(given: HostedWebSearch, at: EntryContext): PlannedEntry {
  const { context, tool } = at;
  const prompt = promptOf(context);
  const query = given.query ?? searchQuery(prompt);
  const sources = given.sources ? given.sources.map((source) => sourceAt(source.url, source.title)) : searchSources(query, context.random);
  const where = { toolType: tool.type as string, provider: context.provider };
  const item = webSearchItem({ query, sources, ...where, withSources: included(context, 'web_search_call.action.sources') });
  const cite = given.cite === false ? UNCITED : (lead: string) => citeSources({ lead, sources, style: citationStyle(where) });
  return { item, cite, write: (before) => cite(after(before, searchLead(prompt, query))) };
}

export function codeInterpreterEntry(given: HostedCodeInterpreter, at: EntryContext): PlannedEntry {
  const { context, tool } = at;
  const prompt = promptOf(context);
  // Scripted code has only the logs and the file it is given.
  const engine = given.code === undefined ? plannedRun(prompt) : undefined;
  const containerId = given.container ?? containerFor({ tool, history: context.request.historyItems, random: context.random });
  const logs = given.logs ?? engine?.logs;
  const item = codeInterpreterItem({ code: given.code ?? engine!.code, logs, containerId, withOutputs: included(context, 'code_interpreter_call.outputs') });
  const file: (ContainerFile & { fileId?: string }) | undefined = given.file
    ? { path: given.file.path, filename: given.file.path.split('/').at(-1)!, fileId: given.file.file_id }
    : engine?.file;
  const cite = !file || given.cite === false ? UNCITED : (text: string): Cited => {
    const linked = containerFileLink({ text, file, containerId, random: context.random });
    return { text: linked.text, citations: [linked.citation] };
  };
  const output = given.logs !== undefined ? given.logs.trimEnd() : engine?.output;
  return { item, cite, write: (before) => cite(after(before, runLead(prompt, output))) };
}

export function fileSearchEntry(given: HostedFileSearch, at: EntryContext): PlannedEntry {
  const { context } = at;
  const prompt = promptOf(context);
  const search = plannedSearch(prompt);
  const { about } = search;
  const files = given.files
    ? given.files.map((file) => foundFile({ ...file, about, fileId: file.file_id ?? newFileId(context.random) }))
    : [foundFile({ filename: search.filename, about, fileId: newFileId(context.random) })];
  const item = fileSearchItem({ queries: given.queries ?? search.queries, files, withResults: included(context, 'file_search_call.results') });
  const cited = given.cite === false ? [] : files;
  return {
    item,
    cite: (text) => ({ text, citations: fileCitations(text, cited) }),
    write: (before) => citedSentences({
      ...(before === undefined ? {} : { before: `${before}\n\n` }),
      sentences: searchSentences({ prompt, about, filename: files[0]?.filename }),
      files: cited,
    }),
  };
}

export function datetimeEntry(given: HostedDatetime, at: EntryContext & { path: string }): Result<PlannedEntry> {
  const { context, tool } = at;
  const parameters = (tool.parameters ?? {}) as Tool;
  const timezone = given.timezone ?? (typeof parameters.timezone === 'string' ? parameters.timezone : 'UTC');
  const seconds = given.datetime === undefined ? context.now : isoSeconds(given.datetime) ?? context.now;
  // A timezone the tool names is checked as the engine checks it; a scripted one was checked at start-up.
  const time = localTime(seconds, { timezone, path: given.timezone === undefined ? at.path : 'respond.hosted' });
  if (!time.ok) return time;
  const item = datetimeItem({ iso: time.value.iso, timezone });
  const lead = timeLead(promptOf(context), { spoken: time.value.spoken, timezone });
  return ok({ item, write: (before) => UNCITED(after(before, lead)) });
}

export function applyPatchEntry(given: HostedApplyPatch, at: EntryContext): PlannedEntry {
  const { context } = at;
  const { diff, path } = given;
  // A diff says what it does: a new file when every line adds one, else a change.
  const type = given.operation ?? (diff === undefined ? undefined : firstUnaddedLine(diff) === undefined ? 'create_file' : 'update_file');
  const plan = diff !== undefined && type !== undefined && path !== undefined
    ? { type, path, diff }
    : { ...planPatch(promptOf(context), createdFiles(context.request.historyItems), { type, path }), ...(diff === undefined ? {} : { diff }) };
  const call = patchCall(type === 'delete_file' ? { type, path: plan.path } : plan, { callId: given.call_id });
  return { item: call.item, endsResponse: true, outputTokens: call.outputTokens };
}

export function shellEntry(given: HostedShell, at: EntryContext): PlannedEntry {
  const call = shellCall(given.commands ?? commandsFor(promptOf(at.context)), { environment: at.tool.environment, callId: given.call_id });
  return { item: call.item, endsResponse: true, outputTokens: call.outputTokens };
}
