// OpenAI's hosted code interpreter: a `code_interpreter_call` (`ci_`, the code streamed as
// `response.code_interpreter_call_code.delta`s, then `.interpreting` and `.completed`, in a `cntr_` container)
// before the answer, as captured (gpt-5-nano, 2025-09). The mock runs no code: it writes code whose output it
// knows — the arithmetic the prompt asks for, evaluated as Python would (python-arithmetic.ts), else a print of
// the task, written to a file in /mnt/data when the prompt asks to save one — and reports that output as the
// call's logs when `include` asks for `code_interpreter_call.outputs`. `codeInterpreterItem` builds the call from its values,
// the engine's or a scenario's.
import type { Random } from '../../../deps.js';
import { exactDirective } from '../../engine/content/text.js';
import { codePoints, withoutFullStop, type ContainerFileCitation, type ServerItemSpec } from '../types.js';
import { mentionsAny } from '../../engine/words.js';
import { evaluatePython } from './python-arithmetic.js';
import { pythonNumberAt } from './python-literals.js';

const CUES = new Set([
  'python', 'code', 'compute', 'calculate', 'calculation', 'run', 'execute', 'simulate', 'simulation', 'plot',
  'chart', 'graph', 'csv', 'analyze', 'analyse', 'regression', 'statistics', 'script', 'evaluate',
]);
/** Words that ask for a file to come out of the run. */
const FILE_CUES = new Set(['save', 'export', 'download']);
const HEX = '0123456789abcdef';
/** Only so much of a prompt is read for a task or an expression. */
const MAX_TASK = 200;

export const asksForCode = (prompt: string): boolean => mentionsAny(prompt, CUES);

/**
 * The container the call runs in: the one the tool names (`container: "cntr_…"`), else the one an earlier call
 * in the conversation used (the service reuses an active container), else a new one.
 */
export function containerFor(args: { tool: Record<string, unknown>; history: unknown[]; random: Random }): string {
  if (typeof args.tool.container === 'string') return args.tool.container;
  for (let index = args.history.length - 1; index >= 0; index -= 1) {
    const item = args.history[index] as Record<string, unknown> | null;
    if (item?.type === 'code_interpreter_call' && typeof item.container_id === 'string') return item.container_id;
  }
  return `cntr_${args.random.string(HEX, 48)}`;
}

/** A run the engine writes for a prompt: its code, what the notebook shows, and what the answer states. */
export interface PlannedRun {
  code: string;
  logs: string;
  /** What the run printed (or computed), for the answer to state. */
  output: string;
  /** The file the run wrote into its container, when the prompt asks for one (`/mnt/data/…`). */
  file?: ContainerFile;
}

export interface ContainerFile {
  path: string;
  filename: string;
}

export function plannedRun(prompt: string): PlannedRun {
  const task = prompt.slice(0, MAX_TASK).split('\n')[0]!.trim() || 'run the code';
  const expression = arithmeticIn(task);
  const value = expression === undefined ? undefined : evaluatePython(expression);
  const words = task.toLowerCase().split(/[^a-z]+/);
  const file = words.some((word) => FILE_CUES.has(word)) ? { filename: words.includes('csv') ? 'result.csv' : 'result.txt' } : undefined;
  const computed = value ?? task;
  if (file) {
    // The file holds the result; the notebook shows the path, the run's last expression.
    const code = `# ${task}\nwith open("/mnt/data/${file.filename}", "w") as f:\n    f.write(${JSON.stringify(`${computed}\n`)})\n"/mnt/data/${file.filename}"\n`;
    return { code, logs: `'/mnt/data/${file.filename}'`, output: computed, file: { path: `/mnt/data/${file.filename}`, filename: file.filename } };
  }
  // A notebook shows the value of a last bare expression; a print shows its text.
  const code = value === undefined ? `print(${JSON.stringify(task)})\n` : `${expression}\n`;
  const logs = value === undefined ? `${task}\n` : value;
  return { code, logs, output: logs.trimEnd() };
}

/**
 * The call: its code streamed as deltas, then interpreted. `outputs` holds the logs when `include` asks for
 * them (none printed: an empty list), else null.
 */
export function codeInterpreterItem(args: { code: string; logs?: string; containerId: string; withOutputs: boolean }): ServerItemSpec {
  const { code, containerId, withOutputs } = args;
  const outputs = withOutputs ? (args.logs === undefined ? [] : [{ type: 'logs', logs: args.logs }]) : null;
  return {
    idKind: 'code_interpreter', itemType: 'code_interpreter_call',
    added: { status: 'in_progress', code: '', container_id: containerId, outputs: withOutputs ? [] : null },
    done: { status: 'completed', code, container_id: containerId, outputs },
    progress: [
      { type: 'response.code_interpreter_call.in_progress' },
      { type: 'response.code_interpreter_call_code.delta', deltas: code },
      { type: 'response.code_interpreter_call_code.done', fields: { code } },
      { type: 'response.code_interpreter_call.interpreting' },
      { type: 'response.code_interpreter_call.completed' },
    ],
  };
}

/** What the answer says of a run (an exact directive, if the prompt gives one). */
export function runLead(prompt: string, output: string | undefined): string {
  return exactDirective(prompt) ?? (output === undefined ? 'I ran the code in a Python container.' : `I ran the code in a Python container. Its output: ${output}`);
}

/** The answer with a markdown link to a file of the container, and the citation of its `sandbox:` URL (its id drawn unless given). */
export function containerFileLink(args: { text: string; file: ContainerFile & { fileId?: string }; containerId: string; random: Random }): { text: string; citation: ContainerFileCitation } {
  const url = `sandbox:${args.file.path}`;
  const sentence = /[.!?]$/.test(args.text) ? args.text : `${args.text}.`;
  const lead = `${sentence} I saved it as a file: [Download ${args.file.filename}](`;
  const startIndex = codePoints(lead);
  const citation: ContainerFileCitation = {
    type: 'container_file_citation', containerId: args.containerId, fileId: args.file.fileId ?? `cfile_${args.random.string(HEX, 32)}`,
    filename: args.file.filename, startIndex, endIndex: startIndex + url.length,
  };
  return { text: `${lead}${url})`, citation };
}

/**
 * The longest run of numbers, operators and parentheses holding an operator between two numbers, read in one
 * pass; a number is a whole Python literal (`2.5e2`, `0x10`, `1_000`), so its letters stay in the run.
 */
function arithmeticIn(text: string): string | undefined {
  let best: string | undefined;
  let start = -1;
  for (let index = 0; index <= text.length;) {
    const number = index < text.length && '0123456789.'.includes(text[index]!) ? pythonNumberAt(text, index) : undefined;
    const inside = number !== undefined || (index < text.length && '.+-*/%() '.includes(text[index]!));
    if (inside && start < 0) start = index;
    if (inside || start < 0) { index = number?.end ?? index + 1; continue; }
    // Without the full stop that ends its sentence ("Calculate 17 * 23." → `17 * 23`).
    const run = withoutFullStop(text.slice(start, index)).trim();
    if (/\w\s*[-+*/%]+\s*(?:[(\w]|\.\d)/.test(run) && (best === undefined || run.length > best.length)) best = run;
    start = -1;
    index += 1;
  }
  return best;
}
