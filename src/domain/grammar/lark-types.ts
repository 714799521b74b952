// The shapes a Lark grammar is read into: nodes of rule bodies, the grammar, and a result with a reason.

export type LarkNode =
  | { kind: 'seq'; items: LarkNode[] }
  | { kind: 'alt'; options: LarkNode[] }
  | { kind: 'literal'; text: string }
  | { kind: 'range'; from: number; to: number }
  | { kind: 'regex'; source: string; flags: string; line: number }
  | { kind: 'ref'; name: string; line: number }
  | { kind: 'repeat'; node: LarkNode; min: number; max: number };

export interface LarkGrammar {
  /** Rules and terminals by name (a Map: the names come from the client). */
  definitions: Map<string, LarkNode>;
  /** Whether `%ignore` lets whitespace separate tokens (then generated tokens are joined by a space). */
  ignoresSpace: boolean;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
