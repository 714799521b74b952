// Keys written twice in one object of a JSON fixture file. JSON.parse keeps the last silently (a second
// scenario of the same name would replace the first unseen), while YAML files are refused for it: a JSON file
// is held to the same rule. One linear pass over text JSON.parse has already accepted.
import { joinPath } from '../domain/validation/paths.js';
import { lineColumn } from './json-text.js';

type Frame = { kind: 'object'; keys: Set<string>; key: string | undefined; awaitingKey: boolean } | { kind: 'array'; index: number };

/** At most this many are listed: one mistake copied many times need not fill the screen. */
const MAX_LISTED = 20;

/** Each key repeated in its object, as `path: reason`, where the object sits and where the repeat is written. */
export function duplicateKeys(text: string): string[] {
  const problems: string[] = [];
  const stack: Frame[] = [];
  for (let at = 0; at < text.length && problems.length < MAX_LISTED; at += 1) {
    const char = text[at];
    const top = stack[stack.length - 1];
    if (char === '"') {
      const end = stringEnd(text, at);
      if (top?.kind === 'object' && top.awaitingKey) {
        const raw = text.slice(at + 1, end);
        const key = raw.includes('\\') ? JSON.parse(`"${raw}"`) as string : raw;
        if (top.keys.has(key)) problems.push(`${pathOf(stack) || '(top level)'}: the key '${shown(key)}' is written twice (again at ${lineColumn(text, at)}); JSON would keep only the last`);
        top.keys.add(key);
        top.key = key;
        top.awaitingKey = false;
      }
      at = end;
    } else if (char === '{') {
      stack.push({ kind: 'object', keys: new Set(), key: undefined, awaitingKey: true });
    } else if (char === '[') {
      stack.push({ kind: 'array', index: 0 });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',' && top) {
      if (top.kind === 'object') top.awaitingKey = true;
      else top.index += 1;
    }
  }
  return problems;
}

/** The index of a string's closing quote (the text is valid JSON). */
function stringEnd(text: string, open: number): number {
  for (let at = open + 1; at < text.length; at += 1) {
    if (text[at] === '\\') at += 1;
    else if (text[at] === '"') return at;
  }
  return text.length - 1;
}

/** Characters of a path or key shown in a problem: a document nested thousands deep under long keys says where in brief. */
const SHOWN = 200;

/** `scenarios.s.rules[0]`: the path of the innermost object, from the keys and indices that lead to it, cut at SHOWN characters. */
function pathOf(stack: Frame[]): string {
  let path = '';
  for (const frame of stack.slice(0, -1)) {
    if (frame.kind === 'array') path = joinPath(path, `[${frame.index}]`);
    else if (frame.key !== undefined) path = joinPath(path, shown(frame.key));
    if (path.length > SHOWN) return `${path.slice(0, SHOWN)}…`;
  }
  return path;
}

const shown = (key: string): string => (key.length > SHOWN ? `${key.slice(0, SHOWN)}…` : key);
