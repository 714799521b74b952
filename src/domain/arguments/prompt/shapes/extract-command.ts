// A shell command a prompt asks for: written after "run", "execute" or "type" when it opens with a program's name or
// a path to one ("Run ls -la", "execute npm test", "run ./build.sh --fast"), to its clause's end; or the command an
// everyday request means when put to a shell: listing a folder ("List the files in src" → "ls src") or showing a
// file ("Show me package.json" → "cat package.json"). Read word by word on the prompt's opening, no pattern over it.
import type { Mention } from '../mentions.js';

/** How much of a prompt is read for a command: it is asked for in the opening sentences. */
const COMMAND_READ = 1000;
/** The most words a command is read to. */
const MAX_COMMAND_WORDS = 24;

const RUN_VERBS: ReadonlySet<string> = new Set(['run', 'execute', 'exec', 'type', 'invoke', 'rerun', 're-run']);
/** Words between the verb and the command: "run the command ls", "execute this: make". */
const BEFORE_COMMAND: ReadonlySet<string> = new Set(['the', 'this', 'command', 'shell', 'following', 'cmd', 'please']);
/** Programs a command opens with. */
const PROGRAMS: ReadonlySet<string> = new Set([
  'ls', 'cat', 'git', 'npm', 'npx', 'yarn', 'pnpm', 'node', 'python', 'python3', 'pip', 'pip3', 'make', 'cargo', 'go',
  'docker', 'kubectl', 'curl', 'wget', 'grep', 'rg', 'find', 'echo', 'pwd', 'mkdir', 'rm', 'cp', 'mv', 'touch', 'head',
  'tail', 'wc', 'sed', 'awk', 'jq', 'pytest', 'tsc', 'eslint', 'bash', 'sh', 'zsh', 'du', 'df', 'ps', 'whoami', 'uname',
  'date', 'env', 'which', 'chmod', 'tar', 'unzip', 'brew', 'apt', 'apt-get', 'deno', 'bun', 'ruby', 'bundle', 'rake',
  'mvn', 'gradle', 'java', 'javac', 'dotnet', 'terraform', 'helm', 'gh', 'psql', 'sqlite3', 'cd', 'ln', 'diff', 'sort',
  'tree', 'stat', 'kill', 'ping', 'ssh', 'rsync', 'printf', 'uv', 'poetry', 'php', 'perl', 'rustc', 'gcc', 'cmake',
  'ruff', 'black', 'prettier', 'vitest', 'jest', 'mocha', 'tsx', 'lsof', 'hostname', 'nproc', 'free', 'uptime',
]);
/** Words that end a command written in prose: "run npm test and tell me", "run ls in src", "run make for me". */
const AFTER_COMMAND: ReadonlySet<string> = new Set([
  'and', 'then', 'to', 'so', 'please', 'in', 'inside', 'for', 'from', 'now', 'again', 'first', 'once', 'if', 'when',
  'but', 'while', 'on', 'with', 'without', 'after', 'before', 'quickly',
]);
/** Verbs that ask to list a folder, and to show a file. */
const LISTING: ReadonlySet<string> = new Set(['list', 'ls']);
const SHOWING: ReadonlySet<string> = new Set(['show', 'print', 'cat', 'display', 'dump']);
const FOLDER_WORDS: ReadonlySet<string> = new Set(['files', 'file', 'folder', 'folders', 'directory', 'directories', 'contents', 'everything']);

interface Word {
  text: string;
  at: number;
}

/** Whether the word names a program a command opens with ("npm", "git", "ls"). */
export function isProgram(word: string): boolean {
  return PROGRAMS.has(word);
}

/** The command the prompt asks for, or undefined. */
export function findCommand(prompt: string): Mention | undefined {
  const words = wordsOf(prompt.slice(0, COMMAND_READ));
  for (let index = 0; index < words.length; index += 1) {
    const verb = bare(words[index]!.text);
    if (RUN_VERBS.has(verb)) {
      const written = writtenCommand(words, index + 1);
      if (written !== undefined) return written;
    }
    if (LISTING.has(verb) || SHOWING.has(verb)) {
      const meant = meantCommand(words, { at: index + 1, listing: LISTING.has(verb) });
      if (meant !== undefined) return { ...meant, at: words[index]!.at };
    }
  }
  return undefined;
}

/** The command written from `from` on: a program's name or a path to one first, to its clause's end. */
function writtenCommand(words: readonly Word[], from: number): Mention | undefined {
  let at = from;
  while (at < words.length && BEFORE_COMMAND.has(bare(words[at]!.text)) && !/[.!?]$/u.test(words[at]!.text)) at += 1;
  const first = words[at];
  if (first === undefined) return undefined;
  const program = first.text.replace(/[:,.;!?]+$/u, '');
  if (!PROGRAMS.has(program) && !/^(?:\.{1,2}|~)?\/[\w./-]+$/u.test(program)) return undefined;
  const kept: string[] = [];
  // The quote open at this word, if any: inside one, words and marks are the argument's ("echo "hello, world"").
  let open = '';
  for (let next = at; next < words.length && kept.length < MAX_COMMAND_WORDS; next += 1) {
    const text = words[next]!.text;
    if (open === '' && next > at && AFTER_COMMAND.has(text)) break;
    for (const char of text) if (char === '"' || char === "'") open = open === '' ? char : open === char ? '' : open;
    // A mark ends the clause ("Run ls -la, then …", "Run make."); a lone "." is an argument ("find . -name x").
    const cut = open !== '' || text.length === 1 ? text : text.replace(/[,;!?]+$|(?<=[^.])\.$/u, '');
    kept.push(cut);
    if (cut !== text) break;
  }
  // A quote never closed is no command a shell takes.
  if (open !== '') return undefined;
  const value = kept.join(' ');
  return { value, at: first.at, end: first.at + value.length };
}

/** "the files in src" → "ls src", "package.json" → "cat package.json": a folder listed or a file shown. */
function meantCommand(words: readonly Word[], args: { at: number; listing: boolean }): Mention | undefined {
  let at = args.at;
  while (at < words.length && ['me', 'all', 'the', 'of', 'every'].includes(bare(words[at]!.text))) at += 1;
  const noun = bare(words[at]?.text ?? '');
  if (args.listing || FOLDER_WORDS.has(noun)) {
    if (!FOLDER_WORDS.has(noun)) return undefined;
    const place = words[at + 1] !== undefined && ['in', 'of', 'under', 'inside'].includes(bare(words[at + 1]!.text)) ? pathAt(words, at + 2) : undefined;
    // "Show me the contents of package.json": a file's contents are shown, not listed.
    if (!args.listing && place !== undefined && /\w\.\w+$/u.test(place)) return { value: `cat ${place}`, at: words[args.at]!.at, end: words[args.at]!.at };
    const value = place === undefined || place === '.' ? 'ls' : `ls ${place}`;
    return { value, at: words[args.at]!.at, end: words[args.at]!.at };
  }
  const file = pathAt(words, at);
  return file !== undefined && /\.\w+$/u.test(file) ? { value: `cat ${file}`, at: words[at]!.at, end: words[at]!.at + file.length } : undefined;
}

/**
 * A path at the word (`src`, `./lib`, `package.json`): past "the" or "my" and before "folder" ("the src folder"),
 * "this folder" the current one (".") and "my home directory" the home ("~"); or undefined.
 */
function pathAt(words: readonly Word[], from: number): string | undefined {
  let at = from;
  while (['the', 'my', 'our'].includes(bare(words[at]?.text ?? ''))) at += 1;
  const word = words[at];
  if (word === undefined) return undefined;
  if (bare(word.text) === 'home' && FOLDERS.has(bare(words[at + 1]?.text ?? ''))) return '~';
  if (FOLDERS.has(bare(word.text))) return at > from && bare(words[from]!.text) !== 'the' ? undefined : '.';
  const text = word.text.replace(/[,;:!?]+$|(?<=[^.])\.$/u, '').replace(/^[`'"]|[`'"]$/gu, '');
  if (['this', 'current'].includes(text.toLowerCase()) && FOLDERS.has(bare(words[at + 1]?.text ?? ''))) return '.';
  return /^[\w.~/-]+$/u.test(text) && (/[/.]/u.test(text) || /^[a-z][\w-]*$/u.test(text)) && !['it', 'them', 'here', 'there'].includes(text) ? text : undefined;
}

const FOLDERS: ReadonlySet<string> = new Set(['folder', 'directory', 'dir']);

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(/\S+/gu)) words.push({ text: match[0], at: match.index });
  return words;
}

function bare(text: string): string {
  return text.toLowerCase().replace(/^[`'"“(]+|[`'"”),.:;!?]+$/gu, '');
}
