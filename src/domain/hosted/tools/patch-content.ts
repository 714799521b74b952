// What the hosted apply_patch tool is called with, read from the prompt: the operation asked for (create,
// update or delete a file), the path it names (`notes.md`, `src/app.ts`; else one made of its topic words, as
// `shopping-checklist.md`), and the V4A diff: `+` lines for a new file, an `@@` hunk for a change, none for a
// deletion. Only a bounded head of the prompt is read, word by word.
import { STOPWORDS } from '../../engine/words.js';

export type PatchOperation = 'create_file' | 'update_file' | 'delete_file';

export interface PatchPlan {
  type: PatchOperation;
  path: string;
  /** Absent for delete_file. */
  diff?: string;
}

const HEAD = 4096;
const CREATE = new Set(['create', 'make', 'write', 'generate', 'scaffold', 'save', 'draft', 'new']);
const UPDATE = new Set(['update', 'edit', 'modify', 'change', 'fix', 'append', 'insert', 'replace', 'rename', 'refactor', 'patch', 'add', 'extend', 'amend', 'rewrite', 'correct', 'adjust']);
const DELETE = new Set(['delete', 'remove', 'erase', 'rm']);
/** Verbs that make a new file unless they say where the addition goes ("add a line to notes.md"). */
const ADDING = new Set(['add', 'append', 'insert']);
const INTO = new Set(['to', 'into', 'in', 'inside', 'within', 'from']);
/** Words after which a prompt gives the content rather than the topic: "… with milk, bread and eggs". */
const CONTENT_WORDS = new Set(['with', 'containing', 'saying', 'says', 'including', 'listing']);
/** Words that make a request about a file even without a path. */
const FILE_WORDS = new Set(['file', 'files', 'document', 'readme', 'script', 'stylesheet', 'dockerfile', 'makefile']);
/** Format words and the extension a file named after the prompt gets (markdown by default, as captured). */
const FORMATS = new Map([
  ['markdown', 'md'], ['md', 'md'], ['text', 'txt'], ['txt', 'txt'], ['python', 'py'], ['typescript', 'ts'], ['javascript', 'js'],
  ['json', 'json'], ['yaml', 'yaml'], ['html', 'html'], ['css', 'css'], ['shell', 'sh'], ['bash', 'sh'], ['csv', 'csv'], ['sql', 'sql'],
  ['rust', 'rs'], ['ruby', 'rb'], ['java', 'java'], ['toml', 'toml'],
]);
const EXTENSIONS = new Set([
  'md', 'markdown', 'txt', 'rst', 'adoc', 'ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'json', 'jsonc', 'py', 'rb', 'go', 'rs', 'java', 'kt',
  'swift', 'c', 'h', 'cc', 'cpp', 'hpp', 'cs', 'php', 'html', 'htm', 'css', 'scss', 'less', 'vue', 'svelte', 'yml', 'yaml', 'toml', 'ini',
  'cfg', 'conf', 'env', 'sh', 'bash', 'zsh', 'ps1', 'bat', 'sql', 'xml', 'csv', 'tsv', 'lock', 'gradle', 'properties', 'tf', 'proto',
  'graphql', 'dart', 'lua', 'r', 'scala', 'ex', 'exs', 'hs', 'ml', 'svg', 'log', 'ipynb',
]);
const BARE_NAMES = new Set(['Dockerfile', 'Makefile', 'README', 'LICENSE', 'CHANGELOG']);
const HASH_COMMENTS = new Set(['py', 'rb', 'sh', 'bash', 'zsh', 'yml', 'yaml', 'toml', 'ini', 'cfg', 'conf', 'env', 'r', 'ex', 'exs', 'tf', 'properties']);
const PROSE = new Set(['md', 'markdown', 'txt', 'rst', 'adoc', 'log']);
/** Where a prompt gives the content itself: "containing …", "with the text …", "that says …". */
const CONTENT_CUE = /\b(?:containing|with (?:the )?(?:text|contents?|line)|that says|saying|which says)[\s:]+(\S[^\n]{0,399})/i;
/** A list after "with" or a colon: "with milk, bread and eggs". */
const LIST_CUE = /(?:\bwith\b|:)\s*([^\n.:]{1,400})/gi;
const QUOTED = /["“`]([^"”`\n]{1,400})["”`]/g;

interface Token { word: string; raw: string }

/** Words that open a question about files rather than a request to change one ("What's new in notes.md?"). */
const QUESTIONS = new Set(['what', "what's", 'whats', 'which', 'why', 'how', "how's", 'where', 'when', 'who', 'whose', 'does', 'did', 'is', 'are', 'was']);

/** Whether a prompt asks for a file to be written, changed or removed (the tool is used under `auto`). */
export function asksForPatch(prompt: string): boolean {
  const tokens = tokenize(prompt);
  if (tokens.length === 0 || QUESTIONS.has(tokens[0]!.word)) return false;
  if (!tokens.some((token) => CREATE.has(token.word) || UPDATE.has(token.word) || DELETE.has(token.word))) return false;
  return tokens.some((token) => FILE_WORDS.has(token.word) || isPath(token.raw));
}

/**
 * The call for a prompt; `known` is the content of files created earlier in the conversation, by path. An
 * operation or path `chosen` (a scenario's) is kept, and the rest read from the prompt for it.
 */
export function planPatch(prompt: string, known: ReadonlyMap<string, string>, chosen: { type?: PatchOperation; path?: string } = {}): PatchPlan {
  const tokens = tokenize(prompt);
  const at = tokens.findIndex((token) => isPath(token.raw));
  const path = chosen.path ?? (at >= 0 ? tokens[at]!.raw : namedPath(tokens));
  const type = chosen.type ?? operationOf(tokens, at);
  if (type === 'delete_file') return { type, path };
  const given = givenLines(prompt, path);
  const lines = type === 'create_file' && given?.[0]?.startsWith('- ') && isMarkdown(path) ? [`# ${title(tokens, path)}`, '', ...given] : given ?? writtenLines({ tokens, path, type });
  if (type === 'create_file') return { type, path, diff: lines.map((line) => `+${line}\n`).join('') };
  // A change is anchored after the last line of a file the conversation created (continuing its list, if it
  // ends with one); else it opens the file.
  const last = known.get(path)?.split('\n').filter((line) => line !== '').at(-1);
  const bullet = given ? /^\s*[-*] (?:\[[ x]\] )?/.exec(last ?? '')?.[0].replace('[x]', '[ ]') ?? '' : '';
  const added = lines.map((line) => `+${line.startsWith(bullet) ? line : `${bullet}${capitalized(line)}`}\n`).join('');
  return { type, path, diff: `@@\n${last !== undefined ? ` ${last}\n` : ''}${added}` };
}

/** The first line (1-based) of a diff that does not add one, or undefined when every line does. */
export function firstUnaddedLine(diff: string): number | undefined {
  const lines = diff.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const at = lines.findIndex((line) => !line.startsWith('+'));
  return at < 0 ? undefined : at + 1;
}

const OPENING = new Set(['(', '"', "'", '“', '`', '[', '<']);
const CLOSING = new Set([')', '"', "'", '”', '`', ']', '>', ',', ';', ':', '!', '?', '.']);

/** Words without the quotes, brackets and punctuation around them (`notes.md`, → notes.md). */
function tokenize(prompt: string): Token[] {
  const tokens: Token[] = [];
  for (const piece of prompt.slice(0, HEAD).split(/\s+/)) {
    let start = 0;
    let end = piece.length;
    while (start < end && OPENING.has(piece[start]!)) start += 1;
    while (end > start && CLOSING.has(piece[end - 1]!)) end -= 1;
    if (end > start) tokens.push({ word: piece.slice(start, end).toLowerCase(), raw: piece.slice(start, end) });
  }
  return tokens;
}

const MAX_PATH = 260;

function isPath(text: string): boolean {
  if (BARE_NAMES.has(text)) return true;
  // A library, not a file: Node.js, Vue.js, Three.js.
  if (text.length > MAX_PATH || /^[A-Z][a-z]+\.js$/.test(text)) return false;
  if (text.includes('://') || /@/.test(text.slice(1))) return false;
  const match = /^(?:\.{1,2}\/)?[\w@-][\w@.-]*(?:\/[\w@.-]+)*\.([A-Za-z][\w-]{0,9})$/.exec(text);
  if (match) return EXTENSIONS.has(match[1]!.toLowerCase()) || text.includes('/');
  return /^\.[a-z][\w.-]{1,30}$/.test(text) && !text.includes('..');
}

/** The first verb says what to do; an added line or a removal says where it goes ("… to notes.md", "… from it"). */
function operationOf(tokens: Token[], pathAt: number): PatchOperation {
  const at = tokens.findIndex((token) => CREATE.has(token.word) || UPDATE.has(token.word) || DELETE.has(token.word));
  if (at < 0) return 'create_file';
  const verb = tokens[at]!.word;
  const between = tokens.slice(at + 1, pathAt > at ? pathAt : tokens.length);
  const placed = between.some((token) => INTO.has(token.word));
  if (DELETE.has(verb)) return placed ? 'update_file' : 'delete_file';
  if (ADDING.has(verb)) return placed ? 'update_file' : 'create_file';
  return CREATE.has(verb) ? 'create_file' : 'update_file';
}

/** "Create a shopping checklist markdown file" → `shopping-checklist.md`. */
function namedPath(tokens: Token[]): string {
  const extension = tokens.map((token) => FORMATS.get(token.word)).find((found) => found !== undefined) ?? 'md';
  return `${topicWords(tokens, '').slice(0, 3).join('-') || 'notes'}.${extension}`;
}

/** The words a prompt is about (before any content it gives): not filler, verbs, file or format words, nor the path. */
function topicWords(tokens: Token[], path: string): string[] {
  const end = tokens.findIndex((token) => CONTENT_WORDS.has(token.word));
  return tokens.slice(0, end < 0 ? tokens.length : end).filter((token) => token.raw !== path && /^[a-z][a-z0-9-]*$/.test(token.word) && !STOPWORDS.has(token.word)
    && !CREATE.has(token.word) && !UPDATE.has(token.word) && !DELETE.has(token.word) && !FILE_WORDS.has(token.word)
    && !FORMATS.has(token.word) && !INTO.has(token.word)).map((token) => token.word);
}

/**
 * Content the prompt gives: quoted text (not the path), else what follows "containing", "with the text", …;
 * a list of three or more ("milk, bread and eggs") becomes bullets, or a checklist when one is asked for.
 */
function givenLines(prompt: string, path: string): string[] | undefined {
  const head = prompt.slice(0, HEAD);
  for (const match of head.matchAll(QUOTED)) {
    const text = match[1]!.trim();
    if (text !== '' && text !== path && !isPath(text)) return [text];
  }
  const cued = CONTENT_CUE.exec(head)?.[1]?.replace(/[.\s]+$/, '').trim();
  const listed = [...(cued !== undefined ? [cued] : []), ...[...head.matchAll(LIST_CUE)].map((match) => match[1]!)]
    .map((text) => text.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((entry) => entry.trim()).filter(Boolean))
    .find((items) => items.length >= 3);
  if (listed && PROSE.has(extensionOf(path))) {
    const box = /\b(?:checklist|to-?do)\b/i.test(head) ? '[ ] ' : '';
    return listed.map((entry) => `- ${box}${capitalized(entry)}`);
  }
  return cued ? [cued] : undefined;
}

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "a shopping checklist" → shopping, checklist; with no topic, the file's name: `release-notes.md` → release, notes. */
function topic(tokens: Token[], path: string): string[] {
  const words = topicWords(tokens, path).slice(0, 8);
  return words.length > 0 ? words : path.split('/').at(-1)!.replace(/\.[^.]*$/, '').split(/[-_.\s]+/).filter(Boolean);
}

const title = (tokens: Token[], path: string): string => topic(tokens, path).map(capitalized).join(' ');

/** What a file on the prompt's topic holds: a heading in markdown, a line of text, a comment in code. */
function writtenLines(args: { tokens: Token[]; path: string; type: PatchOperation }): string[] {
  const { tokens, path, type } = args;
  const sentence = capitalized(topic(tokens, path).join(' '));
  const extension = extensionOf(path);
  if (extension === 'json') return type === 'create_file' ? ['{', `  "title": ${JSON.stringify(sentence)}`, '}'] : [`  "note": ${JSON.stringify(sentence)}`];
  if (!PROSE.has(extension)) return [comment(extension, sentence)];
  if (type === 'update_file') return [`${sentence}.`];
  return isMarkdown(path) ? [`# ${title(tokens, path)}`, ''] : [sentence];
}

const isMarkdown = (path: string): boolean => ['md', 'markdown'].includes(extensionOf(path));

function extensionOf(path: string): string {
  const base = path.split('/').at(-1)!;
  return base.includes('.') ? base.slice(base.lastIndexOf('.') + 1).toLowerCase() : '';
}

function comment(extension: string, text: string): string {
  if (HASH_COMMENTS.has(extension) || extension === '') return `# ${text}`;
  if (['html', 'htm', 'xml', 'svg', 'vue', 'svelte'].includes(extension)) return `<!-- ${text} -->`;
  if (['css', 'scss', 'less'].includes(extension)) return `/* ${text} */`;
  if (extension === 'sql' || extension === 'lua' || extension === 'hs') return `-- ${text}`;
  return `// ${text}`;
}
