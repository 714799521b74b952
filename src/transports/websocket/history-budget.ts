// What the histories of all open sockets hold together. Each socket's history is bounded by itself; past this
// budget, the sockets opened first give up their oldest responses first (a later previous_response_id to one
// of them is previous_response_not_found, as for any response the connection-local cache no longer holds).

/** A socket's history, as the budget sees it. */
export interface BudgetMember {
  /** Drops the member's oldest response; false when it holds none. */
  dropOldest(): boolean;
}

export class HistoryBudget {
  #bytes = 0;
  /** In the order they joined. */
  readonly #members = new Set<BudgetMember>();

  constructor(readonly limit: number) {}

  get bytes(): number {
    return this.#bytes;
  }

  join(member: BudgetMember): void {
    this.#members.add(member);
  }

  leave(member: BudgetMember): void {
    this.#members.delete(member);
  }

  /** Counts `delta` bytes more (or fewer) held. */
  charge(delta: number): void {
    this.#bytes += delta;
  }

  /** Back within the budget, taking from the other members, oldest first; never from `keeper`, which its own limit bounds. */
  settle(keeper: BudgetMember): void {
    for (const member of this.#members) {
      if (this.#bytes <= this.limit) return;
      if (member === keeper) continue;
      while (this.#bytes > this.limit && member.dropOldest()) { /* each drop charges its bytes back */ }
    }
  }
}
