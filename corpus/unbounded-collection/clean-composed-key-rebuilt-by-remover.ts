// A quota ledger charges each tenant's request under `tenant:request`; `settle` is handed
// both and deletes by the same composed key.
export class QuotaLedger {
  private readonly open = new Map<string, number>();

  charge(tenant: string, requestId: string, units: number): void {
    const key = `${tenant}:${requestId}`;
    this.open.set(key, units);
  }

  settle(tenant: string, requestId: string): void {
    this.open.delete(`${tenant}:${requestId}`);
  }

  outstanding(): number {
    let total = 0;
    for (const units of this.open.values()) total += units;
    return total;
  }
}
