// What the service does around the model's answer when hosted tools are offered: a web search (OpenAI's
// web_search*, OpenRouter's openrouter:web_search, or its web plugin), OpenAI's code interpreter or file search,
// or OpenRouter's datetime before a text answer that then cites or states it; OpenAI's apply_patch or shell call,
// which ends the response; and a compaction item after the answer (compaction_trigger, context_management). A
// scenario that scripts hosted items gets those (`scripted.ts`).
import type { Random } from '../../deps.js';
import type { Decision } from '../engine/plan.js';
import { exactDirective, lastUserText, trailingOutputs } from '../engine/content/text.js';
import { jsonFormatOf } from '../engine/content/structured.js';
import { estimateUsage } from '../engine/usage.js';
import { ok, type Result } from '../types.js';
import { compactionContent, compactThreshold, endsWithCompactionTrigger } from './compaction.js';
import { patchTurn } from './tools/apply-patch.js';
import { shellTurn } from './tools/shell.js';
import { asksForCode, codeInterpreterItem, containerFileLink, containerFor, plannedRun, runLead } from './tools/code-interpreter.js';
import { asksForTime, datetimeItem, localTime, timeLead } from './tools/datetime.js';
import { asksForFiles, citedSentences, fileCitations, fileSearchItem, foundFile, newFileId, plannedSearch, searchSentences } from './tools/file-search.js';
import { programTurn } from './programmatic.js';
import { scriptedHosted, type HostedScript } from './scripted.js';
import { searchTools } from './tool-search.js';
import { included, trailingOutputsOf, type HostedContext, type Tool } from './context.js';
import { NO_HOSTED_WORK, type HostedWork, type ServerItemSpec } from './types.js';
import { allowedDomains, asksForSearch, citationStyle, citeSources, isWebSearchTool, searchLead, searchQuery, searchSources, webPlugin, webSearchItem } from './tools/web-search.js';


/** The decision as the service finishes it, and the server items around it (a scenario's, when it scripts them). */
export function planHosted(decision: Decision, context: HostedContext & { script?: HostedScript | undefined }): Result<{ decision: Decision; work: HostedWork }> {
  const { request } = context;
  const inputTokens = () => estimateUsage({
    instructions: request.body.instructions ?? undefined, conversation: request.conversation, functions: request.functions, output: [],
  }).inputTokens;
  if (endsWithCompactionTrigger(request.body.input)) {
    // Exactly one compaction item, nothing else: what a trailing compaction_trigger asks for.
    return ok({ decision: { ...decision, text: undefined, calls: [] }, work: { ...NO_HOSTED_WORK, trailer: [compactionItem(context.random, inputTokens())] } });
  }
  const { script } = context;
  const answered = script?.respond.hosted ? scriptedHosted(decision, { ...context, script }) : engineWork(decision, context);
  if (!answered.ok) return answered;
  const threshold = compactThreshold((request.body as Record<string, unknown>).context_management);
  if (threshold === undefined || inputTokens() < threshold) return answered;
  const { work } = answered.value;
  return ok({ decision: answered.value.decision, work: { ...work, trailer: [...work.trailer, compactionItem(context.random, inputTokens())] } });
}

/** What the service adds to the engine's decision (and to a scenario's that scripts no hosted items: nothing). */
function engineWork(decision: Decision, context: HostedContext): Result<{ decision: Decision; work: HostedWork }> {
  // A program written, run on, or finished (OpenAI's programmatic tool calling).
  const programmed = context.engine && context.provider === 'openai' ? programTurn(decision, context) : undefined;
  if (programmed) return ok(programmed);
  const searched = context.engine ? searchTools(decision, context) : { decision, work: NO_HOSTED_WORK };
  const patched = searched.work === NO_HOSTED_WORK ? clientToolTurn(searched.decision, context) : undefined;
  return searched.work !== NO_HOSTED_WORK ? ok(searched) : patched ? ok(patched) : answerWithTools(searched.decision, context);
}

/**
 * OpenAI's client-run tools: an apply_patch or shell call, or the answer to their outputs (each tool's report, after
 * the engine's words for function or custom tool outputs that trail beside them; a structured answer as it is).
 */
function clientToolTurn(decision: Decision, context: HostedContext): { decision: Decision; work: HostedWork } | undefined {
  const patched = patchTurn(decision, context);
  const shelled = shellTurn(decision, context);
  // A structured answer stays the schema's document: the outputs it follows are not reported in words beside it.
  if (jsonFormatOf(context.request) !== undefined) return [patched, shelled].find((turn) => turn !== undefined && turn.work !== NO_HOSTED_WORK);
  const reports = [patched, shelled].filter((turn) => turn?.work === NO_HOSTED_WORK && turn.decision.text !== decision.text);
  const history = context.request.historyItems;
  const beside = trailingOutputsOf(history, 'function_call_output').length + trailingOutputsOf(history, 'custom_tool_call_output').length > 0;
  const texts = [...(beside && reports.length > 0 ? [decision.text] : []), ...reports.map((turn) => turn!.decision.text)];
  if (texts.length < 2) return patched ?? shelled;
  return { decision: { ...decision, text: texts.join('\n\n') }, work: NO_HOSTED_WORK };
}

function answerWithTools(decision: Decision, context: HostedContext): Result<{ decision: Decision; work: HostedWork }> {
  const unchanged = ok({ decision, work: NO_HOSTED_WORK });
  const { request } = context;
  const tools = (request.body.tools ?? []) as Tool[];
  const choice = request.body.tool_choice;
  if (!context.engine || decision.calls.length > 0 || decision.text === undefined || decision.outcome || choice === 'none') return unchanged;
  const forced = typeof choice === 'object' && choice !== null ? (choice as Tool).type : undefined;
  const prompt = lastUserText(request.conversation);
  const fresh = trailingOutputs(request.conversation).length === 0;
  const wants = (type: string, asks: (text: string) => boolean) => forced === type
    || (forced === undefined && fresh && (choice === 'required' || asks(prompt)));
  const search = tools.findIndex((tool) => isWebSearchTool(tool.type) && wants(tool.type as string, asksForSearch));
  if (search >= 0) return ok(webSearch({ decision, tool: tools[search]!, context, prompt }));
  // OpenAI's own hosted tools (OpenRouter's are named openrouter:*).
  const openai = context.provider === 'openai';
  const code = tools.findIndex((tool) => openai && tool.type === 'code_interpreter' && wants('code_interpreter', asksForCode));
  if (code >= 0) return ok(runCode({ decision, tool: tools[code]!, context, prompt }));
  const files = tools.findIndex((tool) => openai && tool.type === 'file_search' && wants('file_search', asksForFiles));
  if (files >= 0) return ok(searchFiles({ decision, context, prompt }));
  const clock = tools.findIndex((tool) => tool.type === 'openrouter:datetime' && wants('openrouter:datetime', asksForTime));
  if (clock >= 0) return datetime({ decision, tool: tools[clock]!, path: `tools[${clock}].parameters.timezone`, context });
  const plugin = context.provider === 'openrouter' && fresh && jsonFormatOf(request) === undefined ? webPlugin(request.body as Record<string, unknown>) : undefined;
  if (plugin) return ok(pluginSearch({ decision, context, prompt, maxResults: plugin.maxResults }));
  return unchanged;
}

/** OpenRouter's web plugin searches before the model runs: no item shows it, the answer cites what it found. */
function pluginSearch(args: { decision: Decision; context: HostedContext; prompt: string; maxResults: number }): { decision: Decision; work: HostedWork } {
  const { decision, context, prompt } = args;
  const query = searchQuery(prompt);
  const sources = searchSources(query, context.random).slice(0, args.maxResults);
  const cited = citeSources({ lead: searchLead(prompt, query), sources, style: 'openrouter' });
  return { decision: { ...decision, text: cited.text }, work: { ...NO_HOSTED_WORK, annotations: cited.citations } };
}

function webSearch(args: { decision: Decision; tool: Tool; context: HostedContext; prompt: string }): { decision: Decision; work: HostedWork } {
  const { decision, tool, context, prompt } = args;
  const query = searchQuery(prompt);
  const sources = searchSources(query, context.random, allowedDomains(tool));
  const at = { toolType: tool.type as string, provider: context.provider };
  const cited = citeSources({ lead: searchLead(prompt, query), sources, style: citationStyle(at) });
  const item = webSearchItem({ query, sources, ...at, withSources: included(context, 'web_search_call.action.sources') });
  return {
    decision: { ...decision, text: cited.text },
    work: { ...NO_HOSTED_WORK, preface: [item], annotations: cited.citations },
  };
}

function runCode(args: { decision: Decision; tool: Tool; context: HostedContext; prompt: string }): { decision: Decision; work: HostedWork } {
  const { decision, tool, context, prompt } = args;
  const containerId = containerFor({ tool, history: context.request.historyItems, random: context.random });
  const run = plannedRun(prompt);
  const item = codeInterpreterItem({ code: run.code, logs: run.logs, containerId, withOutputs: included(context, 'code_interpreter_call.outputs') });
  const text = runLead(prompt, run.output);
  if (!run.file) return { decision: { ...decision, text }, work: { ...NO_HOSTED_WORK, preface: [item] } };
  // A file written in the container is linked in the answer and cited there, as captured.
  const linked = containerFileLink({ text, file: run.file, containerId, random: context.random });
  return { decision: { ...decision, text: linked.text }, work: { ...NO_HOSTED_WORK, preface: [item], annotations: [linked.citation] } };
}

function searchFiles(args: { decision: Decision; context: HostedContext; prompt: string }): { decision: Decision; work: HostedWork } {
  const { decision, context, prompt } = args;
  const search = plannedSearch(prompt);
  const file = foundFile({ filename: search.filename, about: search.about, fileId: newFileId(context.random) });
  const item = fileSearchItem({ queries: search.queries, files: [file], withResults: included(context, 'file_search_call.results') });
  // An exact reply stays exact, the file cited at its end; else sentences that each cite it.
  const lead = exactDirective(prompt);
  const answer = lead !== undefined
    ? { text: lead, citations: fileCitations(lead, [file]) }
    : citedSentences({ sentences: searchSentences({ prompt, about: search.about, filename: file.filename }), files: [file] });
  return { decision: { ...decision, text: answer.text }, work: { ...NO_HOSTED_WORK, preface: [item], annotations: answer.citations } };
}

function datetime(args: { decision: Decision; tool: Tool; path: string; context: HostedContext }): Result<{ decision: Decision; work: HostedWork }> {
  const { decision, tool, path, context } = args;
  const parameters = (tool.parameters ?? {}) as Tool;
  const timezone = typeof parameters.timezone === 'string' ? parameters.timezone : 'UTC';
  const time = localTime(context.now, { timezone, path });
  if (!time.ok) return time;
  const item = datetimeItem({ iso: time.value.iso, timezone });
  const text = timeLead(lastUserText(context.request.conversation), { spoken: time.value.spoken, timezone });
  return ok({ decision: { ...decision, text }, work: { ...NO_HOSTED_WORK, preface: [item] } });
}

function compactionItem(random: Random, inputTokens: number): ServerItemSpec {
  const encrypted = compactionContent(random, inputTokens);
  return { idKind: 'compaction', itemType: 'compaction', added: { encrypted_content: encrypted }, done: { encrypted_content: encrypted }, progress: [] };
}
