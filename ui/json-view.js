// Pretty-printed JSON with one node marked (a validation error's JSON path): the text is built once with the
// character range of that node and shown as plain text around one <mark>, so a megabyte body stays cheap and
// nothing in it is ever parsed as HTML.
import { h, visible } from './dom.js';

/** `input[2].content[0].type` → ['input', 2, 'content', 0, 'type']. */
export function parsePath(param) {
  const segments = [];
  for (const match of String(param).matchAll(/([^.[\]]+)|\[(\d+)\]/g)) segments.push(match[2] !== undefined ? Number(match[2]) : match[1]);
  return segments;
}

/** The longest prefix of `segments` that exists in `value`, and what is missing after it. */
export function locate(value, segments) {
  let node = value;
  const found = [];
  for (const segment of segments) {
    const present = typeof segment === 'number' ? Array.isArray(node) && segment < node.length : isObject(node) && Object.hasOwn(node, segment);
    if (!present) break;
    node = node[segment];
    found.push(segment);
  }
  return { found, missing: segments.slice(found.length) };
}

/**
 * JSON.stringify(value, null, 2)'s text (bidirectional controls escaped, as JSON allows), and the range of the
 * node at `target` (a path that exists).
 * @returns {{ text: string, range: [number, number] | null }}
 */
export function printJson(value, target) {
  const parts = [];
  let length = 0;
  /** @type {[number, number] | null} */
  let range = null;
  const push = (text) => {
    parts.push(text);
    length += text.length;
  };
  // `onPath`: the node lies on the way to the target; its depth says which segment comes next.
  const walk = (node, { indent, depth, onPath }) => {
    const start = length;
    const isTarget = onPath && depth === target.length;
    const childOnPath = (key) => onPath && !isTarget && target[depth] === key;
    if (Array.isArray(node) && node.length > 0) {
      push('[\n');
      node.forEach((item, index) => {
        push(`${indent}  `);
        walk(item, { indent: `${indent}  `, depth: depth + 1, onPath: childOnPath(index) });
        push(index < node.length - 1 ? ',\n' : '\n');
      });
      push(`${indent}]`);
    } else if (isObject(node) && Object.keys(node).length > 0) {
      const keys = Object.keys(node);
      push('{\n');
      keys.forEach((key, index) => {
        push(`${indent}  `);
        const keyStart = length;
        push(`${visible(JSON.stringify(key))}: `);
        walk(node[key], { indent: `${indent}  `, depth: depth + 1, onPath: childOnPath(key) });
        if (childOnPath(key) && depth + 1 === target.length) range = [keyStart, range[1]];
        push(index < keys.length - 1 ? ',\n' : '\n');
      });
      push(`${indent}}`);
    } else push(Array.isArray(node) ? '[]' : isObject(node) ? '{}' : visible(JSON.stringify(node)));
    if (isTarget) range = [start, length];
  };
  walk(value, { indent: '', depth: 0, onPath: target !== null });
  return { text: parts.join(''), range };
}

/**
 * A <pre> showing `text` (pretty-printed when it is JSON), with the node at `param` marked and `note` pinned
 * after it. Returns the element and the mark (to scroll to), if any.
 */
export function jsonBlock(text, options = {}) {
  const { param = null, note = null } = options;
  let value;
  let parsed = false;
  try {
    value = JSON.parse(text);
    parsed = true;
  } catch {
    // Not JSON (cut, or what the client sent was not JSON): shown as received.
  }
  const pre = h('pre', { class: 'json', tabindex: '0' });
  if (!parsed) {
    pre.append(visible(text));
    return { element: pre, mark: null, located: null };
  }
  const located = param === null ? null : locate(value, parsePath(param));
  let printed;
  try {
    printed = printJson(value, located && located.found.length > 0 ? located.found : null);
  } catch {
    // Nested past the call stack: shown as received.
    pre.append(visible(text));
    return { element: pre, mark: null, located: null };
  }
  if (!printed.range) {
    pre.append(printed.text);
    return { element: pre, mark: null, located };
  }
  const [start, end] = printed.range;
  const shown = printed.text;
  const mark = h('mark', { class: 'at-fault', title: note ?? '' }, shown.slice(start, end));
  // The note goes at the end of the marked node's last line.
  const lineEnd = shown.indexOf('\n', end) < 0 ? shown.length : shown.indexOf('\n', end);
  pre.append(shown.slice(0, start), mark, shown.slice(end, lineEnd));
  if (note !== null) pre.append(h('span', { class: 'pinned-note', role: 'note' }, `  ◀ ${note}`));
  pre.append(shown.slice(lineEnd));
  return { element: pre, mark, located };
}

function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
