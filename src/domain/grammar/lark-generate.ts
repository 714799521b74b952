// One string of a Lark grammar's language, from `start`, seeded and bounded: alternatives are chosen among
// those that can still finish within the depth left, repetitions stay short, regex terminals are sampled by
// the caller's regex generator. Tokens are joined by a space when the grammar `%ignore`s whitespace.
import type { Random } from '../../deps.js';
import { MAX_UNBOUNDED_REPEAT, type LarkGrammar, type LarkNode, type Parsed } from './lark-parse.js';

export type RegexSampler = (regex: { source: string; flags: string }, random: Random) => Parsed<string>;

export interface LarkGeneration {
  random: Random;
  sampleRegex: RegexSampler;
  /** Longest string accepted; a grammar whose shortest strings are longer is refused. */
  maxLength: number;
}

const MAX_DEPTH = 40;
const MAX_STEPS = 20_000;
/**
 * Most nested rule expansions the shortest string of `start` may need: a chain of thousands of rules each naming
 * the next once took seconds to weigh and then ran the expansion past the call stack (a 500).
 */
const MAX_RULE_DEPTH = 200;

class Failure extends Error {}

export function generateLark(grammar: LarkGrammar, options: LarkGeneration): Parsed<string> {
  const { definitions } = grammar;
  if (!definitions.has('start')) return { ok: false, reason: "the grammar has no 'start' rule" };
  const undefinedRef = findUndefined(grammar);
  if (undefinedRef) return { ok: false, reason: `'${undefinedRef.name}' at line ${undefinedRef.line} is not defined` };
  const { depths, settled } = minimalDepths(grammar);
  const startDepth = depths.get('start')!;
  if (settled && !Number.isFinite(startDepth)) return { ok: false, reason: "the 'start' rule derives no finite string" };
  if (startDepth > MAX_RULE_DEPTH) return { ok: false, reason: `the shortest string of the 'start' rule needs more than ${MAX_RULE_DEPTH} nested rules` };
  const expander = new Expander(grammar, { ...options, depths });
  try {
    const tokens = expander.node({ kind: 'ref', name: 'start', line: 0 }, MAX_DEPTH + depths.get('start')!);
    const text = tokens.join(grammar.ignoresSpace ? ' ' : '');
    if (text.length > options.maxLength) throw new Failure(`the generated text is longer than ${options.maxLength} characters`);
    return { ok: true, value: text };
  } catch (error) {
    if (error instanceof Failure) return { ok: false, reason: error.message };
    throw error;
  }
}

function* refs(node: LarkNode): Generator<Extract<LarkNode, { kind: 'ref' }>> {
  switch (node.kind) {
    case 'ref': yield node; break;
    case 'seq': for (const item of node.items) yield* refs(item); break;
    case 'alt': for (const option of node.options) yield* refs(option); break;
    case 'repeat': yield* refs(node.node); break;
    default: break;
  }
}

function findUndefined(grammar: LarkGrammar): Extract<LarkNode, { kind: 'ref' }> | undefined {
  for (const node of grammar.definitions.values()) {
    for (const ref of refs(node)) if (!grammar.definitions.has(ref.name)) return ref;
  }
  return undefined;
}

/**
 * The fewest rule expansions each definition needs to reach terminals (Infinity: never terminates). After round
 * k every definition that needs at most k is known, so the rounds stop past `MAX_RULE_DEPTH`; `settled` is
 * false when they stopped there with depths still falling.
 */
function minimalDepths(grammar: LarkGrammar): { depths: Map<string, number>; settled: boolean } {
  const depths = new Map<string, number>([...grammar.definitions.keys()].map((name) => [name, Infinity]));
  for (let round = 0; round <= Math.min(grammar.definitions.size, MAX_RULE_DEPTH + 1); round += 1) {
    let changed = false;
    for (const [name, node] of grammar.definitions) {
      const depth = depthOf(node, depths);
      if (depth < depths.get(name)!) { depths.set(name, depth); changed = true; }
    }
    if (!changed) return { depths, settled: true };
  }
  return { depths, settled: false };
}

function depthOf(node: LarkNode, depths: Map<string, number>): number {
  switch (node.kind) {
    case 'ref': return 1 + (depths.get(node.name) ?? Infinity);
    case 'seq': return node.items.reduce((max, item) => Math.max(max, depthOf(item, depths)), 0);
    case 'alt': return node.options.reduce((min, option) => Math.min(min, depthOf(option, depths)), Infinity);
    case 'repeat': return node.min === 0 ? 0 : depthOf(node.node, depths);
    default: return 0;
  }
}

class Expander {
  private steps = 0;
  private length = 0;

  constructor(
    private readonly grammar: LarkGrammar,
    private readonly options: LarkGeneration & { depths: Map<string, number> },
  ) {}

  /** The tokens `node` produces with `depth` rule expansions left. */
  node(node: LarkNode, depth: number): string[] {
    this.steps += 1;
    if (this.steps > MAX_STEPS) throw new Failure(`generating from the grammar takes more than ${MAX_STEPS} steps`);
    const { random } = this.options;
    switch (node.kind) {
      case 'literal': return this.token(node.text);
      case 'range': return this.token(String.fromCodePoint(node.from + random.int(node.to - node.from + 1)));
      case 'regex': {
        const sampled = this.options.sampleRegex(node, random);
        if (!sampled.ok) throw new Failure(`the regex /${node.source}/ at line ${node.line}: ${sampled.reason}`);
        return this.token(sampled.value);
      }
      case 'ref': {
        const tokens = this.node(this.grammar.definitions.get(node.name)!, depth - 1);
        // A terminal (upper-case name) is one token, whatever it is made of.
        return /^_?[A-Z]/.test(node.name) ? [tokens.join('')] : tokens;
      }
      case 'seq': return node.items.flatMap((item) => this.node(item, depth));
      case 'alt': return this.node(this.pick(node.options, depth), depth);
      case 'repeat': return this.repeat(node, depth);
    }
  }

  private token(text: string): string[] {
    this.length += text.length;
    if (this.length > this.options.maxLength) throw new Failure(`the generated text is longer than ${this.options.maxLength} characters`);
    return [text];
  }

  private pick(options: LarkNode[], depth: number): LarkNode {
    const { depths, random } = this.options;
    const fitting = options.filter((option) => depthOf(option, depths) <= depth);
    if (fitting.length > 0) return fitting[random.int(fitting.length)]!;
    return options.reduce((best, option) => (depthOf(option, depths) < depthOf(best, depths) ? option : best));
  }

  private repeat(node: Extract<LarkNode, { kind: 'repeat' }>, depth: number): string[] {
    const { depths, random } = this.options;
    const roomy = depth > depthOf(node.node, depths) + 2;
    const extra = roomy ? random.int(Math.min(node.max - node.min, MAX_UNBOUNDED_REPEAT - 1) + 1) : 0;
    const tokens: string[] = [];
    for (let index = 0; index < node.min + extra; index += 1) tokens.push(...this.node(node.node, depth));
    return tokens;
  }
}
