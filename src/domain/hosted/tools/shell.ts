// OpenAI's shell tool run by the client (`tools: [{type: "shell"}]`, no environment or a local one): when the
// prompt asks for a command to be run, or tool_choice forces the tool, the answer is a shell_call for the client
// to run, each command streamed between `response.shell_call_command.added` and `.done` (the spec's events, in
// its key order; no capture shows them). Once the client sends the shell_call_output, the answer reports what
// each command printed. A container environment (the service runs the commands itself) is answered in text.
import type { Decision } from '../../engine/plan.js';
import { lastUserText, trailingOutputs } from '../../engine/content/text.js';
import { countTokens } from '../../engine/usage.js';
import { MAX_SCANNED_PROMPT } from '../../arguments/prompt/prompt-facts.js';
import { repliesAsDirected, trailingOutputsOf, type HostedContext, type Tool } from '../context.js';
import { NO_HOSTED_WORK, type HostedWork, type ProgressEvent, type ServerItemSpec } from '../types.js';

type Item = Record<string, unknown>;

const COMMAND_EVENTS = 'response.shell_call_command';
/** Words that ask for a command to be run ("Can you run the tests?"). */
const VERBS: ReadonlySet<string> = new Set(['run', 'execute']);
/** Words that ask for one ("Use the terminal.", not "What is a shell?"). */
const CUES: ReadonlySet<string> = new Set(['command', 'commands', 'terminal', 'shell', 'bash']);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'our', 'this', 'these', 'all']);
/** Words that open a question about commands rather than a request to run one ("What does `ls` do?"). */
const QUESTIONS: ReadonlySet<string> = new Set(['what', 'which', 'why', 'how', 'where', 'when', 'who', 'whose', 'does', 'did', 'is', 'are', 'was', 'explain']);
/** Programs a quoted command may start with. */
const PROGRAMS: ReadonlySet<string> = new Set([
  'ls', 'pwd', 'cd', 'cat', 'echo', 'git', 'npm', 'npx', 'node', 'pnpm', 'yarn', 'python', 'python3', 'pip', 'make', 'cargo', 'go',
  'docker', 'kubectl', 'curl', 'grep', 'find', 'head', 'tail', 'wc', 'sed', 'awk', 'df', 'du', 'ps', 'mkdir', 'rm', 'cp', 'mv',
  'touch', 'chmod', 'uname', 'whoami', 'env', 'which', 'tsc', 'pytest', 'bash', 'sh',
]);
/** At most this many commands, each at most this long (a prompt is client text of any length). */
const MAX_COMMANDS = 4;
const MAX_COMMAND = 200;
/** What is reported of one command's output. */
const MAX_REPORTED = 1000;
/** A command for what the prompt names, when it quotes none (client data: a Map). */
const DEFAULTS = new Map<string, string>([
  ['directory', 'pwd'], ['folder', 'pwd'], ['git', 'git status'], ['disk', 'df -h'], ['file', 'ls -la'], ['test', 'npm test'], ['build', 'npm run build'],
]);

/** The shell part of this response: a call, or the answer to its outputs; undefined when it has none. */
export function shellTurn(decision: Decision, context: HostedContext): { decision: Decision; work: HostedWork } | undefined {
  const { request } = context;
  if (!context.engine || context.provider !== 'openai') return undefined;
  const tool = ((request.body.tools ?? []) as Tool[]).find((entry) => entry.type === 'shell');
  if (!tool || !runsOnClient(tool)) return undefined;
  if (decision.calls.length > 0 || decision.text === undefined || decision.outcome || decision.refusal !== undefined) return undefined;
  const choice = request.body.tool_choice;
  const forced = typeof choice === 'object' && choice !== null && (choice as Item).type === 'shell';
  const outputs = trailingOutputsOf(request.historyItems, 'shell_call_output');
  if (outputs.length > 0 && !forced) return { decision: { ...decision, text: reported(outputs, { context, text: decision.text }) }, work: NO_HOSTED_WORK };
  const prompt = lastUserText(request.conversation);
  const fresh = trailingOutputs(request.conversation).length === 0;
  const wanted = forced || (typeof choice !== 'object' && choice !== 'none' && fresh && (choice === 'required' || asksForShell(prompt)));
  if (!wanted) return undefined;
  const call = shellCall(commandsFor(prompt), { environment: tool.environment });
  return { decision: { ...decision, text: undefined }, work: { ...NO_HOSTED_WORK, preface: [call.item], outputTokens: call.outputTokens } };
}

/** The call: its commands filled in while they stream, a `call_id` for the client's output (drawn unless given). */
export function shellCall(commands: string[], at: { environment: unknown; callId?: string | undefined }): { item: ServerItemSpec; outputTokens: number } {
  const environment = (at.environment as Item | null | undefined)?.type === 'local' ? { type: 'local' } : null;
  const action = (listed: string[]) => ({ commands: listed, timeout_ms: null, max_output_length: null });
  const progress: ProgressEvent[] = commands.flatMap((command, index) => [
    { type: `${COMMAND_EVENTS}.added`, command: index, fields: { command: '' } },
    { type: `${COMMAND_EVENTS}.delta`, command: index, deltas: command },
    { type: `${COMMAND_EVENTS}.done`, command: index, fields: { command } },
  ]);
  const callId = at.callId ?? '';
  const item: ServerItemSpec = {
    idKind: 'shell', itemType: 'shell_call', progress,
    added: { status: 'in_progress', call_id: callId, action: action([]), environment },
    done: { status: 'completed', call_id: callId, action: action(commands), environment },
  };
  if (at.callId === undefined) item.drawsCallId = true;
  return { item, outputTokens: commands.reduce((sum, command) => sum + countTokens(command), 0) };
}

/** The client runs them: no environment, or a local one (a container is the service's own). */
function runsOnClient(tool: Tool): boolean {
  const environment = tool.environment as Item | null | undefined;
  return environment === undefined || environment === null || environment.type === 'local';
}

/**
 * Whether a sentence of the prompt asks for a command: not a question ("What does `ls` do?", "How long does it
 * take to run a marathon?"; "Can you …" is a request), and it runs something (a program, the tests, a build, a
 * quoted command), names the terminal, the shell or a command, or quotes a command that starts with a program.
 */
export function asksForShell(text: string): boolean {
  return shellSentence(text) !== undefined;
}

/** The first sentence of the prompt that asks for a command (see asksForShell), or undefined. */
function shellSentence(text: string): string | undefined {
  const prompt = text.length > MAX_SCANNED_PROMPT ? text.slice(0, MAX_SCANNED_PROMPT) : text;
  for (const sentence of prompt.split(/[.!?\n](?:\s|$)|\n/)) {
    const quoted = quotedCommands(sentence);
    const words = wordsOf(sentence.split('`').filter((_, index) => index % 2 === 0).join(' '));
    if (words.length > 0 && QUESTIONS.has(words[0]!)) continue;
    const verb = words.findIndex((word) => VERBS.has(word));
    if (verb >= 0 && (quoted.length > 0 || runsSomething(words.slice(verb + 1)))) return sentence;
    if (words.some((word) => CUES.has(word)) || quoted.some((command) => PROGRAMS.has(command.split(' ')[0]!))) return sentence;
  }
  return undefined;
}

/** What follows "run", within three words past the articles: a program, a command or script, or a target the defaults know (the tests). */
function runsSomething(after: string[]): boolean {
  const named = after.filter((word) => !ARTICLES.has(word)).slice(0, 3);
  return named.some((word) => PROGRAMS.has(word) || CUES.has(word) || word === 'script') || defaultFor(named) !== undefined;
}

/** The command for the first of the words that names a target (`tests` → `npm test`), singular or plural. */
function defaultFor(words: string[]): string | undefined {
  for (const word of words) {
    const command = DEFAULTS.get(word) ?? (word.endsWith('s') ? DEFAULTS.get(word.slice(0, -1)) : undefined);
    if (command !== undefined) return command;
  }
  return undefined;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9_-]+/).filter((word) => word !== '');
}

function quotedCommands(text: string): string[] {
  return text.split('`').filter((_, index) => index % 2 === 1).map((part) => part.trim()).filter((part) => part !== '' && part.length <= MAX_COMMAND);
}

/**
 * The commands the sentence that asks for them names (the whole prompt when none does): those it quotes in
 * backticks; else what follows "run" or "execute" up to a comma or "and", when it starts with a program; else one
 * for the target named first after the verb, else in the sentence, else in the prompt (the directory, git, the
 * disk, files, the tests, a build), `ls` at the least.
 */
export function commandsFor(text: string): string[] {
  const prompt = text.length > MAX_SCANNED_PROMPT ? text.slice(0, MAX_SCANNED_PROMPT) : text;
  const sentence = shellSentence(prompt) ?? prompt;
  const quoted = quotedCommands(sentence);
  if (quoted.length > 0) return quoted.slice(0, MAX_COMMANDS);
  const words = sentence.split(/\s+/);
  const verb = words.findIndex((word) => /^(?:run|execute)$/i.test(word));
  const after = verb < 0 ? [] : words.slice(verb + 1, verb + 1 + 40);
  const rest = after.join(' ').split(/[.!?,;](?:\s|$)|\s(?:and|then|please)\b/i)[0]!.replace(/^(?:the\s+)?(?:command\s+)?/i, '').trim();
  const command = rest.replace(/^["']|["']$/g, '');
  if (command.length <= MAX_COMMAND && PROGRAMS.has(command.split(' ')[0]!.toLowerCase())) return [command];
  return [defaultFor(wordsOf(after.join(' '))) ?? defaultFor(wordsOf(sentence)) ?? defaultFor(wordsOf(prompt)) ?? 'ls'];
}

/** What each command printed, or how it failed. An exact directive still wins. */
function reported(outputs: Item[], at: { context: HostedContext; text: string }): string {
  const { request } = at.context;
  if (repliesAsDirected(request)) return at.text;
  const calls = new Map(request.historyItems.filter((item) => item.type === 'shell_call').map((item) => [item.call_id, ((item.action as Item | undefined)?.commands ?? []) as unknown[]]));
  const said: string[] = [];
  for (const output of outputs) {
    const commands = calls.get(output.call_id) ?? [];
    const results = Array.isArray(output.output) ? output.output as Item[] : [];
    results.forEach((result, index) => said.push(commandReport(typeof commands[index] === 'string' ? commands[index] as string : 'The command', result)));
  }
  return said.length > 0 ? said.join('\n\n') : 'The command printed nothing.';
}

function commandReport(command: string, result: Item): string {
  const name = command === 'The command' ? command : `\`${command}\``;
  // Validation has checked the results; a stored one from a lenient request may still be anything.
  if (typeof result !== 'object' || result === null) return `${name} printed nothing.`;
  const outcome = result.outcome as Item | undefined;
  if (outcome?.type === 'timeout') return `${name} timed out.`;
  const clip = (text: unknown) => (typeof text === 'string' ? text.trimEnd().slice(0, MAX_REPORTED) : '');
  const code = typeof outcome?.exit_code === 'number' ? outcome.exit_code : 0;
  if (code !== 0) {
    const error = clip(result.stderr) || clip(result.stdout);
    return `${name} failed with exit code ${code}${error ? `:\n\`\`\`\n${error}\n\`\`\`` : '.'}`;
  }
  const printed = clip(result.stdout);
  return printed === '' ? `${name} printed nothing.` : `${name} printed:\n\`\`\`\n${printed}\n\`\`\``;
}
