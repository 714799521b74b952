// What a command property takes: a quoted command, a SQL statement, then a shell command the prompt asks for ("Run
// ls -la", "List the files in src" → "ls src") when the property is a shell's (`cmd`, `command`, `shell`, `script`);
// as its words for an array of strings (["ls", "-la"]), as a shell's argument vector is passed, quoted ones too.
import { fromMention, type Candidate } from './candidate.js';
import type { CandidateContext } from './candidates-explicit.js';
import type { Mention } from '../../prompt/mentions.js';
import type { PromptFacts } from '../../prompt/prompt-facts.js';

/** Names of a property that takes a shell command (not `code` or `sql`, which take a program's text or a statement). */
const SHELL_WORDS: ReadonlySet<string> = new Set(['cmd', 'command', 'commands', 'shell', 'script', 'argv']);
/** Words of a description that make a `command` or `script` another language's ("The SQL command", "a Python script"). */
const OTHER_LANGUAGES: ReadonlySet<string> = new Set(['sql', 'query', 'queries', 'database', 'statement', 'python', 'javascript', 'js', 'code', 'voice', 'spoken', 'slash', 'bot', 'chat', 'sparql', 'graphql', 'redis', 'lua']);

/** Whether the property takes a shell's command: named so, no enum, and no other language in its description. */
function isShells(property: CandidateContext['property']): boolean {
  if (!property.words.some((word) => SHELL_WORDS.has(word)) || property.enumValues.length > 0) return false;
  const said = [...property.words, ...property.described.nouns.map((noun) => noun.toLowerCase())];
  return !said.some((word) => OTHER_LANGUAGES.has(word));
}

export function commandCandidates(context: CandidateContext): Candidate[] {
  const { facts, property } = context;
  const statement = facts.statement();
  const found: Mention[] = [...facts.quoted(), ...(statement === undefined ? [] : [statement])];
  const command = isShells(property) ? facts.command() : undefined;
  const argv = property.types.has('array') && property.itemTypes.has('string') && !property.types.has('string');
  const candidate = (mention: Mention): Candidate => (argv ? { values: [argumentsOf(mention.value)], at: mention.at, end: mention.end } : fromMention(property, mention));
  if (command === undefined) return found.map(candidate);
  // A quote inside the command is one of its arguments ("Run grep -rn "TODO fix" src"): the command comes first.
  const inside = found.filter((mention) => mention.at >= command.at && mention.at < command.end);
  const others = found.filter((mention) => !inside.includes(mention)).map(candidate);
  return inside.length > 0 ? [candidate(command), ...others] : [...others, candidate(command)];
}

/** The folder a listing asks for or the file a showing does ("List the files in src" → src), as a path: weak. */
export function commandTarget(facts: PromptFacts): Mention[] {
  const command = facts.command();
  // A listing of no folder named is of the current one ("List the files in this folder" → ".").
  const target = command?.value === 'ls' ? '.' : command !== undefined && /^(?:ls|cat) [^\s]+$/u.test(command.value) ? command.value.slice(command.value.indexOf(' ') + 1) : undefined;
  return target === undefined ? [] : [{ value: target, at: command!.at, end: command!.end }];
}

/** A command's words, quoted ones kept whole without their quotes: `grep -r "a b" src` → ["grep", "-r", "a b", "src"]. */
function argumentsOf(command: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote = '';
  for (const char of command) {
    if (quote !== '') {
      if (char === quote) quote = '';
      else word += char;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === ' ') {
      if (word !== '') words.push(word);
      word = '';
    } else {
      word += char;
    }
  }
  if (word !== '') words.push(word);
  return words;
}
