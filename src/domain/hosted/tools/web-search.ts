// An emulated web search: the query the model would send (the prompt's request, without the instructions
// around it), a few plausible sources chosen by the seed, the item each service sends for them, and an answer
// that cites them as markdown links with url_citation annotations whose indices point at each link.
import type { Random } from '../../../deps.js';
import { exactDirective } from '../../engine/content/text.js';
import { isRecord } from '../../is-record.js';
import type { ProviderId } from '../../types.js';
import { codePoints, type ServerItemSpec, type UrlCitation } from '../types.js';
import { mentionsAny } from '../../engine/words.js';

export interface Source {
  url: string;
  title: string;
  domain: string;
}

/** Words that ask for a search: with a search tool offered, a prompt holding one gets a search under `auto`. */
const CUES = new Set([
  'search', 'searching', 'web', 'internet', 'online', 'latest', 'news', 'today', 'current', 'currently', 'recent',
  'recently', 'look', 'lookup', 'google', 'browse', 'sources', 'cite', 'headlines', 'website', 'url',
]);

/** Leading words of a request that are about searching, not what to search for. */
const FILLER = new Set([
  'use', 'using', 'web', 'search', 'searching', 'the', 'a', 'an', 'internet', 'online', 'once', 'to', 'find', 'for',
  'look', 'up', 'please', 'can', 'could', 'you', 'me', 'and', 'tell', 'what', 'is', 'are', 'on', 'google', 'browse',
  'quickly', 'do', 'a', 'run', 'query', 'about', 'information',
]);

const MAX_QUERY_WORDS = 12;

/** OpenAI's web search tool types (OpenRouter takes them too); OpenRouter's own is `openrouter:web_search`. */
const SEARCH_TOOLS = new Set(['web_search', 'web_search_preview', 'web_search_preview_2025_03_11', 'web_search_2025_08_26', 'openrouter:web_search']);

export const isWebSearchTool = (type: unknown): boolean => typeof type === 'string' && SEARCH_TOOLS.has(type);

export const asksForSearch = (prompt: string): boolean => mentionsAny(prompt, CUES);

/** "Use web search once to find the official X docs. Reply with its URL." → "official X docs". */
export function searchQuery(prompt: string): string {
  const sentences = prompt.split(/(?<=[.!?])\s+|\n+/).map((sentence) => sentence.trim()).filter(Boolean);
  const chosen = sentences.find((sentence) => asksForSearch(sentence)) ?? sentences[0] ?? '';
  const words = chosen.replace(/[.!?;:,"“”]+/g, ' ').split(/\s+/).filter(Boolean);
  let start = 0;
  while (start < words.length - 1 && FILLER.has(words[start]!.toLowerCase())) start += 1;
  const query = words.slice(start, start + MAX_QUERY_WORDS).join(' ');
  return query || 'web search';
}

interface Site {
  domain: string;
  url(slug: string, title: string, random: Random): string;
  title(title: string): string;
}

const HEX = '0123456789abcdef';

const SITES: Site[] = [
  { domain: 'en.wikipedia.org', url: (_slug, title) => `https://en.wikipedia.org/wiki/${title.replaceAll(' ', '_')}`, title: (title) => `${title} - Wikipedia` },
  { domain: 'www.britannica.com', url: (slug) => `https://www.britannica.com/topic/${slug}`, title: (title) => `${title} | Britannica` },
  { domain: 'apnews.com', url: (slug, _title, random) => `https://apnews.com/article/${slug}-${random.string(HEX, 12)}`, title: (title) => `${title} | AP News` },
  { domain: 'www.reuters.com', url: (slug) => `https://www.reuters.com/world/${slug}/`, title: (title) => `${title} | Reuters` },
  { domain: 'www.theguardian.com', url: (slug) => `https://www.theguardian.com/world/${slug}`, title: (title) => `${title} | The Guardian` },
  { domain: 'www.nature.com', url: (slug, _title, random) => `https://www.nature.com/articles/${slug}-${random.string(HEX, 6)}`, title: (title) => `${title} | Nature` },
];

/** Allowed domains looked at (a tool may list hundreds), and the shape a domain must have to be one. */
const MAX_ALLOWED = 20;
const HOSTNAME = /^[a-z0-9](?:[a-z0-9-]{0,62}\.)+[a-z]{2,63}$/;

/**
 * The sites a search may find: every known one, or, when the tool allows only some domains
 * (`filters.allowed_domains`), the known ones on them and a plain site for each other one.
 */
function sitesFor(allowed: readonly unknown[] | undefined): Site[] {
  const domains = (allowed ?? []).slice(0, MAX_ALLOWED).filter((domain): domain is string => typeof domain === 'string' && domain.length <= 253)
    .map((domain) => domain.toLowerCase().replace(/^https?:\/\//, '').split('/')[0]!).filter((domain) => HOSTNAME.test(domain));
  if (domains.length === 0) return [...SITES];
  const on = (site: Site, domain: string) => site.domain === domain || site.domain.endsWith(`.${domain}`);
  return domains.flatMap((domain) => {
    const known = SITES.filter((site) => on(site, domain));
    return known.length > 0 ? known : [{ domain, url: (slug: string) => `https://${domain}/${slug}`, title: (title: string) => `${title} | ${domain}` }];
  });
}

/** Up to three distinct sites, chosen by the seed (from the allowed domains, if the tool names some), with paths made from the query. */
export function searchSources(query: string, random: Random, allowed?: readonly unknown[]): Source[] {
  const words = query.split(/\s+/).slice(0, 8);
  const title = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
  const slug = words.join('-').toLowerCase().replace(/[^a-z0-9-]+/g, '').replace(/-+/g, '-').replace(/^-|-$/g, '') || 'search';
  const pool = sitesFor(allowed);
  const sources: Source[] = [];
  while (sources.length < 3 && pool.length > 0) {
    const [site] = pool.splice(random.int(pool.length), 1);
    sources.push({ domain: site!.domain, url: site!.url(slug, title, random), title: site!.title(title) });
  }
  return sources;
}

/**
 * OpenRouter's web plugin (`plugins: [{id: "web"}]`, or a model slug ending in `:online`, its shorthand), which
 * searches on the prompt before the model answers: how many results it asks for (`max_results`, 5 unless
 * given), or undefined when it is off.
 */
export function webPlugin(body: Record<string, unknown>): { maxResults: number } | undefined {
  const plugin = Array.isArray(body.plugins) ? body.plugins.find((entry) => isRecord(entry) && entry.id === 'web') as Record<string, unknown> | undefined : undefined;
  if (plugin?.enabled === false) return undefined;
  if (!plugin && !(typeof body.model === 'string' && body.model.endsWith(':online'))) return undefined;
  const max = plugin?.max_results;
  return { maxResults: typeof max === 'number' && Number.isInteger(max) && max > 0 ? max : 5 };
}

/** The domains a web search tool allows (`filters.allowed_domains`), if it names any. */
export function allowedDomains(tool: Record<string, unknown>): readonly unknown[] | undefined {
  const filters = tool.filters as { allowed_domains?: unknown } | null | undefined;
  return Array.isArray(filters?.allowed_domains) ? filters.allowed_domains : undefined;
}

/** A page given by its URL: its domain is the host, its title the domain unless given. */
export function sourceAt(url: string, title?: string): Source {
  const domain = /^https?:\/\/([^/?#:]+)/i.exec(url)?.[1] ?? url;
  return { url, title: title ?? domain, domain };
}

/** What the answer opens with before the cited sources (an exact directive, if the prompt gives one). */
export function searchLead(prompt: string, query: string): string {
  return exactDirective(prompt) ?? `Here is what I found on the web about "${query}":`;
}

/** How the answer cites: OpenAI's own tool on its path, else as OpenRouter relays its upstream's citations. */
export const citationStyle = (at: { toolType: string; provider: ProviderId }): 'openai' | 'openrouter' =>
  (at.provider === 'openai' && at.toolType !== 'openrouter:web_search' ? 'openai' : 'openrouter');

/**
 * The search as each service sends it for the tool offered: OpenRouter's `openrouter:web_search` item (its
 * sources always listed), or a `web_search_call` with its three progress events — OpenAI's lists the sources
 * when `include` asks for them; OpenRouter's starts with an empty query.
 */
export function webSearchItem(args: { query: string; sources: readonly Source[]; toolType: string; provider: ProviderId; withSources: boolean }): ServerItemSpec {
  const { query, provider } = args;
  const listed = args.sources.map((source) => ({ type: 'url', url: source.url }));
  if (args.toolType === 'openrouter:web_search') {
    return { idKind: 'openrouter_web_search', itemType: 'openrouter:web_search', added: { status: 'in_progress' }, done: { status: 'completed', action: { type: 'search', query, sources: listed } }, progress: [] };
  }
  const progress = ['in_progress', 'searching', 'completed'].map((phase) => ({ type: `response.web_search_call.${phase}` }));
  return provider === 'openai'
    // Since 2026-09 OpenAI's `added` carries the action's type (the 2025 capture has none; openai-python's type
    // requires an action).
    ? { idKind: 'web_search', itemType: 'web_search_call', added: { status: 'in_progress', action: { type: 'search' } }, done: { status: 'completed', action: { type: 'search', query, ...(args.withSources ? { sources: listed } : {}) } }, progress }
    : { idKind: 'web_search', itemType: 'web_search_call', added: { status: 'in_progress', action: { type: 'search', query: '' } }, done: { status: 'completed', action: { type: 'search', query } }, progress };
}

export interface CitedText {
  text: string;
  citations: UrlCitation[];
}

/**
 * The answer with each source cited as `([domain](url))`, as the real answers cite: OpenAI marks the link's
 * span and adds `?utm_source=openai` to the URL; OpenRouter's upstream annotations point nowhere (0, 0) and
 * are titled with the URL.
 */
export function citeSources(args: { lead: string; sources: readonly Source[]; style: 'openai' | 'openrouter' }): CitedText {
  const { lead, sources, style } = args;
  let text = lead;
  // The text's length in code points, kept as it grows (counting it again per source would be quadratic).
  let length = codePoints(lead);
  const add = (piece: string) => { text += piece; length += codePoints(piece); };
  const citations: UrlCitation[] = [];
  const list = sources.length > 1;
  for (const source of sources) {
    const url = style === 'openai' ? withUtmSource(source.url) : source.url;
    add(list ? `\n- ${source.title} ` : ' ');
    const start = length;
    add(`([${source.domain}](${url}))`);
    citations.push(style === 'openai'
      ? { type: 'url_citation', url, title: source.title, startIndex: start, endIndex: length }
      : { type: 'url_citation', url, title: url, startIndex: 0, endIndex: 0 });
  }
  return { text, citations };
}

/** OpenAI's tracking parameter, after any query the URL has and before its fragment. */
function withUtmSource(url: string): string {
  const hash = url.indexOf('#');
  const [base, fragment] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  return `${base}${base.includes('?') ? '&' : '?'}utm_source=openai${fragment}`;
}
