// What the schema cannot say about a rule's `respond.hosted`: one kind per entry, a kind the path the rule
// matches (`match.provider`) produces, a real timezone and date, a diff that fits its apply_patch operation,
// and call ids (of apply_patch and shell calls) used once.
import type { Rule } from '../../schemas/fixtures.js';
import type { HostedApplyPatch } from '../../schemas/hosted.js';
import { anItem, HOSTED_KINDS, kindsOf, PATHS } from '../hosted/kinds.js';
import { isoSeconds, localTime } from '../hosted/tools/datetime.js';
import { firstUnaddedLine } from '../hosted/tools/patch-content.js';

const MAX_SHOWN = 64;

export function hostedProblems(rule: Rule, path: string): string[] {
  const hosted = rule.respond.hosted;
  if (!hosted) return [];
  const problems: string[] = [];
  const provider = rule.match?.provider;
  const callIds = new Map<string, number>();
  hosted.forEach((entry, index) => {
    const at = `${path}[${index}]`;
    const kinds = kindsOf(entry);
    if (kinds.length > 1) problems.push(`${at}: one item per entry: ${kinds.map((kind) => `'${kind}'`).join(' and ')} are given; list each as its own entry`);
    for (const kind of kinds) {
      const facts = HOSTED_KINDS[kind];
      if (provider !== undefined && !facts.providers.includes(provider)) {
        problems.push(`${at}.${kind}: ${PATHS[provider]} does not produce ${anItem(kind)}, and this rule matches provider '${provider}' (${kind} runs on ${facts.providers.map((id) => PATHS[id]).join(' and ')})`);
      }
    }
    const { datetime, apply_patch: patch } = entry;
    if (datetime?.timezone !== undefined && !localTime(0, { timezone: datetime.timezone, path: '' }).ok) {
      problems.push(`${at}.datetime.timezone: '${shown(datetime.timezone)}' is not an IANA timezone name (e.g. 'Europe/Paris', 'UTC')`);
    }
    if (datetime?.datetime !== undefined && isoSeconds(datetime.datetime) === undefined) problems.push(`${at}.datetime.datetime: '${shown(datetime.datetime)}' is not a date and time of the calendar`);
    if (patch) problems.push(...patchProblems(patch, `${at}.apply_patch`));
    for (const [kind, callId] of [['apply_patch', patch?.call_id], ['shell', entry.shell?.call_id]] as const) {
      if (callId === undefined) continue;
      const earlier = callIds.get(callId);
      if (earlier !== undefined) problems.push(`${at}.${kind}.call_id: '${shown(callId)}' is already the call_id of ${path}[${earlier}]`);
      else callIds.set(callId, index);
    }
  });
  return problems;
}

function patchProblems(patch: HostedApplyPatch, at: string): string[] {
  if (patch.diff === undefined) return [];
  if (patch.operation === 'delete_file') return [`${at}.diff: a delete_file has no diff`];
  if (patch.operation !== 'create_file') return [];
  const line = firstUnaddedLine(patch.diff);
  return line === undefined ? [] : [`${at}.diff: line ${line} does not start with '+' (a create_file diff adds every line of the new file)`];
}

const shown = (text: string): string => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);
