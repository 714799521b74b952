// The kinds of item a scenario's `respond.hosted` can script: which path's service produces each, for which
// offered tool, and what the item is called — read by the fixture checks at start-up and by the scripted plan.
import type { HostedEntry } from '../../schemas/hosted.js';
import type { ProviderId } from '../types.js';
import { isWebSearchTool } from './tools/web-search.js';

export type HostedKind = keyof HostedEntry;

export interface KindFacts {
  /** The item, as error messages name it. */
  item: string;
  providers: readonly ProviderId[];
  /** Whether a tool of `tools` is this kind's. */
  tool: (type: unknown) => boolean;
  /** The tool, as error messages name it. */
  toolName: string;
}

export const HOSTED_KINDS: Readonly<Record<HostedKind, KindFacts>> = {
  web_search: { item: 'web_search_call', providers: ['openai', 'openrouter'], tool: isWebSearchTool, toolName: 'web search (web_search, web_search_preview, openrouter:web_search, …)' },
  code_interpreter: { item: 'code_interpreter_call', providers: ['openai'], tool: (type) => type === 'code_interpreter', toolName: 'code_interpreter' },
  file_search: { item: 'file_search_call', providers: ['openai'], tool: (type) => type === 'file_search', toolName: 'file_search' },
  apply_patch: { item: 'apply_patch_call', providers: ['openai'], tool: (type) => type === 'apply_patch', toolName: 'apply_patch' },
  shell: { item: 'shell_call', providers: ['openai'], tool: (type) => type === 'shell', toolName: 'shell' },
  datetime: { item: 'openrouter:datetime', providers: ['openrouter'], tool: (type) => type === 'openrouter:datetime', toolName: 'openrouter:datetime' },
};

/** The kinds an entry names (one, once the fixture checks passed). */
export const kindsOf = (entry: HostedEntry): HostedKind[] => (Object.keys(entry) as HostedKind[]).filter((kind) => entry[kind] !== undefined);

/** "a code_interpreter_call", "an apply_patch_call": the kind's item in a sentence. */
export const anItem = (kind: HostedKind): string => `${/^[aeiou]/.test(HOSTED_KINDS[kind].item) ? 'an' : 'a'} ${HOSTED_KINDS[kind].item}`;

export const PATHS: Readonly<Record<ProviderId, string>> = { openai: 'the OpenAI path (/v1)', openrouter: 'the OpenRouter path (/api/v1)' };
