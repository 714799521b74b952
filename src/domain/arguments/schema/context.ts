// The compiled form of one tool schema: every subschema the generator reaches becomes a Node (the schema
// objects it must satisfy at once, merged), built on first use and kept, so a schema is compiled once.
// `$ref`s are followed and `allOf`s merged by collecting fragments; cycles stop where they start.
import { MAX_FOLDED, MAX_FRAGMENTS, MAX_NODES } from './limits.js';
import { buildNode } from './node.js';
import { decodePointerToken, encodePointerToken, type Built, type Fragment, type Node, type Problem, type Source } from './types.js';
import { isRecord } from '../../is-record.js';
import { groupDigits } from '../../digits.js';

export class SchemaContext {
  private readonly ids = new Map<object, number>();
  private readonly nodes = new Map<string, Built<Node>>();
  private readonly sizes = new Map<object, number>();
  /** Subschemas and properties folded into nodes so far: each branch tried folds its object again. */
  private folded = 0;

  constructor(readonly root: unknown) {}

  idOf(schema: object): number {
    let id = this.ids.get(schema);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(schema, id);
    }
    return id;
  }

  /**
   * The node for everything `sources` require at once, with the listed choices (anyOf/oneOf/if, by
   * fragment id and keyword) already decided by the caller and not offered again.
   */
  node(sources: readonly Source[], options: { decided?: readonly string[]; pointer?: string } = {}): Built<Node> {
    const decided = options.decided ?? [];
    const pointer = options.pointer ?? sources[0]?.pointer ?? '';
    const collected: Fragment[] = [];
    const seen = new Set<object>();
    for (const source of sources) {
      const problem = this.flatten(source, { collected, seen });
      if (problem !== undefined) return { ok: false, problem };
    }
    const key = `${collected.map((fragment) => fragment.id).sort((a, b) => a - b).join(',')}|${[...decided].sort().join(',')}`;
    const known = this.nodes.get(key);
    if (known !== undefined) return known;
    if (this.nodes.size >= MAX_NODES) {
      return { ok: false, problem: { pointer, reason: `the schema expands to more than ${MAX_NODES} distinct subschemas, beyond what the mock generates` } };
    }
    for (const fragment of collected) this.folded += this.sizeOf(fragment.schema);
    if (this.folded > MAX_FOLDED) {
      return { ok: false, problem: { pointer, reason: `the branches tried here fold more than ${groupDigits(MAX_FOLDED)} subschemas and properties together, beyond what the mock generates` } };
    }
    const built = buildNode({ key, fragments: collected, decided: new Set(decided), pointer });
    this.nodes.set(key, built);
    return built;
  }

  /** What folding one schema object costs: itself and its properties. */
  private sizeOf(schema: Record<string, unknown>): number {
    let size = this.sizes.get(schema);
    if (size === undefined) {
      size = 1 + (isRecord(schema.properties) ? Object.keys(schema.properties).length : 0);
      this.sizes.set(schema, size);
    }
    return size;
  }

  private flatten(source: Source, into: { collected: Fragment[]; seen: Set<object> }): Problem | undefined {
    const { schema, pointer } = source;
    if (schema === false) return { pointer, reason: 'the schema is false: no value is valid here' };
    if (!isRecord(schema) || into.seen.has(schema)) return undefined;
    into.seen.add(schema);
    if (into.collected.length >= MAX_FRAGMENTS) {
      return { pointer, reason: `more than ${MAX_FRAGMENTS} subschemas merge here through allOf and $ref, beyond what the mock generates` };
    }
    into.collected.push({ schema, pointer, id: this.idOf(schema) });
    if (typeof schema.$ref === 'string') {
      const target = this.resolve(schema.$ref);
      if (target !== undefined) {
        const problem = this.flatten(target, into);
        if (problem !== undefined) return problem;
      }
    }
    if (Array.isArray(schema.allOf)) {
      for (const [index, member] of schema.allOf.entries()) {
        const problem = this.flatten({ schema: member, pointer: `${pointer}/allOf/${index}` }, into);
        if (problem !== undefined) return problem;
      }
    }
    return undefined;
  }

  /** The target of a local `#/...` reference; undefined for anchors, remote or broken ones. */
  private resolve(ref: string): Source | undefined {
    if (!ref.startsWith('#')) return undefined;
    let target: unknown = this.root;
    const tokens = ref.slice(1).split('/').filter((part) => part !== '');
    for (const token of tokens) {
      const key = decodePointerToken(token);
      if (!(isRecord(target) || Array.isArray(target)) || !Object.hasOwn(target, key)) return undefined;
      target = (target as Record<string, unknown>)[key];
    }
    return { schema: target, pointer: tokens.map((token) => `/${encodePointerToken(decodePointerToken(token))}`).join('') };
  }
}

