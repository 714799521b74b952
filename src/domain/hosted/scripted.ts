// A scenario's `respond.hosted` as hosted work: the items in the order given, before the answer (after any
// reasoning), apply_patch and shell calls after the text and calls, ending the response. The scripted text gets each
// item's citations appended as the engine cites (a search's sources, a run's file) or placed at its end (a file
// search's files); with no text, json, refusal, calls or client call scripted, the answer is the engine's words
// for the items. A kind the path's service does not produce, or whose tool the request does not offer, is a 400
// naming the rule: the real service never makes such an item.
import { exactDirective, lastUserText } from '../engine/content/text.js';
import type { Decision } from '../engine/plan.js';
import type { Respond } from '../../schemas/fixtures.js';
import type { HostedEntry } from '../../schemas/hosted.js';
import { fail, ok, type MockError, type Result } from '../types.js';
import { anItem, HOSTED_KINDS, kindsOf, PATHS, type HostedKind } from './kinds.js';
import {
  applyPatchEntry, codeInterpreterEntry, datetimeEntry, fileSearchEntry, shellEntry, webSearchEntry, type EntryContext, type PlannedEntry,
} from './scripted-items.js';
import type { HostedContext, Tool } from './context.js';
import { NO_HOSTED_WORK, type Citation, type HostedWork } from './types.js';

export interface HostedScript {
  respond: Respond;
  /** The rule, as errors name it: `scenario 'x', rule 2 ('name')`. */
  rule: string;
}

export function scriptedHosted(decision: Decision, context: HostedContext & { script: HostedScript }): Result<{ decision: Decision; work: HostedWork }> {
  const { respond } = context.script;
  const entries: PlannedEntry[] = [];
  for (const [index, entry] of (respond.hosted ?? []).entries()) {
    const planned = planEntry(entry, { index, context });
    if (!planned.ok) return planned;
    entries.push(planned.value);
  }
  const writes = respond.text === undefined && respond.json === undefined && respond.refusal === undefined && respond.calls === undefined
    && !entries.some((entry) => entry.endsResponse);
  // Only scripted text is cited: a json answer stays parseable, a refusal holds no citations. An exact reply the
  // prompt asks for is the answer once, as written, cited by each item.
  const exact = writes ? exactDirective(lastUserText(context.request.conversation)) : undefined;
  let text = exact ?? (writes ? undefined : respond.text !== undefined ? decision.text : undefined);
  const annotations: Citation[] = [];
  for (const entry of entries) {
    const cited = writes && exact === undefined ? entry.write?.(text) : text !== undefined ? entry.cite?.(text) : undefined;
    if (!cited) continue;
    text = cited.text;
    annotations.push(...cited.citations);
  }
  const outputTokens = entries.reduce((sum, entry) => sum + (entry.outputTokens ?? 0), 0);
  const work: HostedWork = {
    ...NO_HOSTED_WORK,
    preface: entries.filter((entry) => !entry.endsResponse).map((entry) => entry.item),
    trailer: entries.filter((entry) => entry.endsResponse).map((entry) => entry.item),
    annotations,
  };
  // Scripted output tokens are the figure given, diff included.
  if (outputTokens > 0 && respond.usage?.output_tokens === undefined) work.outputTokens = outputTokens;
  return ok({ decision: text === undefined ? decision : { ...decision, text }, work });
}

function planEntry(entry: HostedEntry, at: { index: number; context: HostedContext & { script: HostedScript } }): Result<PlannedEntry> {
  const { context, index } = at;
  const kind = kindsOf(entry)[0]!;
  const facts = HOSTED_KINDS[kind];
  const where = `respond.hosted[${index}]`;
  const item = anItem(kind);
  if (!facts.providers.includes(context.provider)) {
    const path = facts.providers[0]!;
    return fail(unavailable(context.script.rule, {
      message: `${where} is ${item} item, which ${PATHS[context.provider]} never produces; ${PATHS[path]} does. Give the rule \`match: { provider: ${path} }\` to keep it to that path.`,
      param: null,
    }));
  }
  const tools = (context.request.body.tools ?? []) as Tool[];
  const offered = tools.findIndex((tool) => facts.tool(tool.type));
  if (offered < 0) {
    return fail(unavailable(context.script.rule, {
      message: `${where} is ${item} item, but the request offers no ${facts.toolName} tool, and the service only runs the tools it is offered. Add one to the request's tools.`,
      param: 'tools',
    }));
  }
  const given: EntryContext = { context, tool: tools[offered]! };
  return plan(kind, { entry, given, path: `tools[${offered}].parameters.timezone` });
}

function plan(kind: HostedKind, args: { entry: HostedEntry; given: EntryContext; path: string }): Result<PlannedEntry> {
  const { entry, given } = args;
  switch (kind) {
    case 'web_search': return ok(webSearchEntry(entry.web_search!, given));
    case 'code_interpreter': return ok(codeInterpreterEntry(entry.code_interpreter!, given));
    case 'file_search': return ok(fileSearchEntry(entry.file_search!, given));
    case 'apply_patch': return ok(applyPatchEntry(entry.apply_patch!, given));
    case 'shell': return ok(shellEntry(entry.shell!, given));
    case 'datetime': return datetimeEntry(entry.datetime!, { ...given, path: args.path });
  }
}

function unavailable(rule: string, said: { message: string; param: string | null }): MockError {
  const named = `${rule.charAt(0).toUpperCase()}${rule.slice(1)}`;
  return { code: 'scenario_hosted_unavailable', message: `${named}: ${said.message}`, param: said.param };
}
