// A lease table a checkout service keeps for the life of the process: `acquire` records the
// cart being worked on, `commit` and `cancel` are the two ways an operation gives it back.
export interface Lease {
  owner: string;
  since: number;
}

export class LeaseBook {
  private readonly held = new Map<string, Lease>();

  acquire(cartId: string, owner: string): boolean {
    if (this.held.has(cartId)) return false;
    this.held.set(cartId, { owner, since: Date.now() });
    return true;
  }

  commit(cartId: string): void {
    this.held.delete(cartId);
  }

  cancel(cartId: string): void {
    this.held.delete(cartId);
  }

  size(): number {
    return this.held.size;
  }
}
