// Small token shapes for names that want them: file paths ("/etc/hosts", "src/app.ts", "notes.txt"),
// "#channel" names for chat tools, "owner/repo" slugs, shaped tokens ("ORD-123", "LHR") for patterns, the
// identifiers among them (with long runs of digits) for `order_id`-like names, and git branches ("from feature/x
// into main"), versions ("v1.8.0", "2.3.1") for a `version`.
import { insideSorted } from './extract-formats.js';
import type { Mention } from '../mentions.js';
import { trimEndOf } from '../../../trim-marks.js';

// '_' is in the look-behind too: a path starts where its run of word characters starts, so a long run
// without a slash is read once.
const BEFORE = '(?<![\\p{L}\\p{N}@/:.#_-])';
const PATH = new RegExp(
  `${BEFORE}(?:~|\\.{1,2})?(?:\\/[\\w.-]+)+\\/?|${BEFORE}[\\w-]+(?:\\/[\\w.-]+)+|${BEFORE}[\\w-]+\\.[A-Za-z][A-Za-z0-9]{0,4}(?![\\p{L}\\p{N}@/])`,
  'gu',
);
const CHANNEL = /(?<![\p{L}\p{N}&])#[\p{L}\p{N}_-]+/gu;

function collect(prompt: string, pattern: RegExp): Mention[] {
  return [...prompt.matchAll(pattern)].map((match) => {
    const at = match.index ?? 0;
    return { value: match[0].replace(/\.$/u, ''), at, end: at + match[0].length };
  });
}

export function findPaths(prompt: string): Mention[] {
  // URLs are not paths: drop matches inside one.
  const urls = [...prompt.matchAll(/\b[a-z]+:\/\/\S+/giu)].map((match) => [match.index, match.index + match[0].length] as const);
  const cursor = { next: 0 };
  return collect(prompt, PATH).filter((mention) => !insideSorted(urls, cursor, mention.at));
}

export function findChannels(prompt: string): Mention[] {
  return collect(prompt, CHANNEL);
}

const SLUG = /(?<![\p{L}\p{N}/.:@#_-])([A-Za-z0-9][\w.-]*)\/([A-Za-z0-9][\w.-]*)(?![\p{L}\p{N}/])/gu;

/** "octocat/hello-world": the owner part, the repository part, and the whole slug, each a mention. */
export function findSlugs(prompt: string): { owner: Mention; repo: Mention; slug: Mention }[] {
  return [...prompt.matchAll(SLUG)].map((match) => {
    const at = match.index ?? 0;
    const owner = match[1] ?? '';
    const repo = (match[2] ?? '').replace(/\.$/u, '');
    const end = at + match[0].length;
    // Owner and repository are separate spans, so that one property can take each.
    return {
      owner: { value: owner, at, end: at + owner.length },
      repo: { value: repo, at: at + owner.length + 1, end },
      slug: { value: `${owner}/${repo}`, at, end },
    };
  });
}

// Identifier-like tokens: with a digit, an inner capital run, or punctuation such as - _ / . : #
const SHAPED = /(?<![\p{L}\p{N}])[\p{L}\p{N}][\p{L}\p{N}_./:#-]*[\p{L}\p{N}]|(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;

/** Tokens that look like identifiers, for properties whose `pattern` may accept one. */
export function findShapedTokens(prompt: string): Mention[] {
  // Numbers, dates and times have their own readers; they are not identifiers.
  return collect(prompt, SHAPED).filter((mention) => /[\d_./:#-]|\p{Lu}{2,}/u.test(mention.value) && !/^[\d.:/-]+$/u.test(mention.value));
}

/** Capitalised words that are not identifiers a tool is asked about. */
const NOT_IDENTIFIERS = new Set(['API', 'URL', 'PR', 'SQL', 'JSON', 'HTML', 'CSS', 'UTC', 'GMT', 'ASAP', 'FYI', 'OK', 'AI', 'ID', 'PDF', 'CSV', 'AM', 'PM', 'I', 'TODO', 'FAQ', 'CEO', 'HTTP', 'HTTPS']);
const DIGITS = /(?<![\p{L}\p{N}.,:/-])\d{3,}(?![\p{L}\p{N}]|[.,:/-]\d)/gu;

/**
 * Tokens that can be what an identifier property wants ("A-10482", "1Z999AA10123456784", "NVDA", "98765"): shaped
 * tokens with a digit first, then those in capitals, then runs of three or more digits; never paths, addresses or
 * host names.
 */
export function findIdentifiers(prompt: string, shaped: readonly Mention[]): Mention[] {
  const withDigit: Mention[] = [];
  const capitals: Mention[] = [];
  for (const mention of shaped) {
    const { value } = mention;
    if (/[/@]/u.test(value) || NOT_IDENTIFIERS.has(value) || (/\./u.test(value) && !/\d/u.test(value))) continue;
    (/\d/u.test(value) ? withDigit : capitals).push(mention);
  }
  return [...withDigit, ...capitals, ...collect(prompt, DIGITS)];
}

export interface RefMention extends Mention {
  /** The word before it: from/off/merge (where changes come from), into/onto/to/against (where they go), or on. */
  lead: string;
}

const REF_LEADS = new Set(['from', 'off', 'merge', 'into', 'onto', 'to', 'against', 'on', 'branch']);
const WELL_KNOWN_BRANCHES = new Set(['main', 'master', 'develop', 'dev', 'trunk', 'staging', 'production', 'release', 'next', 'canary']);
const REF_SHAPE = /^[A-Za-z0-9][\w./-]{0,99}$/u;

/** Whether a token looks like a branch: a well-known name, or a name with a slash, dash, dot, underscore or digit. */
export function isRef(token: string): boolean {
  return REF_SHAPE.test(token) && (WELL_KNOWN_BRANCHES.has(token) || /[/._\d-]/u.test(token)) && !token.includes('://');
}

/** Git branches after a lead word ("from feature/login", "into main"), or before the word "branch" ("the release-2 branch"). */
export function findRefs(prompt: string): RefMention[] {
  const tokens = [...prompt.matchAll(/\S+/gu)].map((match) => ({ text: trimEndOf(match[0], '.,;:!?)\'"'), at: match.index }));
  const word = (index: number): string => tokens[index]?.text.toLowerCase() ?? '';
  // The token after `index`, over a "the".
  const after = (index: number): number => (word(index + 1) === 'the' ? index + 2 : index + 1);
  const found: RefMention[] = [];
  tokens.forEach((token, index) => {
    const lead = word(index);
    const at = lead === 'branch' ? index - 1 : REF_LEADS.has(lead) ? after(index) : -1;
    const ref = tokens[at];
    if (ref === undefined || !isRef(ref.text) || (lead !== 'branch' && word(at + 1) === 'branch')) return;
    // "into the main branch": the lead of a ref named before "branch" is the word before it (over a "the").
    const leadOf = lead === 'branch' ? (word(at - 1) === 'the' ? word(at - 2) : word(at - 1)) : lead;
    found.push({ value: ref.text, at: ref.at, end: ref.at + ref.text.length, lead: leadOf });
  });
  return found.sort((a, b) => a.at - b.at);
}

/** A release's version: "2.3.1", "v1.8.0", "v2", "1.0.0-rc.1" (two dots, or a leading v); bounded, anchored on one token. */
const VERSION = /^(?:v?\d{1,6}(?:\.\d{1,6}){2,3}|v\d{1,6}(?:\.\d{1,6}){0,1})(?:-[0-9a-z.]{1,24})?$/iu;

/** The highest part of an IPv4 address, the highest day and month of a dotted date. */
const OCTET = 255;
const DAY = 31;
const MONTH = 12;

/** A dotted date ("12.06.2025", "1.6.2025": a day, a month, a four-figure year) shaped like a version. */
function dottedDate(token: string): boolean {
  if (/^v/iu.test(token) || token.includes('-')) return false;
  const parts = token.split('.').map(Number);
  const [day = 0, month = 0] = parts;
  return parts.length === 3 && /\.\d{4}$/u.test(token) && day >= 1 && day <= DAY && month >= 1 && month <= MONTH;
}

/** Four parts, none past 255, no v: an IPv4 address where a network word stands near, else a version ("1.4.2.1"). */
function octets(token: string): boolean {
  if (/^v/iu.test(token) || token.includes('-')) return false;
  const parts = token.split('.').map(Number);
  return parts.length === 4 && parts.every((part) => part <= OCTET);
}

/** Words that make four octets an address ("host 10.0.0.12", "ping 8.8.8.8", "server at 10.1.1.2"). */
const NETWORK_NEAR = /(?:^|[^\p{L}])(?:host|hosts|ip|ips|ipv4|server|servers|address|addr|ping|connect|subnet|gateway|dns|router)(?![\p{L}])/iu;
/** A version word right before the token: a version whatever else is near ("server release 1.2.0.4"). */
const VERSION_LEAD = /(?:^|[^\p{L}])(?:version|ver|v|release|build|tag)\s{1,4}$/iu;
/** How far before a token a network word is looked for: a few words. */
const NEAR_CHARS = 32;

/** Whether a token is written as a version (not a dotted date); a four-part one may still be an address in context. */
export const isVersion = (token: string): boolean => VERSION.test(token) && !dottedDate(token);

/** The longest token a version may be, its trailing stop included: longer ones are not read. */
const VERSION_TOKEN = 64;

/** Versions written in the prompt ("Ship 2.3.1", "auth-api v1.8.0", "(3.12.0)"): one pass over its tokens. */
export function findVersions(prompt: string): Mention[] {
  const found: Mention[] = [];
  for (const match of prompt.matchAll(/[^\s,;()[\]"'`]+/gu)) {
    if (match[0].length > VERSION_TOKEN) continue;
    const value = trimEndOf(match[0], '.:!?');
    if (!/\d/u.test(value) || !isVersion(value)) continue;
    const before = prompt.slice(Math.max(0, match.index - NEAR_CHARS), match.index);
    if (octets(value) && !VERSION_LEAD.test(before) && NETWORK_NEAR.test(before)) continue;
    found.push({ value, at: match.index, end: match.index + value.length });
  }
  return found;
}
