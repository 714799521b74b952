// JSON paths as the real APIs print them (`input[2].content[0].text`), and small wording helpers.

/** Ajv's instancePath (`/input/2/id`) → `input[2].id`. */
export function formatPath(pointer: string): string {
  if (!pointer) return '';
  let out = '';
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\d+$/.test(segment) ? `[${segment}]` : (out ? `.${segment}` : segment);
  }
  return out;
}

export function joinPath(base: string, rest: string): string {
  if (!base) return rest;
  if (!rest) return base;
  return rest.startsWith('[') ? `${base}${rest}` : `${base}.${rest}`;
}

/** `input[2].id` → `['input', 2, 'id']` (the form of zod issue paths). */
export function pathSegments(path: string): Array<string | number> {
  const segments: Array<string | number> = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  }
  return segments;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string': return 'a string';
    case 'number': return Number.isInteger(value) ? 'an integer' : 'a decimal';
    case 'boolean': return 'a boolean';
    case 'object': return 'an object';
    default: return 'nothing';
  }
}

/** `'a', 'b', and 'c'`, as OpenAI lists supported values. */
export function quoteList(values: string[]): string {
  const quoted = values.map((v) => `'${v}'`);
  if (quoted.length <= 1) return quoted.join('');
  if (quoted.length === 2) return `${quoted[0]} and ${quoted[1]}`;
  return `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
}
