// Codex's `apply_patch` freeform tool: recognised by its name or its grammar's markers, answered with a patch
// that adds one small file, named and filled from the prompt where it says so (`*** Begin Patch` …
// `*** Add File: notes.txt` … `*** End Patch`). Reads the prompt word by word: no regex runs over it whole.

const BEGIN = '*** Begin Patch';
const ADD = '*** Add File: ';
const END = '*** End Patch';

/** Whether a custom tool is Codex's patch tool (or one with the same grammar). */
export function isApplyPatchTool(tool: { name: string; definition?: string }): boolean {
  const definition = tool.definition ?? '';
  return (tool.name === 'apply_patch' && !definition) || (definition.includes(`"${BEGIN}"`) && definition.includes(`"${ADD}"`));
}

const FILE_NAME = /^(?:[\w.-]+\/){0,8}[\w-][\w.-]{0,80}\.[A-Za-z0-9]{1,8}$/;
const MAX_LINES = 20;
const MAX_LINE = 200;

/** A patch adding one file: the first file name in the prompt (or notes.txt) and quoted text as its lines. */
export function applyPatchInput(prompt: string): string {
  const name = fileNameIn(prompt) ?? 'notes.txt';
  const lines = (quotedText(prompt) ?? 'Hello from responses-mock.').split('\n').slice(0, MAX_LINES).map((line) => `+${line.slice(0, MAX_LINE)}`);
  return [BEGIN, `${ADD}${name}`, ...lines, END].join('\n');
}

function fileNameIn(prompt: string): string | undefined {
  for (const raw of prompt.slice(0, 10_000).split(/\s+/)) {
    if (raw.length > 200) continue;
    const word = raw.replace(/^[("'`]+|[)"'`,.:;!?]+$/g, '');
    if (FILE_NAME.test(word) && !word.includes('..')) return word;
  }
  return undefined;
}

/** The first "…", '…' or `…` span of the prompt (at most 2,000 characters), if any. */
export function quotedText(prompt: string): string | undefined {
  for (const quote of ['"', '“', '`', "'"]) {
    const start = prompt.indexOf(quote);
    if (start < 0) continue;
    const close = quote === '“' ? '”' : quote;
    // An apostrophe inside a word is not a quote.
    if (quote === "'" && /\w/.test(prompt[start - 1] ?? '')) continue;
    const end = prompt.indexOf(close, start + 1);
    if (end > start + 1 && end - start <= 2_000) return prompt.slice(start + 1, end);
  }
  return undefined;
}
