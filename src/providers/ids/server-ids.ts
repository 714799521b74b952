// Ids of items the services produce themselves: OpenAI's `<prefix>_` + 50 hex (ws_, tsc_, tso_, cmp_, fs_, ci_…);
// OpenRouter's `<prefix>_tmp_` + 11 (dt_tmp_, ws_tmp_, rs_tmp_…) and the upstream's own shape for a native web
// search and the reasoning on its output (`ws_<uuid>_call-<uuid>-0`, `tco_<uuid>_call-<uuid>-0`, as recorded: the
// first uuid is that of the reasoning item the search began in, `rs_<uuid>`, and the reasoning on the search's
// output carries the search's own id after its prefix).
import type { Random } from '../../deps.js';
import type { ServerIdKind } from '../../domain/hosted/types.js';
import { hex, lowerAlnum, uuid } from './ids.js';

const PREFIXES: Record<ServerIdKind, string> = {
  web_search: 'ws',
  tool_search_call: 'tsc',
  tool_search_output: 'tso',
  compaction: 'cmp',
  file_search: 'fs',
  code_interpreter: 'ci',
  image_generation: 'ig',
  mcp: 'mcp',
  computer: 'cu',
  local_shell: 'lsh',
  shell: 'sh',
  apply_patch: 'apc',
  openrouter_datetime: 'dt',
  openrouter_web_search: 'ws',
  openrouter_tool_search: 'ts',
  openrouter_tool: 'st',
  program: 'cm',
  program_output: 'cmo',
  tool_output_reasoning: 'tco',
  interim_reasoning: 'rs',
};

export function openAIServerId(random: Random, kind: ServerIdKind): string {
  return `${PREFIXES[kind]}_${hex(random, 50)}`;
}

const REASONING_UUID = /^rs_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** `of`: for a search, the reasoning item it began in; for the reasoning on a search's output, that search. */
export function openRouterServerId(random: Random, kind: ServerIdKind, of?: string): string {
  if (kind === 'web_search') return `ws_${REASONING_UUID.exec(of ?? '')?.[1] ?? uuid(random)}_call-${uuid(random)}-0`;
  if (kind === 'tool_output_reasoning') return of?.startsWith('ws_') ? `tco_${of.slice(3)}` : `tco_${uuid(random)}_call-${uuid(random)}-0`;
  return `${PREFIXES[kind]}_tmp_${lowerAlnum(random, 11)}`;
}
